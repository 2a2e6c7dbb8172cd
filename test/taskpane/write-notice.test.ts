/**
 * In an Excel without cell notes (below ExcelApi 1.18) the pane's status after writing the DTI
 * tracking sheets counts the data-entry remarks it could not put into notes, quotes the first few, in Vietnamese and in
 * English, and says where the full remarks are; with notes supported it says only what was written.
 */
import { writeTracking } from '../../src/taskpane/host/excel-host';
import { type ExcelRun } from '../../src/taskpane/host/pane-host';
import { messages } from '../../src/taskpane/i18n';
import { NOTES_QUOTED, writeNotice } from '../../src/taskpane/model/write-notice';
import { FakeExcel } from '../helpers/fake-excel';

const runOn = (excel: FakeExcel): ExcelRun => (job) => job(excel);

describe('the status after writing into Excel', () => {
  test('below ExcelApi 1.18: the remarks are counted, the first quoted by sheet and cell, in both languages', async () => {
    const excel = new FakeExcel({ api: '1.17' });
    excel.addUserSheet('Sheet1');
    const written = await writeTracking(runOn(excel), 'dti-province-2022', undefined);
    expect(written.notesNotWritten.length).toBeGreaterThan(5);
    expect(excel.sheets.every((s) => s.notes.size === 0)).toBe(true);
    for (const lang of ['vi', 'en'] as const) {
      const m = messages(lang);
      const said = writeNotice(m, written, m.targets.written(written.sheets.join(', ')));
      expect(said.startsWith(m.targets.written(written.sheets.join(', ')))).toBe(true);
      expect(said).toContain('ExcelApi 1.18');
      expect(said).toContain(String(written.notesNotWritten.length));
      const quoted = written.notesNotWritten.slice(0, NOTES_QUOTED);
      for (const n of quoted) expect(said).toContain(m.noteAt(n.sheet, n.address, n.note));
      for (const n of written.notesNotWritten.slice(NOTES_QUOTED)) expect(said).not.toContain(m.noteAt(n.sheet, n.address, n.note));
      expect(said).toContain(m.moreNotes(written.notesNotWritten.length - NOTES_QUOTED));
    }
    const first = written.notesNotWritten[0]!;
    expect(messages('vi').noteAt(first.sheet, first.address, first.note)).toContain(`ô ${first.address} trang "${first.sheet}": “Nhập liệu: `);
    expect(writeNotice(messages('vi'), written, 'Đã ghi.')).toContain('chưa có trong sổ tính');
    expect(writeNotice(messages('en'), written, 'Written.')).toContain('not in the workbook');
  });

  test('on ExcelApi 1.18 the notes are in the workbook and the status says only what was written', async () => {
    const excel = new FakeExcel({ api: '1.18' });
    excel.addUserSheet('Sheet1');
    const written = await writeTracking(runOn(excel), 'dti-province-2022', undefined);
    expect(written.notesNotWritten).toEqual([]);
    expect(excel.sheets.reduce((n, s) => n + s.notes.size, 0)).toBeGreaterThan(5);
    const m = messages('vi');
    expect(writeNotice(m, written, m.targets.written(written.sheets.join(', ')))).toBe(m.targets.written(written.sheets.join(', ')));
  });
});
