/**
 * The Chỉ tiêu screen's filled workbooks loaded back: the same reading and model as `ktd5 track`
 * (trackAll), several files at once. The NQ04 tracking workbook carries the results Báo cáo 07-BC/BCSD prints
 * (11 of 17 met or exceeded); a Đồng Tháp 207 checklist for communes (Kế hoạch 207/KH-UBND: xa.1 100 %, xa.2 50 %)
 * is filled with xa.1 "100%", xa.2 "40%"; a blank checklist is not assessed; a data sheet is no
 * tracking workbook and is named.
 */
import { findDocument } from '../../src/rubrics';
import { readOpenWorkbook, writeTracking } from '../../src/taskpane/host/excel-host';
import { type ExcelRun } from '../../src/taskpane/host/pane-host';
import { trackedPaneView } from '../../src/taskpane/model/tracked-view';
import { parsePeriod } from '../../src/workbook/tracking/by-lead/period';
import { leadPlanOf, leadWorkbooks } from '../../src/workbook/tracking/by-lead/workbooks';
import { renderXlsx } from '../../src/workbook/xlsx/render';
import { type FileOutcome } from '../../src/workbook/khoi/score-files';
import { trackJson } from '../../src/cli/verbs/track-json';
import { trackAll } from '../../src/workbook/tracking/track-all';
import { loadWorkbookGrid } from '../../src/workbook/xlsx/load';
import { FakeExcel } from '../helpers/fake-excel';
import { FULL_MARKS, memberBytes } from '../helpers/members';
import { filledStandards, trackingBytes } from '../helpers/tracking-files';

jest.setTimeout(120_000);

async function outcome(file: string, bytes: Uint8Array): Promise<FileOutcome> {
  const loaded = await loadWorkbookGrid(bytes);
  if (!loaded.ok) throw new Error(loaded.problem.code);
  return { file, ok: true, grid: loaded.grid };
}

let outcomes: FileOutcome[];

beforeAll(async () => {
  outcomes = [
    await outcome('theo-doi.nq04.xlsx', await trackingBytes('nq04-dongthap')),
    await outcome('tieu-chuan.xa.xlsx', await filledStandards('dongthap-207-2022', 'xa', '2025', { '1': '100%', '2': '40%' })),
    await outcome('tieu-chuan.trong.xlsx', await filledStandards('dongthap-207-2022', 'xa', '2025', {})),
    await outcome('so-tu-phap.xlsx', await memberBytes({ unit: 'Sở Tư pháp', self: FULL_MARKS })),
  ];
});

test('each loaded table with its statuses and counts, as ktd5 track reads it', () => {
  const view = trackedPaneView(outcomes, 'vi');
  expect(view.files).toBe(4);
  expect(view.sets.map((s) => [s.file, s.setId, s.kind, s.total.met, s.total.total, s.assessed])).toEqual([
    ['theo-doi.nq04.xlsx', 'nq04-dongthap', 'targets', 11, 17, true],
    ['tieu-chuan.xa.xlsx', 'dongthap-207-2022', 'standards', 1, 6, true],
    ['tieu-chuan.trong.xlsx', 'dongthap-207-2022', 'standards', 0, 6, false],
  ]);
  const xa = view.sets[1]!;
  expect(xa.indicators.slice(0, 2).map((i) => [i.id, i.status, i.result])).toEqual([
    ['xa.1', 'dat', '100%'],
    ['xa.2', 'chua-dat', '40%'],
  ]);
  // 40 % against 50 %: ten percentage points short
  expect(xa.indicators[1]!.gap).toBeCloseTo(0.1, 10);
  expect(view.sets[2]!.indicators.every((i) => i.status === 'unknown')).toBe(true);
  // The data sheet is named as holding no tracking table.
  expect(view.errors.map((e) => e.file)).toContain('so-tu-phap.xlsx');
});

test('the pane shows exactly the statuses ktd5 track --json gives for the same files', () => {
  const view = trackedPaneView(outcomes, 'vi');
  const { report, leads } = trackAll(outcomes, 'vi');
  const json = trackJson(report, leads, null) as unknown as { sets: { file: string; indicators: { id: string; status: string }[] }[] };
  expect(view.sets.map((s) => [s.file, s.indicators.map((i) => `${i.id}:${i.status}`)])).toEqual(json.sets.map((s) => [s.file, s.indicators.map((i) => `${i.id}:${i.status}`)]));
});

test('a DTI tracking workbook and a lead unit\'s report, loaded together: the DTI (Kế hoạch 337/KH-UBND: 0,5649, 9/13) and the per-lead merge', async () => {
  const dti = findDocument('dti-province-2022')!;
  const lead = leadWorkbooks(dti, leadPlanOf(dti)!, parsePeriod('2023-11')).find((w) => w.book.name === 'Sở Nội vụ')!;
  const view = trackedPaneView([await outcome('theo-doi.dti.xlsx', await trackingBytes('dti-province-2022')), await outcome(lead.fileName, await renderXlsx(lead.spec))], 'vi');
  expect(view.sets).toEqual([]);
  expect(view.dti).toHaveLength(1);
  const d = view.dti[0]!;
  expect(Math.round(d.total! * 10000) / 10000).toBe(0.5649);
  expect([d.rank?.rank, d.rank?.of]).toEqual([9, 13]);
  expect(d.pillars).toHaveLength(8);
  expect(d.components).not.toBeNull();
  expect(view.leads.map((r) => r.setId)).toEqual(['dti-province-2022']);
  expect(view.leads[0]!.leads.find((l) => l.lead === 'Sở Nội vụ')?.files).toEqual([lead.fileName]);
});

test('in Excel: the tracking sheets written into the open workbook are read back from it (NQ04, 11/17)', async () => {
  const excel = new FakeExcel();
  excel.addUserSheet('Số liệu của tôi', [['giữ nguyên']]);
  const run: ExcelRun = (job) => job(excel);
  await writeTracking(run, 'nq04-dongthap', undefined);
  const view = trackedPaneView(await readOpenWorkbook(run, 'Sổ tính đang mở'), 'vi');
  expect(view.sets.map((s) => [s.file, s.setId, s.total.met, s.total.total])).toEqual([['Sổ tính đang mở', 'nq04-dongthap', 11, 17]]);
  expect(excel.sheet('Số liệu của tôi').text('A1')).toBe('giữ nguyên');
});
