/**
 * What a reader sees of a sheet: its cells' values, host-neutral. Formulas keep their cached result;
 * errors and dates are marked so readers can report them instead of guessing.
 */

export type GridCell =
  | string
  | number
  | boolean
  | null
  | { formula: string; result: string | number | boolean | null }
  | { error: string }
  | { date: string };

export interface SheetGrid {
  name: string;
  /** rows[r][c] is the cell at row r+1, column c+1. */
  rows: GridCell[][];
}

export interface WorkbookGrid {
  sheets: SheetGrid[];
}

export function cellAt(sheet: SheetGrid, row: number, column: number): GridCell {
  return sheet.rows[row - 1]?.[column - 1] ?? null;
}

/** The plain value of a cell: a formula's cached result, else the value; errors and dates as undefined. */
export function plainValue(cell: GridCell): string | number | boolean | null | undefined {
  if (cell === null || typeof cell !== 'object') return cell;
  if ('formula' in cell) return cell.result;
  return undefined;
}

/** Text of a cell for labels and names. */
export function cellText(cell: GridCell): string {
  const v = plainValue(cell);
  return v === null || v === undefined ? '' : String(v).trim();
}

/** A data sheet has a few dozen rows; readers (files and Office.js) never look beyond these bounds. */
export const MAX_GRID_ROWS = 5000;
export const MAX_GRID_COLUMNS = 60;
