/** Data-entry remarks of the documents' data ("[Nhập liệu: …]") go into a cell note, never into the "Ghi chú" column. */
import { findDocument } from '../../src/rubrics';
import { type IndexData } from '../../src/engine';
import { splitEntryNote } from '../../src/workbook/tracking/model';
import { trackingWorkbook } from '../../src/workbook/tracking/workbooks';

describe('data-entry notes', () => {
  test('a note is split into the reader\'s text and the data-entry remark', () => {
    expect(splitEntryNote('Tham mưu xếp lịch Chủ tịch UBND Tỉnh — [Nhập liệu: ô Ghi chú gộp cho dòng 1 và 2]')).toEqual({ text: 'Tham mưu xếp lịch Chủ tịch UBND Tỉnh', entry: 'Nhập liệu: ô Ghi chú gộp cho dòng 1 và 2' });
    expect(splitEntryNote('[Nhập liệu: STT in là "2|4"; cột tên bị nhiễu]')).toEqual({ text: '', entry: 'Nhập liệu: STT in là "2|4"; cột tên bị nhiễu' });
    expect(splitEntryNote('Triển khai NQ')).toEqual({ text: 'Triển khai NQ', entry: '' });
    expect(splitEntryNote(undefined)).toEqual({ text: '', entry: '' });
  });

  test('the DTI tracking workbook shows no "[Nhập liệu" in any cell and keeps every remark as a cell note', () => {
    const doc = findDocument('dti-province-2022') as IndexData;
    const remarks = doc.indicators!.groups.flatMap((g) => g.indicators).filter((i) => i.note?.includes('[Nhập liệu')).length;
    expect(remarks).toBeGreaterThan(5);
    const spec = trackingWorkbook(doc)!;
    const cells = spec.sheets.flatMap((s) => [...s.cells.values()]);
    expect(cells.filter((c) => typeof c.value === 'string' && c.value.includes('Nhập liệu'))).toEqual([]);
    expect(cells.filter((c) => c.note?.startsWith('Nhập liệu: ')).length).toBe(remarks);
  });
});
