/**
 * Excel's hard limits on a WorkbookSpec, enforced once before any adapter: 32,767 characters a cell,
 * 255 a header or footer (codes included), 31 a sheet name without \ / ? * [ ] : — what the renderer
 * writes stays within them, cut text ends with "…", and every cut is reported.
 */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { EXCEL_CELL_TEXT, EXCEL_HEADER_FOOTER, EXCEL_SHEET_NAME, cutText, fitToExcel } from '../../src/workbook/excel-limits';
import { cutWarnings } from '../../src/workbook/khoi/long-texts';
import { sheetName } from '../../src/workbook/layouts/common';
import { emptySheet, type WorkbookSpec } from '../../src/workbook/spec';
import { renderXlsx } from '../../src/workbook/xlsx/render';

function spec(): WorkbookSpec {
  const a = emptySheet('Xếp hạng');
  a.cells.set('A1', { value: 'Đ'.repeat(40_000) });
  a.cells.set('A2', { value: `${'x'.repeat(EXCEL_CELL_TEXT - 1)}😀` }); // a pair straddling the limit
  a.cells.set('A3', { value: 'ngắn' });
  a.print = { orientation: 'landscape', paper: 'A4', fitToWidth: true, footer: `A & B ${'n'.repeat(400)}`, header: `K & ${'h'.repeat(398)}` };
  const b = emptySheet(`KQ ${'Sở Tư pháp tỉnh Đồng Tháp '.repeat(3)}`);
  const c = emptySheet(`KQ ${'Sở Tư pháp tỉnh Đồng Tháp '.repeat(3)}(2)`); // cut to the same 31 characters: must stay unique
  const d = emptySheet("'Trang: [1]/2?*'");
  d.cells.set('B1', { formula: `'${b.name}'!A1` });
  return { sheets: [a, b, c, d] };
}

test('cell text, header, footer and sheet names are cut to the limits, with "…" and a report of each cut', () => {
  const { spec: fitted, cuts } = fitToExcel(spec());
  const [a, b, c, d] = fitted.sheets;
  expect(a!.cells.get('A1')!.value).toBe(`${'Đ'.repeat(EXCEL_CELL_TEXT - 1)}…`);
  const a2 = a!.cells.get('A2')!.value as string;
  expect(a2.length).toBeLessThanOrEqual(EXCEL_CELL_TEXT);
  expect(a2.endsWith('…')).toBe(true);
  expect(/[\ud800-\udbff]…$/.test(a2)).toBe(false); // no half of a surrogate pair left
  expect(a!.cells.get('A3')!.value).toBe('ngắn');
  expect(a!.print!.footer!.replace(/&/g, '&&').length).toBeLessThanOrEqual(EXCEL_HEADER_FOOTER - 40);
  expect(a!.print!.header!.replace(/&/g, '&&').length).toBeLessThanOrEqual(EXCEL_HEADER_FOOTER - 40);
  for (const s of fitted.sheets) {
    expect(s.name.length).toBeLessThanOrEqual(EXCEL_SHEET_NAME);
    expect(s.name).not.toMatch(/[\\/?*[\]:]|^'|'$/);
  }
  expect(new Set(fitted.sheets.map((s) => s.name.toLowerCase())).size).toBe(4);
  expect(b!.name).not.toBe(c!.name);
  // A formula naming a renamed sheet follows it.
  expect(d!.cells.get('B1')!.formula).toBe(`'${b!.name}'!A1`);
  expect(cuts.map((x) => [x.part, x.sheet, x.cell ?? null, x.length])).toEqual([
    ['cell', 'Xếp hạng', 'A1', 40_000],
    ['cell', 'Xếp hạng', 'A2', EXCEL_CELL_TEXT + 1],
    ['header', 'Xếp hạng', null, 402],
    ['footer', 'Xếp hạng', null, 406],
    ['sheetName', b!.name, null, spec().sheets[1]!.name.length],
    ['sheetName', c!.name, null, spec().sheets[2]!.name.length],
    ['sheetName', d!.name, null, spec().sheets[3]!.name.length],
  ]);
});

test('fitting is idempotent and leaves the given spec unchanged', () => {
  const given = spec();
  const once = fitToExcel(given);
  expect(given.sheets[0]!.cells.get('A1')!.value).toHaveLength(40_000);
  const twice = fitToExcel(once.spec);
  expect(twice.cuts).toEqual([]);
  expect(twice.spec.sheets.map((s) => s.name)).toEqual(once.spec.sheets.map((s) => s.name));
});

test('cutText never exceeds the limit and keeps short text as it is', () => {
  for (const n of [1, 2, 10, 255]) expect(cutText('y'.repeat(1000), n).length).toBe(n);
  expect(cutText('abc', 3)).toBe('abc');
});

test('the rendered .xlsx is within the limits: every cell, the footer (an "&" printed as "&&")', async () => {
  const bytes = await renderXlsx(spec());
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  for (const ws of wb.worksheets) {
    expect(ws.name.length).toBeLessThanOrEqual(EXCEL_SHEET_NAME);
    ws.eachRow((row) => row.eachCell((cell) => expect(String(cell.value ?? '').length).toBeLessThanOrEqual(EXCEL_CELL_TEXT)));
  }
  const sheetXml = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!);
  const footer = /<oddFooter>([^<]*)<\/oddFooter>/.exec(sheetXml)![1]!.replace(/&amp;/g, '&');
  const header = /<oddHeader>([^<]*)<\/oddHeader>/.exec(sheetXml)![1]!.replace(/&amp;/g, '&');
  expect(footer.length).toBeLessThanOrEqual(EXCEL_HEADER_FOOTER);
  expect(header.length).toBeLessThanOrEqual(EXCEL_HEADER_FOOTER);
  expect(footer.startsWith('&LXếp hạng — A && B ')).toBe(true); // the sheet's name first, then the layout's footer
  expect(header.startsWith('&CK && h')).toBe(true);
});

describe('sheet names: Excel allows 31 characters, and a renamed sheet is told why', () => {
  const sheets = (...names: string[]): WorkbookSpec => ({ sheets: names.map((n) => emptySheet(n)) });
  const exactly31 = 'KQ Sở Tư pháp tỉnh Đồng Tháp 12';

  test('a 31-character name is kept as it is; a 32-character one is cut to 31, ending in "…"', () => {
    expect(exactly31).toHaveLength(EXCEL_SHEET_NAME);
    const kept = fitToExcel(sheets(exactly31));
    expect(kept.spec.sheets[0]!.name).toBe(exactly31);
    expect(kept.cuts).toEqual([]);
    const long = fitToExcel(sheets(`${exactly31}3`));
    expect(long.spec.sheets[0]!.name).toBe(`${exactly31.slice(0, 30)}…`);
    expect(long.cuts).toEqual([{ sheet: `${exactly31.slice(0, 30)}…`, part: 'sheetName', reason: 'length', original: `${exactly31}3`, length: 32, limit: 31 }]);
  });

  test('refused characters, a name taken, a reserved name and spaces at the ends', () => {
    const { spec: fitted, cuts } = fitToExcel(sheets('Mục I: 2023', 'Tổng hợp', 'tổng HỢP', 'History', 'Ghi chú '));
    expect(fitted.sheets.map((s) => s.name)).toEqual(['Mục I_ 2023', 'Tổng hợp', 'tổng HỢP 2', 'History_', 'Ghi chú']);
    expect(cuts.map((c) => [c.original, c.reason])).toEqual([['Mục I: 2023', 'characters'], ['tổng HỢP', 'duplicate'], ['History', 'reserved']]);
  });

  test('the warning names the sheet, its own length and what it became, in each language', () => {
    const cut = fitToExcel(sheets(`${exactly31}3`)).cuts;
    expect(cutWarnings(cut, [], 'vi').map((w) => w.message)).toEqual([
      `Tệp kết quả: tên trang "${exactly31}3" dài 32 ký tự, quá giới hạn 31 ký tự của Excel; đã rút gọn thành "${exactly31.slice(0, 30)}…".`,
    ]);
    expect(cutWarnings(cut, [], 'en').map((w) => w.message)).toEqual([
      `Output: the sheet name "${exactly31}3" is 32 characters long, beyond Excel's limit of 31; shortened to "${exactly31.slice(0, 30)}…".`,
    ]);
    const taken = fitToExcel(sheets('Lỗi', 'lỗi')).cuts;
    expect(cutWarnings(taken, [], 'vi').map((w) => w.message)).toEqual([
      'Tệp kết quả: tên trang "lỗi" trùng với tên một trang khác (Excel không phân biệt chữ hoa, chữ thường); đã đổi thành "lỗi 2".',
    ]);
  });

  test('result sheets: a unit name of any length gives a tab within 31 characters, cut at a word with "…", and no warning', () => {
    const taken = new Set<string>();
    const a = sheetName('KQ Viễn thông Bình Thạnh (minh họa)', taken);
    expect(a).toBe('KQ Viễn thông Bình Thạnh (minh…');
    expect(a.length).toBeLessThanOrEqual(EXCEL_SHEET_NAME);
    expect(sheetName('KQ Viễn thông Bình Thạnh (minh họa 2)', taken)).toBe('KQ Viễn thông Bình Thạnh (mi… 2');
    expect(fitToExcel(sheets(a)).cuts).toEqual([]);
  });
});
