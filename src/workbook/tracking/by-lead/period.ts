/**
 * Reporting periods: a month ("2023-11", printed "Tháng 11/2023") or a quarter ("2023-Q4", printed
 * "Quý IV/2023"). Read strictly: a text that is not one of these forms is no period, never a guess.
 */
import { fold } from '../../../engine';

export type Period = { kind: 'month'; year: number; month: number } | { kind: 'quarter'; year: number; quarter: number };

const ROMAN = ['I', 'II', 'III', 'IV'];

const month = (year: number, m: number): Period | undefined => (m >= 1 && m <= 12 && year >= 1900 && year <= 2999 ? { kind: 'month', year, month: m } : undefined);
const quarter = (year: number, q: number): Period | undefined => (q >= 1 && q <= 4 && year >= 1900 && year <= 2999 ? { kind: 'quarter', year, quarter: q } : undefined);

/** "2023-11", "2023-Q4", "Tháng 11/2023", "Tháng 11 năm 2023", "Quý IV/2023", "Quý 4/2023" (any case, with or without diacritics). */
export function parsePeriod(text: string): Period | undefined {
  const t = fold(text).replace(/\s*([/-])\s*/g, '$1');
  let m = /^(\d{4})-(\d{1,2})$/.exec(t);
  if (m) return month(Number(m[1]), Number(m[2]));
  m = /^(\d{4})-q([1-4])$/.exec(t);
  if (m) return quarter(Number(m[1]), Number(m[2]));
  m = /^thang (\d{1,2})(?:\/| nam )(\d{4})$/.exec(t);
  if (m) return month(Number(m[2]), Number(m[1]));
  m = /^quy (iv|iii|ii|i|[1-4])(?:\/| nam )(\d{4})$/.exec(t);
  if (m) {
    const q = /\d/.test(m[1] as string) ? Number(m[1]) : ROMAN.indexOf((m[1] as string).toUpperCase()) + 1;
    return quarter(Number(m[2]), q);
  }
  return undefined;
}

/** The period's code, as the flag takes it and the JSON prints it. */
export function periodCode(p: Period): string {
  return p.kind === 'month' ? `${p.year}-${String(p.month).padStart(2, '0')}` : `${p.year}-Q${p.quarter}`;
}

/** As printed in the workbooks: "Tháng 11/2023", "Quý IV/2023". */
export function periodLabel(p: Period): string {
  return p.kind === 'month' ? `Tháng ${p.month}/${p.year}` : `Quý ${ROMAN[p.quarter - 1]}/${p.year}`;
}

/** Order of periods: by the month they end in; a month before the quarter that ends with it. */
export function periodOrder(p: Period): number {
  return p.kind === 'month' ? (p.year * 12 + p.month) * 2 : (p.year * 12 + p.quarter * 3) * 2 + 1;
}
