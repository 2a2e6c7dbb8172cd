/**
 * Cell notes through Office.js (Excel.NoteCollection, ExcelApi 1.18): the data-entry remarks a
 * workbook carries as notes reach Excel as the same notes the .xlsx file has (the exceljs file read
 * back is the oracle); on an older Excel none is attempted and every one is returned, by sheet and
 * cell, for the pane to say; a rewrite leaves one note per cell; many long notes are spread over
 * syncs under Excel on the web's request limit. The fake's notes follow Excel's documented rules.
 */
import ExcelJS from 'exceljs';
import { type IndexData } from '../../src/engine';
import { findDocument } from '../../src/rubrics';
import { writeWorkbookSpec } from '../../src/workbook/office/write-spec';
import { emptySheet, type WorkbookSpec } from '../../src/workbook/spec';
import { trackingWorkbook } from '../../src/workbook/tracking/workbooks';
import { renderXlsx } from '../../src/workbook/xlsx/render';
import { FakeExcel, PAYLOAD_LIMIT_BYTES } from '../helpers/fake-excel';

type Note = { sheet: string; address: string; note: string };
const byPlace = (a: Note, b: Note) => `${a.sheet}!${a.address}`.localeCompare(`${b.sheet}!${b.address}`);

/** The notes of the .xlsx file the same spec renders to, read back with exceljs. */
async function fileNotes(spec: WorkbookSpec): Promise<Note[]> {
  const bytes = await renderXlsx(spec);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const out: Note[] = [];
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const n = cell.note as string | { texts?: { text: string }[] } | undefined;
        if (n) out.push({ sheet: ws.name, address: cell.address, note: typeof n === 'string' ? n : (n.texts ?? []).map((t) => t.text).join('') });
      }),
    );
  }
  return out.sort(byPlace);
}

const excelNotes = (excel: FakeExcel): Note[] => excel.sheets.flatMap((s) => [...s.notes].map(([address, note]) => ({ sheet: s.name, address, note }))).sort(byPlace);

describe('cell notes written through Office.js', () => {
  const spec = trackingWorkbook(findDocument('dti-province-2022') as IndexData)!;
  let expected: Note[];
  beforeAll(async () => {
    expected = await fileNotes(spec);
  });

  test('on ExcelApi 1.18 the DTI tracking workbook carries exactly the notes of its .xlsx file', async () => {
    expect(expected.length).toBeGreaterThan(5);
    expect(expected.every((n) => n.note.startsWith('Nhập liệu: '))).toBe(true);
    const excel = new FakeExcel({ api: '1.18' });
    excel.addUserSheet('Sheet1');
    const result = await writeWorkbookSpec(excel, spec);
    expect(result.notesNotWritten).toEqual([]);
    expect(excelNotes(excel)).toEqual(expected);
    // The notes went in before the sheet was protected, and within the request limit.
    expect(excel.syncLog.every((s) => s.requestBytes <= PAYLOAD_LIMIT_BYTES)).toBe(true);
    expect(excel.syncs).toBe(4);
  });

  test('below ExcelApi 1.18 no note is attempted and every one is returned by sheet and cell', async () => {
    const excel = new FakeExcel({ api: '1.17' });
    excel.addUserSheet('Sheet1');
    const result = await writeWorkbookSpec(excel, spec);
    expect(excel.calls.filter((c) => c.includes('notes.'))).toEqual([]);
    expect(excelNotes(excel)).toEqual([]);
    expect([...result.notesNotWritten].sort(byPlace)).toEqual(expected);
  });

  test('the returned notes name the sheet as it was actually called (a user sheet took the name)', async () => {
    const sheet = emptySheet('Ghi chú');
    sheet.cells.set('B2', { value: 'x', note: 'Nhập liệu: đọc từ bản chụp' });
    const excel = new FakeExcel({ api: '1.17' });
    excel.addUserSheet('Ghi chú');
    const result = await writeWorkbookSpec(excel, { sheets: [sheet] });
    expect(result.sheets).toEqual(['Ghi chú (2)']);
    expect(result.notesNotWritten).toEqual([{ sheet: 'Ghi chú (2)', address: 'B2', note: 'Nhập liệu: đọc từ bản chụp' }]);
  });

  test('rewriting our sheet leaves one note per cell, the new text', async () => {
    const make = (text: string): WorkbookSpec => {
      const sheet = emptySheet('Chỉ tiêu');
      sheet.cells.set('A1', { value: 'Chỉ tiêu', note: text });
      sheet.cells.set('C4', { value: 1, note: `${text} (2)` });
      sheet.protect = true;
      return { sheets: [sheet] };
    };
    const excel = new FakeExcel({ api: '1.18' });
    excel.addUserSheet('Sheet1');
    await writeWorkbookSpec(excel, make('cũ'));
    const again = await writeWorkbookSpec(excel, make('mới'));
    expect(again.replaced).toEqual(['Chỉ tiêu']);
    expect(excelNotes(excel)).toEqual([
      { sheet: 'Chỉ tiêu', address: 'A1', note: 'mới' },
      { sheet: 'Chỉ tiêu', address: 'C4', note: 'mới (2)' },
    ]);
  });

  test('notes count in the request bytes: 2,000 notes of 4,000 characters go over several syncs, each under 5 MB', async () => {
    const sheet = emptySheet('Nhiều ghi chú');
    const text = 'Nhập liệu: '.padEnd(4000, 'ạ');
    for (let r = 1; r <= 2000; r++) sheet.cells.set(`A${r}`, { value: r, note: text });
    const excel = new FakeExcel({ api: '1.18' });
    excel.addUserSheet('Sheet1');
    await writeWorkbookSpec(excel, { sheets: [sheet] });
    expect(excel.sheet('Nhiều ghi chú').notes.size).toBe(2000);
    // 2,000 × ~12 KB of UTF-8 is ~24 MB: it cannot have gone in fewer than five requests.
    expect(excel.syncLog.filter((s) => s.requestBytes > 1_000_000).length).toBeGreaterThanOrEqual(5);
    expect(Math.max(...excel.syncLog.map((s) => s.requestBytes))).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
  });
});

describe("the fake's notes follow Excel's documented rules", () => {
  const sheet = (api = '1.18') => {
    const excel = new FakeExcel({ api });
    excel.addUserSheet('Sheet1');
    return { excel, ws: excel.workbook.worksheets.getItem('Sheet1') };
  };
  test('worksheet.notes needs ExcelApi 1.18', () => {
    expect(() => sheet('1.17').ws.notes).toThrow(/ApiNotFound.*1\.18/);
    expect(() => sheet('1.18').ws.notes).not.toThrow();
  });
  test('a note goes on one cell: a range of several cells or a bad address is refused', () => {
    const { ws, excel } = sheet();
    expect(() => ws.notes.add('A1:B2', 'x')).toThrow(/InvalidCellAddress/);
    expect(() => ws.notes.add(ws.getRange('A1:A3'), 'x')).toThrow(/InvalidCellAddress/);
    expect(() => ws.notes.add('A0', 'x')).toThrow(/InvalidCellAddress/);
    expect(() => ws.notes.add('XFE1', 'x')).toThrow(/InvalidCellAddress/);
    ws.notes.add('$b$2', 'một');
    ws.notes.add(ws.getRange('C3'), 'hai');
    expect([...excel.sheet('Sheet1').notes]).toEqual([['B2', 'một'], ['C3', 'hai']]);
  });
  test("the content is the note's text; a second note on the same cell and a protected sheet are refused", () => {
    const { ws, excel } = sheet();
    expect(() => ws.notes.add('A1', 42 as never)).toThrow(/InvalidArgument/);
    ws.notes.add('A1', 'x');
    expect(() => ws.notes.add('A1', 'y')).toThrow(/already has a note/);
    ws.protection.protect({ allowFormatColumns: true });
    expect(() => ws.notes.add('B1', 'z')).toThrow(/AccessDenied/);
    expect(excel.sheet('Sheet1').notes.size).toBe(1);
  });
  test('loaded notes can be read and deleted; an add is counted in the request bytes', async () => {
    const { ws, excel } = sheet();
    await excel.sync();
    ws.notes.add('A1', 'ạ'.repeat(1000));
    await excel.sync();
    expect(excel.syncLog.at(-1)!.requestBytes).toBeGreaterThan(3000); // 1,000 × 3 bytes of UTF-8
    const notes = ws.notes;
    expect(() => notes.items).toThrow(/PropertyNotLoaded/);
    notes.load('items');
    await excel.sync();
    expect(excel.syncLog.at(-1)!.responseBytes).toBeGreaterThan(3000);
    for (const n of notes.items) n.delete();
    expect(excel.sheet('Sheet1').notes.size).toBe(0);
  });
});
