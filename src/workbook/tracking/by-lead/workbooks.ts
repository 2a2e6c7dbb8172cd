/** The per-lead workbooks of a target set: one per lead unit, with an ASCII file name from its name and the period. */
import { citeSource, shortTitle, type DocumentData } from '../../../engine';
import { unitTableOf, type UnitTable } from '../../../rubrics/units';
import { type WorkbookSpec } from '../../spec';
import { trackingTableOf, type TrackingTable } from '../model';
import { periodCode, periodLabel, type Period } from './period';
import { leadSheet, type LeadSheetLayout } from './sheet';
import { slug, splitByLead, type LeadBook, type LeadSplit } from './split';

export interface LeadWorkbook {
  fileName: string;
  book: LeadBook;
  spec: WorkbookSpec;
  layout: LeadSheetLayout;
}

export interface LeadPlan {
  table: TrackingTable;
  units: UnitTable | undefined;
  split: LeadSplit;
  printedYear: string;
  targetYear: string;
}

/** The split of a document's indicators by lead, or undefined when none of them carries a lead. */
export function leadPlanOf(doc: DocumentData, nextYear?: string): LeadPlan | undefined {
  const table = trackingTableOf(doc, nextYear ? { nextYear } : {});
  if (!table || !table.groups.some((g) => g.indicators.some((i) => i.lead))) return undefined;
  const units = unitTableOf(doc.id);
  const targetYear = table.years.at(-1) as string;
  return { table, units, split: splitByLead(table, units), printedYear: table.years.at(-2) ?? targetYear, targetYear };
}

export function leadWorkbooks(doc: DocumentData, plan: LeadPlan, period: Period | undefined, sheetName?: string): LeadWorkbook[] {
  const used = new Set<string>();
  return plan.split.books.map((book) => {
    let stem = `${slug(book.name)}${period ? `_${periodCode(period)}` : ''}`;
    for (let n = 2; used.has(stem); n++) stem = `${slug(book.name)}-${n}${period ? `_${periodCode(period)}` : ''}`;
    used.add(stem);
    const layout = leadSheet({
      book,
      setId: doc.id,
      setName: shortTitle(doc),
      title: doc.title,
      printedYear: plan.printedYear,
      targetYear: plan.targetYear,
      period: period ? periodLabel(period) : '',
      ...(plan.units?.reportTo ? { reportTo: plan.units.reportTo } : {}),
      source: citeSource(doc.source),
      ...(sheetName ? { name: sheetName } : {}),
    });
    return { fileName: `${stem}.xlsx`, book, spec: { title: `${doc.title} — ${book.name}`, sheets: [layout.sheet] }, layout };
  });
}
