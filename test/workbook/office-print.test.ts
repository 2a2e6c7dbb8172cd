/**
 * Print settings and row heights through the Office.js adapter, against the strict fake (its oracle:
 * @types/office-js — format.rowHeight in points on a range, pageLayout margins in points, ExcelApi 1.9).
 */
import { getRubric } from '../../src/rubrics';
import { templateWorkbook } from '../../src/workbook/layouts/data-sheet';
import { Stack } from '../../src/workbook/layouts/stack';
import { writeWorkbookSpec } from '../../src/workbook/office/write-spec';
import { PRINT_MARGINS, printReady } from '../../src/workbook/print';
import { emptySheet, type WorkbookSpec } from '../../src/workbook/spec';
import { FakeExcel } from '../helpers/fake-excel';

const rubric = getRubric('ktd5-2023')!;

test('the data sheet goes into Excel with the row heights, margins, A4, fit and print titles the .xlsx file has', async () => {
  const spec = templateWorkbook(rubric, { unit: 'Sở Thử nghiệm', khoi: 'Khối 5', period: '2023' });
  const excel = new FakeExcel();
  const { sheets } = await writeWorkbookSpec(excel, spec);
  const ready = printReady(spec);
  for (const [i, sheetSpec] of ready.sheets.entries()) {
    if (sheetSpec.hidden) continue;
    const ws = excel.sheet(sheets[i]!);
    const wanted = [...(sheetSpec.rowHeights ?? [])].sort(([a], [b]) => a - b);
    expect([...ws.rowHeights].sort(([a], [b]) => a - b)).toEqual(wanted);
    expect(ws.page).toMatchObject({
      paperSize: 'A4',
      orientation: sheetSpec.print?.orientation === 'landscape' ? 'Landscape' : 'Portrait',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: null },
      leftMargin: PRINT_MARGINS.left * 72,
      rightMargin: PRINT_MARGINS.right * 72,
      topMargin: PRINT_MARGINS.top * 72,
      bottomMargin: PRINT_MARGINS.bottom * 72,
      headerMargin: PRINT_MARGINS.header * 72,
      footerMargin: PRINT_MARGINS.footer * 72,
      rightFooter: 'Trang &P/&N',
    });
    if (sheetSpec.print?.titleRows) expect(ws.page.titleRows).toBe(sheetSpec.print.titleRows.split(':').map((r) => `$${r}`).join(':'));
  }
  // The data sheet's criterion names wrap: some rows are taller than the standard 15 points.
  expect([...excel.sheet(sheets[0]!).rowHeights.values()].some((h) => h > 30)).toBe(true);
});

test('a sheet of ours rewritten in place loses the row heights of its last version', async () => {
  const sheet = (text: string): WorkbookSpec => {
    const s = emptySheet('Báo cáo');
    s.columns = [{ width: 10 }];
    s.cells.set('A3', { value: text, style: { wrap: true } });
    return { sheets: [s] };
  };
  const excel = new FakeExcel();
  await writeWorkbookSpec(excel, sheet('một hai ba bốn năm sáu bảy tám chín mười mười một mười hai'));
  expect(excel.sheet('Báo cáo').rowHeights.get(3)).toBeGreaterThan(30);
  const second = await writeWorkbookSpec(excel, sheet('ngắn'));
  expect(second.replaced).toEqual(['Báo cáo']);
  expect(excel.calls).toContain('Báo cáo!A1:XFD1048576.format.useStandardHeight=true');
  expect([...excel.sheet('Báo cáo').rowHeights]).toEqual([]);
});

test('the fake refuses what Excel refuses: a row taller than 409 points, a negative margin', async () => {
  const excel = new FakeExcel();
  const ws = excel.workbook.worksheets.add('X');
  expect(() => (ws.getRange('2:2').format.rowHeight = 410)).toThrow(/rowHeight/);
  expect(() => (ws.pageLayout.leftMargin = -1)).toThrow(/leftMargin/);
});

test('a sheet of stacked tables goes into Excel with its manual page breaks, each before the row a page starts at', async () => {
  const sheet = emptySheet('Báo cáo');
  const stack = new Stack(sheet, [{ columns: [{ width: 60 }] }]);
  const rows = Array.from({ length: 120 }, (_, i) => i + 1);
  stack.table({ continued: { cells: [{ column: 1, value: 'Bảng (tiếp theo)' }] }, columns: [{ header: 'Nội dung', width: 60, value: (n: number) => `dòng ${n}` }], rows, cell: {} });
  stack.finish();
  const breaks = sheet.print?.rowBreaks ?? [];
  expect(breaks.length).toBeGreaterThan(1);
  const excel = new FakeExcel();
  const { sheets } = await writeWorkbookSpec(excel, { sheets: [sheet] });
  const ws = excel.sheet(sheets[0]!);
  expect(ws.page.breaks).toEqual(breaks.map((r) => `A${r + 1}`));
  expect(excel.calls).toContain('Báo cáo!horizontalPageBreaks.removePageBreaks()');
});
