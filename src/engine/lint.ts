/**
 * Rubric lint: the bands of a criterion cover every possible value exactly once (no gap, no
 * overlap), points never exceed the max and the max is reachable, and the criteria add up to the
 * section points and the sections to the stated total.
 */
import { type CompiledBand, type CompiledCriterion, type CompiledRubric } from './compile';
import { describeRange, formatNumber, type RangeCondition } from './condition';
import { issue, type Issue } from './issues';
import { nearlyEqual } from './numbers';

interface Span {
  lo: number;
  loIncl: boolean;
  hi: number;
  hiIncl: boolean;
  band: CompiledBand;
}

/** The band as an interval in its domain; counts are whole numbers, so "Từ 10 đến 19" ends at 19 inclusive. */
function spanOf(range: RangeCondition, band: CompiledBand, integer: boolean): Span {
  let lo = range.min?.value ?? -Infinity;
  let loIncl = range.min?.inclusive ?? false;
  let hi = range.max?.value ?? Infinity;
  let hiIncl = range.max?.inclusive ?? false;
  if (integer) {
    if (Number.isFinite(lo)) {
      lo = loIncl ? Math.ceil(lo - 1e-9) : Math.floor(lo + 1e-9) + 1;
      loIncl = true;
    }
    if (Number.isFinite(hi)) {
      hi = hiIncl ? Math.floor(hi + 1e-9) : Math.ceil(hi - 1e-9) - 1;
      hiIncl = true;
    }
  }
  return { lo, loIncl, hi, hiIncl, band };
}

/** Whether a span ends right where the next starts (no gap, no overlap). */
function meets(a: Span, b: Span, integer: boolean): 'exact' | 'gap' | 'overlap' {
  if (integer) {
    if (a.hi + 1 === b.lo) return 'exact';
    return a.hi + 1 < b.lo ? 'gap' : 'overlap';
  }
  if (nearlyEqual(a.hi, b.lo)) {
    if (a.hiIncl && b.loIncl) return 'overlap';
    return a.hiIncl || b.loIncl ? 'exact' : 'gap';
  }
  return a.hi < b.lo ? 'gap' : 'overlap';
}

function lintRanges(c: CompiledCriterion, where: string): Issue[] {
  const integer = c.kind === 'count';
  const domain = integer
    ? { lo: 0, hi: Infinity }
    : { lo: 0, hi: 1 };
  const spans = c.bands
    .filter((b): b is CompiledBand & { range: RangeCondition } => b.range !== undefined)
    .map((b) => spanOf(b.range, b, integer))
    .sort((a, b) => a.lo - b.lo || Number(b.loIncl) - Number(a.loIncl));
  const issues: Issue[] = [];
  const at = (s: Span): string => `${where} › ${c.id} › ${s.band.index + 1}`;
  const first = spans[0];
  const last = spans[spans.length - 1];
  if (!first || !last) return issues;
  if (first.lo > domain.lo || (nearlyEqual(first.lo, domain.lo) && !first.loIncl)) {
    issues.push(issue('lint.gap', { criterion: c.id, from: show(c, domain.lo), to: show(c, first.lo), band: first.band.text }, 'error', at(first)));
  }
  for (let i = 1; i < spans.length; i++) {
    const a = spans[i - 1] as Span;
    const b = spans[i] as Span;
    const relation = meets(a, b, integer);
    if (relation === 'gap') {
      issues.push(issue('lint.gap', { criterion: c.id, from: show(c, a.hi), to: show(c, b.lo), band: b.band.text }, 'error', at(b)));
    } else if (relation === 'overlap') {
      issues.push(issue('lint.overlap', { criterion: c.id, first: a.band.text, second: b.band.text, range: describeRange(b.band.range as RangeCondition) }, 'error', at(b)));
    }
  }
  const reachesTop = last.hi > domain.hi || (nearlyEqual(last.hi, domain.hi) && last.hiIncl) || (last.hi === Infinity);
  if (!reachesTop) {
    issues.push(issue('lint.gap', { criterion: c.id, from: show(c, last.hi), to: show(c, domain.hi), band: last.band.text }, 'error', at(last)));
  }
  return issues;
}

function show(c: CompiledCriterion, n: number): string {
  if (!Number.isFinite(n)) return '∞';
  return c.kind === 'percent' ? `${formatNumber(n * 100)}%` : formatNumber(n);
}

function lintCriterion(c: CompiledCriterion, where: string): Issue[] {
  const issues: Issue[] = [];
  for (const b of c.bands) {
    if (b.points > c.max + 1e-9) {
      issues.push(issue('lint.bandAboveMax', { criterion: c.id, band: b.text, points: b.points, max: c.max }, 'error', `${where} › ${c.id} › ${b.index + 1}`));
    }
  }
  if (c.kind !== 'manual' && !c.bands.some((b) => nearlyEqual(b.points, c.max))) {
    issues.push(issue('lint.maxUnreachable', { criterion: c.id, max: c.max }, 'warning', `${where} › ${c.id}`));
  }
  if (c.kind === 'bool') {
    const yes = c.bands.filter((b) => b.bool === true).length;
    const no = c.bands.filter((b) => b.bool === false).length;
    if (yes !== 1 || no !== 1) issues.push(issue('lint.boolBands', { criterion: c.id }, 'error', `${where} › ${c.id}`));
  }
  if (c.kind === 'choice') {
    const seen = new Set<string>();
    for (const b of c.bands) {
      if (seen.has(b.key ?? '')) issues.push(issue('lint.choiceDuplicate', { criterion: c.id, band: b.text }, 'error', `${where} › ${c.id} › ${b.index + 1}`));
      seen.add(b.key ?? '');
    }
  }
  if (c.kind === 'percent' || c.kind === 'count') issues.push(...lintRanges(c, where));
  return issues;
}

/** Lints a compiled rubric; an empty list means the rubric is clean. */
export function lintRubric(rubric: CompiledRubric): Issue[] {
  const where = rubric.id;
  const issues: Issue[] = rubric.criteria.flatMap((c) => lintCriterion(c, where));
  for (const s of rubric.sections) {
    const sum = s.criteria.reduce((a, c) => a + c.max, 0);
    if (!nearlyEqual(sum, s.points)) {
      issues.push(issue('lint.sectionSum', { section: s.id, sum, points: s.points }, 'error', `${where} › ${s.id}`));
    }
  }
  const total = rubric.sections.reduce((a, s) => a + s.points, 0);
  if (!nearlyEqual(total, rubric.total)) issues.push(issue('lint.totalSum', { sum: total, total: rubric.total }, 'error', where));
  return issues;
}
