/**
 * Target status with the documents' semantics (Báo cáo 07-BC/BCSD, "So với KH 5 năm"): Đạt when the result is at
 * the threshold, Vượt when it is beyond it, Chưa đạt when short of it. Floors ("Trên 55%", "Từ 60% trở
 * lên", "Tăng tối thiểu 7%", a bare "70%") and ceilings ("Dưới 10%", "Tối đa 5%") are both handled, and
 * results written as phrases ("Trên 75%") are compared as the intervals they state.
 */
import { type Condition, type Quantity, type RangeCondition } from './condition';
import { coerceNumber, coercePercent, coerceYesNo, isBlank, type RawValue } from './coerce';
import { issue, type Issue } from './issues';
import { enStatusLabels } from './messages/en';
import { viStatusLabels } from './messages/vi';
import { EPSILON, nearlyEqual } from './numbers';
import { parsePhrase } from './phrase';
import { fold } from './text';

export type TargetStatusCode = 'vuot' | 'dat' | 'chua-dat' | 'unknown';

export interface TargetEvaluation {
  status: TargetStatusCode;
  /** How far the result is short of the threshold (same unit as the target; percents as fractions). */
  shortfall?: number;
  /** The threshold the result was measured against. */
  threshold?: number;
  /** The result as read (a number, or the lower/upper bound of a phrase such as "Trên 75%"). */
  result?: number | boolean;
  issues: Issue[];
}

/** An interval read from a result: a point for "58%", open above for "Trên 75%" (unbounded ends ±Infinity). */
export interface ResultInterval {
  lo: number;
  loIncl: boolean;
  hi: number;
  hiIncl: boolean;
}

const point = (v: number): ResultInterval => ({ lo: v, loIncl: true, hi: v, hiIncl: true });

function intervalOf(c: RangeCondition): ResultInterval {
  return {
    lo: c.min?.value ?? -Infinity,
    loIncl: c.min?.inclusive ?? false,
    hi: c.max?.value ?? Infinity,
    hiIncl: c.max?.inclusive ?? false,
  };
}

/** A plain number is in đồng against a money target, as a bare number is ("Trên 4.000.000.000" for "4 tỷ đồng"). */
export function quantityFits(result: Quantity, target: Quantity): boolean {
  return result === target || (target === 'money' && result === 'number');
}

/** A result (a number, "58%", or a phrase such as "Trên 75%") read as an interval of the given quantity. */
export function readResultInterval(raw: RawValue, quantity: Quantity): { interval: ResultInterval; issues: Issue[] } | { error: Issue } {
  if (typeof raw === 'number' || (typeof raw === 'string' && /^[\s\d.,%+-]+$/.test(raw))) {
    if (quantity === 'percent') {
      const c = coercePercent(raw, true);
      if (c.state === 'ok') return { interval: point(c.value), issues: c.warnings };
      return { error: c.state === 'error' ? c.issue : issue('score.missing', {}) };
    }
    const n = coerceNumber(raw);
    if (n.state === 'ok') return { interval: point(n.value), issues: [] };
    return { error: n.state === 'error' ? n.issue : issue('score.missing', {}) };
  }
  const parsed = parsePhrase(String(raw));
  if (!parsed.ok) return { error: parsed.issue };
  if (parsed.condition.kind !== 'range' || !quantityFits(parsed.condition.quantity, quantity)) {
    return { error: issue('value.notNumber', { value: String(raw) }) };
  }
  return { interval: intervalOf(parsed.condition), issues: [] };
}

function compareFloor(r: ResultInterval, threshold: number, strict: boolean): TargetStatusCode {
  const atThreshold = nearlyEqual(r.lo, threshold);
  if (r.lo === r.hi) {
    if (atThreshold) return strict ? 'chua-dat' : 'dat';
    return r.lo > threshold ? 'vuot' : 'chua-dat';
  }
  if (r.hi !== Infinity && (r.hi < threshold || (nearlyEqual(r.hi, threshold) && (strict || !r.hiIncl)))) return 'chua-dat';
  if (r.lo === -Infinity) return 'unknown';
  if (atThreshold) {
    // "Trên 60%" against "Trên 60%" is the target itself; "Trên 60%" against "Từ 60%" goes beyond it.
    if (!r.loIncl) return strict ? 'dat' : 'vuot';
    return strict ? 'unknown' : 'dat';
  }
  return r.lo > threshold ? 'vuot' : 'unknown';
}

function flip(r: ResultInterval): ResultInterval {
  return { lo: -r.hi, loIncl: r.hiIncl, hi: -r.lo, hiIncl: r.loIncl };
}

function evaluateRange(target: RangeCondition, raw: RawValue): TargetEvaluation {
  const read = readResultInterval(raw, target.quantity);
  if ('error' in read) return { status: 'unknown', issues: [read.error] };
  const r = read.interval;
  const result = r.lo !== -Infinity ? r.lo : r.hi;
  const { min, max } = target;
  if (min && (!max || target.exact)) {
    const status = compareFloor(r, min.value, !min.inclusive);
    return withShortfall({ status, threshold: min.value, result, issues: read.issues }, min.value - result);
  }
  if (max && !min) {
    const status = compareFloor(flip(r), -max.value, !max.inclusive);
    return withShortfall({ status, threshold: max.value, result, issues: read.issues }, result - max.value);
  }
  if (min && max) {
    const belowMin = compareFloor(r, min.value, !min.inclusive) === 'chua-dat';
    const aboveMax = compareFloor(flip(r), -max.value, !max.inclusive) === 'chua-dat';
    const status: TargetStatusCode = belowMin ? 'chua-dat' : aboveMax ? 'vuot' : 'dat';
    return withShortfall({ status, threshold: min.value, result, issues: read.issues }, min.value - result);
  }
  return { status: 'unknown', issues: read.issues };
}

function withShortfall(e: TargetEvaluation, shortfall: number): TargetEvaluation {
  return e.status === 'chua-dat' && Number.isFinite(shortfall) && shortfall > EPSILON ? { ...e, shortfall } : e;
}

/**
 * Evaluates a result against a target phrase. `previous` is the prior result, needed by "Duy trì"
 * (keep it) and "Có tăng trưởng" (grow on it).
 */
export function evaluateTarget(targetPhrase: string, raw: RawValue, previous?: RawValue): TargetEvaluation {
  const parsed = parsePhrase(targetPhrase);
  if (!parsed.ok) return { status: 'unknown', issues: [parsed.issue] };
  if (isBlank(raw)) return { status: 'unknown', issues: [issue('score.missing', {}, 'warning')] };
  return evaluateCondition(parsed.condition, raw, previous);
}

export function evaluateCondition(target: Condition, raw: RawValue, previous?: RawValue): TargetEvaluation {
  switch (target.kind) {
    case 'bool': {
      const c = coerceYesNo(raw);
      if (c.state !== 'ok') return { status: 'unknown', issues: c.state === 'error' ? [c.issue] : [] };
      return { status: c.value === target.value ? 'dat' : 'chua-dat', result: c.value, issues: [] };
    }
    case 'relative': {
      if (isBlank(previous)) return { status: 'unknown', issues: [issue('score.missing', {}, 'warning')] };
      const prev = parsePhrase(String(previous));
      const prevRange = prev.ok && prev.condition.kind === 'range' ? prev.condition : undefined;
      if (!prevRange?.min) return { status: 'unknown', issues: [issue('value.notNumber', { value: String(previous) })] };
      const floor: RangeCondition = { kind: 'range', quantity: prevRange.quantity, exact: false, min: { value: prevRange.min.value, inclusive: target.relation === 'maintain' } };
      const e = evaluateRange(floor, raw);
      // Growing at all meets "Có tăng trưởng": there is no threshold to go beyond.
      return target.relation === 'grow' && e.status === 'vuot' ? { ...e, status: 'dat' } : e;
    }
    case 'range':
      return evaluateRange(target, raw);
  }
}

/** The states' names as printed, from each locale file. */
export const STATUS_LABELS: Record<'vi' | 'en', Record<TargetStatusCode, string>> = { vi: viStatusLabels, en: enStatusLabels };

/** Reads a status as the documents print it ("Đạt", "<b>Vượt</b>", "Chưa đạt"). */
export function statusFromText(text: string): TargetStatusCode | undefined {
  const key = fold(text.replace(/<[^>]+>/g, ''));
  if (key === 'dat') return 'dat';
  if (key === 'vuot') return 'vuot';
  if (key === 'chua dat') return 'chua-dat';
  return undefined;
}
