/** The data sheet contract of DESIGN.md: header texts readers find the table by, and the header block labels. */

export const TABLE_HEADERS = [
  'Mã',
  'Tiêu chí',
  'Cách chấm',
  'Giá trị tự đánh giá',
  'Minh chứng',
  'Giá trị thẩm định',
  'Điểm tự chấm',
  'Điểm thẩm định',
  'Điểm tối đa',
] as const;

export type TableHeader = (typeof TABLE_HEADERS)[number];

export const HEADER_BLOCK = {
  unit: 'Đơn vị',
  khoi: 'Khối/nhóm',
  period: 'Kỳ đánh giá',
  rubric: 'Bộ tiêu chí',
  category: 'Loại đơn vị',
} as const;

export const DATA_SHEET_NAME = 'Dữ liệu';
export const INSTRUCTIONS_SHEET_NAME = 'Hướng dẫn';
