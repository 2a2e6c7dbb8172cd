/**
 * Season files for tests, built as the secretariat and the units would make them: member data sheets
 * from the real template, a roster, the appraisal workbook edited in a spreadsheet (exceljs), notices
 * answered by units. Bytes in, bytes out; nothing on disk.
 */
import ExcelJS from 'exceljs';
import { getRubric } from '../../src/rubrics';
import { templateWorkbook } from '../../src/workbook/layouts/data-sheet';
import { APPRAISAL_SHEET, NOTICE_EXPLANATION, NOTICE_HEADERS } from '../../src/workbook/season/contract';
import { rosterWorkbook } from '../../src/workbook/season/roster';
import { fillDataSheet, type FillValues } from '../../src/workbook/xlsx/fill';
import { renderXlsx } from '../../src/workbook/xlsx/render';
import { evidenceFor, type Values } from './members';

export async function memberFile(unit: string, self: Values, options: { period?: string; khoi?: string; appraised?: Values; evidence?: Record<string, string> } = {}): Promise<Uint8Array> {
  const rubric = getRubric('ktd5-2023')!;
  const template = await renderXlsx(templateWorkbook(rubric, { unit, khoi: options.khoi ?? 'Khối thi đua 5', period: options.period ?? '2023' }));
  const values: FillValues = { self, evidence: options.evidence ?? evidenceFor(self), appraised: options.appraised ?? {} };
  return fillDataSheet(template, values);
}

export function rosterFile(members: string[]): Promise<Uint8Array> {
  return renderXlsx(rosterWorkbook('vi', members));
}

async function edit(bytes: Uint8Array, change: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  change(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export interface AppraisalChange {
  unit: string;
  id: string;
  value: ExcelJS.CellValue;
  reason: string;
}

/** The secretariat types appraised values and reasons on the sheet "Thẩm định" (columns G and H); every row must be found. */
export function appraise(bytes: Uint8Array, changes: AppraisalChange[]): Promise<Uint8Array> {
  return edit(bytes, (wb) => {
    const ws = wb.getWorksheet(APPRAISAL_SHEET);
    if (!ws) throw new Error('no appraisal sheet');
    for (const ch of changes) {
      let found = false;
      ws.eachRow((row) => {
        if (row.getCell(1).value === ch.unit && row.getCell(2).value === ch.id) {
          row.getCell(7).value = ch.value;
          row.getCell(8).value = ch.reason;
          found = true;
        }
      });
      if (!found) throw new Error(`no appraisal row ${ch.unit} ${ch.id}`);
    }
  });
}

/** A unit writes its explanations in the notice's column "Giải trình của đơn vị", by criterion id. */
export function explain(bytes: Uint8Array, explanations: Record<string, string>): Promise<Uint8Array> {
  return edit(bytes, (wb) => {
    const ws = wb.worksheets[0]!;
    let header = 0;
    ws.eachRow((row, n) => {
      if (!header && row.getCell(1).value === NOTICE_HEADERS[0] && row.getCell(NOTICE_HEADERS.length).value === NOTICE_EXPLANATION) header = n;
    });
    if (!header) throw new Error('not a notice');
    const left = new Set(Object.keys(explanations));
    ws.eachRow((row, n) => {
      const id = String(row.getCell(1).value ?? '');
      if (n > header && explanations[id] !== undefined) {
        row.getCell(NOTICE_HEADERS.length).value = explanations[id];
        left.delete(id);
      }
    });
    if (left.size > 0) throw new Error(`no notice row ${[...left].join(', ')}`);
  });
}
