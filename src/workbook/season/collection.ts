/**
 * Collection: what each member file says it is (unit, period, rubric) before it is scored, which
 * files the Khối cannot count this season (another rubric, another period, a unit not on the roster),
 * and each roster member's status. Pure: the CLI and the page feed it grids.
 */
import { fold, unitIdentity, type CompiledRubric, type Lang, type RawValue } from '../../engine';
import { documentIdByName, documentNameById } from '../../rubrics/shared-store';
import { type FileError, type FileOutcome, type KhoiResult } from '../khoi/score-files';
import { workbookTexts } from '../messages';
import { readUnitWorkbook, type CriterionCells } from '../read/data-sheet-reader';
import { type RosterStatus } from './contract';
import { closestMember, slug, type Roster } from './roster';
import { seasonTexts } from './messages';

export interface MemberFile {
  outcome: FileOutcome;
  /** The unit named in the header block (empty when the sheet could not be read). */
  unit: string;
  period: string;
  /** The rubric the sheet names, when it names a known one. */
  rubricId?: string;
  sheet?: string;
  appraised: Record<string, RawValue>;
  cells: Record<string, CriterionCells>;
}

/** Each file's read under the rubric its own sheet names, kept between the reads of one consolidation. */
export type NamedReads = Map<FileOutcome, ReturnType<typeof readUnitWorkbook>>;

/** A parsed file's read under the rubric its own sheet names: the one in `reads`, else read now and kept there. */
export function namedRead(outcome: Extract<FileOutcome, { ok: true }>, resolveRubric: (id: string) => CompiledRubric | undefined, reads?: NamedReads): ReturnType<typeof readUnitWorkbook> {
  const named = reads?.get(outcome) ?? readUnitWorkbook(outcome.grid, { resolveRubric });
  reads?.set(outcome, named);
  return named;
}

/**
 * Reads each member file's header block and own appraised values (no scoring). With `reads`, a file
 * read before under its own rubric (same outcomes, same resolver) is not read again.
 */
export function prereadMembers(outcomes: readonly FileOutcome[], resolveRubric: (id: string) => CompiledRubric | undefined, forced?: CompiledRubric, reads?: NamedReads): MemberFile[] {
  return outcomes.map((outcome) => {
    if (!outcome.ok) return { outcome, unit: '', period: '', appraised: {}, cells: {} };
    const named = namedRead(outcome, resolveRubric, reads);
    const read = named.ok ? named : forced ? readUnitWorkbook(outcome.grid, { rubric: forced, resolveRubric }) : named;
    // A sheet naming a rubric this installation does not have still says which one it is not.
    const unknown = named.problems.find((p) => p.code === 'unknownRubric');
    const namedId = named.ok && named.rubric ? named.rubric.id : unknown ? documentIdByName(String(unknown.params.value)) ?? /^\s*([a-z0-9][a-z0-9-]*)/i.exec(String(unknown.params.value))?.[1]?.toLowerCase() : undefined;
    if (!read.ok) return { outcome, unit: '', period: '', appraised: {}, cells: {}, ...(namedId ? { rubricId: namedId } : {}) };
    return {
      outcome,
      unit: read.unit.unit,
      period: read.unit.period,
      ...(namedId ? { rubricId: namedId } : {}),
      sheet: read.unit.sheet,
      appraised: read.unit.appraised,
      cells: read.unit.cells,
    };
  });
}

/** A file's name without folders or extension (no node:path: the page uses this module too). */
function baseName(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.[^.]*$/, '');
}

export type Exclusion = 'wrong-rubric' | 'wrong-period' | 'unknown-unit';

export interface SeasonFilter {
  /** The Khối's rubric id (files naming another are not counted). */
  rubricId?: string;
  /** The season's period (files naming another are not counted); undefined: not checked. */
  period?: string;
  roster?: Roster;
  lang: Lang;
}

export interface Filtered {
  kept: FileOutcome[];
  excluded: Map<string, Exclusion>;
  errors: FileError[];
}

/** Sets aside the files this season cannot count, each with an error naming the file and why. */
export function filterMembers(files: readonly MemberFile[], filter: SeasonFilter): Filtered {
  const t = workbookTexts(filter.lang);
  const s = seasonTexts(filter.lang);
  const kept: FileOutcome[] = [];
  const excluded = new Map<string, Exclusion>();
  const errors: FileError[] = [];
  const onRoster = new Set((filter.roster?.members ?? []).map((m) => unitIdentity(m.unit)));
  const refuse = (f: MemberFile, why: Exclusion, detail: string): void => {
    excluded.set(f.outcome.file, why);
    errors.push({ file: f.outcome.file, ...(f.sheet ? { sheet: f.sheet } : {}), message: `${t.location(f.outcome.file, f.sheet)}: ${detail}`, severity: 'error' });
  };
  for (const f of files) {
    if (filter.rubricId && f.rubricId && f.rubricId !== filter.rubricId) refuse(f, 'wrong-rubric', t.mixedRubric(documentNameById(f.rubricId, filter.lang), documentNameById(filter.rubricId, filter.lang)));
    else if (filter.period !== undefined && f.period && fold(f.period) !== fold(filter.period)) refuse(f, 'wrong-period', `${s.status['wrong-period']}: ${f.period} ≠ ${filter.period}.`);
    else if (filter.roster && f.unit && !onRoster.has(unitIdentity(f.unit))) {
      const suggestion = closestMember(f.unit, filter.roster.members);
      refuse(f, 'unknown-unit', `${s.labels.unknownUnits}: "${f.unit}"${suggestion ? ` — ${s.labels.suggestion} "${suggestion}"?` : ''}`);
    } else kept.push(f.outcome);
  }
  return { kept, excluded, errors };
}

export interface RosterEntry {
  unit: string;
  status: RosterStatus;
  file: string | null;
  files: string[];
}

export interface UnknownUnit {
  unit: string;
  file: string;
  suggestion: string | null;
}

/** Each roster member's status, and the files of units the roster does not have. */
export function rosterStatuses(roster: Roster, files: readonly MemberFile[], filtered: Filtered, result: KhoiResult): { roster: RosterEntry[]; unknownUnits: UnknownUnit[] } {
  const scored = new Set(result.units.map((u) => u.file));
  const failing = new Set(result.errors.filter((e) => e.severity === 'error').map((e) => e.file));
  const entries = roster.members.map((m): RosterEntry => {
    const key = unitIdentity(m.unit);
    const mine = files.filter((f) => (f.unit ? unitIdentity(f.unit) === key : baseName(f.outcome.file) === slug(m.unit)));
    const names = mine.map((f) => f.outcome.file);
    const entry = (status: RosterStatus): RosterEntry => ({ unit: m.unit, status, file: names[0] ?? null, files: names });
    if (mine.length === 0) return entry('missing');
    if (mine.length > 1) return entry('duplicate');
    const only = mine[0] as MemberFile;
    const why = filtered.excluded.get(only.outcome.file);
    if (why === 'wrong-rubric' || why === 'wrong-period') return entry(why);
    if (!scored.has(only.outcome.file) || failing.has(only.outcome.file)) return entry('error');
    return entry('submitted');
  });
  const unknownUnits = files
    .filter((f) => filtered.excluded.get(f.outcome.file) === 'unknown-unit')
    .map((f) => ({ unit: f.unit, file: f.outcome.file, suggestion: closestMember(f.unit, roster.members) }));
  return { roster: entries, unknownUnits };
}
