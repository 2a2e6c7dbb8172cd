/**
 * Areas of range references as they appear in sheet XML: `A1:C3`, `$A:$A`, `$1:$3`, `Sheet1!$A$1`,
 * lists separated by spaces (sqref) or commas (defined names). Each reference is read twice: strictly
 * (whole columns and rows included) and the way exceljs reads it — its address parser skips any
 * character it does not expect, so `A1:XFD1048576x` or `S!A1:XFD1048576!B2` is the whole sheet to it
 * — and the larger area counts. Only sizes matter here.
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

/** The strict reading: `[sheet!]A1`, `A1:B2`, `A:B` or `1:2`, with optional `$`; anything else is 0. */
function strictArea(reference: string): number {
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
  const area = span(a.row, b.row, SHEET_ROWS) * span(a.column, b.column, SHEET_COLUMNS);
  return Number.isNaN(area) ? Infinity : area; // rows too long to be numbers: as large as can be
}

/** exceljs's colCache.decodeAddress: letters (A-Z, before any digit) make the column, digits the row, other characters are skipped. */
function lenientAddress(text: string): { column?: number; row?: number } | 'invalid' {
  let column = 0;
  let row = 0;
  let hasColumn = false;
  let hasRow = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!hasRow && c >= 65 && c <= 90) {
      hasColumn = true;
      column = column * 26 + c - 64;
    } else if (c >= 48 && c <= 57) {
      hasRow = true;
      row = row * 10 + c - 48;
    } else if (hasRow && hasColumn && c !== 36) break;
  }
  if (hasColumn && column > SHEET_COLUMNS) return 'invalid'; // exceljs throws: the file fails to load
  return { ...(hasColumn ? { column } : {}), ...(hasRow ? { row } : {}) };
}

/**
 * What exceljs's colCache.decodeEx keeps of a reference, by its pattern
 * `(?:(?:(?:'((?:[^']|'')*)')|([^'^ !]*))!)?(.*)`: an optional sheet prefix (quoted with `''` for a
 * quote, or bare) ending in `!`, then the rest up to a line break. Read by hand: that pattern keeps a
 * backtracking entry per character of a quoted name, and a long one overflowed the stack. Neither
 * branch can succeed by backtracking (a shorter run always stops before a character that cannot
 * come next), so one forward pass gives the same answer.
 */
export function referenceAfterSheet(reference: string): string {
  let rest = 0;
  if (reference.charCodeAt(0) === 0x27) {
    let i = 1;
    for (;;) {
      if (i >= reference.length) break;
      if (reference[i] !== "'") i++;
      else if (reference[i + 1] === "'") i += 2;
      else break;
    }
    if (reference[i] === "'" && reference[i + 1] === '!') rest = i + 2;
  } else {
    let i = 0;
    while (i < reference.length && !"'^ !".includes(reference[i] as string)) i++;
    if (reference[i] === '!') rest = i + 1;
  }
  let end = rest;
  while (end < reference.length && !'\n\r\u2028\u2029'.includes(reference[end] as string)) end++;
  return reference.slice(rest, end);
}

/** The cells exceljs visits for one reference (Range / CellMatrix loops from top-left to bottom-right). */
function lenientArea(reference: string): number {
  const parts = referenceAfterSheet(reference).split(':');
  if (parts.length < 2) return 0;
  const a = lenientAddress(parts[0] as string);
  const b = lenientAddress(parts[1] as string);
  if (a === 'invalid' || b === 'invalid' || a.row === undefined || b.row === undefined || a.column === undefined || b.column === undefined) return 0;
  const top = Math.min(a.row, b.row);
  if (!top) return 0; // a top row of 0 makes exceljs skip the range
  const rows = Math.max(a.row, b.row) - top + 1;
  const columns = Math.abs(a.column - b.column) + 1;
  // exceljs loops forever on an infinite bound: count it as infinitely large.
  return Number.isFinite(rows) && Number.isFinite(columns) ? rows * columns : Infinity;
}

/** Cells covered by one reference such as `A1:XFD1048576` (sheet prefix allowed). */
export function areaOf(reference: string): number {
  return Math.max(strictArea(reference), lenientArea(reference));
}

/** exceljs's split of a defined name's text into ranges: at commas, except inside quoted sheet names. */
function definedNameItems(text: string): string[] {
  const items: string[] = [];
  let open = false;
  let pending = '';
  for (const item of text.split(',')) {
    if (!item) continue;
    const quotes = (item.match(/'/g) ?? []).length;
    if (quotes === 0) {
      if (open) pending += `${item},`;
      else items.push(item);
    } else if (!open && quotes % 2 === 0) items.push(item);
    else if (open && quotes % 2 === 1) {
      open = false;
      items.push(pending + item);
      pending = '';
    } else {
      open = true;
      pending += `${item},`;
    }
  }
  return items;
}

/**
 * Cells covered by a list of references — an sqref (`A1:A9 C3`) or a defined name's formula
 * (`'Dữ liệu'!$A:$A,Sheet2!$1:$3`). Duplicates count twice: the parser expands them twice. The
 * largest of three readings: strict at any separator, exceljs's sqref reading (items at
 * whitespace) and its defined-name reading (items at commas).
 */
export function areaOfList(list: string): number {
  let strict = 0;
  for (const part of list.split(/[\s,;()+\-*/&=<>^]+/)) if (part) strict += strictArea(part);
  let spaced = 0;
  for (const item of list.split(/\s+/)) if (item) spaced += lenientArea(item);
  let named = 0;
  for (const item of definedNameItems(list)) named += lenientArea(item);
  return Math.max(strict, spaced, named);
}
