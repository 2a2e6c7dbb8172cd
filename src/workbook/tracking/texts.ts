/** The tracking reader's problems, in Vietnamese and English. */
import { type Lang } from '../../engine';
import { type TrackProblemCode } from './reader';

type Params = Record<string, string>;

const vi: Record<TrackProblemCode, (p: Params) => string> = {
  noTrackingTable: (p) => `không có bảng theo dõi chỉ tiêu (cần các cột ${p.headers}); hãy tạo bảng bằng "ktd5 targets" hoặc "ktd5 standards".`,
  formulaText: (p) => `ô chứa chữ giống công thức ("${p.value}"); hãy nhập kết quả, không nhập công thức.`,
  errorValue: (p) => `ô có giá trị lỗi ${p.value}; hãy nhập lại kết quả.`,
  dateValue: (p) => `ô bị Excel hiểu thành ngày tháng (${p.value}); hãy nhập dạng "58%" hoặc "0,58".`,
  duplicateIndicator: (p) => `chỉ tiêu "${p.id}" bị lặp (đã có ở ô ${p.first}); dòng này bị bỏ qua.`,
  badManualStatus: (p) => `đánh giá "${p.value}" không phải Vượt, Đạt hoặc Chưa đạt.`,
  unknownSet: (p) => `bộ chỉ tiêu "${p.id}" không có sẵn; dùng mục tiêu ghi trong bảng.`,
};

const en: Record<TrackProblemCode, (p: Params) => string> = {
  noTrackingTable: (p) => `has no tracking table (needs the columns ${p.headers}); make one with "ktd5 targets" or "ktd5 standards".`,
  formulaText: (p) => `the cell holds text that looks like a formula ("${p.value}"); type the result, not a formula.`,
  errorValue: (p) => `the cell holds the error ${p.value}; type the result again.`,
  dateValue: (p) => `Excel read the cell as a date (${p.value}); type "58%" or "0,58".`,
  duplicateIndicator: (p) => `indicator "${p.id}" is repeated (first at ${p.first}); this row is skipped.`,
  badManualStatus: (p) => `status "${p.value}" is not Vượt, Đạt or Chưa đạt.`,
  unknownSet: (p) => `target set "${p.id}" is not built in; the targets written in the table are used.`,
};

export function trackProblemText(code: TrackProblemCode, params: Params, lang: Lang): string {
  return (lang === 'en' ? en : vi)[code](params);
}
