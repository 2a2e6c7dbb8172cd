/**
 * The season in Excel through the Office.js adapter, on the strict fake of the Excel API: the roster
 * sheet added and read, the appraisal sheet written, typed into as the secretariat would and read
 * back, a second appraisal never over the first, and the sealed consolidation written beside them
 * (every sheet protected, the sources readable). Points: the engine over the values typed.
 */
import { scoreUnit, type RawValue } from '../../src/engine';
import { getRubric } from '../../src/rubrics';
import { type FileOutcome } from '../../src/workbook/khoi/score-files';
import { type XlContext } from '../../src/workbook/office/excel-api';
import { readWorkbookGrid } from '../../src/workbook/office/read-grid';
import { APPRAISAL_SHEET, ROSTER_SHEET, SOURCES_SHEET } from '../../src/workbook/season/contract';
import { readSources } from '../../src/workbook/season/sources';
import { loadWorkbookGrid } from '../../src/workbook/xlsx/load';
import { type ExcelRun } from '../../src/taskpane/host/pane-host';
import { readAppraisalSheet, readRosterSheet, writeAppraisalSheet, writeRosterSheet, writeSeasonWorkbook } from '../../src/taskpane/host/season-excel';
import { seasonResult, seasonWorkbook, type PageSeason } from '../../src/taskpane/model/season';
import { FakeExcel, type FakeSheet } from '../helpers/fake-excel';
import { FULL_MARKS, type Values } from '../helpers/members';
import { memberFile } from '../helpers/season-files';

jest.setTimeout(60_000);
const rubric = getRubric('ktd5-2023')!;
const Y_TE: Values = { ...FULL_MARKS, 'II.4': '90%', 'I.5': 12 };
const runOn = (excel: FakeExcel): ExcelRun => (job) => job(excel as unknown as XlContext);

async function outcome(file: string, bytes: Promise<Uint8Array>): Promise<FileOutcome> {
  const loaded = await loadWorkbookGrid(await bytes);
  if (!loaded.ok) throw new Error(file);
  return { file, ok: true, grid: loaded.grid };
}

/** The row of (unit, id) on an appraisal sheet: column A the unit, B the criterion id. */
function rowOf(sheet: FakeSheet, unit: string, id: string): string {
  const hit = [...sheet.cells].find(([a, c]) => /^B\d+$/.test(a) && c.value === id && sheet.cell(a.replace(/^B/, 'A')).value === unit);
  if (!hit) throw new Error(`no row ${unit} ${id}`);
  return hit[0].slice(1);
}

let members: FileOutcome[];
beforeAll(async () => {
  members = [await outcome('so-tu-phap.xlsx', memberFile('Sở Tư pháp', FULL_MARKS)), await outcome('so-y-te.xlsx', memberFile('Sở Y tế', Y_TE))];
});

test('roster: none in the workbook is said in words; the sheet added, filled, read; another sheet with the column is not taken', async () => {
  const excel = new FakeExcel();
  excel.addUserSheet('Danh sách cũ', [['Tên đơn vị'], ['Sở Cũ']]);
  const run = runOn(excel);
  const none = await readRosterSheet(run, 'Sổ tính đang mở', 'vi');
  expect(none).toEqual({ ok: false, message: expect.stringContaining('"Thành viên"') });
  const written = await writeRosterSheet(run, 'vi');
  expect(written.sheets).toEqual([ROSTER_SHEET]);
  const sheet = excel.sheet(ROSTER_SHEET);
  const header = [...sheet.cells].find(([, c]) => c.value === 'Tên đơn vị')![0];
  const headerRow = Number(header.slice(1));
  expect(['A', 'B', 'C', 'D'].map((c) => sheet.cell(`${c}${headerRow}`).value)).toEqual(['Mã', 'Tên đơn vị', 'Đầu mối', 'Liên hệ']);
  sheet.cell(`B${headerRow + 1}`).value = 'Sở Tư pháp';
  sheet.cell(`B${headerRow + 2}`).value = 'Sở Y tế';
  sheet.cell(`B${headerRow + 3}`).value = 'Sở Xây dựng';
  const read = await readRosterSheet(run, 'Sổ tính đang mở', 'vi');
  if (!read.ok) throw new Error(read.message);
  expect(read.value.roster.members.map((x) => x.unit)).toEqual(['Sở Tư pháp', 'Sở Y tế', 'Sở Xây dựng']);
  expect(read.value.roster.sheet).toBe(ROSTER_SHEET);
});

test('appraisal: written, typed into, read back; a second one beside the first; the sealed consolidation beside both', async () => {
  const excel = new FakeExcel();
  const run = runOn(excel);
  const first = seasonResult(members, { warnings: [] }, 'vi');
  const written = await writeAppraisalSheet(run, first.result, undefined, 'vi');
  expect(written.sheets[0]).toBe(APPRAISAL_SHEET);
  const sheet = excel.sheet(APPRAISAL_SHEET);
  expect(sheet.protectedWith).toBeDefined();
  const r = rowOf(sheet, 'Sở Y tế', 'I.5');
  expect([sheet.cell(`G${r}`).locked, sheet.cell(`H${r}`).locked]).toEqual([false, false]);
  sheet.cell(`G${r}`).value = 10;
  sheet.cell(`H${r}`).value = 'Chỉ 10 tin bài có minh chứng.';
  const read = await readAppraisalSheet(run, written.sheets[0], 'Sổ tính đang mở', 'vi');
  if (!read.ok) throw new Error(read.message);
  expect(read.value.book.units.get('sở y tế')?.rows.get('I.5')).toMatchObject({ value: 10, reason: 'Chỉ 10 tin bài có minh chứng.', cell: `G${r}` });
  const season: PageSeason = { appraisal: read.value, warnings: [] };
  const second = seasonResult(members, season, 'vi');
  expect(second.result.units.find((u) => u.unit.unit === 'Sở Y tế')!.score.total).toBe(scoreUnit(rubric, { self: Y_TE as Record<string, RawValue>, appraised: { 'I.5': 10 } }).total);

  // Written again: the filled sheet is the user's work, never replaced; the new one is named beside it.
  const again = await writeAppraisalSheet(run, second.result, undefined, 'vi');
  expect(again.sheets[0]).toBe(`${APPRAISAL_SHEET} (2)`);
  expect(sheet.cell(`G${r}`).value).toBe(10);
  const fromNew = await readAppraisalSheet(run, again.sheets[0], 'Sổ tính đang mở', 'vi');
  if (!fromNew.ok) throw new Error(fromNew.message);
  expect(fromNew.value.book.sheet).toBe(`${APPRAISAL_SHEET} (2)`);

  // The sealed consolidation: its own appraisal sheet takes another name; every sheet written is protected.
  const hashes = members.map((m, i) => ({ file: m.file, sha256: String(i + 1).repeat(64) }));
  const { spec } = seasonWorkbook(second, 'vi', { files: hashes, date: new Date(2024, 0, 20) });
  const sealed = await writeSeasonWorkbook(run, spec);
  expect(sealed.sheets).toContain(SOURCES_SHEET);
  expect(sealed.sheets).not.toContain(APPRAISAL_SHEET);
  for (const name of sealed.sheets) expect(excel.sheet(name).protectedWith).toBeDefined();
  const grid = await readWorkbookGrid(excel as unknown as XlContext);
  expect(readSources(grid)?.map((s) => [s.file, s.sha256])).toEqual(hashes.map((h) => [h.file, h.sha256]));
  // The appraisal is read from the sheet the secretariat filled, not the consolidation's.
  const still = await readAppraisalSheet(run, written.sheets[0], 'Sổ tính đang mở', 'vi');
  expect(still.ok && still.value.book.units.get('sở y tế')?.rows.get('I.5')?.value).toBe(10);
});
