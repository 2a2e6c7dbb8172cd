/** Conditions parsed from the documents' phrases, and how a value is tested against them. */
import { type Lang } from './messages/types';
import { EPSILON } from './numbers';

/** What a number measures. Percent values are fractions (0.95 is 95 %); ratios "5/7" are percents too. */
export type Quantity = 'percent' | 'number' | 'money';

export interface Bound {
  value: number;
  inclusive: boolean;
}

export interface RangeCondition {
  kind: 'range';
  quantity: Quantity;
  min?: Bound;
  max?: Bound;
  /** A bare number or "Đạt X": exactly X as a band; "at least X" as a target. */
  exact: boolean;
  /** "Tăng …": the value is a growth rate. */
  growth?: boolean;
  /** "Duy trì …": keep the level. */
  maintain?: boolean;
}

export interface BoolCondition {
  kind: 'bool';
  value: boolean;
}

/** "Duy trì" (keep the previous result) or "Có tăng trưởng" (grow on it). */
export interface RelativeCondition {
  kind: 'relative';
  relation: 'maintain' | 'grow';
}

export type Condition = RangeCondition | BoolCondition | RelativeCondition;

function aboveMin(value: number, min: Bound | undefined): boolean {
  if (!min) return true;
  const slack = EPSILON * Math.max(1, Math.abs(min.value));
  return min.inclusive ? value >= min.value - slack : value > min.value + slack;
}

function belowMax(value: number, max: Bound | undefined): boolean {
  if (!max) return true;
  const slack = EPSILON * Math.max(1, Math.abs(max.value));
  return max.inclusive ? value <= max.value + slack : value < max.value - slack;
}

/** Whether a number lies in a range, tolerating floating error at the bounds. */
export function rangeContains(range: RangeCondition, value: number): boolean {
  return aboveMin(value, range.min) && belowMax(value, range.max);
}

/** Text of a range for messages and lint ("[90 %, 100 %)"), with the language's decimal separator. */
export function describeRange(range: RangeCondition, lang: Lang): string {
  const show = (n: number): string =>
    range.quantity === 'percent' ? `${formatNumber(n * 100, lang)}%` : formatNumber(n, lang);
  const lo = range.min ? `${range.min.inclusive ? '[' : '('}${show(range.min.value)}` : '(-∞';
  const hi = range.max ? `${show(range.max.value)}${range.max.inclusive ? ']' : ')'}` : '+∞)';
  return `${lo}; ${hi}`;
}

/**
 * The one number formatter of every face: a decimal comma in Vietnamese ("64,5", "0,5649"), a point in
 * English ("64.5"); at most `decimals` decimals (4: the DTI's precision). Vietnamese groups thousands
 * with a dot ("45.620", as the documents print); English does not group, so both read back through the
 * engine's own number coercion unchanged.
 */
export function formatNumber(n: number, lang: Lang, decimals = 4): string {
  const factor = 10 ** decimals;
  const rounded = Math.round(n * factor) / factor;
  const text = String(Object.is(rounded, -0) ? 0 : rounded);
  // String() writes 1e-7 and 1e21 in exponent form; spell such numbers out.
  const plain = /e/i.test(text) ? rounded.toFixed(decimals).replace(/\.?0+$/, '') : text;
  if (lang === 'en') return plain;
  const [whole = '', fraction] = plain.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return fraction === undefined ? grouped : `${grouped},${fraction}`;
}

/** Points with a fixed number of decimals ("2,0" in Vietnamese, "2.0" in English), for columns of points. */
export function formatFixed(n: number, lang: Lang = 'vi', decimals = 1): string {
  const text = (Object.is(n, -0) ? 0 : n).toFixed(decimals);
  return lang === 'en' ? text : text.replace('.', ',');
}
