/**
 * The Office.js adapter, reading side: the open workbook's sheets as a host-neutral grid, the same
 * one the .xlsx reader produces, so one reader finds the data sheet by its header names. A used
 * range is measured before its values are loaded, and clipped, so a sheet with a stray cell at
 * XFD1048576 never asks Excel for a billion values.
 */
import { columnIndex, columnLetter } from '../a1';
import { MAX_GRID_COLUMNS, MAX_GRID_ROWS, type GridCell, type SheetGrid, type WorkbookGrid } from '../grid';

import { type XlContext, type XlRange } from './excel-api';
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

/** Reads every visible and hidden sheet (not our lists sheet) into a grid, in two syncs. */
export async function readWorkbookGrid(context: XlContext): Promise<WorkbookGrid> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const used = sheets.items.filter((ws) => ws.name !== LISTS_SHEET).map((ws) => ({ ws, range: ws.getUsedRangeOrNullObject(true) }));
  for (const u of used) u.range.load(['address', 'rowCount', 'columnCount']);
  await context.sync();
  const clipped: { name: string; origin: { row: number; column: number }; range: XlRange | undefined }[] = used.map(({ ws, range }) => {
    if (range.isNullObject) return { name: ws.name, origin: { row: 1, column: 1 }, range: undefined };
    const origin = topLeft(range.address);
    const lastRow = Math.min(origin.row + range.rowCount - 1, MAX_GRID_ROWS);
    const lastColumn = Math.min(origin.column + range.columnCount - 1, MAX_GRID_COLUMNS);
    if (lastRow < origin.row || lastColumn < origin.column) return { name: ws.name, origin, range: undefined };
    const r = ws.getRange(`${columnLetter(origin.column)}${origin.row}:${columnLetter(lastColumn)}${lastRow}`);
    r.load(['values', 'formulas', 'valueTypes']);
    return { name: ws.name, origin, range: r };
  });
  await context.sync();
  const result: SheetGrid[] = clipped.map(({ name, origin, range }) => {
    const rows: GridCell[][] = [];
    if (!range) return { name, rows };
    // Rows and columns before the used range are empty: the grid always starts at A1.
    for (let r = 1; r < origin.row; r++) rows.push([]);
    const values = range.values;
    const formulas = range.formulas;
    const types = range.valueTypes;
    values.forEach((row, i) => {
      const cells: GridCell[] = Array.from({ length: origin.column - 1 }, () => null);
      row.forEach((v, j) => cells.push(gridCell(v, formulas[i]?.[j], types[i]?.[j])));
      rows.push(cells);
    });
    return { name, rows };
  });
  return { sheets: result };
}
