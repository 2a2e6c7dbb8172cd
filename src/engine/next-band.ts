/**
 * "What it takes": for a scored criterion, the next band up (the band with the fewest points above the
 * current ones), the points it would add, and for numeric bands the value that reaches it.
 */
import { type CompiledBand, type CompiledCriterion } from './compile';
import { type CriterionScore } from './score';

export interface NextStep {
  id: string;
  /** The document's text of the band to reach; for a manual criterion, undefined (any score up to max). */
  band?: string;
  /** Points the criterion would gain. */
  gain: number;
  /** For percent/count criteria: the least value that reaches the band (fraction or count). */
  reachAt?: number;
  /** How far the current value is from reachAt (same unit), when both are known. */
  distance?: number;
}

function leastValue(band: CompiledBand, kind: CompiledCriterion['kind']): number | undefined {
  const min = band.range?.min;
  if (!min) return 0;
  if (min.inclusive) return min.value;
  // "Trên 80%": the least typed value above 80 % is one step up: 1 for counts, 0.01 percent point for percents.
  return kind === 'count' ? Math.floor(min.value) + 1 : min.value + 0.0001;
}

/** The next step up for one criterion, or undefined when it already has its max. */
export function nextStep(criterion: CompiledCriterion, score: CriterionScore): NextStep | undefined {
  const current = score.state === 'missing' || score.state === 'error' ? 0 : score.points;
  if (current >= criterion.max - 1e-9 && score.state !== 'missing' && score.state !== 'error') return undefined;
  if (criterion.kind === 'manual') return { id: criterion.id, gain: criterion.max - current };
  const above = criterion.bands.filter((b) => b.points > current + 1e-9).sort((a, b) => a.points - b.points);
  const band = above[0];
  if (!band) return undefined;
  const step: NextStep = { id: criterion.id, band: band.text, gain: band.points - current };
  if (criterion.kind === 'percent' || criterion.kind === 'count') {
    const reachAt = leastValue(band, criterion.kind);
    if (reachAt !== undefined) {
      step.reachAt = reachAt;
      if (typeof score.value === 'number') step.distance = Math.max(0, reachAt - score.value);
    }
  }
  return step;
}

/** How far a step is, relative to the value that reaches it (percents and counts compare on one scale). */
function relativeDistance(s: NextStep): number {
  if (s.distance === undefined) return Number.POSITIVE_INFINITY;
  return s.reachAt && s.reachAt > 0 ? s.distance / s.reachAt : s.distance;
}

/**
 * "What it takes" as one list: every step, the most points gained first; among equal gains the
 * closest first (a known distance before none), then the rubric's order. Nothing is dropped: a
 * yes/no criterion ("Không" → "Có", +4) has no distance and must still rank by its points.
 */
export function byPointsGained(steps: readonly NextStep[]): NextStep[] {
  return steps
    .map((s, i) => ({ s, i }))
    .sort((a, b) => b.s.gain - a.s.gain || relativeDistance(a.s) - relativeDistance(b.s) || a.i - b.i)
    .map((x) => x.s);
}
