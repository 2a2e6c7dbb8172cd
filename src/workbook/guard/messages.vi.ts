/** What a refused workbook's owner is told, in Vietnamese (the same keys as messages.en.ts). */
import { formatNumber } from '../../engine/condition';
import { mb, reason, type GuardTexts } from './messages.format';

/** Counts grouped as Vietnamese writes them ("200.000"). */
const n = (v: string | number | undefined): string => formatNumber(Number(v ?? 0), 'vi');

export const vi: GuardTexts = {
  notWorkbook: () => 'không phải tệp Excel .xlsx (hoặc đã bị đổi tên từ loại tệp khác); hãy lưu lại bằng Excel dưới dạng .xlsx.',
  damaged: (d) => `là tệp Excel bị hỏng, không đọc được${reason(d)}; hãy mở bằng Excel, lưu lại rồi gửi lại tệp.`,
  xmlEncoding: (d) => `có phần ${d.entry} mã hóa ${d.encoding}, trong khi Excel chỉ lưu UTF-8; tệp không được đọc, hãy mở bằng Excel và lưu lại.`,
  legacyOrEncrypted: () => 'là tệp Excel cũ (.xls) hoặc có đặt mật khẩu mở tệp; hãy bỏ mật khẩu và lưu lại dưới dạng .xlsx.',
  truncated: () => 'bị hỏng hoặc chưa tải về đầy đủ (tệp nén bị cắt cụt); hãy xin lại tệp gốc.',
  unsupportedZip: (d) => `có cấu trúc nén không hỗ trợ${d.entry ? ` (phần ${d.entry})` : ''}; hãy mở bằng Excel và lưu lại dưới dạng .xlsx.`,
  tooLarge: (d) => `quá lớn (${mb(d.bytes)}, giới hạn ${mb(d.limit)}); trang dữ liệu của một đơn vị chỉ cần vài trăm KB.`,
  tooManyEntries: (d) => `có quá nhiều phần bên trong (${n(d.count)}, giới hạn ${n(d.limit)}).`,
  entryTooLarge: (d) => `có phần ${d.entry} khi giải nén vượt quá ${mb(d.limit)}; tệp có thể bị hỏng hoặc cố ý gây hại.`,
  totalTooLarge: (d) => `khi giải nén vượt quá ${mb(d.limit)} (đến phần ${d.entry}); tệp có thể bị hỏng hoặc cố ý gây hại.`,
  compressionRatio: (d) => `có phần ${d.entry} nén bất thường (tỷ lệ ${d.ratio}:1, giới hạn ${n(d.limit)}:1); tệp có thể cố ý gây hại.`,
  xmlEntities: (d) => `có khai báo DOCTYPE/ENTITY trong phần ${d.entry}; tệp Excel thật không có khai báo này nên tệp không được đọc.`,
  tooManySheets: (d) => `có quá nhiều trang tính (${n(d.count)}, giới hạn ${n(d.limit)}).`,
  tooManyCells: (d) => `có quá nhiều ô dữ liệu (hơn ${n(d.limit)}).`,
  mergeTooLarge: (d) => `có vùng gộp ô ${d.ref} quá lớn (${n(d.area)} ô; tổng giới hạn ${n(d.limit)}); hãy bỏ gộp ô vùng này.`,
  validationTooLarge: (d) => `có quy tắc kiểm tra dữ liệu (Data Validation) trên vùng ${d.ref} quá lớn (${n(d.area)} ô; tổng giới hạn ${n(d.limit)}).`,
  definedNameTooLarge: (d) => `có tên vùng "${d.name}" (${d.ref}) quá lớn (tổng giới hạn ${n(d.limit)} ô).`,
  dimensionTooLarge: (d) => `khai báo vùng dữ liệu ${d.ref} (${n(d.area)} ô) vượt giới hạn ${n(d.limit)}; hãy mở bằng Excel và lưu lại.`,
  columnsTooLarge: (d) => `khai báo cột thứ ${n(d.column)}, trong khi Excel chỉ có ${n(d.limit)} cột; hãy mở bằng Excel và lưu lại.`,
};
