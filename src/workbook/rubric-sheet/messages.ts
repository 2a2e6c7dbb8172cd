/**
 * What the secretariat is told about a rubric sheet: Vietnamese (English with --lang en), always with
 * the file, sheet and cell. Engine problems (phrases, lint) keep the engine's own sentences.
 */
import { formatIssue, type Issue, type Lang } from '../../engine';
import { workbookTexts } from '../messages';

export type SheetProblemCode =
  | 'noRubricSheet'
  | 'sheetNotFound'
  | 'noTable'
  | 'missingField'
  | 'badId'
  | 'builtinId'
  | 'badDate'
  | 'badTT'
  | 'criterionOutsideSection'
  | 'bandOutsideCriterion'
  | 'missingTitle'
  | 'missingText'
  | 'missingSectionPoints'
  | 'missingMax'
  | 'bandNoPoints'
  | 'badPoints'
  | 'zeroPoints'
  | 'phraseIsNumber'
  | 'pointsWithoutText'
  | 'duplicateSection'
  | 'duplicateCriterion'
  | 'emptySection'
  | 'noSections'
  | 'missingTotal'
  | 'errorValue';

type Params = Record<string, string | number>;

export type RubricProblem = { severity: 'error' | 'warning'; sheet?: string; cell?: string } & (
  | { code: SheetProblemCode; params: Params }
  | { code: 'engine'; issue: Issue }
);

type Texts = Record<SheetProblemCode, (p: Params) => string>;

const vi: Texts = {
  noRubricSheet: (p) => `không có trang bộ tiêu chí: cần một bảng có dòng tiêu đề ${p.headers}.`,
  sheetNotFound: (p) => `không có trang "${p.name}"; các trang có trong tệp: ${p.sheets}.`,
  noTable: (p) => `trang không có bảng tiêu chí: cần một dòng tiêu đề ${p.headers}.`,
  missingField: (p) => `chưa ghi "${p.label}".`,
  badId: (p) => `mã bộ tiêu chí "${p.value}" chỉ được gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ ktd5-2024).`,
  builtinId: (p) => `mã "${p.value}" trùng với bộ tiêu chí có sẵn; nếu đây là bộ tiêu chí của năm mới, hãy đặt mã khác (ví dụ ktd5-2024) để phiếu của các đơn vị không bị chấm theo bộ cũ.`,
  badDate: (p) => `ngày văn bản "${p.value}" không đọc được; ghi theo dạng ngày/tháng/năm, ví dụ 25/7/2023.`,
  badTT: (p) => `cột TT ghi "${p.value}": cần số La Mã cho mục (I, II, …) hoặc số thứ tự cho tiêu chí (1, 2, …); dòng mức chấm để trống cột TT.`,
  criterionOutsideSection: (p) => `tiêu chí số ${p.value} nằm trước mục đầu tiên; cần một dòng mục (I, II, …) ở trên.`,
  bandOutsideCriterion: (p) => `mức chấm "${p.band}" không thuộc tiêu chí nào; cần một dòng tiêu chí có số thứ tự ở trên.`,
  missingTitle: (p) => `mục ${p.section} chưa có tên ở cột "Tiêu chí đánh giá".`,
  missingText: (p) => `tiêu chí ${p.criterion} chưa có nội dung ở cột "Tiêu chí đánh giá".`,
  missingSectionPoints: (p) => `mục ${p.section} chưa ghi điểm ở cột "Điểm".`,
  missingMax: (p) => `tiêu chí ${p.criterion} chưa ghi điểm tối đa ở cột "Điểm".`,
  bandNoPoints: (p) => `mức chấm "${p.band}" của tiêu chí ${p.criterion} chưa ghi điểm ở cột "Điểm" (nếu dòng này là phần tiếp theo của nội dung tiêu chí, hãy ghép vào ô ${p.textCell}).`,
  badPoints: (p) => `điểm "${p.value}" không phải là một số không âm.`,
  zeroPoints: (p) => `điểm tối đa của ${p.id} phải lớn hơn 0.`,
  phraseIsNumber: (p) => `mức chấm đang là con số ${p.value}, không phải chữ như văn bản in (Excel có thể đã đổi "100%" thành số); hãy định dạng ô là Văn bản (Text) rồi gõ lại, ví dụ "100%".`,
  pointsWithoutText: (p) => `có điểm ${p.value} nhưng không có nội dung ở cột "Tiêu chí đánh giá".`,
  duplicateSection: (p) => `mục ${p.section} đã có ở ô ${p.first}; dòng này bị bỏ qua.`,
  duplicateCriterion: (p) => `tiêu chí ${p.criterion} đã có ở ô ${p.first}; dòng này bị bỏ qua.`,
  emptySection: (p) => `mục ${p.section} không có tiêu chí nào.`,
  noSections: () => 'bảng chưa có mục nào (dòng có số La Mã I, II, … ở cột TT).',
  missingTotal: () => 'thiếu dòng "Tổng cộng" (với tổng điểm ở cột "Điểm") ở cuối bảng.',
  errorValue: (p) => `ô có lỗi ${p.value}; hãy nhập giá trị.`,
};

const en: Texts = {
  noRubricSheet: (p) => `no rubric sheet: a table with the header row ${p.headers} is needed.`,
  sheetNotFound: (p) => `there is no sheet "${p.name}"; the sheets in the file: ${p.sheets}.`,
  noTable: (p) => `the sheet has no criteria table: a header row ${p.headers} is needed.`,
  missingField: (p) => `"${p.label}" is not filled in.`,
  badId: (p) => `the rubric id "${p.value}" may only hold lower-case letters without diacritics, digits and dashes (e.g. ktd5-2024).`,
  builtinId: (p) => `the id "${p.value}" is a built-in rubric's; if this is a new year's rubric, give it another id (e.g. ktd5-2024) so that units' sheets are not scored by the old one.`,
  badDate: (p) => `the document date "${p.value}" cannot be read; write it as day/month/year, e.g. 25/7/2023.`,
  badTT: (p) => `the TT column holds "${p.value}": a section needs a Roman numeral (I, II, …), a criterion its number (1, 2, …); band rows leave TT empty.`,
  criterionOutsideSection: (p) => `criterion number ${p.value} comes before the first section; a section row (I, II, …) is needed above it.`,
  bandOutsideCriterion: (p) => `the band "${p.band}" belongs to no criterion; a numbered criterion row is needed above it.`,
  missingTitle: (p) => `section ${p.section} has no title in the "Tiêu chí đánh giá" column.`,
  missingText: (p) => `criterion ${p.criterion} has no text in the "Tiêu chí đánh giá" column.`,
  missingSectionPoints: (p) => `section ${p.section} has no points in the "Điểm" column.`,
  missingMax: (p) => `criterion ${p.criterion} has no maximum points in the "Điểm" column.`,
  bandNoPoints: (p) => `the band "${p.band}" of criterion ${p.criterion} has no points in the "Điểm" column (if this row continues the criterion's text, join it into cell ${p.textCell}).`,
  badPoints: (p) => `the points "${p.value}" are not a non-negative number.`,
  zeroPoints: (p) => `the maximum points of ${p.id} must be above 0.`,
  phraseIsNumber: (p) => `the band is the number ${p.value}, not the document's words (Excel may have turned "100%" into a number); format the cell as Text and type it again, e.g. "100%".`,
  pointsWithoutText: (p) => `there are points ${p.value} but no text in the "Tiêu chí đánh giá" column.`,
  duplicateSection: (p) => `section ${p.section} is already in cell ${p.first}; this row is skipped.`,
  duplicateCriterion: (p) => `criterion ${p.criterion} is already in cell ${p.first}; this row is skipped.`,
  emptySection: (p) => `section ${p.section} has no criteria.`,
  noSections: () => 'the table has no section yet (a row with a Roman numeral I, II, … in the TT column).',
  missingTotal: () => 'the "Tổng cộng" row (with the total in the "Điểm" column) is missing at the end of the table.',
  errorValue: (p) => `the cell holds the error ${p.value}; type a value.`,
};

/** The problem's sentence alone, in `lang`. */
export function problemText(p: RubricProblem, lang: Lang): string {
  if (p.code === 'engine') return formatIssue({ ...p.issue, where: undefined }, lang);
  return (lang === 'en' ? en : vi)[p.code](p.params);
}

/** The problem as told to the user: file, sheet and cell first. */
export function describeRubricProblem(p: RubricProblem, file: string, lang: Lang): string {
  return `${workbookTexts(lang).location(file, p.sheet, p.cell)}: ${problemText(p, lang)}`;
}
