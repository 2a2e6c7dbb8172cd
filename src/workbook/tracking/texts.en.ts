/** The tracking reader's problems in English (the same keys as texts.vi.ts). */
import { type TrackTexts } from './texts.types';

export const en: TrackTexts = {
  noTrackingTable: (p) => `has no tracking table (needs the columns ${p.headers}); make one with "ktd5 targets" or "ktd5 standards".`,
  formulaText: (p) => `the cell holds text that looks like a formula ("${p.value}"); type the result, not a formula.`,
  errorValue: (p) => `the cell holds the error ${p.value}; type the result again.`,
  dateValue: (p) => `Excel read the cell as a date (${p.value}); type "58%" or "0.58".`,
  duplicateIndicator: (p) => `indicator "${p.id}" is repeated (first at ${p.first}); this row is skipped.`,
  badManualStatus: (p) => `status "${p.value}" is not Vượt, Đạt or Chưa đạt.`,
  unknownSet: (p) => `target set "${p.id}" is not built in; the targets written in the table are used.`,
  asPrintedHeader: 'As printed',
};
