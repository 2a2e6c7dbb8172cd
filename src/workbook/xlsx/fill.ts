/**
 * Fills a data sheet's input cells (self value, evidence, appraised value) by criterion id, found by
 * the header names like every reader. Used to make the bundled examples and by tests; the result is
 * a new workbook, the input bytes are not touched.
 */
import ExcelJS from 'exceljs';
import { fold } from '../../engine';
import { TABLE_HEADERS } from '../layouts/data-sheet-contract';

export interface FillValues {
  self?: Record<string, string | number | boolean | null>;
  evidence?: Record<string, string>;
  appraised?: Record<string, string | number | boolean | null>;
  /** Header block values by label ("Đơn vị", "Loại đơn vị", …). */
  header?: Record<string, string>;
}

export async function fillDataSheet(template: Uint8Array, values: FillValues): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template.buffer.slice(template.byteOffset, template.byteOffset + template.byteLength) as ArrayBuffer);
  wb.created = new Date(Date.UTC(2024, 0, 15));
  wb.modified = wb.created;
  const folded = TABLE_HEADERS.map((h) => fold(h));
  for (const ws of wb.worksheets) {
    let headerRow = 0;
    const columns = new Map<string, number>();
    ws.eachRow((row, n) => {
      if (headerRow) return;
      const texts = (row.values as unknown[]).map((v) => (typeof v === 'string' ? fold(v) : ''));
      if (folded.every((h) => texts.includes(h))) {
        headerRow = n;
        TABLE_HEADERS.forEach((h, i) => columns.set(h, texts.indexOf(folded[i] as string)));
      }
    });
    if (!headerRow) continue;
    ws.eachRow((row, n) => {
      if (n < headerRow) {
        const label = row.getCell(1).value;
        if (typeof label === 'string' && values.header?.[label] !== undefined) row.getCell(3).value = values.header[label] as string;
        return;
      }
      const id = row.getCell(columns.get('Mã') as number).value;
      if (typeof id !== 'string') return;
      const set = (header: (typeof TABLE_HEADERS)[number], v: string | number | boolean | null | undefined) => {
        if (v !== undefined) row.getCell(columns.get(header) as number).value = v;
      };
      set('Giá trị tự đánh giá', values.self?.[id]);
      set('Minh chứng', values.evidence?.[id]);
      set('Giá trị thẩm định', values.appraised?.[id]);
    });
    break;
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
