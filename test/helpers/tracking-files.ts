/**
 * Filled tracking workbooks for tests: the workbooks KTD5 writes (`ktd5 targets`, `ktd5 standards`),
 * with results typed into the "Kết quả YEAR" column the way an officer fills them, found by the
 * table's header names and the indicator's Mã (never by address).
 */
import ExcelJS from 'exceljs';
import { type TargetSetData } from '../../src/engine';
import { findDocument } from '../../src/rubrics';
import { resultHeader, TRACK_HEADERS } from '../../src/workbook/tracking/contract';
import { standardsWorkbook } from '../../src/workbook/tracking/standards';
import { trackingWorkbook } from '../../src/workbook/tracking/workbooks';
import { renderXlsx } from '../../src/workbook/xlsx/render';

/** Types values into the result column of `year` on every sheet that has one, by the Mã the sheet shows ("1" for xa.1). */
export async function typeResults(bytes: Uint8Array, year: string, values: Record<string, string | number>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  wb.eachSheet((ws) => {
    let header = 0;
    let idCol = 0;
    let resultCol = 0;
    ws.eachRow((row, n) => {
      if (header) return;
      row.eachCell((cell, c) => {
        if (cell.value === TRACK_HEADERS.id) idCol = c;
        if (cell.value === resultHeader(year)) resultCol = c;
      });
      if (idCol && resultCol) header = n;
    });
    if (!header) return;
    ws.eachRow((row, n) => {
      const id = row.getCell(idCol).value;
      if (n > header && typeof id === 'string' && id in values) row.getCell(resultCol).value = values[id] as string | number;
    });
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The standards checklist of one category, as `ktd5 standards` writes it, with results typed in. */
export async function filledStandards(setId: string, category: string, year: string, values: Record<string, string | number>): Promise<Uint8Array> {
  const doc = findDocument(setId) as TargetSetData;
  return typeResults(await renderXlsx(standardsWorkbook(doc, [category], { year, unit: 'UBND xã Tân Thuận' })), year, values);
}

/** The tracking workbook `ktd5 targets --set ID` writes (the document's printed results in it). */
export async function trackingBytes(setId: string): Promise<Uint8Array> {
  const doc = findDocument(setId);
  const spec = doc ? trackingWorkbook(doc) : undefined;
  if (!spec) throw new Error(setId);
  return renderXlsx(spec);
}
