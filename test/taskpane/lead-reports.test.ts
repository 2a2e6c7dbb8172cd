/**
 * The Chỉ tiêu screen's per-lead reporting, below the buttons: in Excel the chosen lead unit's sheet
 * goes into the open workbook (the same sheet `ktd5 targets --by-lead` writes, named for the unit,
 * beside the user's sheets, one Excel.run); filled workbooks loaded back give the per-lead view of
 * `ktd5 track`, and a file that is no per-lead workbook is named.
 */
import { type IndexData } from '../../src/engine';
import { findDocument } from '../../src/rubrics';
import { writeLeadSheet } from '../../src/taskpane/host/excel-host';
import { type ExcelRun } from '../../src/taskpane/host/pane-host';
import { leadFiles, leadUnitsOf, periodOf } from '../../src/taskpane/model/lead-reports';
import { trackedPaneView } from '../../src/taskpane/model/tracked-view';
import { address } from '../../src/workbook/a1';
import { type FileOutcome } from '../../src/workbook/khoi/score-files';
import { parsePeriod } from '../../src/workbook/tracking/by-lead/period';
import { leadPlanOf } from '../../src/workbook/tracking/by-lead/workbooks';
import { targetSetWorkbook } from '../../src/workbook/tracking/workbooks';
import { trackingTableOf } from '../../src/workbook/tracking/model';
import { type WorkbookSpec } from '../../src/workbook/spec';
import { loadWorkbookGrid } from '../../src/workbook/xlsx/load';
import { renderXlsx } from '../../src/workbook/xlsx/render';
import { FakeExcel } from '../helpers/fake-excel';

jest.setTimeout(60_000);

const dti = findDocument('dti-province-2022') as IndexData;

async function outcome(file: string, spec: WorkbookSpec): Promise<FileOutcome> {
  const loaded = await loadWorkbookGrid(await renderXlsx(spec));
  if (!loaded.ok) throw new Error(file);
  return { file, ok: true, grid: loaded.grid };
}

function filled(lead: string, period: string, values: Record<string, string>): WorkbookSpec {
  const [wb] = leadFiles('dti-province-2022', parsePeriod(period), lead);
  for (const [id, v] of Object.entries(values)) wb!.layout.sheet.cells.set(address(wb!.layout.rows.get(id)!, wb!.layout.columns.value), { value: v });
  return wb!.spec;
}

describe('per-lead reports in the pane', () => {
  test('the lead units of the DTI plan; none for a set without leads; periods strict', () => {
    expect(leadUnitsOf('dti-province-2022')).toEqual(leadPlanOf(dti)!.split.books.map((b) => b.name));
    expect(leadUnitsOf('nq04-dongthap')).toEqual([]);
    expect(periodOf('')).toBeUndefined();
    expect(periodOf('2023-Q4')).toEqual(parsePeriod('2023-Q4'));
    expect(periodOf('Q4')).toBeNull();
    expect(leadFiles('dti-province-2022', undefined).map((f) => f.fileName)).toContain('so-noi-vu.xlsx');
  });

  test('in Excel: one sheet for the chosen lead unit, beside the user\'s sheet, in one run', async () => {
    const excel = new FakeExcel();
    excel.addUserSheet('Số liệu', [['giữ nguyên']]);
    let runs = 0;
    const run: ExcelRun = (job) => {
      runs++;
      return job(excel);
    };
    const written = await writeLeadSheet(run, 'dti-province-2022', 'Sở Nội vụ', parsePeriod('2023-11'));
    expect(runs).toBe(1);
    expect(written.sheets).toEqual(['BC Sở Nội vụ']);
    const sheet = excel.sheet('BC Sở Nội vụ');
    expect([sheet.text('A1'), sheet.text('B1'), sheet.text('A2'), sheet.text('B2')]).toEqual(['Đơn vị', 'Sở Nội vụ', 'Kỳ báo cáo', 'Tháng 11/2023']);
    expect(sheet.page).toMatchObject({ orientation: 'Landscape' });
    expect(excel.sheet('Số liệu').text('A1')).toBe('giữ nguyên');
  });

  test('filled workbooks loaded back: the per-lead counts of ktd5 track; a tracking workbook among them is read as one, not merged', async () => {
    const table = trackingTableOf(findDocument('nq04-dongthap')!)!;
    const outcomes = [
      await outcome('noi-vu-11.xlsx', filled('Sở Nội vụ', '2023-11', { '34': '40%', '70': '95%' })),
      await outcome('noi-vu-12.xlsx', filled('Sở Nội vụ', '2023-12', { '34': '100%' })),
      await outcome('cong-an-11.xlsx', filled('Công an Tỉnh', '2023-11', { '90': '70%' })),
      await outcome('nq04.xlsx', targetSetWorkbook(findDocument('nq04-dongthap')!, table)),
    ];
    const r = trackedPaneView(outcomes, 'vi');
    expect(r.errors).toEqual([]);
    expect(r.sets.map((s) => [s.file, s.setId])).toEqual([['nq04.xlsx', 'nq04-dongthap']]);
    const [merge] = r.leads;
    expect(merge!.periods.map((p) => p.label)).toEqual(['Tháng 11/2023', 'Tháng 12/2023']);
    const lead = (n: string) => merge!.leads.find((l) => l.lead === n)!;
    expect(lead('Sở Nội vụ')).toMatchObject({ assigned: 3, reported: 1, reached: 1, notReached: 0, missing: 2, files: ['noi-vu-12.xlsx'] });
    expect(lead('Công an Tỉnh')).toMatchObject({ reported: 0, files: [] });
    expect(merge!.notSent).toContain('Công an Tỉnh');
    expect(merge!.indicators.find((i) => i.id === '34')!.history.map((h) => [h.period, h.value, h.status])).toEqual([
      ['2023-11', '40%', 'chua-dat'],
      ['2023-12', '100%', 'dat'],
    ]);
  });
});
