/** The KTD5.* functions' error messages in Vietnamese (Excel shows them in a cell's tooltip). */
import { formatNumber } from '../engine/condition';

export const vi = {
  unknownRubric: (id: string) => `Không có bộ tiêu chí "${id}", kể cả trong các bộ lưu ở sổ tính. Dùng =KTD5.RUBRICS() để xem danh sách.`,
  notRubric: (id: string) => `"${id}" là tài liệu chỉ tiêu, không phải bộ tiêu chí chấm điểm.`,
  noCriterion: () => 'Chưa nhập mã tiêu chí (ví dụ "II.4").',
  unknownCriterion: (id: string, rubric: string) => `Không có tiêu chí "${id}" trong bộ tiêu chí ${rubric}.`,
  unknownId: (id: string, rubric: string) => `Không có tiêu chí hay mục "${id}" trong bộ tiêu chí ${rubric}.`,
  missing: () => 'Chưa có giá trị.',
  manualNoBand: (id: string, max: number) => `Tiêu chí ${id} chấm trực tiếp (0–${formatNumber(max, 'vi')} điểm), không có mức chấm.`,
  sizeMismatch: (a: number, b: number) => `Hai vùng không cùng số ô: ${a} mã tiêu chí, ${b} giá trị.`,
  duplicate: (id: string) => `Tiêu chí ${id} xuất hiện hai lần.`,
  valueWithoutId: (n: number) => `Ô giá trị thứ ${n} có dữ liệu nhưng thiếu mã tiêu chí.`,
  breakdownSize: (n: number, rubric: string, m: number) => `Cần đúng ${m} giá trị theo thứ tự tiêu chí của ${rubric}, nhận được ${n}.`,
  notNumber: (v: string) => `Giá trị "${v}" không phải là một con số.`,
  notInList: (v: number) => `${formatNumber(v, 'vi')} không có trong danh sách để xếp hạng.`,
  noTarget: () => 'Chưa nhập chỉ tiêu (ví dụ "Trên 55%").',
  undetermined: () => 'Không xác định được kết quả so với chỉ tiêu.',
  pillarCount: (n: number, m: number) => `Cần đúng ${m} chỉ số trụ cột (theo thứ tự của DTI), nhận được ${n}.`,
  pillarValue: (v: string) => `Chỉ số trụ cột "${v}" phải là số từ 0 đến 1.`,
  internal: () => 'Lỗi nội bộ của KTD5.',
};

export type FunctionTexts = typeof vi;
