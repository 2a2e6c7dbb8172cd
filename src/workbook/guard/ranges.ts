/**
 * Areas of range references as they appear in sheet XML: `A1:C3`, `$A:$A`, `$1:$3`, `Sheet1!$A$1`,
 * lists separated by spaces (sqref) or commas (defined names). Only sizes matter here, so anything
 * unparseable counts as zero and is left to the real parser.
 */
import { columnIndex } from '../a1';
import { SHEET_COLUMNS, SHEET_ROWS } from './limits';

interface Corner {
  row?: number;
  column?: number;
}

function corner(text: string): Corner | undefined {
  const m = /^\$?([A-Z]{0,3})\$?(\d*)$/i.exec(text);
  if (!m || (!m[1] && !m[2])) return undefined;
  const column = m[1] ? columnIndex(m[1]) : undefined;
  const row = m[2] ? Number(m[2]) : undefined;
  return { ...(column !== undefined ? { column } : {}), ...(row !== undefined ? { row } : {}) };
}

function span(a: number | undefined, b: number | undefined, whole: number): number {
  if (a === undefined || b === undefined) return whole;
  return Math.abs(b - a) + 1;
}

/** Cells covered by one reference such as `A1:XFD1048576` (sheet prefix allowed). */
export function areaOf(reference: string): number {
  const bare = reference.includes('!') ? reference.slice(reference.lastIndexOf('!') + 1) : reference;
  const parts = bare.split(':');
  if (parts.length > 2) return 0;
  const a = corner((parts[0] ?? '').trim());
  const b = corner((parts[1] ?? parts[0] ?? '').trim());
  if (!a || !b) return 0;
  // A lone reference needs both a column and a row (so "SUM" or "5" are not taken for A:A or 5:5);
  // a range's two ends must be of the same kind (A1:B2, A:B, 1:2).
  if (parts.length === 1 && (a.row === undefined || a.column === undefined)) return 0;
  if ((a.row === undefined) !== (b.row === undefined) || (a.column === undefined) !== (b.column === undefined)) return 0;
  return span(a.row, b.row, SHEET_ROWS) * span(a.column, b.column, SHEET_COLUMNS);
}

/**
 * Cells covered by a list of references — an sqref (`A1:A9 C3`) or a defined name's formula
 * (`'Dữ liệu'!$A:$A,Sheet2!$1:$3`). Duplicates count twice: the parser expands them twice.
 */
export function areaOfList(list: string): number {
  let total = 0;
  for (const part of list.split(/[\s,;()+\-*/&=<>^]+/)) if (part) total += areaOf(part);
  return total;
}
