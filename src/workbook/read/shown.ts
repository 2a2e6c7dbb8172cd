/**
 * Whether a person looking at a sheet sees a cell's value: its row and column are not hidden, and
 * its number format shows the value (";;;" shows nothing; a format of literal text alone, such as
 * `"Có"`, shows the same words whatever the cell holds). Readers report such cells instead of
 * scoring what nobody can see.
 */
import { address } from '../a1';
import { type SheetGrid } from '../grid';

const hiddenSets = new WeakMap<SheetGrid, { rows: Set<number>; columns: Set<number> }>();

function hiddenOf(sheet: SheetGrid): { rows: Set<number>; columns: Set<number> } {
  let sets = hiddenSets.get(sheet);
  if (!sets) {
    sets = { rows: new Set(sheet.hiddenRows ?? []), columns: new Set(sheet.hiddenColumns ?? []) };
    hiddenSets.set(sheet, sets);
  }
  return sets;
}

export const isHiddenRow = (sheet: SheetGrid, row: number): boolean => hiddenOf(sheet).rows.has(row);
export const isHiddenColumn = (sheet: SheetGrid, column: number): boolean => hiddenOf(sheet).columns.has(column);

/** The format's sections split at unquoted, unescaped semicolons. */
function sections(format: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i] as string;
    if (ch === '"') quoted = !quoted;
    if (!quoted && ch === '\\') {
      current += ch + (format[i + 1] ?? '');
      i++;
      continue;
    }
    if (!quoted && ch === ';') {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}

/** A section with its literal parts removed: quoted text, escaped characters, [colour] and [condition], fill and padding. */
function codes(section: string): string {
  return section
    .replace(/"[^"]*"?/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/[_*]./g, '');
}

const NUMBER_CODES = /[0#?]|general|[ymdhs]|e\+|e-/i;

/** True when the format, applied to this value, shows nothing of it. */
export function formatHidesValue(format: string, value: string | number | boolean): boolean {
  if (/^general$/i.test(format.trim())) return false;
  const parts = sections(format);
  if (typeof value === 'string') {
    // Text shows through the fourth section only when there is one; "@" is the text itself.
    if (parts.length < 4) return false;
    return !codes(parts[3] as string).includes('@');
  }
  // TRUE and FALSE show unless no section shows anything.
  if (typeof value === 'boolean') return parts.every((p) => codes(p).trim() === '');
  const index = value > 0 || parts.length === 1 ? 0 : value < 0 ? (parts.length >= 2 ? 1 : 0) : parts.length >= 3 ? 2 : 0;
  const section = codes(parts[index] as string);
  return !NUMBER_CODES.test(section);
}

/** The format of a cell when it hides the cell's value, else undefined. */
export function hidingFormat(sheet: SheetGrid, row: number, column: number, value: string | number | boolean | null | undefined): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const format = sheet.formats?.[address(row, column)];
  return format !== undefined && formatHidesValue(format, value) ? format : undefined;
}
