/** Member workbooks for tests: the real template, filled the way a unit would, written to disk. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { getRubric } from '../../src/rubrics';
import { templateWorkbook } from '../../src/workbook/layouts/data-sheet';
import { DATA_SHEET_NAME } from '../../src/workbook/layouts/data-sheet-contract';
import { fillDataSheet, type FillValues } from '../../src/workbook/xlsx/fill';
import { renderXlsx } from '../../src/workbook/xlsx/render';

export type Values = Record<string, string | number | boolean | null>;

/** Every ktd5-2023 criterion at its highest band (the document's own phrases). */
export const FULL_MARKS: Values = {
  'I.1': 'Triển khai thường xuyên', 'I.2': 'Có', 'I.3': 'Có', 'I.4': 'Có', 'I.5': 20,
  'II.1': 'Có', 'II.2': 'Có', 'II.3': 'Có', 'II.4': '100%', 'II.5': '100%', 'II.6': '100%', 'II.7': '100%', 'II.8': 'Có',
  'III.1': '100%', 'III.2': '81%', 'III.3': '70%', 'III.4': '100%',
  'IV.1': 5, 'IV.2': 5, 'IV.3': 10,
};

export function evidenceFor(values: Values): Record<string, string> {
  return Object.fromEntries(Object.keys(values).map((id) => [id, `Báo cáo số ${id}/BC`]));
}

export interface Member {
  unit: string;
  self: Values;
  appraised?: Values;
  evidence?: Record<string, string>;
  khoi?: string;
  rubric?: string;
  /** The template's period (default "2023"). */
  period?: string;
}

/** The empty data sheet a unit receives (the real template, as `ktd5 template` writes it). */
export async function templateBytes(m: Pick<Member, 'unit' | 'khoi' | 'rubric' | 'period'>): Promise<Uint8Array> {
  const rubric = getRubric(m.rubric ?? 'ktd5-2023');
  if (!rubric) throw new Error('unknown rubric');
  return renderXlsx(templateWorkbook(rubric, { unit: m.unit, khoi: m.khoi ?? 'Khối thi đua 5', period: m.period ?? '2023' }));
}

/** A member's workbook: the template filled with its values (evidence for each unless given). */
export async function memberBytes(m: Member): Promise<Uint8Array> {
  const values: FillValues = { self: m.self, evidence: m.evidence ?? evidenceFor(m.self), appraised: m.appraised ?? {} };
  return fillDataSheet(await templateBytes(m), values);
}

export async function writeMember(dir: string, file: string, m: Member): Promise<string> {
  const full = path.join(dir, file);
  writeFileSync(full, await memberBytes(m));
  return full;
}

/** Opens a written workbook for assertions. */
export async function openWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Rewrites one cell of a member's data sheet, found by criterion id and header name (as a unit might damage it). */
export async function editCell(file: string, id: string, header: string, value: ExcelJS.CellValue): Promise<string> {
  const wb = await openWorkbook(file);
  const ws = wb.getWorksheet(DATA_SHEET_NAME) as ExcelJS.Worksheet;
  let headerRow = 0;
  let column = 0;
  ws.eachRow((row, n) => {
    row.eachCell((cell, c) => {
      if (!headerRow && cell.value === header) {
        headerRow = n;
        column = c;
      }
    });
  });
  let address = '';
  ws.eachRow((row, n) => {
    if (n > headerRow && row.getCell(1).value === id) {
      row.getCell(column).value = value;
      address = row.getCell(column).address;
    }
  });
  await wb.xlsx.writeFile(file);
  return address;
}
