/** English sentences for rubric-sheet problems (--lang en). */
import { num } from '../../engine/messages/numbers';
import { type Texts } from './messages';

export const en: Texts = {
  noRubricSheet: (p) => `no rubric sheet: a table with the header row ${p.headers} is needed.`,
  sheetNotFound: (p) => `there is no sheet "${p.name}"; the sheets in the file: ${p.sheets}.`,
  noTable: (p) => `the sheet has no criteria table: a header row ${p.headers} is needed.`,
  missingField: (p) => `"${p.label}" is not filled in.`,
  badId: (p) => `the rubric id "${p.value}" may only hold lower-case letters without diacritics, digits and dashes (e.g. ktd5-2024).`,
  builtinId: (p) => `the id "${p.value}" is a built-in rubric's; if this is a new year's rubric, give it another id (e.g. ktd5-2024) so that units' sheets are not scored by the old one.`,
  badDate: (p) => `the document date "${num(p.value, 'en')}" cannot be read; write it as day/month/year, e.g. 25/7/2023.`,
  badTT: (p) => `the TT column holds "${num(p.value, 'en')}": a section needs a Roman numeral (I, II, …), a criterion its number (1, 2, …); band rows leave TT empty.`,
  criterionOutsideSection: (p) => `criterion number ${num(p.value, 'en')} comes before the first section; a section row (I, II, …) is needed above it.`,
  bandOutsideCriterion: (p) => `the band "${num(p.band, 'en')}" belongs to no criterion; a numbered criterion row is needed above it.`,
  missingTitle: (p) => `section ${p.section} has no title in the "Tiêu chí đánh giá" column.`,
  missingText: (p) => `criterion ${p.criterion} has no text in the "Tiêu chí đánh giá" column.`,
  missingSectionPoints: (p) => `section ${p.section} has no points in the "Điểm" column.`,
  missingMax: (p) => `criterion ${p.criterion} has no maximum points in the "Điểm" column.`,
  bandNoPoints: (p) => `the band "${p.band}" of criterion ${p.criterion} has no points in the "Điểm" column (if this row continues the criterion's text, join it into cell ${p.textCell}).`,
  badPoints: (p) => `the points "${num(p.value, 'en')}" are not a non-negative number.`,
  zeroPoints: (p) => `the maximum points of ${p.id} must be above 0.`,
  phraseIsNumber: (p) => `the band is the number ${num(p.value, 'en')}, not the document's words (Excel may have turned "100%" into a number); format the cell as Text and type it again, e.g. "100%".`,
  pointsWithoutText: (p) => `there are points ${num(p.value, 'en')} but no text in the "Tiêu chí đánh giá" column.`,
  duplicateSection: (p) => `section ${p.section} is already in cell ${p.first}; this row is skipped.`,
  duplicateCriterion: (p) => `criterion ${p.criterion} is already in cell ${p.first}; this row is skipped.`,
  emptySection: (p) => `section ${p.section} has no criteria.`,
  noSections: () => 'the table has no section yet (a row with a Roman numeral I, II, … in the TT column).',
  missingTotal: () => 'the "Tổng cộng" row (with the total in the "Điểm" column) is missing at the end of the table.',
  errorValue: (p) => `the cell holds the error ${p.value}; type a value.`,
};
