/**
 * The Office.js adapter, reading side: the open workbook's sheets as a host-neutral grid, the same
 * one the .xlsx reader produces, so one reader finds the data sheet by its header names. A used
 * range is measured before its values are loaded, and clipped, so a sheet with a stray cell at
 * XFD1048576 never asks Excel for a billion values. Like the .xlsx reader it carries what decides
 * whether a person sees a value: sheet visibility, hidden rows and columns, number formats.
 */
import { address, columnIndex, columnLetter } from '../a1';
import { MAX_GRID_COLUMNS, MAX_GRID_ROWS, type GridCell, type SheetGrid, type SheetVisibility, type WorkbookGrid } from '../grid';

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
    return type === 'Error' ? { formula: formula.slice(1), result: null, error: String(value) } : { formula: formula.slice(1), result };
  }
  if (type === 'Error') return { error: String(value) };
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

interface Clipped {
  name: string;
  visibility: SheetVisibility;
  origin: { row: number; column: number };
  range: XlRange | undefined;
  rows: { n: number; range: XlRange }[];
  columns: { n: number; range: XlRange }[];
}

function visibilityOf(v: string): SheetVisibility {
  return v === 'Hidden' ? 'hidden' : v === 'VeryHidden' ? 'veryHidden' : 'visible';
}

/** Reads every visible and hidden sheet (not our lists sheet) into a grid, in two syncs. */
export async function readWorkbookGrid(context: XlContext): Promise<WorkbookGrid> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/visibility');
  await context.sync();
  const used = sheets.items.filter((ws) => ws.name !== LISTS_SHEET).map((ws) => ({ ws, range: ws.getUsedRangeOrNullObject(true) }));
  for (const u of used) u.range.load(['address', 'rowCount', 'columnCount']);
  await context.sync();
  const clipped: Clipped[] = used.map(({ ws, range }) => {
    const visibility = visibilityOf(ws.visibility);
    const none = { name: ws.name, visibility, origin: { row: 1, column: 1 }, range: undefined, rows: [], columns: [] };
    if (range.isNullObject) return none;
    const origin = topLeft(range.address);
    const lastRow = Math.min(origin.row + range.rowCount - 1, MAX_GRID_ROWS);
    const lastColumn = Math.min(origin.column + range.columnCount - 1, MAX_GRID_COLUMNS);
    if (lastRow < origin.row || lastColumn < origin.column) return { ...none, origin };
    const r = ws.getRange(`${columnLetter(origin.column)}${origin.row}:${columnLetter(lastColumn)}${lastRow}`);
    r.load(['values', 'formulas', 'valueTypes', 'numberFormat']);
    // One small proxy per row and column of the clipped range (a data sheet has a few dozen of each).
    const rows = [];
    for (let n = 1; n <= lastRow; n++) rows.push({ n, range: ws.getRange(`${n}:${n}`).load('rowHidden') as unknown as XlRange });
    const columns = [];
    for (let n = 1; n <= lastColumn; n++) columns.push({ n, range: ws.getRange(`${columnLetter(n)}:${columnLetter(n)}`).load('columnHidden') as unknown as XlRange });
    return { name: ws.name, visibility, origin, range: r, rows, columns };
  });
  await context.sync();
  const result: SheetGrid[] = clipped.map(({ name, visibility, origin, range, rows: rowProxies, columns }) => {
    const rows: GridCell[][] = [];
    if (!range) return { name, rows, visibility };
    const hiddenRows = rowProxies.filter((p) => p.range.rowHidden).map((p) => p.n);
    const hiddenColumns = columns.filter((p) => p.range.columnHidden).map((p) => p.n);
    const formats: Record<string, string> = {};
    range.numberFormat.forEach((row, i) =>
      row.forEach((f, j) => {
        if (typeof f === 'string' && f !== '' && f !== 'General') formats[address(origin.row + i, origin.column + j)] = f;
      }),
    );
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
    return { name, rows, visibility, hiddenRows, hiddenColumns, formats };
  });
  return { sheets: result };
}
