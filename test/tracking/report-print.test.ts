/**
 * The province's report (`ktd5 track -o`) as written to .xlsx, laid out for print: its sheets of
 * stacked tables carry manual page breaks, every page after a break opens with a table's title or its
 * "(tiếp theo)" line and then that table's own header row, repeated word for word, and each table's
 * rows are all there once, in order. Read from the file's XML (exceljs does not read breaks back).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { capture } from '../helpers/cli';
import { rowBreaks } from '../helpers/sheet-xml';

jest.setTimeout(300_000);

const HEADER_FILL = 'FFDDEBF7';
const CONTINUED = '(tiếp theo)';

describe('the report prints each table under its own header', () => {
  let dir: string;
  let wb: ExcelJS.Workbook;
  let bytes: Buffer;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'ktd5-report-print-'));
    mkdirSync(path.join(dir, 'theo-doi'));
    for (const argv of [
      ['targets', '--set', 'nq04-dongthap', '-o', path.join(dir, 'theo-doi', 'nq04.xlsx')],
      ['targets', '--set', 'dti-province-2022', '-o', path.join(dir, 'theo-doi', 'dti.xlsx')],
      ['track', path.join(dir, 'theo-doi'), '-o', path.join(dir, 'bao-cao.xlsx')],
    ]) {
      const r = await capture(argv);
      if (r.code !== 0) throw new Error(`ktd5 ${argv.join(' ')}: ${r.err}`);
    }
    bytes = readFileSync(path.join(dir, 'bao-cao.xlsx'));
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const text = (ws: ExcelJS.Worksheet, r: number, c = 1) => String(ws.getCell(r, c).value ?? '');
  const isHeader = (ws: ExcelJS.Worksheet, r: number) => {
    let n = 0;
    ws.getRow(r).eachCell((c) => {
      if (c.fill?.type === 'pattern' && c.fill.fgColor?.argb === HEADER_FILL) n++;
    });
    return n >= 2;
  };
  const headerTexts = (ws: ExcelJS.Worksheet, r: number) => (ws.getRow(r).values as unknown[]).map((v) => String(v ?? '')).join('|');

  test.each(['Báo cáo theo dõi', 'DTI'])('%s: every page opens with a title and the header of the table it continues', (name) => {
    const ws = wb.getWorksheet(name)!;
    const breaks = rowBreaks(bytes, name);
    expect(breaks.length).toBeGreaterThan(0);
    expect(ws.pageSetup.printTitlesRow).toBeUndefined(); // one sheet-wide header would mislabel the other tables
    const headers: number[] = [];
    for (let r = 1; r <= ws.rowCount; r++) if (isHeader(ws, r)) headers.push(r);
    for (const b of breaks) {
      const first = b + 1;
      expect({ first, bold: ws.getCell(first, 1).font?.bold === true, text: text(ws, first) !== '' }).toEqual({ first, bold: true, text: true });
      // The page's first header row (after the title lines) is that of the table the page reads.
      const header = headers.find((h) => h > b)!;
      expect(header - first).toBeLessThanOrEqual(3);
      if (text(ws, first).endsWith(CONTINUED)) {
        // "… (tiếp theo)" names a title printed on an earlier page: the table's own, or its section's when
        // the page starts the section's next table. A continued list repeats its header word for word.
        const named = text(ws, first).slice(0, -CONTINUED.length).trim();
        expect([...Array(b).keys()].some((r) => text(ws, r + 1) === named)).toBe(true);
        if (named.startsWith('Chỉ tiêu thành phần')) expect(headerTexts(ws, header)).toBe(headerTexts(ws, headers.filter((h) => h < b).at(-1)!));
      }
    }
  });

  test('the long list of indicators short of the 2023 targets is whole and in order across its pages', () => {
    const ws = wb.getWorksheet('DTI')!;
    const codes: string[] = [];
    let inList = false;
    for (let r = 1; r <= ws.rowCount; r++) {
      if (isHeader(ws, r)) inList = text(ws, r) === 'Chỉ tiêu' && text(ws, r, 2) === 'Mã';
      else if (inList && text(ws, r, 2)) codes.push(text(ws, r, 2));
    }
    expect(codes).toHaveLength(33);
    expect(new Set(codes).size).toBe(33);
    expect(codes.map(Number)).toEqual([...codes.map(Number)].sort((a, b) => a - b));
    // The count in the title is the list's own.
    expect([...Array(ws.rowCount).keys()].some((r) => text(ws, r + 1).startsWith('Chỉ tiêu thành phần còn thiếu so với mục tiêu 2023 (33;'))).toBe(true);
  });
});
