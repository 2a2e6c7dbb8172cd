/**
 * The Office.js adapter, reading side: the open workbook's sheets as a host-neutral grid, the same
 * one the .xlsx reader produces, so one reader finds the data sheet by its header names. A used
 * range is measured before its values are loaded, and clipped, so a sheet with a stray cell at
 * XFD1048576 never asks Excel for a billion values; each sheet is then read in bands that keep every
 * response under Excel on the web's 5 MB.
 */
import { columnIndex, columnLetter } from '../a1';
import { MAX_GRID_COLUMNS, MAX_GRID_ROWS, type GridCell, type SheetGrid, type WorkbookGrid } from '../grid';

import { type XlContext, type XlWorksheet } from './excel-api';
import { LISTS_SHEET } from '../lists-plan';

function topLeft(address: string): { row: number; column: number } {
  const ref = address.slice(address.lastIndexOf('!') + 1).split(':')[0] ?? 'A1';
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(ref);
  return m ? { column: columnIndex(m[1] as string), row: Number(m[2]) } : { row: 1, column: 1 };
}

function gridCell(value: unknown, formula: unknown, type: string | undefined): GridCell {
  if (typeof formula === 'string' && formula.startsWith('=')) {
    const result = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null;
    return { formula: formula.slice(1), result: type === 'Error' ? null : result };
  }
  if (type === 'Error') return { error: String(value) };
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

/** Cells per read to start with; halved while Excel refuses the response as too large. */
const CELLS_PER_READ = 4000;

const tooLarge = (e: unknown) => /PayloadSizeLimitExceeded/i.test(`${(e as { code?: string })?.code ?? ''} ${(e as Error)?.message ?? ''}`);

/**
 * One sheet's block, read in row bands of at most `cells` cells per sync, so no response passes
 * Excel on the web's 5 MB (long helper formulas make a data sheet heavy); a band Excel refuses as
 * too large is read again in halves.
 */
async function readBlock(context: XlContext, ws: XlWorksheet, origin: { row: number; column: number }, lastRow: number, lastColumn: number): Promise<{ values: unknown[][]; formulas: unknown[][]; types: string[][] }> {
  const width = lastColumn - origin.column + 1;
  const out = { values: [] as unknown[][], formulas: [] as unknown[][], types: [] as string[][] };
  let rowsPerRead = Math.max(1, Math.floor(CELLS_PER_READ / width));
  let top = origin.row;
  while (top <= lastRow) {
    const bottom = Math.min(lastRow, top + rowsPerRead - 1);
    const r = ws.getRange(`${columnLetter(origin.column)}${top}:${columnLetter(lastColumn)}${bottom}`);
    r.load(['values', 'formulas', 'valueTypes']);
    try {
      await context.sync();
    } catch (e) {
      if (!tooLarge(e) || rowsPerRead === 1) throw e;
      rowsPerRead = Math.max(1, Math.floor(rowsPerRead / 2));
      continue;
    }
    out.values.push(...r.values);
    out.formulas.push(...r.formulas);
    out.types.push(...r.valueTypes);
    top = bottom + 1;
  }
  return out;
}

/** Reads every visible and hidden sheet (not our lists sheet) into a grid: one sync to measure, then each sheet in bands. */
export async function readWorkbookGrid(context: XlContext): Promise<WorkbookGrid> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const used = sheets.items.filter((ws) => ws.name !== LISTS_SHEET).map((ws) => ({ ws, range: ws.getUsedRangeOrNullObject(true) }));
  for (const u of used) u.range.load(['address', 'rowCount', 'columnCount']);
  await context.sync();
  const result: SheetGrid[] = [];
  for (const { ws, range } of used) {
    const name = ws.name;
    const rows: GridCell[][] = [];
    result.push({ name, rows });
    if (range.isNullObject) continue;
    const origin = topLeft(range.address);
    const lastRow = Math.min(origin.row + range.rowCount - 1, MAX_GRID_ROWS);
    const lastColumn = Math.min(origin.column + range.columnCount - 1, MAX_GRID_COLUMNS);
    if (lastRow < origin.row || lastColumn < origin.column) continue;
    const { values, formulas, types } = await readBlock(context, ws, origin, lastRow, lastColumn);
    // Rows and columns before the used range are empty: the grid always starts at A1.
    for (let r = 1; r < origin.row; r++) rows.push([]);
    values.forEach((row, i) => {
      const cells: GridCell[] = Array.from({ length: origin.column - 1 }, () => null);
      row.forEach((v, j) => cells.push(gridCell(v, formulas[i]?.[j], types[i]?.[j])));
      rows.push(cells);
    });
  }
  return { sheets: result };
}
