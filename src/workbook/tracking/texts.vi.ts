/** The tracking reader's problems in Vietnamese (the same keys as texts.en.ts). */
import { type TrackTexts } from './texts.types';

export const vi: TrackTexts = {
  noTrackingTable: (p) => `không có bảng theo dõi chỉ tiêu (cần các cột ${p.headers}); hãy tạo bảng bằng "ktd5 targets" hoặc "ktd5 standards".`,
  formulaText: (p) => `ô chứa chữ giống công thức ("${p.value}"); hãy nhập kết quả, không nhập công thức.`,
  errorValue: (p) => `ô có giá trị lỗi ${p.value}; hãy nhập lại kết quả.`,
  dateValue: (p) => `ô bị Excel hiểu thành ngày tháng (${p.value}); hãy nhập dạng "58%" hoặc "0,58".`,
  duplicateIndicator: (p) => `chỉ tiêu "${p.id}" bị lặp (đã có ở ô ${p.first}); dòng này bị bỏ qua.`,
  badManualStatus: (p) => `đánh giá "${p.value}" không phải Vượt, Đạt hoặc Chưa đạt.`,
  unknownSet: (p) => `bộ chỉ tiêu "${p.id}" không có sẵn; dùng mục tiêu ghi trong bảng.`,
  asPrintedHeader: 'Theo văn bản',
};
