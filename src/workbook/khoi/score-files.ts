/**
 * The Khối's job over files already loaded into grids: read each member's data sheet, score it,
 * collect every problem with its file, sheet and cell, mark provisional units, hold back units sent
 * more than once (none of their files is ranked), look-alike names and sheets with nothing entered,
 * rank the rest and propose the top unit, saying when the proposal could still change. Pure: the
 * CLI and the standalone page feed it and write what it returns.
 */
import {
  formatIssue,
  hasInvisibleCharacters,
  isBlank,
  lookAlikeIdentity,
  mixesScripts,
  nextStep,
  printableName,
  proposeTop,
  rankByTotal,
  scoreUnit,
  shortTitle,
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
import { unitStatus, type UnitProblem, type UnitStatus } from './unit-status';
import { proposalCertainty } from './certainty';

export { type UnitProblem, type UnitStatus } from './unit-status';

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
  /** The message without its file, sheet and cell (for lists that name the file already). */
  reason?: string;
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
  /** Complete or provisional, with every problem and the highest total still possible. */
  status: UnitStatus;
}

/** A file that is not in the ranking, and why in words. */
export interface NotCounted {
  file: string;
  unit?: string;
  reason: string;
}

export interface KhoiResult {
  /** Every unit scored (one per file read), ranked or not. */
  units: ScoredUnit[];
  /** The units in the ranking: not sent twice, named in one script, with values entered. */
  ranked: Ranked<ScoredUnit>[];
  proposal: Proposal<ScoredUnit>;
  /** The proposal is certain: one unit, complete, no other unit able to reach it, every file counted. */
  proposalCertain: boolean;
  /** When not certain, what could still change it, in words ('' when certain). */
  proposalNote: string;
  notCounted: NotCounted[];
  errors: FileError[];
  rubric?: CompiledRubric;
}

export interface ScoreOptions {
  rubric?: CompiledRubric;
  resolveRubric: (id: string) => CompiledRubric | undefined;
  lang: Lang;
  /** The Khối's appraised values for a unit (from its appraisal workbook); they replace the file's own. */
  appraisalFor?: (unit: string) => Record<string, RawValue> | undefined;
  /**
   * Files already read under the rubric their own sheet names (the season's preread): such a read is
   * what reading the file again would give when it found the rubric being scored, so it is not redone.
   */
  reads?: ReadonlyMap<FileOutcome, ReturnType<typeof readUnitWorkbook>>;
}

/** The file's read under `rubric` (or the one its sheet names): a read given in `reads` when it is that one. */
function readFile(grid: WorkbookGrid, outcome: FileOutcome, rubric: CompiledRubric | undefined, options: ScoreOptions): ReturnType<typeof readUnitWorkbook> {
  const known = options.reads?.get(outcome);
  // readUnitWorkbook depends on the grid and the rubric alone: forced or named, the same rubric reads the same.
  if (known?.ok && known.rubric && (rubric ? known.rubric === rubric : options.resolveRubric(known.rubric.id) === known.rubric)) return known;
  return readUnitWorkbook(grid, { ...(rubric ? { rubric } : {}), resolveRubric: options.resolveRubric });
}

function readProblemMessage(p: ReadProblem, lang: Lang): string {
  const t = workbookTexts(lang);
  const describe = t.problems[p.code] as (params: Record<string, string | number>) => string;
  return describe(p.params);
}

export function fileFailure(outcome: Exclude<FileOutcome, { ok: true }>, lang: Lang): FileError {
  const t = workbookTexts(lang);
  const shown = printableName(outcome.file);
  if ('problem' in outcome) {
    const message = describeGuardProblem(outcome.problem, shown, lang);
    const prefix = `${t.location(shown, outcome.problem.sheet, outcome.problem.cell)}: `;
    const reason = message.startsWith(prefix) ? message.slice(prefix.length) : message;
    return { file: outcome.file, ...(outcome.problem.sheet ? { sheet: outcome.problem.sheet } : {}), ...(outcome.problem.cell ? { cell: outcome.problem.cell } : {}), message, reason, severity: 'error' };
  }
  const reason = 'io' in outcome ? t.io(outcome.io) : outcome.crashed === 'memory' ? t.crashedMemory : t.crashedTimeout;
  return { file: outcome.file, message: `${t.location(shown)}: ${reason}`, reason, severity: 'error' };
}

export function scoreFiles(outcomes: FileOutcome[], options: ScoreOptions): KhoiResult {
  const t = workbookTexts(options.lang);
  const errors: FileError[] = [];
  const units: ScoredUnit[] = [];
  const notCounted: NotCounted[] = [];
  const held = new Set<ScoredUnit>();
  let rubric = options.rubric;
  const located = (file: string, sheet: string | undefined, cell: string | undefined, message: string, severity: 'error' | 'warning' = 'error'): FileError => ({
    file,
    ...(sheet ? { sheet } : {}),
    ...(cell ? { cell } : {}),
    message: `${t.location(printableName(file), sheet && printableName(sheet), cell)}: ${message}`,
    reason: message,
    severity,
  });
  const reasonOf = (e: FileError | undefined): string => (e ? (e.reason ?? e.message) : '');

  for (const outcome of outcomes) {
    if (!outcome.ok) {
      const failure = fileFailure(outcome, options.lang);
      errors.push(failure);
      notCounted.push({ file: outcome.file, reason: reasonOf(failure) });
      continue;
    }
    const read = readFile(outcome.grid, outcome, rubric, options);
    const sheetProblems: UnitProblem[] = [];
    for (const p of read.problems) {
      const message = readProblemMessage(p, options.lang);
      errors.push(located(outcome.file, p.sheet, p.cell, message, p.severity));
      if (p.severity === 'error' && p.sheet) sheetProblems.push({ sheet: p.sheet, cell: p.cell ?? null, criterion: p.criterion ?? null, message });
    }
    if (!read.ok || !read.rubric) {
      const first = errors.filter((e) => e.file === outcome.file && e.severity === 'error')[0];
      notCounted.push({ file: outcome.file, reason: reasonOf(first) });
      continue;
    }
    if (rubric && read.rubric.id !== rubric.id) {
      const e = located(outcome.file, read.unit.sheet, undefined, t.mixedRubric(shortTitle(read.rubric.data, options.lang), shortTitle(rubric.data, options.lang)));
      errors.push(e);
      notCounted.push({ file: outcome.file, reason: reasonOf(e) });
      continue;
    }
    rubric = read.rubric;
    const written = read.unit.unit;
    const unitName = printableName(written) || printableName(outcome.file);
    if (hasInvisibleCharacters(written)) errors.push(located(outcome.file, read.unit.sheet, undefined, t.invisibleName(unitName), 'warning'));

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
          if (i.severity === 'error') {
            const message = formatIssue(i, options.lang);
            errors.push(located(outcome.file, read.unit.sheet, cell, message));
            sheetProblems.push({ sheet: read.unit.sheet, cell: cell ?? null, criterion: c.id, message });
          }
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
    const status = unitStatus(score, sheetProblems, read.unit.cells, read.unit.sheet, t);
    const scored: ScoredUnit = { file: outcome.file, unit: { ...read.unit, unit: unitName, appraised }, rubric: read.rubric, score, next, missingEvidence, notes, status };
    units.push(scored);
    const nothingEntered = read.rubric.criteria.every((c) => isBlank(read.unit.self[c.id]) && isBlank(read.unit.appraised[c.id])) && sheetProblems.length === 0;
    if (nothingEntered) {
      held.add(scored);
      scored.status.text = t.nothingEnteredStatus;
      errors.push(located(outcome.file, read.unit.sheet, undefined, t.nothingEntered));
      notCounted.push({ file: outcome.file, unit: unitName, reason: t.nothingEnteredStatus });
    }
    if (mixesScripts(unitName)) {
      held.add(scored);
      const e = located(outcome.file, read.unit.sheet, undefined, t.mixedScripts(unitName));
      errors.push(e);
      notCounted.push({ file: outcome.file, unit: unitName, reason: reasonOf(e) });
    }
  }
  holdDuplicates(units, held, errors, notCounted, t, located);
  const order = new Map(outcomes.map((o, i) => [o.file, i]));
  notCounted.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0));
  const ranked = rankByTotal(
    units.filter((u) => !held.has(u)),
    (u) => u.score.total,
  );
  const proposal = proposeTop(ranked);
  const certainty = proposalCertainty(ranked, proposal, notCounted, t, options.lang);
  return { units, ranked, proposal, proposalCertain: certainty.certain, proposalNote: certainty.note, notCounted, errors, ...(rubric ? { rubric } : {}) };
}

/** Every unit sent in more than one file: none of its files is ranked, each names all of them. */
function holdDuplicates(
  units: ScoredUnit[],
  held: Set<ScoredUnit>,
  errors: FileError[],
  notCounted: NotCounted[],
  t: ReturnType<typeof workbookTexts>,
  located: (file: string, sheet: string | undefined, cell: string | undefined, message: string) => FileError,
): void {
  const groups = new Map<string, ScoredUnit[]>();
  for (const u of units) {
    const key = lookAlikeIdentity(u.unit.unit);
    groups.set(key, [...(groups.get(key) ?? []), u]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const files = group.map((u) => printableName(u.file));
    for (const u of group) {
      held.add(u);
      const e = located(u.file, u.unit.sheet, undefined, t.duplicateUnit(u.unit.unit, files));
      errors.push(e);
      const listed = notCounted.find((n) => n.file === u.file);
      if (listed) listed.reason = `${listed.reason} ${t.duplicateReason(files)}`;
      else notCounted.push({ file: u.file, unit: u.unit.unit, reason: t.duplicateReason(files) });
    }
  }
}
