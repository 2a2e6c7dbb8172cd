/** Column widths (and hidden columns) and row heights, one range per run of equal neighbours. */
import { columnLetter } from '../a1';
import { type SheetSpec } from '../spec';
import { type Batch } from './batch';
import { type XlWorksheet } from './excel-api';

/** Excel's column width unit (characters) to the points Office.js expects. */
const POINTS_PER_CHARACTER = 5.6;

export async function writeColumns(ws: XlWorksheet, spec: SheetSpec, batch: Batch): Promise<void> {
  let i = 0;
  while (i < spec.columns.length) {
    const c = spec.columns[i]!;
    let j = i;
    while (j + 1 < spec.columns.length && spec.columns[j + 1]!.width === c.width && Boolean(spec.columns[j + 1]!.hidden) === Boolean(c.hidden)) j++;
    const range = ws.getRange(`${columnLetter(i + 1)}:${columnLetter(j + 1)}`);
    await batch.reserve();
    range.format.columnWidth = c.width * POINTS_PER_CHARACTER;
    if (c.hidden) {
      await batch.reserve();
      range.columnHidden = true;
    }
    i = j + 1;
  }
}

/** Row heights (points), one range per run of consecutive rows of the same height. */
export async function writeRowHeights(ws: XlWorksheet, spec: SheetSpec, batch: Batch): Promise<void> {
  const rows = [...(spec.rowHeights ?? [])].sort(([a], [b]) => a - b);
  let i = 0;
  while (i < rows.length) {
    const [top, height] = rows[i]!;
    let j = i;
    while (j + 1 < rows.length && rows[j + 1]![0] === rows[j]![0] + 1 && rows[j + 1]![1] === height) j++;
    await batch.reserve();
    ws.getRange(`${top}:${rows[j]![0]}`).format.rowHeight = height;
    i = j + 1;
  }
}
