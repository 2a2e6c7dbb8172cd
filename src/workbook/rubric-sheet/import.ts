/**
 * A rubric sheet to checked rubric data: the reader's problems, then the engine's own checks (schema,
 * every phrase through the parser, the lint) with each finding moved back to the cell it came from.
 * A criterion whose phrase fails is set aside and the rest still linted, so one run shows every problem.
 */
import { compileRubric, lintRubric, type Issue, type RubricData } from '../../engine';
import { RubricSchema } from '../../engine/schema';
import { address } from '../a1';
import { type WorkbookGrid } from '../grid';
import { type RubricProblem } from './messages';
import { readRubricSheet, type Locations } from './reader';

export type RubricImport = { ok: true; data: RubricData; problems: RubricProblem[] } | { ok: false; problems: RubricProblem[] };

export interface ImportOptions {
  sheet?: string;
  /** Ids of rubrics that already exist (built-in): reusing one is warned about. */
  knownIds?: readonly string[];
}

/** The cell an engine finding belongs to; `where` is "rubric › criterion › band" as the engine writes it. */
function cellOf(i: Issue, at: Locations, rubricId: string): string | undefined {
  const parts = (i.where ?? '').split(' › ');
  if (parts[0] === rubricId) parts.shift();
  const [owner, band] = parts;
  const pointsColumn = i.code === 'lint.bandAboveMax' || i.code === 'lint.maxUnreachable' || i.code === 'lint.sectionSum';
  const column = pointsColumn ? at.cols.points : at.cols.text;
  if (i.code === 'lint.totalSum') return at.total ? address(at.total, at.cols.points) : undefined;
  if (owner === undefined) return undefined;
  if (band !== undefined) {
    const row = at.bands.get(owner)?.[Number(band) - 1];
    if (row !== undefined) return address(row, column);
  }
  const row = at.criteria.get(owner) ?? at.sections.get(owner);
  return row === undefined ? undefined : address(row, column);
}

function located(i: Issue, at: Locations, rubricId: string): RubricProblem {
  const cell = cellOf(i, at, rubricId);
  return { code: 'engine', issue: i, severity: i.severity, sheet: at.sheet, ...(cell ? { cell } : {}) };
}

/** Schema paths ("sections.1.criteria.0.text") to the row they describe. */
function schemaCell(path: (string | number | symbol)[], data: RubricData, at: Locations): string | undefined {
  const [k0, s, k1, c] = path;
  if (k0 !== 'sections' || typeof s !== 'number') return undefined;
  const section = data.sections[s];
  const criterion = k1 === 'criteria' && typeof c === 'number' ? section?.criteria[c] : undefined;
  const row = criterion ? at.criteria.get(criterion.id) : section ? at.sections.get(section.id) : undefined;
  return row === undefined ? undefined : address(row, at.cols.text);
}

const withoutCriteria = (data: RubricData, ids: Set<string>): RubricData => ({
  ...data,
  sections: data.sections.map((s) => ({ ...s, criteria: s.criteria.filter((c) => !ids.has(c.id)) })).filter((s) => s.criteria.length > 0),
});

/** Engine checks over what the reader could build; findings tied to incomplete parts are left out. */
function engineChecks(data: RubricData, at: Locations): RubricProblem[] {
  const problems: RubricProblem[] = [];
  // Header problems were already reported by the reader: check the table with placeholders there.
  const checked = RubricSchema.safeParse({ ...data, id: /^[a-z0-9][a-z0-9-]*$/.test(data.id) ? data.id : 'x', title: data.title || 'x', source: { ...data.source, date: data.source.date || '2000', issuer: data.source.issuer || 'x' }, total: data.total || 1 });
  if (!checked.success) {
    for (const i of checked.error.issues) {
      const cell = schemaCell(i.path, data, at);
      problems.push({ code: 'engine', issue: { code: 'doc.schema', severity: 'error', params: { path: i.path.join('.'), message: i.message } }, severity: 'error', sheet: at.sheet, ...(cell ? { cell } : {}) });
    }
    return problems;
  }
  const first = compileRubric(data);
  let usable = data;
  if (!first.ok) {
    problems.push(...first.issues.map((i) => located(i, at, data.id)));
    const failed = new Set(first.issues.map((i) => (i.where ?? '').split(' › ')[1]).filter((x): x is string => Boolean(x)));
    for (const id of failed) at.incomplete.add(id);
    for (const s of data.sections) if (s.criteria.some((c) => failed.has(c.id))) at.incomplete.add(s.id);
    usable = withoutCriteria(data, failed);
    if (usable.sections.length === 0) return problems;
  }
  const compiled = first.ok ? first : compileRubric(usable);
  if (!compiled.ok) return problems;
  const anyIncomplete = data.sections.some((s) => at.incomplete.has(s.id));
  for (const i of [...compiled.warnings, ...lintRubric(compiled.rubric)]) {
    const owner = (i.where ?? '').split(' › ')[1];
    if (owner !== undefined && at.incomplete.has(owner)) continue;
    if (i.code === 'lint.totalSum' && (anyIncomplete || at.total === undefined || data.total === 0)) continue;
    problems.push(located(i, at, data.id));
  }
  return problems;
}

export function importRubricSheet(grid: WorkbookGrid, options: ImportOptions = {}): RubricImport {
  const read = readRubricSheet(grid, options.sheet);
  if (!read.data || !read.at) return { ok: false, problems: read.problems };
  const { data, at } = read;
  const problems = [...read.problems];
  if (data.id && options.knownIds?.includes(data.id)) {
    problems.push({ code: 'builtinId', severity: 'warning', sheet: at.sheet, params: { value: data.id }, ...(at.idCell ? { cell: at.idCell } : {}) });
  }
  if (data.sections.length > 0) problems.push(...engineChecks(data, at));
  problems.sort((a, b) => rowOf(a.cell) - rowOf(b.cell));
  if (problems.some((p) => p.severity === 'error')) return { ok: false, problems };
  return { ok: true, data, problems };
}

/** Problems in sheet order (header block first, problems without a cell last). */
function rowOf(cell: string | undefined): number {
  const m = cell ? /\d+$/.exec(cell) : null;
  return m ? Number(m[0]) : Number.MAX_SAFE_INTEGER;
}
