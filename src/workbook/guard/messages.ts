/**
 * What a refused workbook's owner is told: in Vietnamese (English with --lang en), naming the file,
 * and the sheet and cell or range where the guard found the problem.
 */
import { type Lang } from '../../engine';
import { printableName } from '../../engine/identity';
import { workbookTexts } from '../messages';
import { type GuardCode, type GuardProblem } from './inspect';

type Detail = Record<string, string | number>;
type Texts = Record<GuardCode, (d: Detail) => string>;

function mb(bytes: string | number | undefined): string {
  return `${Math.round(Number(bytes ?? 0) / (1024 * 1024))} MB`;
}

/** The parser's own words (English, technical) in parentheses, printable: they may quote the file's bytes. */
function reason(d: Detail): string {
  const text = printableName(String(d.reason ?? ''));
  return text ? ` (${text})` : '';
}

const vi: Texts = {
  notWorkbook: () => 'không phải tệp Excel .xlsx (hoặc đã bị đổi tên từ loại tệp khác); hãy lưu lại bằng Excel dưới dạng .xlsx.',
  damaged: (d) => `là tệp Excel bị hỏng, không đọc được${reason(d)}; hãy mở bằng Excel, lưu lại rồi gửi lại tệp.`,
  xmlEncoding: (d) => `có phần ${d.entry} mã hóa ${d.encoding}, trong khi Excel chỉ lưu UTF-8; tệp không được đọc, hãy mở bằng Excel và lưu lại.`,
  legacyOrEncrypted: () => 'là tệp Excel cũ (.xls) hoặc có đặt mật khẩu mở tệp; hãy bỏ mật khẩu và lưu lại dưới dạng .xlsx.',
  truncated: () => 'bị hỏng hoặc chưa tải về đầy đủ (tệp nén bị cắt cụt); hãy xin lại tệp gốc.',
  unsupportedZip: (d) => `có cấu trúc nén không hỗ trợ${d.entry ? ` (phần ${d.entry})` : ''}; hãy mở bằng Excel và lưu lại dưới dạng .xlsx.`,
  tooLarge: (d) => `quá lớn (${mb(d.bytes)}, giới hạn ${mb(d.limit)}); trang dữ liệu của một đơn vị chỉ cần vài trăm KB.`,
  tooManyEntries: (d) => `có quá nhiều phần bên trong (${d.count}, giới hạn ${d.limit}).`,
  entryTooLarge: (d) => `có phần ${d.entry} khi giải nén vượt quá ${mb(d.limit)}; tệp có thể bị hỏng hoặc cố ý gây hại.`,
  totalTooLarge: (d) => `khi giải nén vượt quá ${mb(d.limit)} (đến phần ${d.entry}); tệp có thể bị hỏng hoặc cố ý gây hại.`,
  compressionRatio: (d) => `có phần ${d.entry} nén bất thường (tỉ lệ ${d.ratio}:1, giới hạn ${d.limit}:1); tệp có thể cố ý gây hại.`,
  xmlEntities: (d) => `có khai báo DOCTYPE/ENTITY trong phần ${d.entry}; tệp Excel thật không có khai báo này nên tệp không được đọc.`,
  tooManySheets: (d) => `có quá nhiều trang tính (${d.count}, giới hạn ${d.limit}).`,
  tooManyCells: (d) => `có quá nhiều ô dữ liệu (hơn ${d.limit}).`,
  mergeTooLarge: (d) => `có vùng gộp ô ${d.ref} quá lớn (${d.area} ô; tổng giới hạn ${d.limit}); hãy bỏ gộp ô vùng này.`,
  validationTooLarge: (d) => `có quy tắc kiểm tra dữ liệu (Data Validation) trên vùng ${d.ref} quá lớn (${d.area} ô; tổng giới hạn ${d.limit}).`,
  definedNameTooLarge: (d) => `có tên vùng "${d.name}" (${d.ref}) quá lớn (tổng giới hạn ${d.limit} ô).`,
  dimensionTooLarge: (d) => `khai báo vùng dữ liệu ${d.ref} (${d.area} ô) vượt giới hạn ${d.limit}; hãy mở bằng Excel và lưu lại.`,  columnsTooLarge: (d) => `khai báo cột thứ ${d.column}, trong khi Excel chỉ có ${d.limit} cột; hãy mở bằng Excel và lưu lại.`,
};

const en: Texts = {
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
  dimensionTooLarge: (d) => `declares a used range ${d.ref} (${d.area} cells) beyond the limit of ${d.limit}; open it in Excel and save it again.`,  columnsTooLarge: (d) => `declares column number ${d.column}, but Excel has only ${d.limit} columns; open it in Excel and save it again.`,
};

export function describeGuardProblem(problem: GuardProblem, file: string, lang: Lang): string {
  const texts = lang === 'en' ? en : vi;
  return `${workbookTexts(lang).location(file, problem.sheet, problem.cell)}: ${texts[problem.code](problem.detail)}`;
}
