/**
 * What a reader sees of a sheet: its cells' values, host-neutral, and what decides whether a person
 * sees them (the sheet's visibility, hidden rows and columns, number formats). Formulas keep their
 * cached result, or the error it is; errors and dates are marked so readers can report them
 * instead of guessing.
 */

export type GridCell =
  | string
  | number
  | boolean
  | null
  | { formula: string; result: string | number | boolean | null; error?: string }
  | { error: string }
  | { date: string };

export type SheetVisibility = 'visible' | 'hidden' | 'veryHidden';

export interface SheetGrid {
  name: string;
  /** rows[r][c] is the cell at row r+1, column c+1. */
  rows: GridCell[][];
  /** Absent means visible (grids built by hand in tests). */
  visibility?: SheetVisibility;
  /** 1-based numbers of hidden rows and columns within the grid's bounds. */
  hiddenRows?: number[];
  hiddenColumns?: number[];
  /** Number formats other than General, by A1 address ("D12" → ";;;"). */
  formats?: Record<string, string>;
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
  if ('formula' in cell) return cell.error === undefined ? cell.result : undefined;
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

export function isVisibleSheet(sheet: SheetGrid): boolean {
  return (sheet.visibility ?? 'visible') === 'visible';
}
