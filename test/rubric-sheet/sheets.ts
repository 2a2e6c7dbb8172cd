/** Rubric sheets for tests: rows typed as a secretariat would, rendered to real .xlsx and read back through the guard. */
import { loadWorkbookGrid } from '../../src/workbook/xlsx/load';
import { renderXlsx } from '../../src/workbook/xlsx/render';
import { type WorkbookGrid } from '../../src/workbook/grid';
import { type AppendixRow, type RubricMeta } from '../../src/workbook/rubric-sheet/contract';
import { rubricSheetWorkbook } from '../../src/workbook/rubric-sheet/layout';

export const META: RubricMeta = {
  id: 'ktd5-2024-thu',
  title: 'Bộ tiêu chí thử năm 2024',
  number: '01/KH-KTĐ5',
  date: '15/3/2024',
  issuer: 'Khối thi đua 5',
  sourceTitle: '',
  part: 'Phụ lục',
};

/** A small, correct appendix: percent bands, Có/Không, a count, a manual criterion. */
export const GOOD: AppendixRow[] = [
  ['I', 'Chính quyền số', 14],
  ['1', 'Hồ sơ được xử lý trực tuyến', 6],
  ['', 'Đạt 100%', 6],
  ['', 'Từ 90% đến dưới 100%', 3],
  ['', 'Dưới 90%', 0],
  ['2', 'Có nền tảng họp trực tuyến', 4],
  ['', 'Có', 4],
  ['', 'Không', 0],
  ['3', 'Tin bài về chuyển đổi số', 4],
  ['', 'Từ 20 tin bài trở lên', 4],
  ['', 'Từ 10 đến 19 tin bài', 2],
  ['', 'Dưới 10 tin bài', 0],
  ['II', 'Sáng kiến', 5],
  ['1', 'Sáng kiến được công nhận', 5],
  ['', 'Tổng cộng', 19],
];

/** The sheet row of GOOD's i-th row (0-based): the layout's table starts below its header row. */
export const TABLE_FIRST_ROW = 13;

export async function workbookBytes(rows: readonly AppendixRow[], meta: Partial<RubricMeta> = {}): Promise<Uint8Array> {
  return renderXlsx(rubricSheetWorkbook({ ...META, ...meta } as RubricMeta, rows, 'Bộ tiêu chí', 'thử'));
}

export async function sheetGrid(rows: readonly AppendixRow[], meta: Partial<RubricMeta> = {}): Promise<WorkbookGrid> {
  const loaded = await loadWorkbookGrid(await workbookBytes(rows, meta));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problem));
  return loaded.grid;
}

/** GOOD with row `index` (0-based) replaced; `undefined` removes it. */
export function edit(index: number, row: AppendixRow | undefined, rows: readonly AppendixRow[] = GOOD): AppendixRow[] {
  const copy = [...rows];
  if (row) copy[index] = row;
  else copy.splice(index, 1);
  return copy;
}
