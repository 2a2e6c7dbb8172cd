/**
 * The Office.js adapter, reading side: the open workbook's sheets as a host-neutral grid, the same
 * one the .xlsx reader produces, so one reader finds the data sheet by its header names. A used
 * range is measured before its values are loaded, and clipped, so a sheet with a stray cell at
 * XFD1048576 never asks Excel for a billion values; each sheet is then read in bands that keep every
 * response under Excel on the web's 5 MB. Like the .xlsx reader it carries what decides whether a
 * person sees a value: sheet visibility, hidden rows and columns, number formats.
 */
import { address, columnIndex, columnLetter } from '../a1';
import { MAX_GRID_COLUMNS, MAX_GRID_ROWS, type GridCell, type SheetGrid, type SheetVisibility, type WorkbookGrid } from '../grid';

import { type XlContext, type XlRange, type XlWorksheet } from './excel-api';
import { LISTS_SHEET } from '../lists-plan';

function topLeft(address: string): { row: number; column: number } {
  const ref = address.slice(address.lastIndexOf('!') + 1).split(':')[0] ?? 'A1';
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(ref);
  return m ? { column: columnIndex(m[1] as string), row: Number(m[2]) } : { row: 1, column: 1 };
}

function gridCell(value: unknown, formula: unknown, type: string | undefined): GridCell {
  if (typeof formula === 'string' && formula.startsWith('=')) {
    const result = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null;
    return type === 'Error' ? { formula: formula.slice(1), result: null, error: String(value) } : { formula: formula.slice(1), result };
  }
  if (type === 'Error') return { error: String(value) };
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

/** Cells per read to start with; halved while Excel refuses the response as too large. */
const CELLS_PER_READ = 4000;

const tooLarge = (e: unknown) => /PayloadSizeLimitExceeded/i.test(`${(e as { code?: string })?.code ?? ''} ${(e as Error)?.message ?? ''}`);

function visibilityOf(v: string): SheetVisibility {
  return v === 'Hidden' ? 'hidden' : v === 'VeryHidden' ? 'veryHidden' : 'visible';
}

interface Block {
  values: unknown[][];
  formulas: unknown[][];
  types: string[][];
  numberFormats: unknown[][];
  hiddenRows: number[];
  hiddenColumns: number[];
}

/**
 * One sheet's block, read in row bands of at most `cells` cells per sync, so no response passes
 * Excel on the web's 5 MB (long helper formulas make a data sheet heavy); a band Excel refuses as
 * too large is read again in halves. Each band also asks whether its rows are hidden (one small
 * proxy a row), and the first band whether the columns are.
 */
async function readBlock(context: XlContext, ws: XlWorksheet, origin: { row: number; column: number }, lastRow: number, lastColumn: number): Promise<Block> {
  const width = lastColumn - origin.column + 1;
  const out: Block = { values: [], formulas: [], types: [], numberFormats: [], hiddenRows: [], hiddenColumns: [] };
  // Rows and columns before the used range count too: a hidden column A still hides nothing there, but is reported.
  const columns: { n: number; range: XlRange }[] = [];
  for (let n = 1; n <= lastColumn; n++) columns.push({ n, range: ws.getRange(`${columnLetter(n)}:${columnLetter(n)}`).load('columnHidden') as unknown as XlRange });
  const leading: { n: number; range: XlRange }[] = [];
  for (let n = 1; n < origin.row; n++) leading.push({ n, range: ws.getRange(`${n}:${n}`).load('rowHidden') as unknown as XlRange });
  let rowsPerRead = Math.max(1, Math.floor(CELLS_PER_READ / width));
  let top = origin.row;
  let first = true;
  while (top <= lastRow) {
    const bottom = Math.min(lastRow, top + rowsPerRead - 1);
    const r = ws.getRange(`${columnLetter(origin.column)}${top}:${columnLetter(lastColumn)}${bottom}`);
    r.load(['values', 'formulas', 'valueTypes', 'numberFormat']);
    const rows: { n: number; range: XlRange }[] = [];
    for (let n = top; n <= bottom; n++) rows.push({ n, range: ws.getRange(`${n}:${n}`).load('rowHidden') as unknown as XlRange });
    try {
      await context.sync();
    } catch (e) {
      if (!tooLarge(e) || rowsPerRead === 1) throw e;
      rowsPerRead = Math.max(1, Math.floor(rowsPerRead / 2));
      continue;
    }
    if (first) {
      out.hiddenColumns = columns.filter((p) => p.range.columnHidden).map((p) => p.n);
      out.hiddenRows.push(...leading.filter((p) => p.range.rowHidden).map((p) => p.n));
      first = false;
    }
    out.hiddenRows.push(...rows.filter((p) => p.range.rowHidden).map((p) => p.n));
    out.values.push(...r.values);
    out.formulas.push(...r.formulas);
    out.types.push(...r.valueTypes);
    out.numberFormats.push(...r.numberFormat);
    top = bottom + 1;
  }
  return out;
}

/** Reads every visible and hidden sheet (not our lists sheet) into a grid: one sync to measure, then each sheet in bands. */
export async function readWorkbookGrid(context: XlContext): Promise<WorkbookGrid> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/visibility');
  await context.sync();
  const used = sheets.items.filter((ws) => ws.name !== LISTS_SHEET).map((ws) => ({ ws, range: ws.getUsedRangeOrNullObject(true) }));
  for (const u of used) u.range.load(['address', 'rowCount', 'columnCount']);
  await context.sync();
  const result: SheetGrid[] = [];
  for (const { ws, range } of used) {
    const name = ws.name;
    const visibility = visibilityOf(ws.visibility);
    const rows: GridCell[][] = [];
    if (range.isNullObject) {
      result.push({ name, rows, visibility });
      continue;
    }
    const origin = topLeft(range.address);
    const lastRow = Math.min(origin.row + range.rowCount - 1, MAX_GRID_ROWS);
    const lastColumn = Math.min(origin.column + range.columnCount - 1, MAX_GRID_COLUMNS);
    if (lastRow < origin.row || lastColumn < origin.column) {
      result.push({ name, rows, visibility });
      continue;
    }
    const { values, formulas, types, numberFormats, hiddenRows, hiddenColumns } = await readBlock(context, ws, origin, lastRow, lastColumn);
    const formats: Record<string, string> = {};
    numberFormats.forEach((row, i) =>
      row.forEach((f, j) => {
        if (typeof f === 'string' && f !== '' && f !== 'General') formats[address(origin.row + i, origin.column + j)] = f;
      }),
    );
    // Rows and columns before the used range are empty: the grid always starts at A1.
    for (let r = 1; r < origin.row; r++) rows.push([]);
    values.forEach((row, i) => {
      const cells: GridCell[] = Array.from({ length: origin.column - 1 }, () => null);
      row.forEach((v, j) => cells.push(gridCell(v, formulas[i]?.[j], types[i]?.[j])));
      rows.push(cells);
    });
    result.push({ name, rows, visibility, hiddenRows, hiddenColumns, formats });
  }
  return { sheets: result };
}
