/**
 * Stacked tables on one sheet (layouts/stack.ts), paginated by the page model the breaks are computed
 * from (print.ts): every page starts with a table's title or header, a table that does not fit in
 * what is left starts a new page, a table longer than a page repeats its header under its
 * "(tiếp theo)" line, and every written row has its height.
 */
import { type Column } from '../../src/workbook/layouts/columns';
import { Stack } from '../../src/workbook/layouts/stack';
import { orientationFor, pageRoomPoints, columnPoints, printReady } from '../../src/workbook/print';
import { emptySheet, type SheetSpec } from '../../src/workbook/spec';

interface Item {
  n: number;
  text: string;
}

const COLUMNS: Column<Item>[] = [
  { header: 'Số', width: 6, value: (i) => i.n },
  { header: 'Nội dung', width: 60, value: (i) => i.text },
];
const items = (count: number, words = 3): Item[] => Array.from({ length: count }, (_, k) => ({ n: k + 1, text: Array.from({ length: words }, () => 'chuyển đổi số').join(' ') }));
const CELL = { border: true, wrap: true, vertical: 'top' as const };

/** The rows each page holds, from the sheet's breaks. */
function pages(sheet: SheetSpec): number[][] {
  const last = Math.max(...[...sheet.rowHeights!.keys()]);
  const breaks = sheet.print?.rowBreaks ?? [];
  const out: number[][] = [[]];
  for (let r = 1; r <= last; r++) {
    out[out.length - 1]!.push(r);
    if (breaks.includes(r)) out.push([]);
  }
  return out;
}
const text = (sheet: SheetSpec, r: number, c = 1) => sheet.cells.get(`${String.fromCharCode(64 + c)}${r}`)?.value;
const height = (sheet: SheetSpec, rows: number[]) => rows.reduce((s, r) => s + (sheet.rowHeights!.get(r) ?? 15), 0);
/** The page's room as the stack computes it (without its fill margin). */
const room = () => {
  const w = COLUMNS.reduce((s, c) => s + columnPoints(c.width), 0);
  return pageRoomPoints(w, orientationFor(w));
};

describe('tables stacked for print', () => {
  it('repeats a long table’s header, under its continuation line, at the top of every further page', () => {
    const sheet = emptySheet('Báo cáo');
    const stack = new Stack(sheet, [{ columns: COLUMNS }]);
    stack.table({ title: [{ cells: [{ column: 1, value: 'Bảng 1' }] }], continued: { cells: [{ column: 1, value: 'Bảng 1 (tiếp theo)' }] }, columns: COLUMNS, rows: items(120), cell: CELL });
    stack.finish();
    const all = pages(sheet);
    expect(all.length).toBeGreaterThan(2);
    expect([text(sheet, all[0]![0]!), text(sheet, all[0]![1]!)]).toEqual(['Bảng 1', 'Số']);
    for (const page of all.slice(1)) expect([text(sheet, page[0]!), text(sheet, page[1]!), text(sheet, page[1]!, 2)]).toEqual(['Bảng 1 (tiếp theo)', 'Số', 'Nội dung']);
    // No page is overfull by the model, and every one of the 120 items is written once.
    for (const page of all) expect(height(sheet, page)).toBeLessThanOrEqual(room());
    const numbers = [...sheet.cells].filter(([a, c]) => /^A\d+$/.test(a) && typeof c.value === 'number').map(([, c]) => c.value);
    expect(numbers).toEqual(items(120).map((i) => i.n));
  });

  it('starts a table on a new page when it does not fit in what is left, and keeps a short one on the page', () => {
    const sheet = emptySheet('Báo cáo');
    const stack = new Stack(sheet, [{ columns: COLUMNS }]);
    const first = stack.table({ title: [{ cells: [{ column: 1, value: 'Bảng 1' }] }], columns: COLUMNS, rows: items(3), cell: CELL });
    stack.gap();
    const second = stack.table({ title: [{ cells: [{ column: 1, value: 'Bảng 2' }] }], columns: COLUMNS, rows: items(3), cell: CELL });
    stack.gap();
    // Long enough not to fit below the first two, short enough for a page of its own.
    const rowsOnAPage = Math.floor(room() / 15);
    const third = stack.table({ title: [{ cells: [{ column: 1, value: 'Bảng 3' }] }], columns: COLUMNS, rows: items(rowsOnAPage - 14, 1), cell: CELL });
    stack.finish();
    expect(sheet.print?.rowBreaks).toEqual([third.first - 3]);
    expect(second.first).toBeGreaterThan(first.last);
    expect(text(sheet, third.first - 2)).toBe('Bảng 3');
    // The report's sheets are wide: they print landscape, and the breaks survive print readiness.
    const ready = printReady({ sheets: [sheet] }).sheets[0]!;
    expect(ready.print?.rowBreaks).toEqual(sheet.print?.rowBreaks);
  });

  it('names the section on the new page a title-less table starts on, and sets every row’s height', () => {
    const sheet = emptySheet('Báo cáo');
    const stack = new Stack(sheet, [{ columns: COLUMNS }]);
    stack.line({ cells: [{ column: 1, value: 'BÁO CÁO', style: { bold: true, size: 14 } }] });
    stack.table({ columns: COLUMNS, rows: items(20), cell: CELL });
    stack.table({ continued: { cells: [{ column: 1, value: 'Phần 1 (tiếp theo)' }] }, columns: COLUMNS, rows: items(Math.floor(room() / 15) - 8, 1), cell: CELL });
    stack.finish();
    const breaks = sheet.print?.rowBreaks ?? [];
    expect(breaks.length).toBe(1);
    expect([text(sheet, breaks[0]! + 1), text(sheet, breaks[0]! + 2)]).toEqual(['Phần 1 (tiếp theo)', 'Số']);
    expect(sheet.rowHeights!.get(1)).toBeGreaterThanOrEqual(19); // a 14 pt title that does not wrap
    const last = Math.max(...[...sheet.cells.keys()].map((a) => Number(a.replace(/^[A-Z]+/, ''))));
    for (let r = 1; r <= last; r++) expect(sheet.rowHeights!.has(r)).toBe(true);
    expect(sheet.columns.map((c) => c.width)).toEqual(COLUMNS.map((c) => c.width));
  });
});
