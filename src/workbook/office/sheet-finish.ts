/** What comes last on a sheet: frozen panes, print setup, charts, then visibility and protection. */
import { columnLetter } from '../a1';
import { type SheetSpec } from '../spec';
import { ACTION_BYTES, type Batch } from './batch';
import { type XlWorksheet } from './excel-api';
import { writePageSetup } from './page-setup';

export async function writeLayout(ws: XlWorksheet, spec: SheetSpec, batch: Batch): Promise<void> {
  await batch.reserve(20 * ACTION_BYTES);
  if (spec.frozen) {
    const { rows, columns } = spec.frozen;
    if (rows > 0 && columns > 0) ws.freezePanes.freezeAt(`A1:${columnLetter(columns)}${rows}`);
    else if (rows > 0) ws.freezePanes.freezeRows(rows);
    else if (columns > 0) ws.freezePanes.freezeColumns(columns);
  }
  if (spec.print) writePageSetup(ws, spec.print);
  // Charts go in before the sheet is protected.
  for (const chart of spec.charts ?? []) {
    await batch.reserve(4 * ACTION_BYTES);
    const c = ws.charts.add(chart.type, ws.getRange(chart.range), 'Columns');
    c.title.text = chart.title;
    c.legend.position = 'Bottom';
    c.setPosition(chart.from, chart.to);
  }
  await batch.reserve(2 * ACTION_BYTES);
  if (spec.hidden) ws.visibility = 'Hidden';
  if (spec.protect) ws.protection.protect({ allowFormatColumns: true, allowFormatRows: true, selectionMode: 'Normal' });
}
