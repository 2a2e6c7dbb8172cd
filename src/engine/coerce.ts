/**
 * Value coercion: what users type into cells (or Excel hands over) turned into the value a criterion
 * needs. A value that cannot be read is an issue with the reason, never a silent 0; a blank is
 * "missing", not an error.
 */
import { issue, type Issue } from './issues';
import { printedDate } from './citation';
import { parseVietnameseNumber } from './numbers';
import { choiceKey, fold } from './text';

/** A cell value as Excel, exceljs or a form hands it over. */
export type RawValue = string | number | boolean | null | undefined | Date;

export type Coerced<T> =
  | { state: 'ok'; value: T; warnings: Issue[] }
  | { state: 'missing' }
  | { state: 'error'; issue: Issue };

const ok = <T>(value: T, warnings: Issue[] = []): Coerced<T> => ({ state: 'ok', value, warnings });
const fail = <T>(i: Issue): Coerced<T> => ({ state: 'error', issue: i });

export function isBlank(raw: RawValue): boolean {
  return raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
}

/** The input as a message quotes it: a number stays a number (each locale prints it its own way), a date dd/mm/yyyy. */
function shown(raw: RawValue): string | number {
  if (typeof raw === 'number') return raw;
  return raw instanceof Date ? printedDate(raw.toISOString().slice(0, 10)) : String(raw);
}

/** Reads a plain number: a JS number, or text with a Vietnamese decimal comma ("4,5") or thousands dots. */
export function coerceNumber(raw: RawValue): Coerced<number> {
  if (isBlank(raw)) return { state: 'missing' };
  if (typeof raw === 'number') return Number.isFinite(raw) ? ok(raw) : fail(issue('value.notNumber', { value: shown(raw) }));
  if (typeof raw !== 'string') return fail(issue('value.notNumber', { value: shown(raw) }));
  const n = parseVietnameseNumber(raw);
  return n === undefined ? fail(issue('value.notNumber', { value: raw.trim() })) : ok(n);
}

/**
 * A percent as a fraction: 0.95, "95%", "95,5%", " 95.5 % "; a bare number 1 < x ≤ 100 is read as
 * percent points with a warning (someone typed 95 meaning 95 %). Outside 0..100 % is an error.
 */
export function coercePercent(raw: RawValue, allowAboveHundred = false): Coerced<number> {
  if (isBlank(raw)) return { state: 'missing' };
  let fraction: number;
  const warnings: Issue[] = [];
  if (typeof raw === 'number' || (typeof raw === 'string' && !raw.includes('%'))) {
    const n = coerceNumber(raw);
    if (n.state !== 'ok') return n.state === 'missing' ? n : fail(issue('value.notPercent', { value: shown(raw) }));
    if (n.value > 1 && n.value <= 100) {
      fraction = n.value / 100;
      warnings.push(issue('value.percentPoints', { value: shown(raw), percent: n.value }, 'warning'));
    } else {
      fraction = n.value;
    }
  } else if (typeof raw === 'string') {
    const match = /^\s*([+-]?[\d.,\s]*\d)\s*%\s*$/.exec(raw);
    const n = match ? parseVietnameseNumber((match[1] ?? '').replace(/\s/g, ''), true) : undefined;
    if (n === undefined) return fail(issue('value.notPercent', { value: raw.trim() }));
    fraction = n / 100;
  } else {
    return fail(issue('value.notPercent', { value: shown(raw) }));
  }
  if (fraction < 0 || (!allowAboveHundred && fraction > 1 + 1e-9)) {
    return fail(issue('value.percentOutOfRange', { value: shown(raw) }));
  }
  return ok(fraction, warnings);
}

/** A count of documents, meetings, …: a whole number ≥ 0, optionally followed by its unit ("20 bài"). */
export function coerceCount(raw: RawValue): Coerced<number> {
  if (isBlank(raw)) return { state: 'missing' };
  let n: number | undefined;
  if (typeof raw === 'number') n = raw;
  else if (typeof raw === 'string') {
    const match = /^\s*([\d.,]+)\s*[\p{L}\s,]*$/u.exec(raw);
    n = match ? parseVietnameseNumber(match[1] ?? '') : undefined;
  }
  if (n === undefined || !Number.isFinite(n)) return fail(issue('value.notCount', { value: shown(raw) }));
  if (n < 0) return fail(issue('value.negative', { value: shown(raw) }));
  if (Math.abs(n - Math.round(n)) > 1e-9) return fail(issue('value.notWholeCount', { value: shown(raw) }));
  return ok(Math.round(n));
}

/**
 * The folded words (and ticks) read as Có and as Không. One source: the native formulas
 * (workbook/native-formulas.ts) compare against these same lists.
 */
export const YES_WORDS: readonly string[] = ['co', 'x', 'yes', 'y', 'true', 'dung', 'dat', '1', 'v', '✓', '✔'];
export const NO_WORDS: readonly string[] = ['khong', 'no', 'n', 'false', 'sai', 'chua', 'chua dat', 'khong dat', '0', '-'];
const YES = new Set(YES_WORDS);
const NO = new Set(NO_WORDS);

/** Có/Không: "Có", "co", "x", TRUE, 1 … and "Không", "khong", FALSE, 0 … */
export function coerceYesNo(raw: RawValue): Coerced<boolean> {
  if (isBlank(raw)) return { state: 'missing' };
  if (typeof raw === 'boolean') return ok(raw);
  if (typeof raw === 'number') {
    if (raw === 1) return ok(true);
    if (raw === 0) return ok(false);
    return fail(issue('value.notYesNo', { value: shown(raw) }));
  }
  const key = fold(String(raw)).replace(/[.!]+$/, '');
  if (YES.has(key)) return ok(true);
  if (NO.has(key)) return ok(false);
  return fail(issue('value.notYesNo', { value: shown(raw) }));
}

/**
 * A named choice, matched without diacritics or case: the full label, or a part of it that names
 * exactly one label ("thuong xuyen" → "Triển khai thường xuyên"). `labelKeys`: the labels' choiceKey,
 * when already known.
 */
export function coerceChoice(raw: RawValue, labels: readonly string[], labelKeys?: readonly string[]): Coerced<number> {
  if (isBlank(raw)) return { state: 'missing' };
  const key = choiceKey(String(raw));
  // Compiled rubrics carry their labels' keys: folding them again for every value is the hot path's cost.
  const keys = labelKeys ?? labels.map(choiceKey);
  const exact = keys.indexOf(key);
  if (exact >= 0) return ok(exact);
  const partial = key.length >= 3 ? keys.flatMap((k, i) => (k.includes(key) ? [i] : [])) : [];
  if (partial.length === 1) return ok(partial[0] as number);
  const options = labels.join(' | ');
  if (partial.length > 1) return fail(issue('value.ambiguousChoice', { value: shown(raw), options }));
  return fail(issue('value.unknownChoice', { value: shown(raw), options }));
}

/** A score typed by the appraiser for a manual criterion: 0..max, decimal comma allowed. */
export function coerceManualPoints(raw: RawValue, max: number): Coerced<number> {
  const n = coerceNumber(raw);
  if (n.state !== 'ok') return n;
  if (n.value < 0) return fail(issue('value.negative', { value: shown(raw) }));
  if (n.value > max + 1e-9) return fail(issue('value.manualAboveMax', { value: shown(raw), max }));
  return n;
}
