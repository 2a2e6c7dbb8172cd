/** Vietnamese sentences for rubric-sheet problems (the default language). */
import { num } from '../../engine/messages/numbers';
import { type Texts } from './messages';

export const vi: Texts = {
  noRubricSheet: (p) => `không có trang bộ tiêu chí: cần một bảng có dòng tiêu đề ${p.headers}.`,
  sheetNotFound: (p) => `không có trang "${p.name}"; các trang có trong tệp: ${p.sheets}.`,
  noTable: (p) => `trang không có bảng tiêu chí: cần một dòng tiêu đề ${p.headers}.`,
  missingField: (p) => `chưa ghi "${p.label}".`,
  badId: (p) => `mã bộ tiêu chí "${p.value}" chỉ được gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ ktd5-2024).`,
  builtinId: (p) => `mã "${p.value}" trùng với bộ tiêu chí có sẵn; nếu đây là bộ tiêu chí của năm mới, hãy đặt mã khác (ví dụ ktd5-2024) để phiếu của các đơn vị không bị chấm theo bộ cũ.`,
  badDate: (p) => `ngày văn bản "${num(p.value, 'vi')}" không đọc được; ghi theo dạng ngày/tháng/năm, ví dụ 25/7/2023.`,
  badTT: (p) => `cột TT ghi "${num(p.value, 'vi')}": cần số La Mã cho mục (I, II, …) hoặc số thứ tự cho tiêu chí (1, 2, …); dòng mức chấm để trống cột TT.`,
  criterionOutsideSection: (p) => `tiêu chí số ${num(p.value, 'vi')} nằm trước mục đầu tiên; cần một dòng mục (I, II, …) ở trên.`,
  bandOutsideCriterion: (p) => `mức chấm "${num(p.band, 'vi')}" không thuộc tiêu chí nào; cần một dòng tiêu chí có số thứ tự ở trên.`,
  missingTitle: (p) => `mục ${p.section} chưa có tên ở cột "Tiêu chí đánh giá".`,
  missingText: (p) => `tiêu chí ${p.criterion} chưa có nội dung ở cột "Tiêu chí đánh giá".`,
  missingSectionPoints: (p) => `mục ${p.section} chưa ghi điểm ở cột "Điểm".`,
  missingMax: (p) => `tiêu chí ${p.criterion} chưa ghi điểm tối đa ở cột "Điểm".`,
  bandNoPoints: (p) => `mức chấm "${p.band}" của tiêu chí ${p.criterion} chưa ghi điểm ở cột "Điểm" (nếu dòng này là phần tiếp theo của nội dung tiêu chí, hãy ghép vào ô ${p.textCell}).`,
  badPoints: (p) => `điểm "${num(p.value, 'vi')}" không phải là một số không âm.`,
  zeroPoints: (p) => `điểm tối đa của ${p.id} phải lớn hơn 0.`,
  phraseIsNumber: (p) => `mức chấm đang là con số ${num(p.value, 'vi')}, không phải chữ như văn bản in (Excel có thể đã đổi "100%" thành số); hãy định dạng ô là Văn bản (Text) rồi gõ lại, ví dụ "100%".`,
  pointsWithoutText: (p) => `có điểm ${num(p.value, 'vi')} nhưng không có nội dung ở cột "Tiêu chí đánh giá".`,
  duplicateSection: (p) => `mục ${p.section} đã có ở ô ${p.first}; dòng này bị bỏ qua.`,
  duplicateCriterion: (p) => `tiêu chí ${p.criterion} đã có ở ô ${p.first}; dòng này bị bỏ qua.`,
  emptySection: (p) => `mục ${p.section} không có tiêu chí nào.`,
  noSections: () => 'bảng chưa có mục nào (dòng có số La Mã I, II, … ở cột TT).',
  missingTotal: () => 'thiếu dòng "Tổng cộng" (với tổng điểm ở cột "Điểm") ở cuối bảng.',
  errorValue: (p) => `ô có lỗi ${p.value}; hãy nhập giá trị.`,
};
