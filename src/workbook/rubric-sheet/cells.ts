/** Reading the rubric sheet's cells: text, points and dates as secretariats type them. */
import { fold, parseVietnameseNumber, printedDate } from '../../engine';
import { type GridCell } from '../grid';

export type Read =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'date'; iso: string }
  | { kind: 'error'; value: string };

export function readCell(cell: GridCell): Read {
  if (cell === null) return { kind: 'empty' };
  if (typeof cell === 'object') {
    if ('error' in cell) return { kind: 'error', value: String(cell.error) };
    if ('date' in cell) return { kind: 'date', iso: cell.date };
    return readCell(cell.result);
  }
  if (typeof cell === 'number') return { kind: 'number', value: cell };
  // Non-breaking spaces and line breaks from pasted PDFs become single spaces; the words stay as typed.
  const text = String(cell).replace(/[\s\u00a0]+/g, ' ').trim();
  return text ? { kind: 'text', text } : { kind: 'empty' };
}

/** A cell as a message quotes it: a number stays a number (each locale prints it its own way), a date dd/mm/yyyy. */
export function quoted(r: Read): string | number {
  if (r.kind === 'number') return r.value;
  return r.kind === 'date' ? printedDate(r.iso) : shown(r);
}

export function shown(r: Read): string {
  switch (r.kind) {
    case 'empty':
      return '';
    case 'text':
      return r.text;
    case 'number':
      return String(r.value);
    case 'date':
      return r.iso;
    case 'error':
      return r.value;
  }
}

/** Points: a number, or text such as "4", "2,5" or "4 điểm". Undefined when not a number. */
export function pointsOf(r: Read): number | undefined {
  if (r.kind === 'number') return r.value;
  if (r.kind !== 'text') return undefined;
  return parseVietnameseNumber(fold(r.text).replace(/\s*diem$/, ''));
}

const pad = (n: string): string => n.padStart(2, '0');

/** The document's date as ISO (YYYY, YYYY-MM or YYYY-MM-DD): "25/7/2023", "07/2023", "2023-07-25", a date cell. */
export function isoDateOf(r: Read): string | undefined {
  if (r.kind === 'date') return r.iso;
  const text = r.kind === 'number' ? String(r.value) : r.kind === 'text' ? r.text : '';
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (m) return valid(`${m[3]}-${pad(m[2] as string)}-${pad(m[1] as string)}`);
  m = /^(\d{1,2})[/.-](\d{4})$/.exec(text);
  if (m) return valid(`${m[2]}-${pad(m[1] as string)}`);
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(text)) return valid(text);
  return undefined;
}

function valid(iso: string): string | undefined {
  const [y, m, d] = iso.split('-').map(Number);
  if (m !== undefined && (m < 1 || m > 12)) return undefined;
  if (d !== undefined && y !== undefined && m !== undefined) {
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  }
  return iso;
}

/** A section's Roman numeral, or undefined. */
export function romanOf(text: string): string | undefined {
  const t = text.replace(/\.$/, '').toUpperCase();
  return /^(?=[IVXLC])M*(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$/.test(t) ? t : undefined;
}

/** A criterion's number within its section ("1", "1.", or the full id "II.4"), or undefined. */
export function criterionNumberOf(r: Read, section: string | undefined): string | undefined {
  if (r.kind === 'number') return Number.isInteger(r.value) && r.value > 0 ? String(r.value) : undefined;
  if (r.kind !== 'text') return undefined;
  const t = r.text.replace(/\.$/, '');
  if (/^[1-9]\d*$/.test(t)) return t;
  const full = /^([IVXLC]+)\.([1-9]\d*)$/i.exec(t);
  return full && section && (full[1] as string).toUpperCase() === section ? (full[2] as string) : undefined;
}
