/** What a refused workbook's owner is told, in English (the same keys as messages.vi.ts). */
import { mb, reason, type GuardTexts } from './messages.format';

export const en: GuardTexts = {
  notWorkbook: () => 'is not an Excel .xlsx file (or was renamed from another kind of file); save it from Excel as .xlsx.',
  damaged: (d) => `is a damaged Excel file that cannot be read${reason(d)}; open it in Excel, save it and send it again.`,
  xmlEncoding: (d) => `has a part, ${d.entry}, encoded in ${d.encoding}, while Excel writes UTF-8 only; it is not read: open it in Excel and save it again.`,
  legacyOrEncrypted: () => 'is an old Excel file (.xls) or is password-protected; remove the password and save it as .xlsx.',
  truncated: () => 'is damaged or was not fully downloaded (the zip is cut short); ask for the original file again.',
  unsupportedZip: (d) => `uses an unsupported zip structure${d.entry ? ` (part ${d.entry})` : ''}; open it in Excel and save it as .xlsx.`,
  tooLarge: (d) => `is too large (${mb(d.bytes)}, limit ${mb(d.limit)}); a unit's data sheet needs only a few hundred KB.`,
  tooManyEntries: (d) => `has too many parts inside (${d.count}, limit ${d.limit}).`,
  entryTooLarge: (d) => `has a part, ${d.entry}, that inflates beyond ${mb(d.limit)}; the file may be damaged or hostile.`,
  totalTooLarge: (d) => `inflates beyond ${mb(d.limit)} (at part ${d.entry}); the file may be damaged or hostile.`,
  compressionRatio: (d) => `has an abnormally compressed part, ${d.entry} (ratio ${d.ratio}:1, limit ${d.limit}:1); the file may be hostile.`,
  xmlEntities: (d) => `declares a DOCTYPE/ENTITY in ${d.entry}; real Excel files never do, so it is not read.`,
  tooManySheets: (d) => `has too many sheets (${d.count}, limit ${d.limit}).`,
  tooManyCells: (d) => `has too many cells (more than ${d.limit}).`,
  mergeTooLarge: (d) => `has a merged range ${d.ref} that is too large (${d.area} cells; total limit ${d.limit}); unmerge it.`,
  validationTooLarge: (d) => `has a data validation over ${d.ref}, too large (${d.area} cells; total limit ${d.limit}).`,
  definedNameTooLarge: (d) => `has a defined name "${d.name}" (${d.ref}) that is too large (total limit ${d.limit} cells).`,
  dimensionTooLarge: (d) => `declares a used range ${d.ref} (${d.area} cells) beyond the limit of ${d.limit}; open it in Excel and save it again.`,
  columnsTooLarge: (d) => `declares column number ${d.column}, but Excel has only ${d.limit} columns; open it in Excel and save it again.`,
};
