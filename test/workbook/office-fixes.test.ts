/**
 * The Excel path's known mistakes, each shown fixed against the strict fake: the ranking's data bar
 * bound, the lists sheet (written first, never deleted), a filled "Dữ liệu" never replaced, the
 * conditional-format priority (the colours a user sees), hosts below ExcelApi 1.12, reads that fit
 * the 5 MB response limit, and calculation suspended only where the host supports it.
 */
import { type TargetSetData } from '../../src/engine';
import { findDocument, getRubric } from '../../src/rubrics';
import { scoreFiles } from '../../src/workbook/khoi/score-files';
import { consolidationWorkbook } from '../../src/workbook/layouts/consolidation';
import { DATA_SHEET_NAME } from '../../src/workbook/layouts/data-sheet-contract';
import { templateWorkbook } from '../../src/workbook/layouts/data-sheet';
import { LISTS_SHEET } from '../../src/workbook/lists-plan';
import { readWorkbookGrid } from '../../src/workbook/office/read-grid';
import { safeSheetName, writeWorkbookSpec } from '../../src/workbook/office/write-spec';
import { COLOURS } from '../../src/workbook/spec';
import { standardsWorkbook } from '../../src/workbook/tracking/standards';
import { FakeExcel, type FakeSheet } from '../helpers/fake-excel';
import { fillThroughFake, inputCells } from '../helpers/office-members';

jest.setTimeout(60_000);
const rubric = getRubric('ktd5-2023')!;
const info = { unit: 'Sở Thử nghiệm', khoi: 'Khối 5', period: '2023' };
const fill = (c: keyof typeof COLOURS) => `#${COLOURS[c].fill}`;

/** The items a cell's dropdown offers, read through its validation's source on the lists sheet. */
function dropdown(excel: FakeExcel, sheet: FakeSheet, address: string): string[] {
  const v = sheet.validations.find((x) => x.range.split(':')[0] === address || x.range === address);
  const source = (v?.rule as { list?: { source: string } } | undefined)?.list?.source ?? '';
  const m = /^='?(.+?)'?!\$?([A-Z]+)\$?(\d+):\$?[A-Z]+\$?(\d+)$/.exec(source);
  if (!m) return [source];
  const lists = excel.sheet(m[1]!);
  return Array.from({ length: Number(m[4]) - Number(m[3]) + 1 }, (_, i) => lists.text(`${m[2]}${Number(m[3]) + i}`));
}

test("the ranking's data bar has bounds Excel accepts (0 … the highest value)", async () => {
  const outcomes = [];
  for (const [i, unit] of ['Đơn vị A', 'Đơn vị B'].entries()) outcomes.push({ file: `${i}.xlsx`, ok: true as const, grid: await readWorkbookGrid(await fillThroughFake(rubric, unit, i)) });
  const excel = new FakeExcel();
  await writeWorkbookSpec(excel, consolidationWorkbook(scoreFiles(outcomes, { resolveRubric: getRubric, lang: 'vi' }), { khoi: 'Khối 5', period: '2023' }, 'vi'));
  const bars = excel.sheets.flatMap((s) => s.conditionalFormats.filter((f) => f.type === 'DataBar'));
  expect(bars.length).toBeGreaterThan(0);
  for (const bar of bars) expect([{ type: 'HighestValue' }, { type: 'Number', formula: '1' }]).toContainEqual(bar.upper);
});

describe('"Tạo trang dữ liệu" clicked twice', () => {
  let excel: FakeExcel;
  let firstSheet: FakeSheet;
  let typed: string;
  beforeAll(async () => {
    excel = new FakeExcel();
    excel.addUserSheet('Sheet1');
    await writeWorkbookSpec(excel, templateWorkbook(rubric, info));
    firstSheet = excel.sheet(DATA_SHEET_NAME);
    typed = inputCells(excel, rubric).get('I.2')!.self;
    firstSheet.cell(typed).value = 'Có';
    await writeWorkbookSpec(excel, templateWorkbook(rubric, info));
  });

  test('the filled sheet is kept as it was and the new one is named beside it', () => {
    expect(excel.sheet(DATA_SHEET_NAME)).toBe(firstSheet);
    expect(firstSheet.text(typed)).toBe('Có');
    expect(excel.sheets.map((s) => s.name)).toContain(`${DATA_SHEET_NAME} (2)`);
    expect(excel.sheets.some((s) => s.name.startsWith('~ktd5'))).toBe(false);
  });

  test('one lists sheet, VeryHidden, never deleted; both sheets’ dropdowns offer their items', () => {
    const lists = excel.sheets.filter((s) => s.customProperties.get('ktd5') === LISTS_SHEET);
    expect(lists.map((s) => [s.name, s.visibility])).toEqual([[LISTS_SHEET, 'VeryHidden']]);
    const second = excel.sheet(`${DATA_SHEET_NAME} (2)`);
    const choice = rubric.criteria.find((c) => c.kind === 'choice')!;
    const cellFirst = inputCells(excel, rubric).get(choice.id)!.self;
    const cellSecond = inputCells(excel, rubric, second.name).get(choice.id)!.self;
    const items = dropdown(excel, firstSheet, cellFirst);
    expect(items.length).toBeGreaterThan(1);
    expect(items.every((i) => i !== '' && !i.includes('#REF!'))).toBe(true);
    expect(dropdown(excel, second, cellSecond)).toEqual(items);
  });

  test('the colours a user sees: full marks green, part marks amber, none red, empty grey', () => {
    const sheet = excel.sheet(DATA_SHEET_NAME);
    // The points cell of a criterion and its maximum (the rule reads both), as Excel would compute them.
    const rule = sheet.conditionalFormats.find((f) => f.type === 'Custom' && /ISNUMBER/.test(f.formula ?? ''))!;
    const [points] = rule.range.split(':') as [string];
    const maxRef = /\$([A-Z]+)\$?(\d+)|\$([A-Z]+)(\d+)/.exec(rule.formula!)!;
    const maxCell = `${maxRef[1] ?? maxRef[3]}${maxRef[2] ?? maxRef[4]}`;
    sheet.cell(maxCell).value = 4;
    const seen = (v: number | string | null) => ((sheet.cell(points).value = v), sheet.shownColour(points).fill);
    expect([seen(4), seen(2), seen(0), seen(null), seen('?')]).toEqual([fill('full'), fill('partial'), fill('zero'), fill('missing'), fill('zero')]);
  });
});

test('the standards verdict shows green when met, red when not, grey otherwise', async () => {
  const excel = new FakeExcel();
  await writeWorkbookSpec(excel, standardsWorkbook(findDocument('tuyenquang-154-2022') as TargetSetData, ['cap-xa'], { year: '2025' }));
  const sheet = excel.sheets.find((s) => s.conditionalFormats.some((f) => f.formula?.includes('Đạt đủ tiêu chuẩn')))!;
  const verdict = sheet.conditionalFormats.find((f) => f.formula?.includes('Đạt đủ tiêu chuẩn'))!.range;
  const seen = (v: string) => ((sheet.cell(verdict).value = v), sheet.shownColour(verdict).fill);
  expect([seen('Đạt đủ tiêu chuẩn'), seen('Chưa đạt đủ tiêu chuẩn'), seen('Chưa đánh giá đủ')]).toEqual([fill('full'), fill('zero'), fill('missing')]);
});

test('below ExcelApi 1.12 (no custom properties) nothing of the user is replaced; calculation is suspended only from 1.6', async () => {
  const old = new FakeExcel({ api: '1.9' });
  old.addUserSheet('Xếp hạng', [['của tôi']]);
  await writeWorkbookSpec(old, templateWorkbook(rubric, info));
  await writeWorkbookSpec(old, templateWorkbook(rubric, info));
  expect(old.sheet('Xếp hạng').text('A1')).toBe('của tôi');
  expect(old.sheets.map((s) => s.name)).toEqual(expect.arrayContaining([DATA_SHEET_NAME, `${DATA_SHEET_NAME} (2)`]));
  expect(old.calculationSuspended).toBeGreaterThan(0);
  const oldest = new FakeExcel({ api: '1.5' });
  // Below 1.9 there is no page layout at all: the manifest asks for 1.9, so such a host never loads us.
  await expect(writeWorkbookSpec(oldest, templateWorkbook(rubric, info))).rejects.toThrow(/ApiNotFound.*pageLayout/);
  expect(oldest.calculationSuspended).toBe(0);
  const current = new FakeExcel();
  await writeWorkbookSpec(current, templateWorkbook(rubric, info));
  expect(current.calculations).toEqual(['Full']);
});

test('a heavy sheet is read in bands that each fit the 5 MB response, with the same grid', async () => {
  const excel = new FakeExcel();
  const sheet = excel.addUserSheet('Nặng');
  const long = `=IF(A1="",0,${'LEN("chuỗi dài tiếng Việt ệệệ")+'.repeat(60)}0)`;
  for (let r = 1; r <= 400; r++) for (let c = 0; c < 20; c++) Object.assign(sheet.cell(`${String.fromCharCode(65 + c)}${r}`), c === 0 ? { value: `dòng ${r}` } : { formula: long, value: r });
  const grid = await readWorkbookGrid(excel);
  const accepted = excel.syncLog.filter((s) => s.responseBytes <= 5 * 1024 * 1024);
  expect(accepted.length).toBeGreaterThan(2);
  expect(grid.sheets[0]!.rows).toHaveLength(400);
  expect(grid.sheets[0]!.rows[399]![0]).toBe('dòng 400');
  expect(grid.sheets[0]!.rows[399]![19]).toEqual({ formula: long.slice(1), result: 400 });
});

test('sheet names the layouts ask for are made acceptable to Excel', () => {
  expect(safeSheetName("'Kỳ 1/2024: [Tổng]'")).toBe('Kỳ 1-2024- -Tổng-');
  expect(safeSheetName('History')).not.toMatch(/^history$/i);
  expect(safeSheetName('x'.repeat(40))).toHaveLength(31);
});
