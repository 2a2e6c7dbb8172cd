/** The JSON shapes of `score` and `consolidate` (contracts other tools rely on). */
import { type ScoredUnit } from '../../workbook/khoi/score-files';

export function unitJson(u: ScoredUnit, detailed: boolean): Record<string, unknown> {
  return {
    unit: u.unit.unit,
    file: u.file,
    total: u.score.total,
    complete: u.status.complete,
    maxPossible: u.status.maxPossible,
    problems: u.status.problems.map(({ sheet, cell, criterion, message }) => ({ sheet, cell, criterion, message })),
    ...(detailed ? { selfTotal: u.score.selfTotal, max: u.score.max, rubric: u.rubric.id, sections: u.score.sections.map((s) => ({ id: s.id, points: s.points, selfPoints: s.selfPoints, max: s.max })) } : {}),
    criteria: u.score.criteria.map((c) => ({
      id: c.id,
      points: c.final.points,
      max: c.final.max,
      state: c.final.state,
      ...(detailed
        ? {
            band: c.final.band?.text ?? null,
            source: c.source,
            self: { points: c.self.points, state: c.self.state, band: c.self.band?.text ?? null },
            appraised: c.appraised ? { points: c.appraised.points, state: c.appraised.state, band: c.appraised.band?.text ?? null } : null,
            evidence: u.missingEvidence.includes(c.id) ? 'missing' : u.unit.evidence[c.id] ? 'present' : 'none',
            next: (() => {
              const n = u.next.find((x) => x.id === c.id);
              return n ? { band: n.band ?? null, gain: n.gain } : null;
            })(),
          }
        : {}),
    })),
    ...(detailed ? { missing: u.score.missing, missingEvidence: u.missingEvidence } : {}),
  };
}

/** A file left out of the ranking, and why. */
export function notCountedJson(n: { file: string; unit?: string; reason: string }): Record<string, unknown> {
  return { file: n.file, unit: n.unit ?? null, reason: n.reason };
}
