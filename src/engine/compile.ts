/**
 * Compiles a rubric's data into scoring form: every band phrase parsed once, the criterion's input
 * kind inferred from its bands (Có/Không, named choices, a percent or a count), errors collected with
 * where they are. Scoring then never re-reads text.
 */
import { type RangeCondition } from './condition';
import { issue, type Issue } from './issues';
import { isNamedChoice, parsePhrase } from './phrase';
import { type CriterionData, type RubricData } from './schema';
import { choiceKey } from './text';

export type CriterionKind = 'bool' | 'choice' | 'percent' | 'count' | 'manual';

export interface CompiledBand {
  index: number;
  text: string;
  points: number;
  /** For percent/count bands. */
  range?: RangeCondition;
  /** For Có/Không bands. */
  bool?: boolean;
  /** For named choices: the folded key the user's value is matched against. */
  key?: string;
}

export interface CompiledCriterion {
  id: string;
  sectionId: string;
  row: string;
  text: string;
  textEn?: string;
  max: number;
  kind: CriterionKind;
  bands: CompiledBand[];
}

export interface CompiledSection {
  id: string;
  row: string;
  title: string;
  titleEn?: string;
  points: number;
  criteria: CompiledCriterion[];
}

export interface CompiledRubric {
  data: RubricData;
  id: string;
  sections: CompiledSection[];
  criteria: CompiledCriterion[];
  byId: Map<string, CompiledCriterion>;
  total: number;
}

export type CompileResult = { ok: true; rubric: CompiledRubric; warnings: Issue[] } | { ok: false; issues: Issue[] };

function compileCriterion(data: CriterionData, sectionId: string, where: string, issues: Issue[]): CompiledCriterion {
  const base = { id: data.id, sectionId, row: data.row, text: data.text, max: data.max, ...(data.textEn ? { textEn: data.textEn } : {}) };
  if (!data.bands) return { ...base, kind: 'manual', bands: [] };

  const bands = data.bands;
  if (bands.some((b) => isNamedChoice(b.text))) {
    return { ...base, kind: 'choice', bands: bands.map((b, index) => ({ index, text: b.text, points: b.points, key: choiceKey(b.text) })) };
  }

  const compiled: CompiledBand[] = [];
  for (const [index, band] of bands.entries()) {
    const parsed = parsePhrase(band.text);
    if (!parsed.ok) {
      issues.push({ ...parsed.issue, where: `${where} › ${data.id} › ${index + 1}` });
      continue;
    }
    const c = parsed.condition;
    if (c.kind === 'bool') compiled.push({ index, text: band.text, points: band.points, bool: c.value });
    else if (c.kind === 'range') compiled.push({ index, text: band.text, points: band.points, range: c });
    else issues.push(issue('phrase.unknownWords', { phrase: band.text, words: band.text }, 'error', `${where} › ${data.id} › ${index + 1}`));
  }
  const ranges = compiled.filter((b) => b.range);
  const bools = compiled.filter((b) => b.bool !== undefined);
  if (ranges.length > 0 && bools.length > 0) {
    issues.push(issue('lint.mixedQuantities', { criterion: data.id }, 'error', `${where} › ${data.id}`));
  }
  if (bools.length > 0 && ranges.length === 0) return { ...base, kind: 'bool', bands: compiled };
  const quantities = new Set(ranges.map((b) => b.range?.quantity));
  if (quantities.size > 1) issues.push(issue('lint.mixedQuantities', { criterion: data.id }, 'error', `${where} › ${data.id}`));
  const kind: CriterionKind = quantities.has('percent') ? 'percent' : 'count';
  return { ...base, kind, bands: compiled };
}

/** Compiles a validated rubric; any unparseable phrase makes the whole rubric unusable, with every reason listed. */
export function compileRubric(data: RubricData): CompileResult {
  const issues: Issue[] = [];
  const sections: CompiledSection[] = data.sections.map((s) => ({
    id: s.id,
    row: s.row,
    title: s.title,
    points: s.points,
    ...(s.titleEn ? { titleEn: s.titleEn } : {}),
    criteria: s.criteria.map((c) => compileCriterion(c, s.id, data.id, issues)),
  }));
  const criteria = sections.flatMap((s) => s.criteria);
  const byId = new Map<string, CompiledCriterion>();
  for (const c of criteria) {
    if (byId.has(c.id)) issues.push(issue('doc.duplicateId', { id: c.id }, 'error', data.id));
    byId.set(c.id, c);
  }
  if (issues.some((i) => i.severity === 'error')) return { ok: false, issues };
  return { ok: true, rubric: { data, id: data.id, sections, criteria, byId, total: data.total }, warnings: issues };
}
