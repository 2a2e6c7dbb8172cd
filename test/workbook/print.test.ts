/** Print readiness, the pure rules (the PDFs LibreOffice prints are checked in print-pdf.test.ts). */
import { headerFooterText } from '../../src/workbook/header-footer';
import { MAX_ROW_HEIGHT, PRINT_MARGINS, headerRowsOf, printReady, rowHeights, wrappedLines } from '../../src/workbook/print';
import { emptySheet } from '../../src/workbook/spec';

const LONG = 'Thực hiện tuyên truyền, quán triệt và triển khai sâu rộng trong cán bộ, công chức';

describe('print rules', () => {
  it('escapes & in header/footer names', () => {
    expect(headerFooterText('A & B')).toBe('A && B');
  });
  it('counts wrapped lines by whole words', () => {
    expect(wrappedLines('một hai ba', 40)).toBe(1);
    expect(wrappedLines('một hai ba bốn năm sáu bảy tám chín mười', 11)).toBeGreaterThanOrEqual(4);
    expect(wrappedLines('a\nb\nc', 40)).toBe(3);
  });
  it('sets a row height from the tallest wrapped cell, merged cells over their columns', () => {
    const s = emptySheet('x');
    s.columns = [{ width: 10 }, { width: 10 }, { width: 60 }];
    s.cells.set('A2', { value: LONG, style: { wrap: true } });
    s.cells.set('A3', { value: LONG, style: { wrap: true } });
    s.merges.push('A3:C3');
    s.cells.set('A4', { value: LONG });
    const h = rowHeights(s);
    expect(h.get(2)).toBeGreaterThan(60);
    expect(h.get(3) ?? 15).toBeLessThan(h.get(2) as number);
    expect(h.has(4)).toBe(false);
  });
  it('never grows a row for a number (numbers do not wrap) and never past Excel\'s 409 points', () => {
    const s = emptySheet('x');
    s.columns = [{ width: 6 }];
    s.cells.set('A1', { value: 0.05829999999999991, style: { wrap: true } });
    s.cells.set('A2', { value: 'chữ '.repeat(400), style: { wrap: true } });
    const h = rowHeights(s);
    expect(h.has(1)).toBe(false);
    expect(h.get(2)).toBe(MAX_ROW_HEIGHT);
  });
  it('repeats the table header: the first run of rows with header-coloured cells', () => {
    const s = emptySheet('x');
    s.cells.set('A1', { value: 'Tiêu đề', style: { bold: true } });
    for (const a of ['A4', 'B4', 'C4', 'A5', 'B5']) s.cells.set(a, { value: a, style: { colour: 'header' } });
    expect(headerRowsOf(s)).toBe('4:5');
    expect(printReady({ sheets: [s] }).sheets[0]?.print?.titleRows).toBe('4:5');
    // The layout's own choice stands (here: the header's last row only).
    s.print = { orientation: 'portrait', paper: 'A4', fitToWidth: true, titleRows: '5:5' };
    expect(printReady({ sheets: [s] }).sheets[0]?.print?.titleRows).toBe('5:5');
  });
  it('gives every sheet A4, one page wide, margins, the document name as header and the sheet name first in the footer', () => {
    const wide = emptySheet('wide');
    wide.columns = Array.from({ length: 12 }, () => ({ width: 12 }));
    wide.cells.set('L1', { value: 'cuối' });
    // A layout's portrait choice gives way to the table's width; its footer follows the sheet's name.
    wide.print = { orientation: 'portrait', paper: 'A4', fitToWidth: true, footer: 'Khối 5' };
    const narrow = emptySheet('narrow');
    narrow.columns = [{ width: 30 }, { width: 30 }];
    narrow.cells.set('B1', { value: 'x' });
    const spec = printReady({ title: 'Báo cáo', sheets: [wide, narrow] });
    expect(spec.sheets.map((s) => [s.print?.paper, s.print?.fitToWidth, s.print?.orientation, s.print?.header, s.print?.footer])).toEqual([
      ['A4', true, 'landscape', 'Báo cáo', 'wide — Khối 5'],
      ['A4', true, 'portrait', 'Báo cáo', 'narrow'],
    ]);
    expect(spec.sheets.every((s) => s.print?.margins === PRINT_MARGINS)).toBe(true);
    expect(wide.print.orientation).toBe('portrait'); // the input spec is kept
  });
});

describe('print titles on a sheet of several tables', () => {
  it('repeats no header when the tables have different headers, even one the layout named', () => {
    const s = emptySheet('x');
    for (const a of ['B3', 'C3', 'D3']) s.cells.set(a, { value: `tổng ${a}`, style: { colour: 'header' } });
    for (const a of ['A8', 'B8']) s.cells.set(a, { value: `chi tiết ${a}`, style: { colour: 'header' } });
    expect(headerRowsOf(s)).toBeUndefined();
    s.print = { orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: '3:3' };
    expect(printReady({ sheets: [s] }).sheets[0]?.print?.titleRows).toBeUndefined();
  });
  it('keeps the header of one table repeated down the sheet (the same header again is the same table)', () => {
    const s = emptySheet('x');
    for (const r of [3, 20]) for (const c of ['A', 'B']) s.cells.set(`${c}${r}`, { value: `cột ${c}`, style: { colour: 'header' } });
    expect(headerRowsOf(s)).toBe('3:3');
  });
});
