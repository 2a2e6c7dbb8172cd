/**
 * The Office.js adapter against the strict fake of the Excel API: what the pane writes (sheets,
 * formulas, formats, validations, protection, print setup), that a user's sheet is never touched,
 * that member text never becomes a formula, that it all takes few syncs, and that a unit's sheet read
 * back from Excel scores exactly as the engine says.
 */
import { scoreUnit, type RawValue } from '../../src/engine';
import { getRubric } from '../../src/rubrics';
import { scoreFiles } from '../../src/workbook/khoi/score-files';
import { consolidationWorkbook } from '../../src/workbook/layouts/consolidation';
import { DATA_SHEET_NAME, TABLE_HEADERS } from '../../src/workbook/layouts/data-sheet-contract';
import { templateWorkbook } from '../../src/workbook/layouts/data-sheet';
import { type XlContext } from '../../src/workbook/office/excel-api';
import { readWorkbookGrid } from '../../src/workbook/office/read-grid';
import { LISTS_SHEET } from '../../src/workbook/lists-plan';
import { selectCell, writeWorkbookSpec } from '../../src/workbook/office/write-spec';
import { readUnitWorkbook } from '../../src/workbook/read/data-sheet-reader';
import { inputCells as inputCellsOf } from '../helpers/office-members';
import { FakeExcel } from '../helpers/fake-excel';
import { FULL_MARKS, type Values } from '../helpers/members';

const rubric = getRubric('ktd5-2023')!;

const inputCells = (excel: FakeExcel) => inputCellsOf(excel, rubric);

describe('writing the data sheet into the open workbook', () => {
  let excel: FakeExcel;
  beforeAll(async () => {
    excel = new FakeExcel();
    excel.addUserSheet('Sheet1', [['Ghi chú của đơn vị'], [42]]);
    await writeWorkbookSpec(excel, templateWorkbook(rubric, { unit: 'Sở Thử nghiệm', khoi: 'Khối 5', period: '2023' }));
  });

  test('one row per criterion with native formulas for both points columns, in few syncs', () => {
    const cells = inputCells(excel);
    expect([...cells.keys()]).toEqual(rubric.criteria.map((c) => c.id));
    const sheet = excel.sheet(DATA_SHEET_NAME);
    const formulas = [...sheet.cells.values()].filter((c) => c.formula).length;
    // Self and appraised points per criterion, helper cells, subtotals and the total.
    expect(formulas).toBeGreaterThan(rubric.criteria.length * 2);
    // Two to look, the write, the recalculation after it: each under Excel on the web's 5 MB.
    expect(excel.syncs).toBeLessThanOrEqual(4);
    expect(excel.maxSyncMb()).toBeLessThan(4);
  });

  test('inputs unlocked, the Khối\'s appraised column and everything else locked, sheet protected without a password; dropdowns from the lists sheet', () => {
    const sheet = excel.sheet(DATA_SHEET_NAME);
    for (const c of inputCells(excel).values()) {
      for (const a of [c.self, c.evidence]) expect(sheet.cells.get(a)?.locked).toBe(false);
      // The Khối's column is locked on the member's sheet (Excel's default: a cell is locked unless unlocked).
      expect(sheet.cells.get(c.appraised)?.locked).not.toBe(false);
    }
    expect(sheet.cells.get('A1')?.locked).not.toBe(false);
    expect(sheet.protectedWith).toBeDefined();
    const lists = sheet.validations.filter((v) => JSON.stringify(v.rule ?? '').includes(LISTS_SHEET));
    expect(lists.length).toBeGreaterThan(0);
    expect(excel.sheet(LISTS_SHEET).visibility).toBe('VeryHidden');
    expect(sheet.conditionalFormats.filter((f) => f.type === 'Custom').map((f) => f.fill)).toEqual(expect.arrayContaining(['#C6EFCE', '#FFEB9C', '#FFC7CE', '#EDEDED']));
  });

  test("the user's own sheet is untouched", () => {
    const mine = excel.sheet('Sheet1');
    expect(mine.text('A1')).toBe('Ghi chú của đơn vị');
    expect(mine.cells.get('A2')?.value).toBe(42);
    expect(excel.calls.filter((c) => c.startsWith('Sheet1!'))).toEqual([]);
  });

  test('filled in Excel and read back, the unit scores exactly as the engine says', async () => {
    const self: Values = { ...FULL_MARKS, 'II.4': '95,5%', 'I.2': 'co', 'IV.3': '7,5', 'III.2': 0.8 };
    const appraised: Values = { 'IV.3': 6, 'I.5': 12 };
    const sheet = excel.sheet(DATA_SHEET_NAME);
    for (const [id, cells] of inputCells(excel)) {
      // Typed by the user: Excel keeps text as text and numbers as numbers.
      if (self[id] !== undefined && self[id] !== null) sheet.cell(cells.self).value = self[id] as string | number;
      if (appraised[id] !== undefined) sheet.cell(cells.appraised).value = appraised[id] as number;
    }
    const grid = await readWorkbookGrid(excel as XlContext);
    const read = readUnitWorkbook(grid, { resolveRubric: getRubric });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const fromSheet = scoreUnit(rubric, { self: read.unit.self, appraised: read.unit.appraised });
    const direct = scoreUnit(rubric, { self: self as Record<string, RawValue>, appraised: appraised as Record<string, RawValue> });
    expect(fromSheet.total).toBe(direct.total);
    expect(fromSheet.criteria.map((c) => [c.id, c.final.points])).toEqual(direct.criteria.map((c) => [c.id, c.final.points]));
    expect(read.unit.unit).toBe('Sở Thử nghiệm');
  });

  test('clicking a criterion selects its input cell', async () => {
    const cell = inputCells(excel).get('II.4')!.self;
    await selectCell(excel, DATA_SHEET_NAME, cell);
    expect(excel.selection).toBe(`${DATA_SHEET_NAME}!${cell}`);
  });
});

describe('writing the consolidation', () => {
  test("a member's formula-looking name stays text; a user's sheet with our name is kept and ours renamed; re-runs replace ours", async () => {
    // Two member sheets, written and filled through the fake, read back as the pane would.
    const outcomes = [];
    for (const [i, unit] of ['=HYPERLINK("http://example.invalid","bấm")', 'Đơn vị B'].entries()) {
      const member = new FakeExcel();
      await writeWorkbookSpec(member, templateWorkbook(rubric, { unit, khoi: 'Khối 5', period: '2023' }));
      const sheet = member.sheet(DATA_SHEET_NAME);
      for (const [id, cells] of inputCells(member)) sheet.cell(cells.self).value = (i === 0 ? FULL_MARKS : { ...FULL_MARKS, 'II.4': '91%' })[id] as string | number;
      outcomes.push({ file: `${i}.xlsx`, ok: true as const, grid: await readWorkbookGrid(member) });
    }
    const result = scoreFiles(outcomes, { resolveRubric: getRubric, lang: 'vi' });
    expect(result.units.map((u) => u.unit.unit)).toContain('=HYPERLINK("http://example.invalid","bấm")');

    const excel = new FakeExcel();
    excel.addUserSheet('Xếp hạng', [['Bảng tự làm của văn phòng']]);
    const spec = consolidationWorkbook(result, { khoi: 'Khối 5', period: '2023' }, 'vi');
    const first = await writeWorkbookSpec(excel, spec);
    expect(first.sheets[0]).toBe('Xếp hạng (2)');
    expect(excel.sheet('Xếp hạng').text('A1')).toBe('Bảng tự làm của văn phòng');
    const ranking = excel.sheet('Xếp hạng (2)');
    const nameCell = [...ranking.cells.values()].find((c) => c.value === '=HYPERLINK("http://example.invalid","bấm")');
    expect(nameCell).toBeDefined();
    expect(nameCell?.formula).toBeUndefined();
    expect([...ranking.cells.values()].some((c) => c.formula?.includes('HYPERLINK'))).toBe(false);
    expect(ranking.page).toMatchObject({ orientation: 'Landscape', paperSize: 'A4' });
    expect(ranking.conditionalFormats.some((f) => f.type === 'DataBar')).toBe(true);
    expect([...ranking.cells.values()].some((c) => c.value === 'TRƯỞNG KHỐI')).toBe(true);

    const sheetsBefore = excel.sheets.map((s) => s.name).sort();
    const second = await writeWorkbookSpec(excel, spec);
    expect(second.replaced).toEqual(expect.arrayContaining(['Xếp hạng', 'Ma trận điểm', 'Thẩm định', 'Lỗi']));
    expect(second.sheets[0]).toBe('Xếp hạng (2)');
    expect(excel.sheets.map((s) => s.name).sort()).toEqual(sheetsBefore);
    expect(excel.sheet('Xếp hạng').text('A1')).toBe('Bảng tự làm của văn phòng');
  });
});

describe('reading a used range that does not start at A1, and a stray far cell', () => {
  test('the grid starts at A1 and is clipped to the reader bounds', async () => {
    const excel = new FakeExcel();
    const sheet = excel.addUserSheet('Dữ liệu đơn vị');
    const rows: (string | number)[][] = [[...TABLE_HEADERS], ['I.2', 'x', '', 'Có', 'QĐ 1', '', '', '', 4]];
    rows.forEach((row, r) => row.forEach((v, c) => v !== '' && (sheet.cell(`${String.fromCharCode(67 + c)}${r + 3}`).value = v)));
    sheet.cell('XFD1048576').value = 'xa';
    const grid = await readWorkbookGrid(excel);
    const g = grid.sheets[0]!;
    expect(g.rows.length).toBeLessThanOrEqual(5000);
    expect(g.rows[2]?.[2]).toBe('Mã');
    expect(g.rows[3]?.[5]).toBe('Có');
    expect(Math.max(...g.rows.map((r) => r.length))).toBeLessThanOrEqual(60);
  });
});

// The real Office.js context fits the adapter's narrow types; `npm run typecheck` checks this line.
const realContextFits: Excel.RequestContext extends XlContext ? true : false = true;
test('the adapter is typed against the real Excel API', () => expect(realContextFits).toBe(true));
