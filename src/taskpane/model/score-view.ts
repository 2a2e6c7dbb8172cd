/**
 * What the "Chấm điểm" screen shows of a scored unit: total, a bar per section against its max,
 * missing inputs and missing evidence, and "what it takes": every criterion that can gain points, the
 * most points first (the engine's byPointsGained), with the points each would add; the screen shows the
 * first few (fold.ts) and folds the rest. Pure: built from the workbook layer's ScoredUnit.
 */
import { type CompiledRubric } from '../../engine';
// The module itself, not the engine's index: this view is on the start page, the engine is not.
import { byPointsGained } from '../../engine/next-band';
import { type ScoredUnit } from '../../workbook/khoi/score-files';
import { type CriterionCells } from '../../workbook/read/data-sheet-reader';
import { formatPercent, formatPoints, type PaneLang } from '../i18n';

export interface SectionBar {
  id: string;
  title: string;
  points: number;
  max: number;
}

export interface CriterionRef {
  id: string;
  text: string;
}

export interface StepRow extends CriterionRef {
  gain: number;
  /** The document's text of the band to reach (none for a manual criterion). */
  band?: string;
  /** The least value that reaches it, as the user would type it ("90%"). */
  reachAt?: string;
}

export interface ScoreView {
  unit: string;
  file: string;
  sheet: string;
  total: number;
  selfTotal: number;
  max: number;
  sections: SectionBar[];
  missing: CriterionRef[];
  missingEvidence: CriterionRef[];
  steps: StepRow[];
  /** Input cells by criterion id (for selecting them in Excel). */
  cells: Record<string, CriterionCells>;
}


function criterionText(rubric: CompiledRubric, id: string, lang: PaneLang): string {
  const c = rubric.byId.get(id);
  if (!c) return id;
  return lang === 'en' && c.textEn ? c.textEn : c.text;
}

export function scoreView(u: ScoredUnit, lang: PaneLang): ScoreView {
  const rubric = u.rubric;
  const ref = (id: string): CriterionRef => ({ id, text: criterionText(rubric, id, lang) });
  const sections = rubric.sections.map((s) => {
    const r = u.score.sections.find((x) => x.id === s.id);
    return { id: s.id, title: lang === 'en' && s.titleEn ? s.titleEn : s.title, points: r?.points ?? 0, max: r?.max ?? s.points };
  });
  const steps = byPointsGained(u.next).map((s) => {
    const kind = rubric.byId.get(s.id)?.kind;
    const reachAt = s.reachAt === undefined ? undefined : kind === 'percent' ? formatPercent(s.reachAt, lang) : formatPoints(s.reachAt, lang);
    return { ...ref(s.id), gain: s.gain, ...(s.band ? { band: s.band } : {}), ...(reachAt !== undefined ? { reachAt } : {}) };
  });
  return {
    unit: u.unit.unit,
    file: u.file,
    sheet: u.unit.sheet,
    total: u.score.total,
    selfTotal: u.score.selfTotal,
    max: u.score.max,
    sections,
    missing: u.score.missing.map(ref),
    missingEvidence: u.missingEvidence.map(ref),
    steps,
    cells: u.unit.cells,
  };
}
