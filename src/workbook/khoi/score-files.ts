/**
 * The Khối's job over files already loaded into grids: read each member's data sheet, score it,
 * collect every problem with its file, sheet and cell, refuse duplicate units, rank the rest and
 * propose the top unit. Pure: the CLI and the standalone page feed it and write what it returns.
 */
import {
  formatIssue,
  nextStep,
  proposeTop,
  rankByTotal,
  scoreUnit,
  type CompiledRubric,
  type Lang,
  type NextStep,
  type Proposal,
  type RawValue,
  type Ranked,
  type UnitScore,
} from '../../engine';
import { type GuardProblem } from '../guard/inspect';
import { describeGuardProblem } from '../guard/messages';
import { type WorkbookGrid } from '../grid';
import { workbookTexts } from '../messages';
import { readUnitWorkbook, type ReadProblem, type UnitSheet } from '../read/data-sheet-reader';

export type FileOutcome =
  | { file: string; ok: true; grid: WorkbookGrid }
  | { file: string; ok: false; problem: GuardProblem }
  | { file: string; ok: false; io: string }
  | { file: string; ok: false; crashed: 'memory' | 'timeout' };

export interface FileError {
  file: string;
  sheet?: string;
  cell?: string;
  message: string;
  severity: 'error' | 'warning';
}

export interface ScoredUnit {
  file: string;
  unit: UnitSheet;
  rubric: CompiledRubric;
  score: UnitScore;
  next: NextStep[];
  /** Criteria with a value but no evidence. */
  missingEvidence: string[];
  /** Warnings on values (e.g. a bare 95 read as 95 %), by criterion id. */
  notes: Record<string, string[]>;
}

export interface KhoiResult {
  units: ScoredUnit[];
  ranked: Ranked<ScoredUnit>[];
  proposal: Proposal<ScoredUnit>;
  errors: FileError[];
  rubric?: CompiledRubric;
}

export interface ScoreOptions {
  rubric?: CompiledRubric;
  resolveRubric: (id: string) => CompiledRubric | undefined;
  lang: Lang;
  /** The Khối's appraised values for a unit (from its appraisal workbook); they replace the file's own. */
  appraisalFor?: (unit: string) => Record<string, RawValue> | undefined;
}

function readProblemMessage(p: ReadProblem, lang: Lang): string {
  const t = workbookTexts(lang);
  const describe = t.problems[p.code] as (params: Record<string, string | number>) => string;
  return describe(p.params);
}

export function fileFailure(outcome: Exclude<FileOutcome, { ok: true }>, lang: Lang): FileError {
  const t = workbookTexts(lang);
  if ('problem' in outcome) {
    return { file: outcome.file, ...(outcome.problem.sheet ? { sheet: outcome.problem.sheet } : {}), ...(outcome.problem.cell ? { cell: outcome.problem.cell } : {}), message: describeGuardProblem(outcome.problem, outcome.file, lang), severity: 'error' };
  }
  if ('io' in outcome) return { file: outcome.file, message: `${t.location(outcome.file)}: ${t.io(outcome.io)}`, severity: 'error' };
  return { file: outcome.file, message: `${t.location(outcome.file)}: ${outcome.crashed === 'memory' ? t.crashedMemory : t.crashedTimeout}`, severity: 'error' };
}

export function scoreFiles(outcomes: FileOutcome[], options: ScoreOptions): KhoiResult {
  const t = workbookTexts(options.lang);
  const errors: FileError[] = [];
  const units: ScoredUnit[] = [];
  const seen = new Map<string, string>();
  let rubric = options.rubric;
  const located = (file: string, sheet: string | undefined, cell: string | undefined, message: string, severity: 'error' | 'warning' = 'error'): FileError => ({
    file,
    ...(sheet ? { sheet } : {}),
    ...(cell ? { cell } : {}),
    message: `${t.location(file, sheet, cell)}: ${message}`,
    severity,
  });

  for (const outcome of outcomes) {
    if (!outcome.ok) {
      errors.push(fileFailure(outcome, options.lang));
      continue;
    }
    const read = readUnitWorkbook(outcome.grid, { ...(rubric ? { rubric } : {}), resolveRubric: options.resolveRubric });
    for (const p of read.problems) errors.push(located(outcome.file, p.sheet, p.cell, readProblemMessage(p, options.lang), p.severity));
    if (!read.ok || !read.rubric) continue;
    if (rubric && read.rubric.id !== rubric.id) {
      errors.push(located(outcome.file, read.unit.sheet, undefined, t.mixedRubric(read.rubric.id, rubric.id)));
      continue;
    }
    rubric = read.rubric;
    const unitName = read.unit.unit || outcome.file;
    const key = unitName.toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      errors.push(located(outcome.file, read.unit.sheet, undefined, t.duplicateUnit(unitName, earlier)));
      continue;
    }
    seen.set(key, outcome.file);

    const appraised = { ...read.unit.appraised, ...(options.appraisalFor?.(unitName) ?? {}) };
    const score = scoreUnit(read.rubric, { self: read.unit.self, appraised });
    const notes: Record<string, string[]> = {};
    for (const c of score.criteria) {
      const cells = read.unit.cells[c.id];
      const sides: [typeof c.self | undefined, string | undefined][] = [
        [c.self, cells?.self],
        [c.appraised, cells?.appraised],
      ];
      for (const [s, cell] of sides) {
        if (!s) continue;
        for (const i of s.issues) {
          if (i.severity === 'error') errors.push(located(outcome.file, read.unit.sheet, cell, formatIssue(i, options.lang)));
          else if (i.code !== 'score.missing') (notes[c.id] ??= []).push(formatIssue(i, options.lang));
        }
      }
    }
    const missingEvidence = score.criteria
      .filter((c) => c.final.state !== 'missing' && c.final.state !== 'error' && !read.unit.evidence[c.id])
      .map((c) => c.id);
    const next = score.criteria.flatMap((c) => {
      const step = nextStep(read.rubric!.byId.get(c.id)!, c.final);
      return step ? [step] : [];
    });
    units.push({ file: outcome.file, unit: { ...read.unit, unit: unitName, appraised }, rubric: read.rubric, score, next, missingEvidence, notes });
  }
  const ranked = rankByTotal(units, (u) => u.score.total);
  return { units, ranked, proposal: proposeTop(ranked), errors, ...(rubric ? { rubric } : {}) };
}
