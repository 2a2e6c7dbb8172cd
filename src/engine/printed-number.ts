/**
 * A number the documents print as text ("0.8917", "75.35%", "41,67%", "4.380"): its value, whether it
 * is a percent and how many decimals it shows, so every face can store the number and print it again
 * with the reader's own separators and the document's precision.
 */
import { printedDate } from './citation';
import { formatFixed, formatNumber } from './condition';
import { type RawValue } from './coerce';
import { type Lang } from './messages/types';
import { parseVietnameseNumber } from './numbers';

export interface PrintedNumber {
  /** A fraction for a percent (75.35% is 0.7535). */
  value: number;
  percent: boolean;
  /** Decimals the document prints (of the percent for a percent). */
  decimals: number;
}

const MAX_DECIMALS = 6;

/** The number a printed text states, or undefined when the text is more than one number ("1/3 cuộc", "Trên 75%"). */
export function readPrintedNumber(raw: RawValue): PrintedNumber | undefined {
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return undefined;
    const decimals = Math.min(MAX_DECIMALS, (String(raw).split('.')[1] ?? '').length);
    return { value: raw, percent: false, decimals };
  }
  if (typeof raw !== 'string') return undefined;
  const m = /^\s*([+-]?[\d.,]*\d)\s*(%?)\s*$/.exec(raw);
  if (!m) return undefined;
  const body = m[1] as string;
  const percent = m[2] === '%';
  const n = parseVietnameseNumber(body, percent);
  if (n === undefined) return undefined;
  const decimals = Number.isInteger(n) && !/[.,]\d*0$/.test(body) ? 0 : Math.min(MAX_DECIMALS, body.length - Math.max(body.lastIndexOf('.'), body.lastIndexOf(',')) - 1);
  // "4.380" is four thousand three hundred and eighty: a group, not decimals.
  const grouped = Number.isInteger(n) && Math.abs(n) >= 1000 && !/[.,]\d{1,2}$|[.,]\d{4,}$/.test(body);
  return { value: percent ? n / 100 : n, percent, decimals: grouped ? 0 : decimals };
}

/** The printed number again, with `lang`'s separators and the document's decimals ("0,8917", "75,35%"). */
export function printedNumberText(p: PrintedNumber, lang: Lang = 'vi'): string {
  const shown = p.percent ? p.value * 100 : p.value;
  const text = p.decimals > 0 ? formatFixed(shown, lang, p.decimals) : formatNumber(shown, lang, 0);
  return p.percent ? `${text}%` : text;
}

/** A document's printed result for a terminal or a screen: numbers in `lang`'s style, other text as written. */
export function printedText(raw: RawValue, lang: Lang = 'vi'): string {
  if (raw === null || raw === undefined) return '';
  const p = readPrintedNumber(raw);
  return p ? printedNumberText(p, lang) : raw instanceof Date ? printedDate(raw.toISOString().slice(0, 10)) : String(raw);
}
