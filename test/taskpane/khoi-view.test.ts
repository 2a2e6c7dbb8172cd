/**
 * What the Tổng hợp screen shows, from the same scoreFiles the CLI uses: each unit's status, whether
 * the proposal is certain and what could change it, the files not counted with their reason.
 */
import ExcelJS from 'exceljs';
import { getRubric } from '../../src/rubrics';
import { messages } from '../../src/taskpane/i18n';
import { notCountedLines, proposalText, rankingRows } from '../../src/taskpane/model/khoi-view';
import { scoreFiles, type FileOutcome } from '../../src/workbook/khoi/score-files';
import { DATA_SHEET_NAME } from '../../src/workbook/layouts/data-sheet-contract';
import { loadWorkbookGrid } from '../../src/workbook/xlsx/load';
import { FULL_MARKS, memberBytes, type Member } from '../helpers/members';

jest.setTimeout(60_000);

async function outcome(file: string, m: Member, hideData = false): Promise<FileOutcome> {
  let bytes = await memberBytes(m);
  if (hideData) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    wb.getWorksheet(DATA_SHEET_NAME)!.state = 'hidden';
    bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  }
  const loaded = await loadWorkbookGrid(bytes);
  if (!loaded.ok) throw new Error(loaded.problem.code);
  return { file, ok: true, grid: loaded.grid };
}

test('status per row, the uncertain proposal with its note, the hidden-sheet file not counted', async () => {
  const outcomes = [
    await outcome('a.xlsx', { unit: 'Đơn vị A', self: { ...FULL_MARKS, 'IV.3': 5 } }),
    await outcome('b.xlsx', { unit: 'Đơn vị B', self: { ...FULL_MARKS, 'I.1': null, 'I.2': null } }),
    await outcome('c.xlsx', { unit: 'Đơn vị C', self: FULL_MARKS }, true),
  ];
  const result = scoreFiles(outcomes, { resolveRubric: getRubric, lang: 'vi' });
  const m = messages('vi');
  const rows = rankingRows(result);
  expect(rows.map((r) => [r.unit, r.complete, r.status])).toEqual([
    ['Đơn vị A', true, 'Đầy đủ'],
    ['Đơn vị B', false, 'Tạm tính (2 tiêu chí chưa nhập)'],
  ]);
  const b = result.units.find((u) => u.unit.unit === 'Đơn vị B')!;
  expect(rows[1]?.maxPossible).toBe(b.status.maxPossible);
  expect(b.status.maxPossible).toBeGreaterThan(rows[0]!.total);
  const p = proposalText(result, m);
  expect(p).toMatchObject({ kind: 'unit', text: 'Đề nghị tặng Bằng khen: Đơn vị A', certain: false });
  expect(p.note).toContain('Đơn vị B (tạm tính) có thể đạt tới');
  expect(p.note).toContain('1 tệp chưa được tính');
  expect(notCountedLines(result)).toEqual([{ file: 'c.xlsx', text: expect.stringMatching(/^c\.xlsx: bảng dữ liệu nằm ở trang bị ẩn/) }]);
});
