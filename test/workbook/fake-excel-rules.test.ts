/**
 * The strict fake refuses what Excel refuses: one test per documented rule, each showing the
 * mistake refused and the correct call accepted (the oracle is @types/office-js and Microsoft's docs).
 */
import { FakeExcel, PAYLOAD_LIMIT_BYTES, type FakeSheet } from '../helpers/fake-excel';
import { excelEnum } from '../helpers/office-enums';
import { type XlWorksheet } from '../../src/workbook/office/excel-api';

function book(): { excel: FakeExcel; ws: XlWorksheet; sheet: FakeSheet } {
  const excel = new FakeExcel();
  excel.addUserSheet('Sheet1');
  const ws = excel.workbook.worksheets.add('Làm việc');
  return { excel, ws, sheet: excel.sheet('Làm việc') };
}

describe('enum strings are checked against the values @types/office-js declares', () => {
  test('the enum lists come from the typings', () => {
    expect([...excelEnum('ConditionalFormatRuleType')]).toEqual(expect.arrayContaining(['LowestValue', 'HighestValue', 'Number', 'Percent', 'Formula', 'Percentile', 'Automatic']));
    expect(excelEnum('ConditionalFormatRuleType').has('Highest')).toBe(false);
    expect([...excelEnum('SheetVisibility')].sort()).toEqual(['Hidden', 'VeryHidden', 'Visible']);
  });
  test("a data bar bound of type 'Highest' is refused; 'HighestValue' is taken", () => {
    const { ws } = book();
    const bar = ws.getRange('A1:A5').conditionalFormats.add('DataBar');
    expect(() => (bar.dataBar.upperBoundRule = { type: 'Highest' as never })).toThrow(/InvalidArgument.*ConditionalFormatRuleType/);
    expect(() => (bar.dataBar.upperBoundRule = { type: 'HighestValue' })).not.toThrow();
  });
  test('visibility, alignment, border style, alert style, orientation, paper, chart type and legend are checked', () => {
    const { ws } = book();
    expect(() => (ws.visibility = 'hidden' as never)).toThrow(/SheetVisibility/);
    expect(() => (ws.getRange('A1').format.horizontalAlignment = 'Middle' as never)).toThrow(/HorizontalAlignment/);
    expect(() => (ws.getRange('A1').format.verticalAlignment = 'Middle' as never)).toThrow(/VerticalAlignment/);
    expect(() => (ws.getRange('A1').format.borders.getItem('EdgeTop').style = 'Thin' as never)).toThrow(/BorderLineStyle/);
    expect(() => (ws.getRange('A1').dataValidation.errorAlert = { showAlert: true, style: 'Error' as never, title: '', message: '' })).toThrow(/DataValidationAlertStyle/);
    expect(() => (ws.pageLayout.orientation = 'landscape' as never)).toThrow(/PageOrientation/);
    expect(() => (ws.pageLayout.paperSize = 'a4' as never)).toThrow(/PaperType/);
    expect(() => ws.charts.add('Column' as never, ws.getRange('A1:B3'))).toThrow(/ChartType/);
    expect(() => (ws.charts.add('ColumnClustered', ws.getRange('A1:B3')).legend.position = 'Below' as never)).toThrow(/ChartLegendPosition/);
  });
});

describe('conditional formats', () => {
  test('add() inserts at the top priority and stopIfTrue ends the evaluation: the effective colour follows', () => {
    const { ws, sheet } = book();
    sheet.cell('A1').value = 10;
    sheet.cell('B1').value = 10;
    const add = (formula: string, fill: string) => {
      const f = ws.getRange('A1').conditionalFormats.add('Custom');
      f.custom.rule.formula = formula;
      f.custom.format.fill.color = fill;
      f.stopIfTrue = true;
    };
    add('=A1>=$B1', '#C6EFCE'); // full marks, meant first
    add('=A1>0', '#FFEB9C'); // partial, added later: now on top
    expect(sheet.conditionalFormats.map((f) => f.fill)).toEqual(['#FFEB9C', '#C6EFCE']);
    expect(sheet.shownColour('A1').fill).toBe('#FFEB9C');
    sheet.cell('A1').value = 0;
    expect(sheet.shownColour('A1').fill).toBeUndefined();
  });
  test('a rule formula needs its leading "="', () => {
    const { ws } = book();
    const f = ws.getRange('A1').conditionalFormats.add('Custom');
    expect(() => (f.custom.rule.formula = 'A1>0')).toThrow(/leading "="/);
    expect(() => (f.custom.rule.formula = '=A1>0')).not.toThrow();
  });
});

describe('sheet references', () => {
  test('a formula naming a missing sheet is refused', () => {
    const { ws } = book();
    expect(() => (ws.getRange('A1').formulas = [["='Không có'!A1"]])).toThrow(/does not exist/);
    expect(() => (ws.getRange('A1').formulas = [['=Sheet1!A1']])).not.toThrow();
  });
  test('references follow a rename and become #REF! when the sheet is deleted', () => {
    const { excel, ws, sheet } = book();
    const other = excel.workbook.worksheets.add('Nguồn');
    ws.getRange('A1').formulas = [["='Nguồn'!B2*2"]];
    other.name = 'Nguồn mới';
    expect(sheet.cells.get('A1')?.formula).toBe("='Nguồn mới'!B2*2");
    other.delete();
    expect(sheet.cells.get('A1')?.formula).toBe('=#REF!*2');
  });
  test('a list validation whose source names a missing sheet is refused', () => {
    const { ws } = book();
    expect(() => (ws.getRange('A1').dataValidation.rule = { list: { inCellDropDown: true, source: "='_DanhMuc'!$A$1:$A$3" } })).toThrow(/does not exist/);
  });
  test('addresses come back with the sheet name quoted', async () => {
    const { excel, ws } = book();
    const r = ws.getRange('B2:C3');
    r.load('address');
    await excel.sync();
    expect(r.address).toBe("'Làm việc'!B2:C3");
  });
});

describe('deleting and hiding sheets', () => {
  test('a VeryHidden sheet cannot be deleted', () => {
    const { ws } = book();
    ws.visibility = 'VeryHidden';
    expect(() => ws.delete()).toThrow(/VeryHidden/);
    ws.visibility = 'Hidden';
    expect(() => ws.delete()).not.toThrow();
  });
  test('the last visible sheet can be neither deleted nor hidden', () => {
    const excel = new FakeExcel();
    const only = excel.workbook.worksheets.add('Một');
    expect(() => only.delete()).toThrow(/last visible/);
    expect(() => (only.visibility = 'Hidden')).toThrow(/last visible/);
  });
});

describe('sheet names, on add and on rename', () => {
  test.each([
    ['longer than 31 characters', 'x'.repeat(32), /1–31/],
    ['a forbidden character', 'Kỳ 1/2024', /\[\]/],
    ['a leading apostrophe', "'Ghi chú", /apostrophe/],
    ['a trailing apostrophe', "Ghi chú'", /apostrophe/],
    ['the reserved "History"', 'history', /History/],
    ['an existing name in another case', 'SHEET1', /ItemAlreadyExists/],
  ])('%s is refused', (_label, name, error) => {
    const { excel, ws } = book();
    expect(() => excel.workbook.worksheets.add(name)).toThrow(error);
    expect(() => (ws.name = name)).toThrow(error);
  });
});

describe('cells', () => {
  test('a 2D array must have the range dimensions; null leaves a cell unchanged', () => {
    const { ws, sheet } = book();
    expect(() => (ws.getRange('A1:B2').values = [[1, 2]])).toThrow(/2×2/);
    expect(() => (ws.getRange('A1:B2').numberFormat = [['0%']])).toThrow(/2×2/);
    ws.getRange('A1:B1').values = [[1, 2]];
    ws.getRange('A1:B1').values = [[null, 3]];
    expect([sheet.cells.get('A1')?.value, sheet.cells.get('B1')?.value]).toEqual([1, 3]);
  });
  test('a protected sheet refuses writes to locked cells, takes unlocked ones, and refuses a second protect()', () => {
    const { ws } = book();
    ws.getRange('B2').format.protection.locked = false;
    ws.protection.protect({ selectionMode: 'Normal' });
    expect(() => (ws.getRange('A1').values = [['x']])).toThrow(/AccessDenied/);
    expect(() => (ws.getRange('B2').values = [['x']])).not.toThrow();
    expect(() => ws.protection.protect()).toThrow(/already protected/);
  });
  test('formulas are what a user types: no "_xlfn." prefix, at most 8,192 characters', () => {
    const { ws } = book();
    expect(() => (ws.getRange('A1').formulas = [['=_xlfn.UNICHAR(160)']])).toThrow(/_xlfn/);
    expect(() => (ws.getRange('A1').formulas = [['=UNICHAR(160)']])).not.toThrow();
    expect(() => (ws.getRange('A1').formulas = [['="_xlfn. is text here"']])).not.toThrow();
    expect(() => (ws.getRange('A1').formulas = [[`=${'1+'.repeat(4096)}1`]])).toThrow(/8192/);
  });
  test('merges may not overlap', () => {
    const { ws } = book();
    ws.getRange('A1:C1').merge(false);
    expect(() => ws.getRange('B1:D2').merge(false)).toThrow(/overlaps/);
    expect(() => ws.getRange('A2:C2').merge(false)).not.toThrow();
  });
});

describe('data validation', () => {
  test('a rule has exactly one type', () => {
    const { ws } = book();
    expect(() => (ws.getRange('A1').dataValidation.rule = { list: { inCellDropDown: true, source: 'a,b' }, decimal: { formula1: 0, operator: 'GreaterThan' } })).toThrow(/exactly one/);
    expect(() => (ws.getRange('A1').dataValidation.rule = {})).toThrow(/exactly one/);
  });
  test('a list source is at most 255 characters; a Range source is taken', () => {
    const { ws } = book();
    expect(() => (ws.getRange('A1').dataValidation.rule = { list: { inCellDropDown: true, source: Array.from({ length: 60 }, (_, i) => `mục ${i}`).join(',') } })).toThrow(/255/);
    expect(() => (ws.getRange('A2').dataValidation.rule = { list: { inCellDropDown: true, source: ws.getRange('Z1:Z60') } })).not.toThrow();
  });
  test('prompt title/message ≤ 32/255, error title/message ≤ 32/225', () => {
    const { ws } = book();
    const dv = ws.getRange('A1').dataValidation;
    expect(() => (dv.prompt = { showPrompt: true, title: 't'.repeat(33), message: '' })).toThrow(/32/);
    expect(() => (dv.prompt = { showPrompt: true, title: 'ok', message: 'm'.repeat(256) })).toThrow(/255/);
    expect(() => (dv.errorAlert = { showAlert: true, style: 'Stop', title: 't'.repeat(33), message: '' })).toThrow(/32/);
    expect(() => (dv.errorAlert = { showAlert: true, style: 'Stop', title: 'ok', message: 'm'.repeat(226) })).toThrow(/225/);
    expect(() => (dv.errorAlert = { showAlert: true, style: 'Stop', title: 't'.repeat(32), message: 'm'.repeat(225) })).not.toThrow();
  });
});

describe('page layout', () => {
  test('zoom fit-to-pages is a whole number ≥ 1 or null', () => {
    const { ws } = book();
    expect(() => (ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 })).toThrow(/≥ 1 or null/);
    expect(() => (ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: null })).not.toThrow();
  });
  test('a header/footer is ≤ 255 characters and every "&" starts a known code', () => {
    const { ws } = book();
    const hf = ws.pageLayout.headersFooters.defaultForAllPages;
    expect(() => (hf.leftFooter = 'Sở Kế hoạch & Đầu tư')).toThrow(/&&/);
    expect(() => (hf.leftFooter = 'Sở Kế hoạch && Đầu tư')).not.toThrow();
    expect(() => (hf.rightFooter = 'Trang &P/&N')).not.toThrow();
    expect(() => (hf.centerHeader = 'x'.repeat(256))).toThrow(/255/);
  });
});

describe('payload limits and host versions', () => {
  test('a request over 5 MB fails at sync, and each sync is recorded', async () => {
    const { excel, ws } = book();
    ws.getRange('A1:A2000').values = Array.from({ length: 2000 }, () => ['x'.repeat(3000)]);
    await expect(excel.sync()).rejects.toThrow(/RequestPayloadSizeLimitExceeded/);
    expect(excel.syncLog.at(-1)!.requestBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    ws.getRange('A1:A10').values = Array.from({ length: 10 }, () => ['ngắn']);
    await excel.sync();
    expect(excel.syncLog.at(-1)!.requestBytes).toBeLessThan(10_000);
  });
  test('request bytes count UTF-8 as sent: Vietnamese text costs more than ASCII of the same length', async () => {
    const { excel, ws } = book();
    await excel.sync();
    ws.getRange('A1').values = [['a'.repeat(1000)]];
    await excel.sync();
    ws.getRange('A1').values = [['ệ'.repeat(1000)]];
    await excel.sync();
    const [ascii, viet] = excel.syncLog.slice(-2).map((s) => s.requestBytes);
    expect(viet! - ascii!).toBeGreaterThanOrEqual(1900);
  });
  test('a response over 5 MB fails at sync', async () => {
    const { excel, sheet, ws } = book();
    for (let r = 1; r <= 3000; r++) sheet.cell(`A${r}`).value = 'y'.repeat(2000);
    const range = ws.getRange('A1:A3000');
    range.load('values');
    await expect(excel.sync()).rejects.toThrow(/ResponsePayloadSizeLimitExceeded/);
  });
  test('below ExcelApi 1.12 worksheet custom properties throw; below 1.6 suspending calculation throws', () => {
    const old = new FakeExcel({ api: '1.5' });
    const ws = old.workbook.worksheets.add('A');
    expect(() => ws.customProperties).toThrow(/ApiNotFound.*1\.12/);
    expect(() => old.workbook.application.suspendApiCalculationUntilNextSync()).toThrow(/ApiNotFound.*1\.6/);
    expect(new FakeExcel({ api: '1.12' }).isExcelApiSupported('1.12')).toBe(true);
  });
  test('a loaded property is readable only after sync()', async () => {
    const { excel, ws } = book();
    const r = ws.getRange('A1');
    r.load('values');
    expect(() => r.values).toThrow(/PropertyNotLoaded/);
    await excel.sync();
    expect(r.values).toEqual([['']]);
  });
});
