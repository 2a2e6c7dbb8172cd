/** The per-lead reading and merging problems in Vietnamese (the same keys as texts.en.ts). */
import { type LeadTexts } from './texts.types';

export const vi: LeadTexts = {
  noPeriod: () => 'không ghi "Kỳ báo cáo" (ví dụ "Tháng 11/2023" hoặc "Quý IV/2023"); tệp này không được tổng hợp.',
  badPeriod: (p) => `"Kỳ báo cáo" là "${p.value}", không đọc được thành tháng hay quý (ghi "Tháng 11/2023" hoặc "Quý IV/2023"); tệp này không được tổng hợp.`,
  noUnit: () => 'không ghi "Đơn vị"; không biết báo cáo của đơn vị nào.',
  duplicateRow: (p) => `chỉ tiêu "${p.id}" bị lặp (đã có ở ô ${p.first}); dòng này bị bỏ qua.`,
  conflict: (p) => `Báo cáo không khớp — chỉ tiêu ${p.id}, ${p.period}: ${p.unitA} (tệp ${p.fileA}) báo cáo "${p.valueA}", ${p.unitB} (tệp ${p.fileB}) báo cáo "${p.valueB}"; chưa đánh giá cho đến khi hai đơn vị thống nhất.`,
  stranger: (p) => `đơn vị "${p.unit}" không có trong danh sách đơn vị chủ trì của ${p.set}; số liệu vẫn được tổng hợp.`,
  unknownLeads: (p) => `bảng đơn vị không có: ${p.names}; mỗi tên thành một sổ riêng (thêm vào bảng đơn vị nếu là tên khác của một đơn vị).`,
};

/** The status shown for a period whose reports disagree. */
export const viConflictLabel = 'Báo cáo không khớp';
