/**
 * What a result and a target mean as numbers, mirroring the engine's evaluateTarget: a result is an
 * interval ("58%" a point, "Trên 75%" open above, "Có" the point 1), a target is a floor, a ceiling or
 * both, and "Duy trì" / "Có tăng trưởng" become a floor on the previous result. The tracking sheet
 * writes the document's printed results in this form into hidden cells, so its native formulas compare
 * them exactly as the engine does (the engine's evaluateTarget stays the oracle in tests).
 */
import { coerceYesNo, isBlank, parsePhrase, readResultInterval, type Quantity, type RawValue } from '../../engine';

/** Sentinel for an open end: spreadsheets have no infinity. */
export const INF = 1e300;

export interface Interval {
  lo: number;
  loIncl: boolean;
  hi: number;
  hiIncl: boolean;
}

export type ResultQuantity = Quantity | 'bool';

export type Reading = { kind: 'interval'; interval: Interval } | { kind: 'missing' } | { kind: 'error' };

const point = (v: number): Interval => ({ lo: v, loIncl: true, hi: v, hiIncl: true });
/** The engine's unbounded ends as the sentinel the sheets can hold. */
const bounded = (v: number): number => (v === Infinity ? INF : v === -Infinity ? -INF : v);

/** A result read against a target of the given quantity: the engine's reading, yes/no added. */
export function readResult(raw: RawValue, quantity: ResultQuantity): Reading {
  if (isBlank(raw)) return { kind: 'missing' };
  if (quantity === 'bool') {
    const c = coerceYesNo(raw);
    return c.state === 'ok' ? { kind: 'interval', interval: point(c.value ? 1 : 0) } : { kind: c.state === 'missing' ? 'missing' : 'error' };
  }
  const read = readResultInterval(raw, quantity);
  if ('error' in read) return { kind: 'error' };
  const i = read.interval;
  return { kind: 'interval', interval: { lo: bounded(i.lo), loIncl: i.loIncl, hi: bounded(i.hi), hiIncl: i.hiIncl } };
}

export interface Bound {
  value: number;
  inclusive: boolean;
}

/** A target as the comparison needs it. */
export interface Threshold {
  quantity: ResultQuantity;
  mode: 'floor' | 'ceiling' | 'both';
  min: Bound;
  max: Bound;
  /** "Có tăng trưởng": growing at all meets it, so "beyond" counts as met. */
  grow: boolean;
}

export type ThresholdResult = { kind: 'threshold'; threshold: Threshold } | { kind: 'missing' } | { kind: 'error' } | { kind: 'qualitative' };

const NONE: Bound = { value: 0, inclusive: true };

/** Whether the engine reads the target phrase at all; when not, the status is the officer's judgement. */
export function isMeasurable(target: string | undefined): target is string {
  return target !== undefined && parsePhrase(target).ok;
}

/** The threshold a result is compared with; `previous` matters for "Duy trì" and "Có tăng trưởng". */
export function thresholdOf(target: string | undefined, previous: RawValue): ThresholdResult {
  if (!isMeasurable(target)) return { kind: 'qualitative' };
  const parsed = parsePhrase(target);
  if (!parsed.ok) return { kind: 'qualitative' };
  const c = parsed.condition;
  if (c.kind === 'bool') {
    return c.value
      ? { kind: 'threshold', threshold: { quantity: 'bool', mode: 'floor', min: { value: 1, inclusive: true }, max: NONE, grow: false } }
      : { kind: 'threshold', threshold: { quantity: 'bool', mode: 'ceiling', min: NONE, max: { value: 0, inclusive: true }, grow: false } };
  }
  if (c.kind === 'relative') {
    if (isBlank(previous)) return { kind: 'missing' };
    const prev = parsePhrase(String(previous));
    if (!prev.ok || prev.condition.kind !== 'range' || !prev.condition.min) return { kind: 'error' };
    const min = { value: prev.condition.min.value, inclusive: c.relation === 'maintain' };
    return { kind: 'threshold', threshold: { quantity: prev.condition.quantity, mode: 'floor', min, max: NONE, grow: c.relation === 'grow' } };
  }
  const { min, max, quantity } = c;
  if (min && (!max || c.exact)) return { kind: 'threshold', threshold: { quantity, mode: 'floor', min, max: NONE, grow: false } };
  if (max && !min) return { kind: 'threshold', threshold: { quantity, mode: 'ceiling', min: NONE, max, grow: false } };
  if (min && max) return { kind: 'threshold', threshold: { quantity, mode: 'both', min, max, grow: false } };
  return { kind: 'error' };
}
