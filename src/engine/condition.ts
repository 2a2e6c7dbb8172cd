/** Conditions parsed from the documents' phrases, and how a value is tested against them. */
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

/** Text of a range for messages and lint ("[90 %, 100 %)"). */
export function describeRange(range: RangeCondition): string {
  const show = (n: number): string =>
    range.quantity === 'percent' ? `${formatNumber(n * 100)}%` : formatNumber(n);
  const lo = range.min ? `${range.min.inclusive ? '[' : '('}${show(range.min.value)}` : '(-∞';
  const hi = range.max ? `${show(range.max.value)}${range.max.inclusive ? ']' : ')'}` : '+∞)';
  return `${lo}; ${hi}`;
}

/** Vietnamese number formatting: decimal comma, at most 4 decimals. */
export function formatNumber(n: number): string {
  const rounded = Math.round(n * 10000) / 10000;
  return String(rounded).replace('.', ',');
}
