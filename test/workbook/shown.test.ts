/**
 * What is scored is what is shown: member files built with exceljs from the real template, then
 * changed the way a careless or dishonest unit might (hidden sheets, rows, columns, formats that hide
 * a value, errors typed or cached by a formula), read through the same loader the CLI's parsers use
 * and through the Office.js path (the recording fake). Each case is a problem named by sheet and
 * cell, never a silent 0 or a value nobody can see.
 */
import ExcelJS from 'exceljs';
import { getRubric } from '../../src/rubrics';
import { DATA_SHEET_NAME, TABLE_HEADERS } from '../../src/workbook/layouts/data-sheet-contract';
import { templateWorkbook } from '../../src/workbook/layouts/data-sheet';
import { type XlContext } from '../../src/workbook/office/excel-api';
import { readWorkbookGrid } from '../../src/workbook/office/read-grid';
import { writeWorkbookSpec } from '../../src/workbook/office/write-spec';
import { readUnitWorkbook } from '../../src/workbook/read/data-sheet-reader';
import { formatHidesValue } from '../../src/workbook/read/shown';
import { loadWorkbookGrid } from '../../src/workbook/xlsx/load';
import { FakeExcel } from '../helpers/fake-excel';
import { WORKBOOK_PART, withPart } from '../helpers/hostile-xlsx';
import { FULL_MARKS, memberBytes } from '../helpers/members';

// Building and re-reading workbooks with exceljs takes seconds on a busy machine.
jest.setTimeout(60_000);
const rubric = getRubric('ktd5-2023')!;
const SELF = 'Giá trị tự đánh giá';

/** The row of a criterion and the column of a header on the member's data sheet. */
function locate(ws: ExcelJS.Worksheet, id: string, header: string): { row: number; column: number; address: string; headerRow: number } {
  let headerRow = 0;
  let column = 0;
  ws.eachRow((row, n) =>
    row.eachCell((cell, c) => {
      if (!headerRow && cell.value === header) {
        headerRow = n;
        column = c;
      }
    }),
  );
  let row = 0;
  ws.eachRow((r, n) => {
    if (n > headerRow && r.getCell(1).value === id) row = n;
  });
  return { row, column, address: ws.getCell(row, column).address, headerRow };
}

/** A full-marks member changed by `edit` (with exceljs, as a unit's spreadsheet program would save it). */
async function member(edit: (wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet) => void, first?: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await memberBytes({ unit: 'Đơn vị Thử', self: FULL_MARKS })) as unknown as ArrayBuffer);
  edit(wb, wb.getWorksheet(DATA_SHEET_NAME)!);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  // The workbook's <sheets> list decides the order of the tabs: put `first` before the others.
  return first === undefined
    ? bytes
    : withPart(bytes, WORKBOOK_PART, (xml) => {
        const tag = new RegExp(`<sheet [^>]*name="${first}"[^>]*/>`).exec(xml)![0];
        return xml.replace(tag, '').replace('<sheets>', `<sheets>${tag}`);
      });
}

/** One value cell's number format, on its own (exceljs shares style objects between cells). */
function setFormat(ws: ExcelJS.Worksheet, address: string, numFmt: string): void {
  ws.getCell(address).style = { ...ws.getCell(address).style, numFmt };
}

async function read(bytes: Uint8Array) {
  const loaded = await loadWorkbookGrid(bytes);
  if (!loaded.ok) throw new Error(`not loaded: ${loaded.problem.code}`);
  return readUnitWorkbook(loaded.grid, { resolveRubric: getRubric });
}

/** Copies the data sheet's values into a new sheet placed first (a second copy of the table). */
function copyFirst(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, name: string, state: 'visible' | 'hidden' | 'veryHidden', change: Record<string, ExcelJS.CellValue> = {}): void {
  const copy = wb.addWorksheet(name, { state });
  ws.eachRow((row, r) => row.eachCell((cell, c) => (copy.getCell(r, c).value = cell.formula ? null : cell.value)));
  for (const [a, v] of Object.entries(change)) copy.getCell(a).value = v;
}

describe('sheets a person cannot see', () => {
  test('a very hidden copy of the table placed before the visible data sheet is not scored; the visible one is, and the copy is named', async () => {
    let cell = '';
    const bytes = await member((wb, ws) => {
      cell = locate(ws, 'IV.3', SELF).address;
      copyFirst(wb, ws, 'An', 'veryHidden', { [cell]: 10 });
      ws.getCell(cell).value = 4;
    }, 'An');
    const r = await read(bytes);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.unit.sheet).toBe(DATA_SHEET_NAME);
    expect(r.unit.self['IV.3']).toBe(4);
    expect(r.problems.find((p) => p.code === 'hiddenCopy')).toMatchObject({ sheet: 'An', severity: 'warning' });
  });

  test('the table only on a hidden sheet: refused, naming the sheet', async () => {
    const r = await read(await member((_wb, ws) => (ws.state = 'hidden')));
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual([expect.objectContaining({ code: 'hiddenDataSheet', severity: 'error', sheet: DATA_SHEET_NAME })]);
  });

  test('two visible sheets holding the table: an error naming both, nothing scored', async () => {
    const r = await read(await member((wb, ws) => copyFirst(wb, ws, 'Bản 2', 'visible'), 'Bản 2'));
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => [p.code, p.sheet])).toEqual(expect.arrayContaining([['twoDataSheets', DATA_SHEET_NAME], ['twoDataSheets', 'Bản 2']]));
  });
});

describe('rows, columns and formats that hide a value', () => {
  test('a hidden column carrying the exact header while the visible one is renamed: not scored, the hidden header cell named', async () => {
    let hiddenAt = '';
    const r = await read(
      await member((_wb, ws) => {
        const self = locate(ws, 'I.1', SELF);
        const headerRow = self.headerRow;
        // The unit renames the visible column's header and adds a hidden column far right with the exact one.
        ws.getCell(headerRow, self.column).value = 'Giá trị tự đánh giá (sửa)';
        const far = 14;
        ws.getCell(headerRow, far).value = SELF;
        ws.getColumn(far).hidden = true;
        hiddenAt = ws.getCell(headerRow, far).address;
      }),
    );
    expect(r.ok).toBe(false);
    expect(r.problems[0]).toMatchObject({ code: 'hiddenHeader', severity: 'error', sheet: DATA_SHEET_NAME, cell: hiddenAt });
  });

  test('a hidden criterion row is a problem at its value cell, and its value is not scored', async () => {
    let at = '';
    const r = await read(
      await member((_wb, ws) => {
        const c = locate(ws, 'II.4', SELF);
        ws.getRow(c.row).hidden = true;
        at = c.address;
      }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.problems.find((p) => p.code === 'hiddenRow')).toMatchObject({ sheet: DATA_SHEET_NAME, cell: at, criterion: 'II.4', severity: 'error' });
    expect(r.unit.self['II.4']).toBeUndefined();
    // The other rows are read as they are.
    expect(r.unit.self['II.5']).toBe(FULL_MARKS['II.5']);
  });

  test.each([
    [';;;', true],
    ['"Có";"Có";"Có"', true],
    ['0;0;0;""', false],
  ])('a number in a value cell formatted %s: hidden from the reader = %s, and then a problem at that cell', async (format, hides) => {
    let at = '';
    const r = await read(
      await member((_wb, ws) => {
        const c = locate(ws, 'IV.1', SELF);
        setFormat(ws, c.address, format);
        at = c.address;
      }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const hiding = r.problems.filter((p) => p.code === 'hidingFormat');
    // '0;0;0;""' shows numbers; its empty fourth section hides text only.
    if (!hides) expect(hiding).toEqual([]);
    else expect(hiding).toEqual([expect.objectContaining({ cell: at, criterion: 'IV.1', params: { format } })]);
  });

  test('formats: what Excel shows', () => {
    expect(formatHidesValue(';;;', 5)).toBe(true);
    expect(formatHidesValue(';;;', 'Có')).toBe(true);
    expect(formatHidesValue(';;;', true)).toBe(true);
    expect(formatHidesValue('0%', 0.5)).toBe(false);
    expect(formatHidesValue('0.0;-0.0;;@', 0)).toBe(true);
    expect(formatHidesValue('0.0;-0.0;;@', 3)).toBe(false);
    expect(formatHidesValue('0;0;0;""', 'Có')).toBe(true);
    expect(formatHidesValue('"Đạt"', 7)).toBe(true);
    expect(formatHidesValue('[Red]0;[Blue]-0', -2)).toBe(false);
    expect(formatHidesValue('dd/mm/yyyy', 45000)).toBe(false);
    expect(formatHidesValue('"x"\\;0', 1)).toBe(false);
    expect(formatHidesValue('@', 'Có')).toBe(false);
  });
});

describe('cell errors', () => {
  test.each(['#DIV/0!', '#N/A', '#VALUE!'])('a typed error and a formula whose cached result is %s are problems at that cell', async (error) => {
    const at: string[] = [];
    const r = await read(
      await member((_wb, ws) => {
        const a = locate(ws, 'III.1', SELF);
        const b = locate(ws, 'III.2', SELF);
        ws.getCell(a.address).value = { error } as ExcelJS.CellErrorValue;
        ws.getCell(b.address).value = { formula: 'III_RATIO/0', result: { error } } as unknown as ExcelJS.CellFormulaValue;
        at.push(a.address, b.address);
      }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const errors = r.problems.filter((p) => p.code === 'errorValue');
    expect(errors.map((p) => [p.cell, p.criterion, p.params.value])).toEqual([
      [at[0], 'III.1', error],
      [at[1], 'III.2', error],
    ]);
    expect(r.unit.self['III.1']).toBeUndefined();
    expect(r.unit.self['III.2']).toBeUndefined();
  });
});

describe('the Office.js path carries the same facts', () => {
  async function filledInExcel(): Promise<{ excel: FakeExcel; cells: Map<string, string> }> {
    const excel = new FakeExcel();
    await writeWorkbookSpec(excel, templateWorkbook(rubric, { unit: 'Sở Thử', khoi: 'Khối 5', period: '2023' }));
    const sheet = excel.sheet(DATA_SHEET_NAME);
    let headerRow = 0;
    let selfColumn = '';
    for (const [address, cell] of sheet.cells) {
      if (cell.value === SELF) {
        headerRow = Number(address.replace(/^[A-Z]+/, ''));
        selfColumn = address.replace(/\d+$/, '');
      }
    }
    const cells = new Map<string, string>();
    for (const [address, cell] of sheet.cells) {
      const row = Number(address.replace(/^[A-Z]+/, ''));
      if (address.startsWith('A') && row > headerRow && typeof cell.value === 'string' && rubric.byId.has(cell.value)) cells.set(cell.value, `${selfColumn}${row}`);
    }
    for (const [id, a] of cells) sheet.cell(a).value = FULL_MARKS[id] as string | number;
    expect(TABLE_HEADERS.length).toBe(9);
    return { excel, cells };
  }

  test('hidden row, hiding format and a cached formula error are problems at their cells', async () => {
    const { excel, cells } = await filledInExcel();
    const sheet = excel.sheet(DATA_SHEET_NAME);
    const hiddenRow = Number(cells.get('II.4')!.replace(/^[A-Z]+/, ''));
    sheet.hiddenRows.add(hiddenRow);
    sheet.cell(cells.get('IV.1')!).numberFormat = ';;;';
    Object.assign(sheet.cell(cells.get('III.1')!), { formula: '=1/0', value: '#DIV/0!' });
    const grid = await readWorkbookGrid(excel as XlContext);
    const data = grid.sheets.find((s) => s.name === DATA_SHEET_NAME)!;
    expect(data.visibility).toBe('visible');
    expect(data.hiddenRows).toEqual([hiddenRow]);
    const r = readUnitWorkbook(grid, { resolveRubric: getRubric });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.cell, p.criterion])).toEqual([
      ['hiddenRow', cells.get('II.4'), 'II.4'],
      ['errorValue', cells.get('III.1'), 'III.1'],
      ['hidingFormat', cells.get('IV.1'), 'IV.1'],
    ]);
  });

  test('a hidden data sheet and a hidden header column are read as hidden', async () => {
    const { excel } = await filledInExcel();
    const sheet = excel.sheet(DATA_SHEET_NAME);
    sheet.hiddenColumns.add('D');
    let r = readUnitWorkbook(await readWorkbookGrid(excel as XlContext), { resolveRubric: getRubric });
    expect(r.ok).toBe(false);
    expect(r.problems[0]).toMatchObject({ code: 'hiddenHeader', sheet: DATA_SHEET_NAME });
    sheet.hiddenColumns.clear();
    sheet.visibility = 'VeryHidden';
    r = readUnitWorkbook(await readWorkbookGrid(excel as XlContext), { resolveRubric: getRubric });
    expect(r.ok).toBe(false);
    expect(r.problems[0]).toMatchObject({ code: 'hiddenDataSheet', sheet: DATA_SHEET_NAME, params: { visibility: 'veryHidden' } });
  });
});
