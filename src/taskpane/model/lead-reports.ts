/**
 * The "Chỉ tiêu" screen's per-lead reporting: the lead units of a target set, their workbooks (as
 * `ktd5 targets --by-lead` writes them), and the merge of filled ones (as `ktd5 track` does).
 */
import { type Lang } from '../../engine';
import { findDocument } from '../../rubrics';
import { sheetName } from '../../workbook/layouts/common';
import { type FileError, type FileOutcome, fileFailure } from '../../workbook/khoi/score-files';
import { parsePeriod, type Period } from '../../workbook/tracking/by-lead/period';
import { isLeadWorkbook } from '../../workbook/tracking/by-lead/reader';
import { trackLeadFiles, type LeadTrack } from '../../workbook/tracking/by-lead/track';
import { leadPlanOf, leadWorkbooks, type LeadWorkbook } from '../../workbook/tracking/by-lead/workbooks';

/** The lead units of a set, or [] when its indicators carry no lead. */
export function leadUnitsOf(setId: string): string[] {
  const doc = findDocument(setId);
  const plan = doc ? leadPlanOf(doc) : undefined;
  return plan ? plan.split.books.map((b) => b.name) : [];
}

/** "2023-11" / "2023-Q4" from the period field; "" is no period (the units type it). */
export function periodOf(text: string): Period | undefined | null {
  if (!text.trim()) return undefined;
  return parsePeriod(text) ?? null;
}

/** Every lead's workbook; with `lead`, only that one, its sheet named for the unit (to go into an open workbook). */
export function leadFiles(setId: string, period: Period | undefined, lead?: string): LeadWorkbook[] {
  const doc = findDocument(setId);
  const plan = doc ? leadPlanOf(doc) : undefined;
  if (!doc || !plan) return [];
  if (lead === undefined) return leadWorkbooks(doc, plan, period);
  const name = sheetName(`BC ${lead}`, new Set());
  return leadWorkbooks(doc, plan, period, name).filter((w) => w.book.name === lead);
}

/** The merge of loaded files: per-lead workbooks merged, any other file named as not one. */
export function leadReport(outcomes: FileOutcome[], lang: Lang, notALeadWorkbook: (file: string) => string): LeadTrack {
  const errors: FileError[] = [];
  const files: { file: string; grid: Extract<FileOutcome, { ok: true }>['grid'] }[] = [];
  for (const o of outcomes) {
    if (!o.ok) errors.push(fileFailure(o, lang));
    else if (!isLeadWorkbook(o.grid)) errors.push({ file: o.file, message: notALeadWorkbook(o.file), severity: 'error' });
    else files.push({ file: o.file, grid: o.grid });
  }
  const track = trackLeadFiles(files, lang);
  return { merges: track.merges, errors: [...errors, ...track.errors] };
}
