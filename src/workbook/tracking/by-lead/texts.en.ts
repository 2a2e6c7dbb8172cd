/** The per-lead reading and merging problems in English (the same keys as texts.vi.ts). */
import { type LeadTexts } from './texts.types';

export const en: LeadTexts = {
  noPeriod: () => 'has no "Kỳ báo cáo" (reporting period, e.g. "Tháng 11/2023" or "Quý IV/2023"); this file is not merged.',
  badPeriod: (p) => `the "Kỳ báo cáo" (period) is "${p.value}", which is no month or quarter (write "Tháng 11/2023" or "Quý IV/2023"); this file is not merged.`,
  noUnit: () => 'has no "Đơn vị" (unit); whose report this is is unknown.',
  duplicateRow: (p) => `indicator "${p.id}" is repeated (first at ${p.first}); this row is skipped.`,
  conflict: (p) => `Conflicting reports — indicator ${p.id}, ${p.period}: ${p.unitA} (file ${p.fileA}) reports "${p.valueA}", ${p.unitB} (file ${p.fileB}) reports "${p.valueB}"; not assessed until the two agree.`,
  stranger: (p) => `unit "${p.unit}" is not among the lead units of ${p.set}; its figures are merged all the same.`,
  unknownLeads: (p) => `not in the unit table: ${p.names}; each name became a workbook of its own (add it to the unit table if it is another name of a unit).`,
};

/** The status shown for a period whose reports disagree. */
export const enConflictLabel = 'Conflicting reports';
