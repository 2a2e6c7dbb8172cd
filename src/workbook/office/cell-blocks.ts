/** A sheet's values, formulas and number formats, one block of consecutive rows at a time. */
import { columnLetter, parseAddress } from '../a1';
import { type CellSpec, type SheetSpec } from '../spec';
import { ACTION_BYTES, jsonBytes, type Batch } from './batch';
import { literal, typedFormula } from './cell-input';
import { type XlWorksheet } from './excel-api';

/** Rows per values/formulas block are chosen so one block stays under this many bytes. */
const BLOCK_BYTES = 600_000;

/** Values, formulas and number formats (null leaves a cell alone); `retarget` points formulas at the sheets' actual names. */
export async function writeBlocks(ws: XlWorksheet, spec: SheetSpec, retarget: (formula: string) => string, batch: Batch): Promise<void> {
  const placed: { row: number; col: number; cell: CellSpec }[] = [];
  for (const [address, cell] of spec.cells) {
    const a = parseAddress(address);
    if (a) placed.push({ row: a.row, col: a.column, cell });
  }
  if (placed.length === 0) return;
  const left = Math.min(...placed.map((p) => p.col));
  const right = Math.max(...placed.map((p) => p.col));
  const byRow = new Map<number, { col: number; cell: CellSpec }[]>();
  for (const p of placed) (byRow.get(p.row) ?? byRow.set(p.row, []).get(p.row)!).push(p);
  const rows = [...byRow.keys()].sort((x, y) => x - y);
  const width = right - left + 1;
  let i = 0;
  while (i < rows.length) {
    const top = rows[i] as number;
    const inputs: unknown[][] = [];
    const formats: unknown[][] = [];
    let bytes = 0;
    let anyFormat = false;
    let row = top;
    // A block is a run of consecutive rows (gaps of empty rows end it), cut at the byte budget.
    while (i < rows.length && rows[i] === row && (bytes < BLOCK_BYTES || inputs.length === 0)) {
      const input: unknown[] = new Array(width).fill(null);
      const format: unknown[] = new Array(width).fill(null);
      for (const { col, cell } of byRow.get(row)!) {
        if (cell.formula !== undefined) input[col - left] = retarget(typedFormula(cell.formula));
        else if (cell.value !== undefined && cell.value !== null) input[col - left] = literal(cell.value);
        if (cell.style?.numFmt) {
          format[col - left] = cell.style.numFmt;
          anyFormat = true;
        }
      }
      bytes += jsonBytes(input) + jsonBytes(format);
      inputs.push(input);
      formats.push(format);
      i++;
      row++;
    }
    const range = ws.getRange(`${columnLetter(left)}${top}:${columnLetter(right)}${row - 1}`);
    // The number format goes first, so a value written next is read under it.
    if (anyFormat) {
      await batch.reserve(jsonBytes(formats) + ACTION_BYTES);
      range.numberFormat = formats;
    }
    if (inputs.some((r) => r.some((v) => v !== null))) {
      await batch.reserve(jsonBytes(inputs) + ACTION_BYTES);
      range.formulas = inputs;
    }
  }
}
