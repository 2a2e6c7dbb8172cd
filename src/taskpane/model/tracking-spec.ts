/**
 * The tracking workbook the pane writes or downloads: for NQ04 and the DTI index the one
 * `ktd5 targets --set ID` writes; for a standards document, the chosen category's checklist as
 * `ktd5 standards --set ID --category C` writes it.
 */
import { documentPeriod } from '../../engine';
import { findDocument } from '../../rubrics';
import { type WorkbookSpec } from '../../workbook/spec';
import { standardsWorkbook } from '../../workbook/tracking/standards';
import { trackingWorkbook } from '../../workbook/tracking/workbooks';
import { isStandards } from './targets-view';

export interface TrackingFile {
  spec: WorkbookSpec;
  /** "theo-doi.nq04-dongthap.xlsx" */
  name: string;
}

export function trackingFile(setId: string, category: string | undefined, year?: string): TrackingFile {
  const doc = findDocument(setId);
  if (!doc || doc.kind === 'rubric') throw new Error(setId);
  if (isStandards(doc)) {
    // The plan's own period (2021–2025 → its final year), never the current year.
    const period = year ?? documentPeriod(doc)?.year ?? String(new Date().getFullYear());
    const id = doc.groups.find((g) => g.id === category)?.id ?? doc.groups[0]?.id ?? '';
    return { spec: standardsWorkbook(doc, [id], { year: period }), name: `tieu-chuan.${doc.id}.${id}.xlsx` };
  }
  const spec = trackingWorkbook(doc);
  if (!spec) throw new Error(setId);
  return { spec, name: `theo-doi.${doc.id}.xlsx` };
}
