/**
 * A target's gap in the target's own unit: percentage points against a percent ("còn thiếu 5,83 điểm
 * phần trăm"), meetings against "1/3 cuộc", points against "7,5/15 điểm", money against "4 tỷ đồng" —
 * never a bare fraction. The engine's `shortfall` (a fraction for percents) is what is converted.
 */
import { formatNumber, type Quantity } from './condition';
import { type RawValue } from './coerce';
import { enGapWords } from './messages/en';
import { type Lang } from './messages/types';
import { viGapWords } from './messages/vi';
import { parseVietnameseNumber, roundTo } from './numbers';
import { parsePhrase } from './phrase';
import { fold } from './text';

export type GapUnit = 'percentPoints' | 'points' | 'count' | 'money' | 'number';

export interface Gap {
  /** How much is still to reach, in `unit`, rounded as printed (always > 0). */
  amount: number;
  unit: GapUnit;
  /** The unit's word as the document writes it: "cuộc", "tỷ đồng", "bài"; none for a bare ratio. */
  word?: string;
  /** For a ratio result ("5/7"), its whole: the gap counts out of it. */
  of?: number;
}

/** How a gap is worded in each language: the text before and after the number. */
export interface GapWords {
  short: string;
  towards: (year: string) => string;
  units: Record<'percentPoints' | 'points', string>;
  /** The document's money words ("tỷ đồng") in this language. */
  money: (word: string) => string;
  /** "(trên 7)" for a ratio without a unit word. */
  of: (whole: string) => string;
}

/** The gap words of each locale file. */
export const GAP_WORDS: Record<Lang, GapWords> = { vi: viGapWords, en: enGapWords };
const WORDS = GAP_WORDS;

/** "1/3 cuộc", "7,5/15 điểm (…)", "5/7": the parts of a ratio as the document prints it. */
const RATIO = /^\s*(\d[\d.,]*)\s*\/\s*(\d[\d.,]*)\s*([\p{L}][\p{L} ]*)?/u;

function ratioOf(raw: RawValue): { of: number; word?: string } | undefined {
  if (typeof raw !== 'string') return undefined;
  const m = RATIO.exec(raw);
  const whole = m ? parseVietnameseNumber(m[2] ?? '') : undefined;
  if (!m || whole === undefined || whole <= 0) return undefined;
  const word = (m[3] ?? '').trim();
  return word ? { of: whole, word } : { of: whole };
}

/** The quantity and scale a target speaks in; "Duy trì" and growth speak in the previous result's. */
function targetQuantity(target: string, previous: RawValue): { quantity: Quantity; word?: string; scale: number } | undefined {
  const parsed = parsePhrase(target);
  if (!parsed.ok) return undefined;
  const c = parsed.condition;
  if (c.kind === 'bool') return undefined;
  if (c.kind === 'relative') return typeof previous === 'string' || typeof previous === 'number' ? targetQuantity(String(previous), undefined) : undefined;
  if (c.quantity !== 'money') {
    // A count's unit word follows the target's number ("20 bài"); a percent has none.
    const unit = c.quantity === 'number' ? /\d\s+([\p{L}]+(?: [\p{L}]+)?)\s*$/u.exec(target.replace(/\([^)]*\)/g, '').trim())?.[1] : undefined;
    return { quantity: c.quantity, scale: 1, ...(unit ? { word: unit } : {}) };
  }
  const f = fold(target);
  if (/\bty\b/.test(f)) return { quantity: 'money', scale: 1e9, word: 'tỷ đồng' };
  if (/\btrieu\b/.test(f)) return { quantity: 'money', scale: 1e6, word: 'triệu đồng' };
  return { quantity: 'money', scale: 1, word: 'đồng' };
}

/** How a shortfall becomes a gap in a row's unit: amount = shortfall × factor, rounded up when whole. */
export interface GapMeasure {
  unit: GapUnit;
  word?: string;
  of?: number;
  factor: number;
  /** Counted things come whole (2,4 meetings short is 3 to hold); else rounded to `digits`. */
  whole: boolean;
  digits: number;
}

/**
 * The unit a target's gap is said in. `form` is a result whose form sets it (a ratio "1/3 cuộc" makes
 * the gap meetings): the row's printed result, so a sheet and the engine agree whatever is typed later.
 */
export function gapMeasure(target: string, form: RawValue, previous?: RawValue): GapMeasure | undefined {
  const t = targetQuantity(target, previous);
  if (!t) return undefined;
  if (t.quantity === 'percent') {
    const ratio = ratioOf(form);
    if (!ratio) return { unit: 'percentPoints', factor: 100, whole: false, digits: 2 };
    const points = ratio.word !== undefined && fold(ratio.word).split(' ')[0] === 'diem';
    const word = ratio.word ? { word: points ? 'điểm' : ratio.word } : {};
    return { unit: points ? 'points' : 'count', ...word, of: ratio.of, factor: ratio.of, whole: !points, digits: 2 };
  }
  if (t.quantity === 'money') return { unit: 'money', word: t.word as string, factor: 1 / t.scale, whole: false, digits: 3 };
  return { unit: 'number', ...(t.word ? { word: t.word } : {}), factor: 1, whole: false, digits: 4 };
}

/**
 * The gap to `target` in the target's unit, from the engine's shortfall (as evaluateTarget gives it);
 * `form` as for gapMeasure. Undefined when there is none or the target has no measure (yes/no).
 */
export function gapInUnit(target: string, form: RawValue, shortfall: number | undefined, previous?: RawValue): Gap | undefined {
  if (shortfall === undefined || !(shortfall > 0)) return undefined;
  const m = gapMeasure(target, form, previous);
  if (!m) return undefined;
  const raw = shortfall * m.factor;
  const amount = m.whole ? Math.ceil(raw - 1e-9) : roundTo(raw, m.digits);
  return { amount, unit: m.unit, ...(m.word !== undefined ? { word: m.word } : {}), ...(m.of !== undefined ? { of: m.of } : {}) };
}

/** The words around the number: "còn thiếu " … " điểm phần trăm" (with "Mục tiêu 2023: " before, for a later target). */
export function gapAffixes(gap: Pick<Gap, 'unit' | 'word' | 'of'>, lang: Lang = 'vi', targetYear?: string): { before: string; after: string } {
  const w = WORDS[lang];
  const unit = gap.unit === 'count' || gap.unit === 'number' ? (gap.word ?? '') : gap.unit === 'money' ? w.money(gap.word ?? 'đồng') : w.units[gap.unit];
  const whole = gap.word === undefined && gap.of !== undefined ? w.of(formatNumber(gap.of, lang)) : '';
  const after = [unit, whole].filter(Boolean).join(' ');
  return { before: `${targetYear ? w.towards(targetYear) : ''}${w.short} `, after: after ? ` ${after}` : '' };
}

/** "còn thiếu 5,83 điểm phần trăm", "Mục tiêu 2023: còn thiếu 2 cuộc", "5.83 percentage points short" … */
export function formatGap(gap: Gap, lang: Lang = 'vi', targetYear?: string): string {
  const { before, after } = gapAffixes(gap, lang, targetYear);
  return `${before}${formatNumber(gap.amount, lang)}${after}`;
}

/** The year a target is set for, when its label names one ("Phấn đấu năm 2023"). */
export function targetYearOf(label: string | undefined): string | undefined {
  return label ? /\bn(?:ă|a)m (\d{4})\s*$/iu.exec(label.normalize('NFC'))?.[1] : undefined;
}
