/**
 * Scoring: points per criterion with the band that matched (the "why"), section subtotals and the
 * total; self-assessed and appraised values side by side, the appraised one final where present.
 */
import { type CompiledBand, type CompiledCriterion, type CompiledRubric } from './compile';
import { rangeContains } from './condition';
import {
  coerceChoice,
  coerceCount,
  coerceManualPoints,
  coercePercent,
  coerceYesNo,
  isBlank,
  type Coerced,
  type RawValue,
} from './coerce';
import { issue, type Issue } from './issues';
import { choiceKey } from './text';

/** full: the criterion's max; partial: some; zero: none; missing: blank input; error: unreadable input. */
export type PointState = 'full' | 'partial' | 'zero' | 'missing' | 'error';

export interface CriterionScore {
  id: string;
  points: number;
  max: number;
  state: PointState;
  /** The band that matched, as the document words it. */
  band?: { index: number; text: string; points: number };
  /** The value as read: a fraction for percents, a count, a boolean, a choice label, or manual points. */
  value?: number | boolean | string;
  issues: Issue[];
}

function stateOf(points: number, max: number): PointState {
  if (points >= max - 1e-9) return 'full';
  return points > 1e-9 ? 'partial' : 'zero';
}

function fromBand(criterion: CompiledCriterion, band: CompiledBand, value: number | boolean | string, warnings: Issue[]): CriterionScore {
  return {
    id: criterion.id,
    points: band.points,
    max: criterion.max,
    state: stateOf(band.points, criterion.max),
    band: { index: band.index, text: band.text, points: band.points },
    value,
    issues: warnings,
  };
}

function notScored(criterion: CompiledCriterion, coerced: Coerced<unknown>): CriterionScore {
  if (coerced.state === 'missing') {
    return { id: criterion.id, points: 0, max: criterion.max, state: 'missing', issues: [issue('score.missing', { criterion: criterion.id }, 'warning')] };
  }
  const problem = coerced.state === 'error' ? coerced.issue : issue('score.noBand', { criterion: criterion.id });
  return { id: criterion.id, points: 0, max: criterion.max, state: 'error', issues: [{ ...problem, params: { ...problem.params, criterion: criterion.id } }] };
}

const labelCache = new WeakMap<CompiledCriterion, { labels: string[]; keys: string[] }>();

/** A choice criterion's labels and their match keys, computed once per compiled criterion. */
function choiceLists(criterion: CompiledCriterion): { labels: string[]; keys: string[] } {
  let lists = labelCache.get(criterion);
  if (!lists) {
    lists = { labels: criterion.bands.map((b) => b.text), keys: criterion.bands.map((b) => b.key ?? choiceKey(b.text)) };
    labelCache.set(criterion, lists);
  }
  return lists;
}
const choiceLabels = (c: CompiledCriterion): string[] => choiceLists(c).labels;
const choiceKeys = (c: CompiledCriterion): string[] => choiceLists(c).keys;

/** Scores one criterion for one raw cell value. */
export function scoreCriterion(criterion: CompiledCriterion, raw: RawValue): CriterionScore {
  switch (criterion.kind) {
    case 'manual': {
      const c = coerceManualPoints(raw, criterion.max);
      if (c.state !== 'ok') return notScored(criterion, c);
      return { id: criterion.id, points: c.value, max: criterion.max, state: stateOf(c.value, criterion.max), value: c.value, issues: [] };
    }
    case 'bool': {
      const c = coerceYesNo(raw);
      if (c.state !== 'ok') return notScored(criterion, c);
      const band = criterion.bands.find((b) => b.bool === c.value);
      return band ? fromBand(criterion, band, c.value, c.warnings) : notScored(criterion, { state: 'error', issue: issue('score.noBand', { criterion: criterion.id }) });
    }
    case 'choice': {
      const c = coerceChoice(raw, choiceLabels(criterion), choiceKeys(criterion));
      if (c.state !== 'ok') return notScored(criterion, c);
      const band = criterion.bands[c.value] as CompiledBand;
      return fromBand(criterion, band, band.text, c.warnings);
    }
    case 'percent':
    case 'count': {
      const c = criterion.kind === 'percent' ? coercePercent(raw) : coerceCount(raw);
      if (c.state !== 'ok') return notScored(criterion, c);
      const band = criterion.bands.find((b) => b.range && rangeContains(b.range, c.value));
      if (!band) return notScored(criterion, { state: 'error', issue: issue('score.noBand', { criterion: criterion.id, value: c.value, quantity: criterion.kind }) });
      return fromBand(criterion, band, c.value, c.warnings);
    }
  }
}

export interface UnitInput {
  /** Self-assessed values by criterion id. */
  self: Record<string, RawValue>;
  /** Appraised values by criterion id; a blank leaves the self-assessment in force. */
  appraised?: Record<string, RawValue>;
}

export interface CriterionResult {
  id: string;
  sectionId: string;
  self: CriterionScore;
  appraised?: CriterionScore;
  /** The appraised score where an appraised value exists, else the self score. */
  final: CriterionScore;
  source: 'self' | 'appraised';
}

export interface SectionResult {
  id: string;
  max: number;
  selfPoints: number;
  points: number;
}

export interface UnitScore {
  rubricId: string;
  criteria: CriterionResult[];
  sections: SectionResult[];
  selfTotal: number;
  total: number;
  max: number;
  /** Criteria whose final value is blank. */
  missing: string[];
  /** Criteria whose final value could not be read. */
  errors: string[];
}

const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

/** Scores a unit: every criterion of the rubric, in its order. */
export function scoreUnit(rubric: CompiledRubric, input: UnitInput): UnitScore {
  const criteria: CriterionResult[] = rubric.criteria.map((c) => {
    const self = scoreCriterion(c, input.self[c.id]);
    const appraisedRaw = input.appraised?.[c.id];
    if (isBlank(appraisedRaw)) return { id: c.id, sectionId: c.sectionId, self, final: self, source: 'self' };
    const appraised = scoreCriterion(c, appraisedRaw);
    return { id: c.id, sectionId: c.sectionId, self, appraised, final: appraised, source: 'appraised' };
  });
  const sections = rubric.sections.map((s) => {
    const inSection = criteria.filter((r) => r.sectionId === s.id);
    return {
      id: s.id,
      max: s.points,
      selfPoints: sum(inSection.map((r) => r.self.points)),
      points: sum(inSection.map((r) => r.final.points)),
    };
  });
  return {
    rubricId: rubric.id,
    criteria,
    sections,
    selfTotal: sum(sections.map((s) => s.selfPoints)),
    total: sum(sections.map((s) => s.points)),
    max: rubric.total,
    missing: criteria.filter((r) => r.final.state === 'missing').map((r) => r.id),
    errors: criteria.filter((r) => r.final.state === 'error').map((r) => r.id),
  };
}
