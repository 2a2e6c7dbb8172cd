/**
 * One consolidation's use of the season's inputs (roster, appraisal workbook, answered notices, last
 * year): sets aside the files the season cannot count before scoring, gives the appraisal workbook's
 * values to the scoring, then adds statuses, reasons, explanations, last year and the seal. Pure:
 * the CLI and the page parse the files and compute the hashes.
 */
import { fold, printedDate, unitIdentity, type CompiledRubric, type Lang, type RawValue } from '../../engine';
import { mostCommon } from '../khoi/info';
import { type FileError, type FileOutcome, type KhoiResult, type ScoreOptions } from '../khoi/score-files';
import { workbookTexts } from '../messages';
import { type WorkbookSpec } from '../spec';
import { type AppraisalBook } from './appraisal';
import { filterMembers, namedRead, prereadMembers, rosterStatuses, type Filtered, type MemberFile, type NamedReads, type RosterEntry, type UnknownUnit } from './collection';
import { seasonTexts } from './messages';
import { type NoticeAnswers } from './notices';
import { type PreviousYear } from './previous';
import { type Roster } from './roster';
import { changeText, collectionSheet, compareWithPrevious, insertLinesAfter, previousSheet, reasonsSheet, sealWorkbook, sourcesSheet, type Comparison, type SourceFile } from './sheets';

export interface SeasonInputs {
  roster?: { file: string; roster: Roster };
  appraisal?: { file: string; book: AppraisalBook };
  answers?: (NoticeAnswers & { file: string })[];
  previous?: { file: string; year: PreviousYear };
  /** What the control files' readers noted (severity 'warning'): used, but worth a look. */
  warnings: FileError[];
}

export interface SeasonOptions {
  lang: Lang;
  resolveRubric: (id: string) => CompiledRubric | undefined;
  /** The period given by the user (--ky); files of another period are set aside when given or with a roster. */
  period?: string;
}

function sameValue(a: RawValue, b: RawValue): boolean {
  const norm = (v: RawValue): string => (v === undefined || v === null ? '' : typeof v === 'number' ? String(Math.round(v * 1e6) / 1e6) : v instanceof Date ? v.toISOString() : fold(String(v)));
  return norm(a) === norm(b);
}

const shown = (v: RawValue): string => (v === undefined || v === null ? '' : v instanceof Date ? printedDate(v.toISOString().slice(0, 10)) : String(v));

/** One consolidation's use of the season inputs: filters before scoring, adds after. */
export class SeasonRun {
  members: MemberFile[] = [];
  filtered: Filtered = { kept: [], excluded: new Map(), errors: [] };
  statuses?: { roster: RosterEntry[]; unknownUnits: UnknownUnit[] };
  comparisons?: Comparison[];
  private readonly extraErrors: FileError[] = [];
  /** Each member file's read under its own rubric, taken as the file arrives (parsed) and reused by prepare. */
  private readonly reads: NamedReads = new Map();

  constructor(
    readonly inputs: SeasonInputs,
    private readonly options: SeasonOptions,
  ) {}

  /**
   * A member file just parsed: read now under its own rubric, while the other files are still being
   * parsed, rather than all of them after the last one.
   */
  parsed(outcome: FileOutcome): void {
    if (outcome.ok) namedRead(outcome, this.options.resolveRubric, this.reads);
  }

  /** Sets aside files of another rubric, period or unit; gives the appraisal workbook's values to the scoring. */
  prepare(outcomes: FileOutcome[], rubric: CompiledRubric | undefined): { outcomes: FileOutcome[]; options: Partial<ScoreOptions> } {
    const t = workbookTexts(this.options.lang);
    const s = seasonTexts(this.options.lang);
    const reads = this.reads;
    this.members = prereadMembers(outcomes, this.options.resolveRubric, rubric, reads);
    const rubricId = rubric?.id ?? mostCommon(this.members.map((m) => m.rubricId ?? ''));
    // Read again under the Khối's rubric, so a sheet naming another one still gives its unit's name.
    const khoiRubric = rubric ?? this.options.resolveRubric(rubricId);
    if (!rubric && khoiRubric) this.members = prereadMembers(outcomes, this.options.resolveRubric, khoiRubric, reads);
    const checkPeriod = this.options.period !== undefined || this.inputs.roster !== undefined;
    const period = this.options.period ?? mostCommon(this.members.map((m) => m.period));
    this.filtered = filterMembers(this.members, { ...(rubricId ? { rubricId } : {}), ...(checkPeriod && period ? { period } : {}), ...(this.inputs.roster ? { roster: this.inputs.roster.roster } : {}), lang: this.options.lang });
    const book = this.inputs.appraisal;
    if (!book) return { outcomes: this.filtered.kept, options: { reads } };
    const kept = new Set(this.filtered.kept.map((o) => o.file));
    for (const m of this.members) {
      if (!kept.has(m.outcome.file) || !m.unit) continue;
      const rows = book.book.units.get(unitIdentity(m.unit))?.rows;
      for (const [id, entry] of rows ?? []) {
        const own = m.appraised[id];
        if (own === undefined || own === null || own === '' || sameValue(own, entry.value)) continue;
        const cell = m.cells[id]?.appraised ?? '';
        this.extraErrors.push({ file: m.outcome.file, ...(m.sheet ? { sheet: m.sheet } : {}), ...(cell ? { cell } : {}), message: `${t.location(m.outcome.file, m.sheet, cell)}: ${s.conflict(shown(own), cell, shown(entry.value), book.file, entry.cell)}`, severity: 'error' });
      }
    }
    const appraisalFor = (unit: string): Record<string, RawValue> | undefined => {
      const rows = book.book.units.get(unitIdentity(unit))?.rows;
      return rows ? Object.fromEntries([...rows].map(([id, e]) => [id, e.value])) : undefined;
    };
    return { outcomes: this.filtered.kept, options: { appraisalFor, reads } };
  }

  /** Adds the season's problems to the result and computes statuses and last year. */
  finish(result: KhoiResult): void {
    const s = seasonTexts(this.options.lang);
    result.errors.push(...this.filtered.errors, ...this.extraErrors);
    const book = this.inputs.appraisal;
    if (book) {
      const scored = new Set(result.units.map((u) => unitIdentity(u.unit.unit)));
      for (const [key, u] of book.book.units) if (!scored.has(key)) result.errors.push({ file: book.file, message: `${workbookTexts(this.options.lang).location(book.file, book.book.sheet)}: ${s.appraisalUnknownUnit(u.unit)}`, severity: 'warning' });
    }
    for (const a of this.inputs.answers ?? []) {
      if (!result.units.some((u) => unitIdentity(u.unit.unit) === unitIdentity(a.unit))) result.errors.push({ file: a.file, message: s.explanationUnknown(a.file, a.unit), severity: 'warning' });
    }
    if (this.inputs.roster) this.statuses = rosterStatuses(this.inputs.roster.roster, this.members, this.filtered, result);
    if (this.inputs.previous) this.comparisons = compareWithPrevious(result, this.inputs.previous.year);
  }

  reason(unit: string, id: string): string | undefined {
    return this.inputs.appraisal?.book.units.get(unitIdentity(unit))?.rows.get(id)?.reason || undefined;
  }

  explanation(unit: string, id: string): string | undefined {
    const key = unitIdentity(unit);
    return this.inputs.answers?.find((a) => unitIdentity(a.unit) === key)?.explanations.get(id);
  }

  /** Lines for the terminal: statuses and last year. */
  textLines(): string[] {
    const s = seasonTexts(this.options.lang);
    const lines: string[] = [];
    for (const e of this.statuses?.roster ?? []) lines.push(`  ${s.status[e.status].padEnd(16)} ${e.unit}${e.files.length > 0 ? `  (${e.files.join(', ')})` : ''}`);
    for (const u of this.statuses?.unknownUnits ?? []) lines.push(`  ? ${u.unit} — ${u.file}${u.suggestion ? ` → ${s.labels.suggestion} "${u.suggestion}"` : ''}`);
    for (const c of this.comparisons ?? []) lines.push(`  ${c.unit}: ${changeText(c, this.options.lang)}${c.previous ? ` (${c.previous.total}, ${s.labels.rank.toLowerCase()} ${c.previous.rank ?? '—'} → ${c.rank})` : ''}`);
    return lines;
  }

  /** The consolidation workbook's season sheets and first-page notes. */
  decorateWorkbook(spec: WorkbookSpec, result: KhoiResult, proposal: string): void {
    const s = seasonTexts(this.options.lang);
    const ranking = spec.sheets[0];
    if (this.statuses) {
      spec.sheets.push(collectionSheet(this.statuses.roster, this.statuses.unknownUnits, this.options.lang));
      const missing = this.statuses.roster.filter((e) => e.status === 'missing').map((e) => e.unit);
      const notCounted = [
        ...this.statuses.roster.filter((e) => e.status !== 'missing' && e.status !== 'submitted').map((e) => `${e.unit} (${s.status[e.status]})`),
        ...this.statuses.unknownUnits.map((u) => `${u.unit} — ${u.file}`),
      ];
      const lines = [...(missing.length > 0 ? [s.stillMissing(missing.join(', '))] : []), ...(notCounted.length > 0 ? [s.notCounted(notCounted.join('; '))] : [])];
      if (ranking) insertLinesAfter(ranking, proposal, lines, Math.max(4, ranking.columns.length));
    }
    if (this.inputs.appraisal || this.inputs.answers) {
      const sheet = reasonsSheet(result, { reason: (u, id) => this.reason(u, id), explanation: (u, id) => this.explanation(u, id) }, this.options.lang);
      const at = spec.sheets.findIndex((x) => x.name === sheet.name);
      if (at >= 0) spec.sheets[at] = sheet;
      else spec.sheets.push(sheet);
    }
    if (this.comparisons) spec.sheets.push(previousSheet(this.comparisons, this.options.lang));
  }

  /** Seals the workbook: the sources with their SHA-256 (computed by the caller), every sheet protected, the mark and date. */
  seal(spec: WorkbookSpec, files: readonly { file: string; sha256: string }[], appraisalSha256: string | undefined, result: KhoiResult, date: Date): SourceFile[] {
    const units = new Map(result.units.map((u) => [u.file, u.unit.unit]));
    const pre = new Map(this.members.map((m) => [m.outcome.file, m.unit]));
    const sources: SourceFile[] = files.map((f) => ({ file: f.file, unit: units.get(f.file) ?? pre.get(f.file) ?? '', sha256: f.sha256, kind: 'member' }));
    if (this.inputs.appraisal && appraisalSha256) sources.push({ file: this.inputs.appraisal.file, unit: '', sha256: appraisalSha256, kind: 'appraisal' });
    const shownDate = printedDate(`${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`);
    spec.sheets.push(sourcesSheet(sources, shownDate, this.options.lang));
    sealWorkbook(spec, shownDate, this.options.lang);
    return sources;
  }
}
