/**
 * The rubric sheet as a layout: the header block, then the appendix table as the document prints it.
 * Used for `ktd5 rubric-template` (an empty sheet, Kế hoạch 741/KH-KTĐ5's section I as an example, instructions)
 * and for the committed example of the whole appendix.
 */
import { type RubricData } from '../../engine';
import { CELL, HEADER_STYLE, put } from '../layouts/common';
import { INSTRUCTIONS_SHEET_NAME } from '../layouts/data-sheet-contract';
import { emptySheet, type CellStyle, type SheetSpec, type WorkbookSpec } from '../spec';
import {
  EXAMPLE_SHEET_NAME,
  metaOf,
  RUBRIC_HEADERS,
  RUBRIC_LABELS,
  RUBRIC_SHEET_NAME,
  rowsOf,
  TOTAL_LABEL,
  type AppendixRow,
  type RubricLabel,
  type RubricMeta,
} from './contract';

/** Blank rows prepared (bordered, phrases as text) in the empty sheet: Kế hoạch 741/KH-KTĐ5 needs 75. */
const BLANK_ROWS = 150;
const TITLE_ROWS = 3;
export const META_FIRST_ROW = TITLE_ROWS + 1;
const META_ORDER: RubricLabel[] = ['id', 'title', 'number', 'date', 'issuer', 'sourceTitle', 'part'];
export const TABLE_HEADER_ROW = META_FIRST_ROW + META_ORDER.length + 1;

// Text format ('@') keeps "100%" and "25/7/2023" as typed: Excel would turn them into numbers and dates.
const TEXT: CellStyle = { ...CELL, numFmt: '@', wrap: true, unlocked: true };
const POINTS: CellStyle = { ...CELL, align: 'center', unlocked: true };

function rowStyle(tt: string): { tt: CellStyle; text: CellStyle; points: CellStyle } {
  const section = /^[IVXLC]+\.?$/.test(tt);
  const criterion = /^\d+\.?$/.test(tt);
  return {
    tt: { ...TEXT, align: 'center', bold: section },
    text: { ...TEXT, bold: section, italic: !section && !criterion },
    points: { ...POINTS, bold: section || criterion },
  };
}

export function rubricSheetSpec(name: string, meta: Partial<RubricMeta>, rows: readonly AppendixRow[], note: string): SheetSpec {
  const sheet = emptySheet(name, false);
  sheet.columns = [{ width: 20 }, { width: 90 }, { width: 10 }];
  put(sheet, 1, 1, { value: 'PHỤ LỤC: TIÊU CHÍ ĐÁNH GIÁ VÀ ĐIỂM THI ĐUA', style: { bold: true, size: 14 } });
  put(sheet, 2, 1, { value: note, style: { italic: true, fontColour: '595959' } });
  sheet.merges.push('A1:C1', 'A2:C2');
  META_ORDER.forEach((label, i) => {
    const r = META_FIRST_ROW + i;
    put(sheet, r, 1, { value: RUBRIC_LABELS[label], style: { bold: true, vertical: 'top' } });
    put(sheet, r, 2, { value: meta[label] ?? null, style: { ...TEXT, colour: 'input' } });
  });
  put(sheet, TABLE_HEADER_ROW, 1, { value: RUBRIC_HEADERS.tt, style: HEADER_STYLE });
  put(sheet, TABLE_HEADER_ROW, 2, { value: RUBRIC_HEADERS.text, style: HEADER_STYLE });
  put(sheet, TABLE_HEADER_ROW, 3, { value: RUBRIC_HEADERS.points, style: HEADER_STYLE });
  const filled = Math.max(rows.length, BLANK_ROWS);
  for (let i = 0; i < filled; i++) {
    const r = TABLE_HEADER_ROW + 1 + i;
    const [tt, text, points] = rows[i] ?? ['', '', null];
    const style = rowStyle(tt);
    put(sheet, r, 1, { value: tt || null, style: style.tt });
    put(sheet, r, 2, { value: text || null, style: text === TOTAL_LABEL ? { ...style.text, bold: true, italic: false } : style.text });
    put(sheet, r, 3, { value: points, style: style.points });
  }
  sheet.frozen = { rows: TABLE_HEADER_ROW, columns: 0 };
  sheet.print = { orientation: 'portrait', paper: 'A4', fitToWidth: true, titleRows: `${TABLE_HEADER_ROW}:${TABLE_HEADER_ROW}`, footer: name };
  return sheet;
}

const INSTRUCTIONS: [string, boolean][] = [
  ['HƯỚNG DẪN LẬP BỘ TIÊU CHÍ TỪ PHỤ LỤC CỦA KẾ HOẠCH', true],
  ['Trang "Bộ tiêu chí" là nơi gõ (hoặc dán) bảng phụ lục đúng như văn bản in. Trang "Ví dụ" là Mục I của phụ lục Kế hoạch 741/KH-KTĐ5 năm 2023.', false],
  ['', false],
  ['1. Phần đầu trang: ghi mã bộ tiêu chí (chữ thường không dấu, số, dấu gạch ngang, ví dụ ktd5-2024; không trùng mã có sẵn), tên, số, ngày (ngày/tháng/năm), cơ quan ban hành văn bản.', false],
  ['2. Bảng có ba cột như văn bản: TT | Tiêu chí đánh giá | Điểm. Không đổi tên các cột.', false],
  ['3. Dòng mục: cột TT ghi số La Mã (I, II, III, …), tên mục, và điểm của mục.', false],
  ['4. Dòng tiêu chí: cột TT ghi số thứ tự trong mục (1, 2, 3, …), nội dung tiêu chí, và điểm tối đa.', false],
  ['5. Dòng mức chấm: để trống cột TT, ghi mức đúng như văn bản (ví dụ "Từ 90% đến dưới 100%", "Có", "Không", "Triển khai thường xuyên") và điểm của mức.', false],
  ['   Các mức được đọc theo thứ tự: mức nào khớp trước thì được tính (ví dụ "Đạt 100%" đặt trước "Từ 80% trở lên").', false],
  ['6. Tiêu chí không có dòng mức chấm nào được chấm trực tiếp từ 0 đến điểm tối đa (như Mục IV: nhân tố mới, sáng kiến).', false],
  ['7. Dòng cuối: "Tổng cộng" ở cột Tiêu chí đánh giá và tổng điểm ở cột Điểm.', false],
  ['8. Nội dung tiêu chí phải nằm trong một ô; nếu dán từ PDF bị xuống dòng, hãy ghép lại vào một ô.', false],
  ['', false],
  ['Chuyển thành bộ tiêu chí:  ktd5 rubric-import TỆP.xlsx -o ktd5-2024.json', true],
  ['Lệnh kiểm tra từng mức (khoảng hở, chồng lấn, điểm vượt tối đa, cụm từ không hiểu, tổng điểm mục và tổng cộng) và chỉ rõ trang, ô cần sửa. Khi còn lỗi, tệp .json chưa được ghi.', false],
  ['Sau đó dùng tệp .json ở mọi lệnh: ktd5 template --rubric ktd5-2024.json …, ktd5 score …, ktd5 consolidate … --rubric ktd5-2024.json.', false],
];

export function rubricInstructionsSheet(): SheetSpec {
  const sheet = emptySheet(INSTRUCTIONS_SHEET_NAME, false);
  sheet.columns = [{ width: 120 }];
  INSTRUCTIONS.forEach(([text, bold], i) => put(sheet, i + 1, 1, { value: text, style: { bold, size: i === 0 ? 14 : 11, wrap: true } }));
  return sheet;
}

/** The template: an empty rubric sheet to fill, Kế hoạch 741/KH-KTĐ5's section I as an example, instructions. */
export function rubricTemplateWorkbook(plan741: RubricData): WorkbookSpec {
  const example: Partial<RubricMeta> = {
    ...metaOf(plan741),
    id: `${plan741.id}-muc-i`,
    title: `Ví dụ: Mục I của ${plan741.source.part ?? plan741.title}`,
    part: `${plan741.source.part ?? ''} (chỉ Mục I, làm ví dụ)`.trim(),
  };
  return {
    title: 'Mẫu bộ tiêu chí',
    sheets: [
      rubricSheetSpec(RUBRIC_SHEET_NAME, {}, [], 'Gõ hoặc dán bảng phụ lục vào đây, đúng như văn bản in. Xem trang "Hướng dẫn" và trang "Ví dụ".'),
      rubricSheetSpec(EXAMPLE_SHEET_NAME, example, rowsOf(plan741, ['I']), `Ví dụ: Mục I của phụ lục Kế hoạch ${plan741.source.number} (tổng cộng chỉ tính Mục I).`),
      rubricInstructionsSheet(),
    ],
  };
}

/** A filled rubric sheet (the committed example of a whole appendix). */
export function rubricSheetWorkbook(meta: RubricMeta, rows: readonly AppendixRow[], name: string, note: string): WorkbookSpec {
  return { title: meta.title, sheets: [rubricSheetSpec(name, meta, rows, note), rubricInstructionsSheet()] };
}
