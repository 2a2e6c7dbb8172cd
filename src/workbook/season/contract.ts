/**
 * The season's workbook contracts (issue 13): sheet names and header rows other tools rely on.
 * They are Vietnamese in every language, like the data sheet's headers, so any file reads back.
 */

export const ROSTER_SHEET = 'Thành viên';
export const ROSTER_HEADERS = ['Mã', 'Tên đơn vị', 'Đầu mối', 'Liên hệ'] as const;

export const APPRAISAL_SHEET = 'Thẩm định';
export const APPRAISAL_HEADERS = [
  'Đơn vị',
  'Mã',
  'Tiêu chí',
  'Giá trị tự đánh giá',
  'Minh chứng',
  'Điểm tự chấm',
  'Giá trị thẩm định',
  'Lý do thẩm định',
  'Điểm thẩm định',
] as const;

export const NOTICE_SHEET = 'Thông báo kết quả thẩm định';
export const NOTICE_EXPLANATION = 'Giải trình của đơn vị';
export const NOTICE_HEADERS = ['Mã', 'Tiêu chí', 'Giá trị tự đánh giá', 'Điểm tự chấm', 'Giá trị thẩm định', 'Điểm thẩm định', 'Chênh lệch', 'Lý do thẩm định', NOTICE_EXPLANATION] as const;
/** The header-block label of the notice's unit (as on the data sheet). */
export const NOTICE_UNIT_LABEL = 'Đơn vị';

export const COLLECTION_SHEET = 'Tình hình nộp';
export const SOURCES_SHEET = 'Nguồn dữ liệu';
export const SOURCES_HEADERS = ['Tệp', 'Đơn vị', 'SHA-256', 'Loại'] as const;
/** The "Loại" column's values: a member's data sheet or the Khối's appraisal workbook. */
export const SOURCE_KINDS = { member: 'Phiếu của đơn vị', appraisal: 'Phiếu thẩm định' } as const;
export const PREVIOUS_SHEET = 'So với năm trước';

export const FINAL_MARK = 'BẢN CHÍNH THỨC';

export type RosterStatus = 'submitted' | 'missing' | 'duplicate' | 'error' | 'wrong-rubric' | 'wrong-period';
export const ROSTER_STATUSES: readonly RosterStatus[] = ['submitted', 'missing', 'duplicate', 'error', 'wrong-rubric', 'wrong-period'];
