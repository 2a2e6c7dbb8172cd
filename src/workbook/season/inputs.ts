/**
 * The season's control files read into inputs, with the messages both faces show: the roster, the
 * appraisal workbook, answered notices and last year's consolidation. Pure (grids in): the CLI
 * parses files in its pool, the page in its workers, Excel reads the open workbook.
 */
import { type Lang } from '../../engine';
import { type WorkbookGrid } from '../grid';
import { type FileError } from '../khoi/score-files';
import { workbookTexts } from '../messages';
import { readAppraisal, type AppraisalBook } from './appraisal';
import { seasonTexts } from './messages';
import { readNotice, type NoticeAnswers } from './notices';
import { readPreviousYear, type PreviousYear } from './previous';
import { readRoster, type Roster } from './roster';

/** A control file that can be used (with its notes to show), or why not (nothing is done with it). */
export type SeasonInput<T> = { ok: true; value: T; warnings: FileError[] } | { ok: false; message: string };

/**
 * A control file's note. An error when a value of it is not used (an appraisal cell that holds an
 * error, a repeated appraisal row, a roster name too long): the figures may miss it. Else a warning:
 * all of it was used (docs/cli-json.md, errors and warnings).
 */
function noted(file: string, message: string, sheet?: string, cell?: string, notUsed = false): FileError {
  return { file, ...(sheet ? { sheet } : {}), ...(cell ? { cell } : {}), message, severity: notUsed ? 'error' : 'warning' };
}

export function rosterInput(file: string, grid: WorkbookGrid, lang: Lang): SeasonInput<{ file: string; roster: Roster }> {
  const s = seasonTexts(lang);
  const t = workbookTexts(lang);
  const roster = readRoster(grid);
  const fatal = roster.problems.find((p) => p.code === 'noRosterSheet');
  if (fatal) return { ok: false, message: `${t.location(file)}: ${s.rosterProblems.noRosterSheet(fatal.detail)}` };
  if (roster.members.length === 0) return { ok: false, message: s.emptyRoster(file) };
  const warnings = roster.problems.map((p) => noted(file, `${t.location(file, roster.sheet, p.cell)}: ${s.rosterProblems[p.code](p.detail)}`, roster.sheet, p.cell, p.code === 'nameTooLong'));
  return { ok: true, value: { file, roster }, warnings };
}

export function appraisalInput(file: string, grid: WorkbookGrid, lang: Lang): SeasonInput<{ file: string; book: AppraisalBook }> {
  const s = seasonTexts(lang);
  const t = workbookTexts(lang);
  const book = readAppraisal(grid);
  const fatal = book.problems.find((p) => p.message === 'noAppraisalSheet');
  if (fatal) return { ok: false, message: `${t.location(file)}: ${s.appraisalProblems.noAppraisalSheet(fatal.detail)}` };
  const warnings = book.problems.map((p) => noted(file, `${t.location(file, book.sheet, p.cell)}: ${s.appraisalProblems[p.message](p.detail)}`, book.sheet, p.cell, true));
  return { ok: true, value: { file, book }, warnings };
}

/** Answered notices; a workbook that is not a notice is named and left out. */
export function answersInput(files: readonly { file: string; grid?: WorkbookGrid }[], lang: Lang): { answers: (NoticeAnswers & { file: string })[]; warnings: FileError[] } {
  const s = seasonTexts(lang);
  const answers: (NoticeAnswers & { file: string })[] = [];
  const warnings: FileError[] = [];
  for (const f of files) {
    const read = f.grid ? readNotice(f.grid) : undefined;
    if (read) answers.push({ ...read, file: f.file });
    else warnings.push(noted(f.file, s.notANotice(f.file)));
  }
  return { answers, warnings };
}

export function previousInput(file: string, grid: WorkbookGrid, lang: Lang): SeasonInput<{ file: string; year: PreviousYear }> {
  const year = readPreviousYear(grid);
  if (!year) return { ok: false, message: seasonTexts(lang).notAPrevious(file) };
  return { ok: true, value: { file, year }, warnings: [] };
}
