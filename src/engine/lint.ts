/**
 * Rubric lint: the bands of a criterion cover every possible value exactly once (no gap, no
 * overlap), points never exceed the max and the max is reachable, and the criteria add up to the
 * section points and the sections to the stated total.
 */
import { type CompiledBand, type CompiledCriterion, type CompiledRubric } from './compile';
import { describeRange, type RangeCondition } from './condition';
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

function startsBefore(a: Span, b: Span): boolean {
  return a.lo < b.lo || (a.lo === b.lo && (a.loIncl || !b.loIncl));
}

function endsAfter(a: Span, b: Span): boolean {
  return a.hi > b.hi || (a.hi === b.hi && (a.hiIncl || !b.hiIncl));
}

/** `inner` lies within `outer`. */
function within(inner: Span, outer: Span): boolean {
  return startsBefore(outer, inner) && endsAfter(outer, inner);
}

function intersects(a: Span, b: Span): boolean {
  const lo = Math.max(a.lo, b.lo);
  const hi = Math.min(a.hi, b.hi);
  if (lo < hi && !nearlyEqual(lo, hi)) return true;
  if (!nearlyEqual(lo, hi)) return false;
  const loIncl = a.lo === lo ? a.loIncl : b.loIncl;
  const loIncl2 = b.lo === lo ? b.loIncl : a.loIncl;
  const hiIncl = a.hi === hi ? a.hiIncl : b.hiIncl;
  const hiIncl2 = b.hi === hi ? b.hiIncl : a.hiIncl;
  return loIncl && loIncl2 && hiIncl && hiIncl2;
}

/**
 * Bands are read in the document's order, the first that matches wins. Kế hoạch 741/KH-KTĐ5 relies on it:
 * "Đạt 100%" (5) before "Từ 80% trở lên" (3) means 80 % up to 100 % exclusive gets 3. So an earlier
 * band may sit inside a later one when it gives more points (an exception to the general band);
 * any other overlap is an error (a later band that can never match, or two bands that cross).
 */
function overlapIsIntended(earlier: Span, later: Span): boolean {
  return within(earlier, later) && earlier.band.points > later.band.points;
}

function lintRanges(c: CompiledCriterion, where: string): Issue[] {
  const integer = c.kind === 'count';
  const domain = integer ? { lo: 0, hi: Infinity } : { lo: 0, hi: 1 };
  const inOrder = c.bands
    .filter((b): b is CompiledBand & { range: RangeCondition } => b.range !== undefined)
    .map((b) => spanOf(b.range, b, integer));
  const issues: Issue[] = [];
  const at = (s: Span): string => `${where} › ${c.id} › ${s.band.index + 1}`;

  for (let j = 1; j < inOrder.length; j++) {
    for (let i = 0; i < j; i++) {
      const a = inOrder[i] as Span;
      const b = inOrder[j] as Span;
      if (intersects(a, b) && !overlapIsIntended(a, b)) {
        issues.push(issue('lint.overlap', { criterion: c.id, first: a.band.text, second: b.band.text, range: describeRange(b.band.range as RangeCondition, 'en') }, 'error', at(b)));
      }
    }
  }

  // Gaps: walk the union of the bands from the bottom of the domain to its top.
  const sorted = [...inOrder].sort((a, b) => a.lo - b.lo || Number(b.loIncl) - Number(a.loIncl));
  let reach = domain.lo;
  let reachIncl = false; // whether `reach` itself is covered
  let reachSpan: Span | undefined;
  let started = false;
  const gap = (from: number, to: number, near: Span): Issue =>
    nearlyEqual(from, to)
      ? issue('lint.missingPoint', { criterion: c.id, value: from, quantity: c.kind, band: near.band.text }, 'error', at(near))
      : issue('lint.gap', { criterion: c.id, from, to, quantity: c.kind, band: near.band.text }, 'error', at(near));
  for (const span of sorted) {
    const covers = started ? span.lo < reach || (nearlyEqual(span.lo, reach) && (span.loIncl || reachIncl)) || (integer && span.lo <= reach + 1)
      : span.lo < domain.lo || (nearlyEqual(span.lo, domain.lo) && span.loIncl);
    if (!covers) {
      issues.push(gap(reach, span.lo, span));
    }
    started = true;
    if (span.hi > reach || (nearlyEqual(span.hi, reach) && span.hiIncl)) {
      reach = span.hi;
      reachIncl = span.hiIncl;
      reachSpan = span;
    }
  }
  if (reachSpan && reach !== Infinity && !(reach > domain.hi || (nearlyEqual(reach, domain.hi) && reachIncl))) {
    issues.push(gap(reach, domain.hi, reachSpan));
  }
  return issues;
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
