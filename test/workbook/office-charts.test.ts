/**
 * Native charts through the Office.js adapter (recording fake): the DTI pillar sheet gets a column
 * chart over Đồng Tháp's pillars, the plan's targets and the table's best (Kế hoạch 337/KH-UBND), the NQ04
 * summary a stacked chart of its groups' counts (Báo cáo 07-BC/BCSD); both in the one writing sync. The .xlsx
 * renderer leaves charts out and keeps the data bars.
 */
import ExcelJS from 'exceljs';
import { type IndexData, type TargetSetData } from '../../src/engine';
import { findDocument } from '../../src/rubrics';
import { writeWorkbookSpec } from '../../src/workbook/office/write-spec';
import { SHEETS } from '../../src/workbook/tracking/contract';
import { trackingTableOf } from '../../src/workbook/tracking/model';
import { dtiWorkbook, targetSetWorkbook } from '../../src/workbook/tracking/workbooks';
import { renderXlsx } from '../../src/workbook/xlsx/render';
import { writeTracking } from '../../src/taskpane/host/excel-host';
import { type ExcelRun } from '../../src/taskpane/host/pane-host';
import { FakeExcel, type FakeSheet } from '../helpers/fake-excel';

const dti = findDocument('dti-province-2022') as IndexData;
const nq04 = findDocument('nq04-dongthap') as TargetSetData;

/** The block a chart reads, as rows of cells (label, then one cell per series). */
function block(sheet: FakeSheet, range: string): { value: unknown; formula?: string }[][] {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range)!;
  const cols = Array.from({ length: m[3]!.charCodeAt(0) - m[1]!.charCodeAt(0) + 1 }, (_, i) => String.fromCharCode(m[1]!.charCodeAt(0) + i));
  const rows: { value: unknown; formula?: string }[][] = [];
  for (let r = Number(m[2]); r <= Number(m[4]); r++) rows.push(cols.map((c) => sheet.cells.get(`${c}${r}`) ?? { value: null }));
  return rows;
}

describe('the DTI tracking workbook written into Excel', () => {
  let excel: FakeExcel;
  beforeAll(async () => {
    excel = new FakeExcel();
    excel.addUserSheet('Sheet1');
    await writeWorkbookSpec(excel, dtiWorkbook(dti));
  });

  test('one clustered column chart on the pillar sheet over the 8 pillars × (Đồng Tháp, target, best)', () => {
    const sheet = excel.sheet(SHEETS.pillars);
    expect(sheet.charts).toHaveLength(1);
    const chart = sheet.charts[0]!;
    expect(chart).toMatchObject({ type: 'ColumnClustered', seriesBy: 'Columns', legend: 'Bottom' });
    expect(chart.title).toContain('Đồng Tháp');
    const m = /^B(\d+):E(\d+)$/.exec(chart.source);
    expect(m).not.toBeNull();
    const rows = block(sheet, chart.source);
    expect(rows).toHaveLength(1 + dti.pillars.length);
    expect(rows[0]!.map((c) => c.value)).toEqual(['Trụ cột', 'Đồng Tháp', 'Mục tiêu kế hoạch (mức tối thiểu)', 'Tỉnh cao nhất trong bảng']);
    expect(rows.slice(1).map((r) => r[0]!.value)).toEqual(dti.pillars.map((p) => p.name));
    // The plan's targets (Kế hoạch 337/KH-UBND): "Từ 95% trở lên" for Nhận thức số … "Từ 50% trở lên" for Xã hội số.
    expect(rows.slice(1).map((r) => r[2]!.value)).toEqual([0.95, 0.9, 0.6, 0.7, 0.6, 0.7, 0.5, 0.5]);
    // The province's value and the best are live references into the pillar table.
    for (const r of rows.slice(1)) {
      expect(r[1]!.formula).toMatch(/^=IF\(ISNUMBER\([A-Z]+\d+\),[A-Z]+\d+,NA\(\)\)$/);
      expect(r[3]!.formula).toMatch(/^=[A-Z]+\d+$/);
    }
    // Placed under its data, and drawn in the writing sync (no extra round trip).
    expect(chart.from).toBe(`B${Number(m![2]) + 2}`);
    expect(chart.to).toMatch(/^G\d+$/);
    expect(excel.syncs).toBeLessThanOrEqual(4);
  });

  test('the best province column the chart reads holds MAX over the comparison table', () => {
    const sheet = excel.sheet(SHEETS.pillars);
    const rows = block(sheet, sheet.charts[0]!.source);
    const bestRef = String(rows[1]![3]!.formula).slice(1);
    expect(sheet.cells.get(bestRef)?.formula).toMatch(/^=MAX\('Xếp hạng DTI'!/);
  });

  test('the chart is added before the sheet is protected', () => {
    const calls = excel.calls.filter((c) => c.startsWith(`${SHEETS.pillars}!`));
    const added = calls.findIndex((c) => c.includes('charts.add('));
    const protectedAt = calls.findIndex((c) => c.includes('protection.protect('));
    expect(added).toBeGreaterThanOrEqual(0);
    expect(protectedAt).toBeGreaterThan(added);
  });
});

describe('the NQ04 tracking workbook written into Excel', () => {
  test('the summary gets a stacked chart of Vượt / Đạt / Chưa đạt for the 3 groups', async () => {
    const excel = new FakeExcel();
    await writeWorkbookSpec(excel, targetSetWorkbook(nq04, trackingTableOf(nq04)!));
    const summary = excel.sheet(SHEETS.summary);
    expect(summary.charts).toHaveLength(1);
    const chart = summary.charts[0]!;
    expect(chart).toMatchObject({ type: 'ColumnStacked', seriesBy: 'Columns' });
    const rows = block(summary, chart.source);
    expect(rows[0]!.map((c) => c.value)).toEqual(['Nhóm', 'Vượt', 'Đạt', 'Chưa đạt']);
    expect(rows).toHaveLength(1 + nq04.groups.length);
    // Each line points at its group's row of the summary table (same row, columns A, C, D, E).
    rows.slice(1).forEach((r) => {
      const row = /\d+$/.exec(String(r[0]!.formula))![0];
      expect(r.map((c) => c.formula)).toEqual([`=A${row}`, `=C${row}`, `=D${row}`, `=E${row}`]);
      expect(summary.cells.get(`C${row}`)?.formula).toMatch(/^=COUNTIF\('Chỉ tiêu'!.*"Vượt"\)$/);
    });
    expect(rows.slice(1).map((r) => summary.text(String(r[0]!.formula).slice(1)))).toEqual(nq04.groups.map((g) => g.title));
    expect(excel.sheet(SHEETS.indicators).charts).toHaveLength(0);
  });
});

describe("the task pane's Chỉ tiêu button in Excel", () => {
  test('writes the DTI tracking sheets with the pillar chart in one Excel.run, beside the user sheet', async () => {
    const excel = new FakeExcel();
    excel.addUserSheet('Số liệu của tôi', [['giữ nguyên']]);
    let runs = 0;
    const run: ExcelRun = (job) => {
      runs++;
      return job(excel);
    };
    const written = await writeTracking(run, 'dti-province-2022', undefined);
    expect(runs).toBe(1);
    expect(written.sheets).toEqual([SHEETS.pillars, SHEETS.indicators, SHEETS.ranking, SHEETS.summary]);
    expect(excel.sheet(SHEETS.pillars).charts.map((c) => c.type)).toEqual(['ColumnClustered']);
    expect(excel.sheet('Số liệu của tôi').text('A1')).toBe('giữ nguyên');
  });
});

describe('the .xlsx file of the same workbook', () => {
  test('has no chart (exceljs cannot write one) but keeps its data bars and the chart data', async () => {
    const bytes = await renderXlsx(dtiWorkbook(dti));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(SHEETS.pillars)!;
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => typeof c.value === 'string' && texts.push(c.value)));
    expect(texts).toContain('Tỉnh cao nhất trong bảng');
    const bars = (ws as unknown as { conditionalFormattings: { rules: { type: string }[] }[] }).conditionalFormattings.flatMap((f) => f.rules).filter((r) => r.type === 'dataBar');
    expect(bars.length).toBeGreaterThan(0);
  });
});
