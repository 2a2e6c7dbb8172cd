/** A laid-out worksheet → SheetGrid, exactly as to-grid.ts reads exceljs's Worksheet (merges applied first, as exceljs does on load). */
import { address } from '../../a1';
import { MAX_GRID_COLUMNS, MAX_GRID_ROWS, type GridCell, type SheetGrid, type SheetVisibility } from '../../grid';
import { columnLetters, decodeAddress, type Cell, type Row, type SheetLayout } from './cells';
import { DamagedPart } from './drive';

const MAX_FORMULA_TEXT = 80;

interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
  sheet: string | undefined;
}

/** colCache.decodeEx for a merge's ref: `[Sheet!]A1:B2` or one cell. */
function areaOf(ref: string): Area {
  const groups = /(?:(?:(?:'((?:[^']|'')*)')|([^'^ !]*))!)?(.*)/.exec(ref) as RegExpExecArray;
  const sheet = groups[1] || groups[2];
  const parts = (groups[3] as string).split(':');
  const tl = decodeAddress(parts[0] as string);
  const br = parts.length > 1 ? decodeAddress(parts[1] as string) : tl;
  const area = { top: Math.min(tl.row as number, br.row as number), left: Math.min(tl.col as number, br.col as number), bottom: Math.max(tl.row as number, br.row as number), right: Math.max(tl.col as number, br.col as number), sheet };
  // What exceljs would merge oddly or fail on (no row, no column, row 0): a damaged file here.
  if (![area.top, area.left, area.bottom, area.right].every((n) => Number.isInteger(n) && n >= 1)) throw new DamagedPart(`Invalid merge: ${ref}`);
  columnLetters(area.right);
  return area;
}

function intersects(a: Area, b: Area): boolean {
  if (a.sheet && b.sheet && a.sheet !== b.sheet) return false;
  return !(b.bottom < a.top || b.top > a.bottom || b.right < a.left || b.left > a.right);
}

function rowAt(layout: SheetLayout, r: number): Row {
  let row = layout.rows[r - 1];
  if (!row) row = layout.rows[r - 1] = { cells: [], style: {}, hidden: false };
  return row;
}

function cellAt(layout: SheetLayout, row: Row, c: number): Cell {
  let cell = row.cells[c - 1];
  if (!cell) cell = row.cells[c - 1] = layout.newCell(row, c);
  return cell;
}

/** Worksheet._parseMergeCells: merges without styles; a merge over another is exceljs's load error. */
export function applyMerges(layout: SheetLayout, merges: string[] | undefined): void {
  const done: Area[] = [];
  for (const ref of merges ?? []) {
    const area = areaOf(ref);
    if (done.some((m) => intersects(m, area))) throw new DamagedPart('Cannot merge already merged cells');
    done.push(area);
    cellAt(layout, rowAt(layout, area.top), area.left); // the master exists, as exceljs's getCell makes it
    for (let i = area.top; i <= area.bottom; i++) {
      for (let j = area.left; j <= area.right; j++) {
        if (i === area.top && j === area.left) continue;
        const cell = cellAt(layout, rowAt(layout, i), j);
        cell.kind = 'merge';
        cell.slave = true;
      }
    }
  }
}

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** to-grid.ts's toGridCell over the value exceljs's Cell would give. */
function gridCell(cell: Cell): GridCell {
  switch (cell.kind) {
    case 'null':
    case 'merge':
      return null;
    case 'number':
    case 'boolean':
      return cell.value as number | boolean;
    case 'date':
      return { date: isoDay(cell.value as Date) };
    case 'error':
      return { error: String((cell.value as { error: unknown }).error) };
    case 'richText':
      return (cell.value as { richText: { text?: string }[] }).richText.map((r) => r.text).join('');
    case 'string':
      return plain(cell.value);
    case 'hyperlink':
      return String(cell.text);
    case 'formula': {
      // FormulaValue.value copies only the model's truthy fields.
      const formula = cell.formula || undefined;
      const shared = cell.sharedFormula || undefined;
      const result = cell.result || undefined;
      if (formula === undefined && shared === undefined) return '[object Object]';
      const error = result !== undefined && typeof result === 'object' && 'error' in result ? String((result as { error: unknown }).error) : undefined;
      const value = result === undefined ? null : result instanceof Date ? isoDay(result) : typeof result === 'object' ? null : (result as string | number | boolean);
      const text = String(formula ?? shared ?? '');
      return { formula: text.length > MAX_FORMULA_TEXT ? `${text.slice(0, MAX_FORMULA_TEXT)}…` : text, result: value, ...(error !== undefined ? { error } : {}) };
    }
  }
}

/** A string cell's value: text, or what exceljs left there (a number without shared strings, an empty `<si/>`'s object). */
function plain(value: unknown): GridCell {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value !== null && typeof value === 'object') {
    if ('error' in value) return { error: String((value as { error: unknown }).error) };
    if ('text' in value) return String((value as { text: unknown }).text);
  }
  return String(value);
}

function hasValues(row: Row | undefined): boolean {
  return row !== undefined && row.cells.some((c) => c !== undefined && c.kind !== 'null');
}

export function sheetGrid(name: string, state: string | undefined, layout: SheetLayout): SheetGrid {
  const rows: GridCell[][] = [];
  const hiddenRows: number[] = [];
  const formats: Record<string, string> = {};
  let widest = 0;
  let rowCount = layout.rows.length;
  while (rowCount > 0 && layout.rows[rowCount - 1] === undefined) rowCount--;
  const lastRow = Math.min(layout.rows.some(hasValues) ? rowCount : 0, MAX_GRID_ROWS);
  for (let r = 1; r <= lastRow; r++) {
    const row = rowAt(layout, r);
    if (row.hidden) hiddenRows.push(r);
    const cells: GridCell[] = [];
    const lastCol = Math.min(row.cells.length, MAX_GRID_COLUMNS);
    widest = Math.max(widest, lastCol);
    for (let c = 1; c <= lastCol; c++) {
      const cell = cellAt(layout, row, c);
      const format = cell.style.numFmt;
      if (format && format !== 'General') formats[address(r, c)] = format;
      cells.push(cell.slave ? null : gridCell(cell));
    }
    rows.push(cells);
  }
  const hiddenColumns: number[] = [];
  for (let c = 1; c <= widest; c++) {
    const column = layout.column(c);
    if (column.hidden || column.width === 0) hiddenColumns.push(c);
  }
  const visibility: SheetVisibility = state === 'hidden' || state === 'veryHidden' ? state : 'visible';
  return { name, rows, visibility, hiddenRows, hiddenColumns, formats };
}
