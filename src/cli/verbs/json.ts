/** Builds the JSON of `score` and `consolidate` as the declared shapes (src/cli/json). */
import { type Ranked } from '../../engine';
import { type KhoiResult, type ScoredUnit } from '../../workbook/khoi/score-files';
import { type SeasonRun } from '../../workbook/season/run';
import type { ConsolidateJson, ProblemListsJson, CriterionJson, RankedUnitJson, ScoredUnitJson, SourceFileJson } from '../json';

function core(u: ScoredUnit) {
  return { unit: u.unit.unit, file: u.file, total: u.score.total, complete: u.status.complete, maxPossible: u.status.maxPossible, problems: u.status.problems.map(({ sheet, cell, criterion, message }) => ({ sheet, cell, criterion, message })) };
}

/** A unit of `score`: every criterion with self and appraised sides, evidence and the next band. */
export function scoredUnitJson(u: ScoredUnit): ScoredUnitJson {
  const { unit, file, total, complete, maxPossible, problems } = core(u);
  return {
    unit,
    file,
    total,
    complete,
    maxPossible,
    problems,
    selfTotal: u.score.selfTotal,
    max: u.score.max,
    rubric: u.rubric.id,
    sections: u.score.sections.map((s) => ({ id: s.id, points: s.points, selfPoints: s.selfPoints, max: s.max })),
    criteria: u.score.criteria.map((c) => {
      const n = u.next.find((x) => x.id === c.id);
      return {
        id: c.id,
        points: c.final.points,
        max: c.final.max,
        state: c.final.state,
        band: c.final.band?.text ?? null,
        source: c.source,
        self: { points: c.self.points, state: c.self.state, band: c.self.band?.text ?? null },
        appraised: c.appraised ? { points: c.appraised.points, state: c.appraised.state, band: c.appraised.band?.text ?? null } : null,
        evidence: u.missingEvidence.includes(c.id) ? 'missing' : u.unit.evidence[c.id] ? 'present' : 'none',
        next: n ? { band: n.band ?? null, gain: n.gain } : null,
      };
    }),
    missing: u.score.missing,
    missingEvidence: u.missingEvidence,
  };
}

/** The appraisal workbook's side of a criterion, with its reason; null when the criterion is not appraised. */
function appraisedJson(u: ScoredUnit, id: string, reason: string | undefined): CriterionJson['appraised'] {
  const c = u.score.criteria.find((x) => x.id === id);
  if (!c?.appraised || c.appraised.state === 'missing') return reason ? { value: null, points: null, state: 'missing', band: null, reason } : null;
  const raw = u.unit.appraised[id];
  return { value: raw === undefined || raw === null ? null : raw instanceof Date ? raw.toISOString() : raw, points: c.appraised.points, state: c.appraised.state, band: c.appraised.band?.text ?? null, reason: reason ?? null };
}

/** A ranked unit of `consolidate`, with what the season flags add (appraisal, explanations, last year). */
function rankedUnitJson(r: Ranked<ScoredUnit>, season: SeasonRun): RankedUnitJson {
  const u = r.item;
  const { appraisal, answers } = season.inputs;
  const criteria = u.score.criteria.map((c): CriterionJson => ({
    id: c.id,
    points: c.final.points,
    max: c.final.max,
    state: c.final.state,
    ...(appraisal ? { appraised: appraisedJson(u, c.id, season.reason(u.unit.unit, c.id)) } : {}),
    ...(answers ? { explanation: season.explanation(u.unit.unit, c.id) ?? null } : {}),
  }));
  const { unit, file, total, complete, maxPossible, problems } = core(u);
  const json: RankedUnitJson = { unit, file, total, rank: r.rank, tie: r.tie, complete, maxPossible, problems, criteria };
  const cmp = season.comparisons?.find((x) => x.unit === u.unit.unit);
  if (cmp) {
    json.previous = cmp.previous;
    json.change = cmp.previous ? { points: Math.round((cmp.total - cmp.previous.total) * 100) / 100, rank: cmp.previous.rank === null ? null : cmp.previous.rank - cmp.rank } : null;
    json.newThisYear = cmp.previous === null;
  }
  return json;
}

/** `consolidate --json`: the ranking, the proposal, what was not counted, the season's additions. */
export function consolidateJson(result: KhoiResult, season: SeasonRun, output: string, problems: ProblemListsJson, sources: SourceFileJson[] | undefined): ConsolidateJson {
  const p = result.proposal;
  const statuses = season.statuses;
  return {
    units: result.ranked.map((r) => rankedUnitJson(r, season)),
    proposed: p.kind === 'unit' ? { unit: p.item.unit.unit, tie: false } : p.kind === 'tie' ? { units: p.items.map((u) => u.unit.unit), tie: true } : null,
    proposalCertain: result.proposalCertain,
    notCounted: result.notCounted.map((n) => ({ file: n.file, unit: n.unit ?? null, reason: n.reason })),
    ...problems,
    ...(statuses ? { roster: statuses.roster.map(({ unit, status, file, files }) => ({ unit, status, file, ...(files.length > 1 ? { files } : {}) })), unknownUnits: statuses.unknownUnits } : {}),
    ...(sources ? { final: { sources } } : {}),
    output,
  };
}
