/** The per-lead reading and merging problems, in Vietnamese and English. */
import { type Lang } from '../../../engine';
import { trackProblemText } from '../texts';
import { type TrackProblemCode } from '../reader';
import { type LeadProblemCode } from './reader';

type Params = Record<string, string>;
export type MergeProblemCode = 'conflict' | 'stranger' | 'unknownLeads';

const vi: Record<LeadProblemCode | MergeProblemCode, (p: Params) => string> = {
  noPeriod: () => 'không ghi "Kỳ báo cáo" (ví dụ "Tháng 11/2023" hoặc "Quý IV/2023"); tệp này không được tổng hợp.',
  badPeriod: (p) => `"Kỳ báo cáo" là "${p.value}", không đọc được thành tháng hay quý (ghi "Tháng 11/2023" hoặc "Quý IV/2023"); tệp này không được tổng hợp.`,
  noUnit: () => 'không ghi "Đơn vị"; không biết báo cáo của đơn vị nào.',
  duplicateRow: (p) => `chỉ tiêu "${p.id}" bị lặp (đã có ở ô ${p.first}); dòng này bị bỏ qua.`,
  conflict: (p) => `Báo cáo không khớp — chỉ tiêu ${p.id}, ${p.period}: ${p.unitA} (tệp ${p.fileA}) báo cáo "${p.valueA}", ${p.unitB} (tệp ${p.fileB}) báo cáo "${p.valueB}"; chưa đánh giá cho đến khi hai đơn vị thống nhất.`,
  stranger: (p) => `đơn vị "${p.unit}" không có trong danh sách đơn vị chủ trì của ${p.set}; số liệu vẫn được tổng hợp.`,
  unknownLeads: (p) => `bảng đơn vị không có: ${p.names}; mỗi tên thành một sổ riêng (thêm vào bảng đơn vị nếu là tên khác của một đơn vị).`,
};

const en: Record<LeadProblemCode | MergeProblemCode, (p: Params) => string> = {
  noPeriod: () => 'has no "Kỳ báo cáo" (reporting period, e.g. "Tháng 11/2023" or "Quý IV/2023"); this file is not merged.',
  badPeriod: (p) => `the "Kỳ báo cáo" (period) is "${p.value}", which is no month or quarter (write "Tháng 11/2023" or "Quý IV/2023"); this file is not merged.`,
  noUnit: () => 'has no "Đơn vị" (unit); whose report this is is unknown.',
  duplicateRow: (p) => `indicator "${p.id}" is repeated (first at ${p.first}); this row is skipped.`,
  conflict: (p) => `Conflicting reports — indicator ${p.id}, ${p.period}: ${p.unitA} (file ${p.fileA}) reports "${p.valueA}", ${p.unitB} (file ${p.fileB}) reports "${p.valueB}"; not assessed until the two agree.`,
  stranger: (p) => `unit "${p.unit}" is not among the lead units of ${p.set}; its figures are merged all the same.`,
  unknownLeads: (p) => `not in the unit table: ${p.names}; each name became a workbook of its own (add it to the unit table if it is another name of a unit).`,
};

export function leadProblemText(code: LeadProblemCode | MergeProblemCode | TrackProblemCode, params: Params, lang: Lang): string {
  const table = lang === 'en' ? en : vi;
  return code in table ? table[code as LeadProblemCode](params) : trackProblemText(code as TrackProblemCode, params, lang);
}
