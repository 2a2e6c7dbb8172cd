/**
 * The "Chỉ tiêu" screen's per-lead reporting: the lead units of a target set, their workbooks (as
 * `ktd5 targets --by-lead` writes them); filled ones are read back by tracked-view (as `ktd5 track` does).
 */
import { findDocument } from '../../rubrics';
import { sheetName } from '../../workbook/layouts/common';
import { parsePeriod, type Period } from '../../workbook/tracking/by-lead/period';
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
