/**
 * The rubric sheet contract: a rubric laid out as the documents print their appendix (TT / Tiêu chí
 * đánh giá / Điểm, band rows under each criterion), plus a small header block for the document's
 * identity. The layout writes it and the reader finds it by these texts, never by fixed addresses.
 */
import { printedDate, type RubricData } from '../../engine';

export const RUBRIC_HEADERS = { tt: 'TT', text: 'Tiêu chí đánh giá', points: 'Điểm' } as const;

/** Folded header spellings the reader also accepts (secretariats paste from different copies). */
export const HEADER_ALIASES = {
  tt: ['tt', 'stt'],
  text: ['tieu chi danh gia', 'tieu chi', 'noi dung'],
  points: ['diem', 'diem toi da', 'diem chuan'],
} as const;

export const RUBRIC_LABELS = {
  id: 'Mã bộ tiêu chí',
  title: 'Tên bộ tiêu chí',
  number: 'Số văn bản',
  date: 'Ngày văn bản',
  issuer: 'Cơ quan ban hành',
  sourceTitle: 'Tên văn bản',
  part: 'Phần của văn bản',
} as const;

export type RubricLabel = keyof typeof RUBRIC_LABELS;

/** The row that closes the table and states the total. */
export const TOTAL_LABEL = 'Tổng cộng';

export const RUBRIC_SHEET_NAME = 'Bộ tiêu chí';
export const EXAMPLE_SHEET_NAME = 'Ví dụ';

/** One row of the appendix as typed: TT, the text and the points, each as the document prints it. */
export type AppendixRow = [tt: string, text: string, points: number | string | null];

/** The header block's values as typed in the sheet (dates as the documents print them: 25/7/2023). */
export type RubricMeta = Record<RubricLabel, string>;

export function metaOf(data: RubricData): RubricMeta {
  return {
    id: data.id,
    title: data.title,
    number: data.source.number,
    date: printedDate(data.source.date),
    issuer: data.source.issuer,
    sourceTitle: data.source.title,
    part: data.source.part ?? '',
  };
}

/** A rubric's data as appendix rows: the inverse of what the reader does (used for the template's example). */
export function rowsOf(data: RubricData, sectionIds?: readonly string[]): AppendixRow[] {
  const rows: AppendixRow[] = [];
  let total = 0;
  for (const s of data.sections.filter((x) => !sectionIds || sectionIds.includes(x.id))) {
    rows.push([s.row, s.title, s.points]);
    total += s.points;
    for (const c of s.criteria) {
      rows.push([c.row, c.text, c.max]);
      for (const b of c.bands ?? []) rows.push(['', b.text, b.points]);
    }
  }
  rows.push(['', TOTAL_LABEL, sectionIds ? total : data.total]);
  return rows;
}
