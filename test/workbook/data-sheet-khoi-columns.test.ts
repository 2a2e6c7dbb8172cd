/**
 * The member's data sheet marks the Khối's columns (Giá trị thẩm định, Điểm thẩm định): locked under
 * the sheet's protection, a fill of their own, a note "Do Khối ghi" above the header. A data sheet
 * made before this (the appraised column open to typing, no note, the header's usual fill) still
 * reads and scores with its appraised values.
 */
import ExcelJS from 'exceljs';
import { scoreUnit, type RawValue } from '../../src/engine';
import { getRubric } from '../../src/rubrics';
import { scoreFiles } from '../../src/workbook/khoi/score-files';
import { COL, TABLE_HEADER_ROW, templateWorkbook } from '../../src/workbook/layouts/data-sheet';
import { DATA_SHEET_NAME } from '../../src/workbook/layouts/data-sheet-contract';
import { address } from '../../src/workbook/a1';
import { fillDataSheet } from '../../src/workbook/xlsx/fill';
import { loadWorkbookGrid } from '../../src/workbook/xlsx/load';
import { renderXlsx } from '../../src/workbook/xlsx/render';
import { evidenceFor, FULL_MARKS } from '../helpers/members';

jest.setTimeout(60_000);
const rubric = getRubric('ktd5-2023')!;
const info = { unit: 'Sở Tư pháp', khoi: 'Khối thi đua 5', period: '2023' };
const APPRAISED = { 'II.4': '80%', 'I.5': 10 };

async function open(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb.getWorksheet(DATA_SHEET_NAME)!;
}
const fillOf = (c: ExcelJS.Cell) => JSON.stringify(c.fill ?? null);

test('the Khối\'s columns: locked in a protected sheet, their own fill, the note "Do Khối ghi" above the header', async () => {
  const ws = await open(await renderXlsx(templateWorkbook(rubric, info)));
  const header = ws.getRow(TABLE_HEADER_ROW);
  expect(header.getCell(COL.appraised).value).toBe('Giá trị thẩm định');
  expect(String(ws.getCell(TABLE_HEADER_ROW - 1, COL.appraised).value)).toMatch(/^Do Khối ghi/);
  expect(fillOf(header.getCell(COL.appraised))).toBe(fillOf(header.getCell(COL.appraisedPoints)));
  expect(fillOf(header.getCell(COL.appraised))).not.toBe(fillOf(header.getCell(COL.self)));
  expect((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
  let rows = 0;
  ws.eachRow((row, n) => {
    const id = String(row.getCell(COL.id).value ?? '');
    if (n <= TABLE_HEADER_ROW || !rubric.byId.has(id)) return;
    rows++;
    expect(row.getCell(COL.self).protection?.locked).toBe(false);
    expect(row.getCell(COL.appraised).protection?.locked).not.toBe(false);
    expect(fillOf(row.getCell(COL.appraised))).not.toBe(fillOf(row.getCell(COL.self)));
  });
  expect(rows).toBe(rubric.criteria.length);
});

test('a data sheet made before the Khối\'s columns were locked still reads, its appraised values counted', async () => {
  // The earlier layout: no note, the header's usual fill, the appraised column open like the self column.
  const spec = templateWorkbook(rubric, info);
  const sheet = spec.sheets.find((s) => s.name === DATA_SHEET_NAME)!;
  sheet.cells.delete(address(TABLE_HEADER_ROW - 1, COL.appraised));
  sheet.merges = sheet.merges.filter((m) => !m.startsWith(address(TABLE_HEADER_ROW - 1, COL.appraised)));
  for (const [ref, cell] of sheet.cells) {
    const row = Number(ref.replace(/^[A-Z]+/, ''));
    const self = sheet.cells.get(ref.replace(/^[A-Z]+/, 'D'));
    if (ref === address(row, COL.appraised) && row > TABLE_HEADER_ROW && self?.style?.unlocked) cell.style = { ...self.style };
    if (row === TABLE_HEADER_ROW && (ref === address(row, COL.appraised) || ref === address(row, COL.appraisedPoints))) cell.style = { ...sheet.cells.get(address(row, COL.self))!.style };
  }
  const old = await renderXlsx(spec);
  const oldWs = await open(old);
  expect(oldWs.getCell(TABLE_HEADER_ROW - 1, COL.appraised).value).toBeNull();
  const filled = await fillDataSheet(old, { self: FULL_MARKS, evidence: evidenceFor(FULL_MARKS), appraised: APPRAISED });
  const loaded = await loadWorkbookGrid(filled);
  if (!loaded.ok) throw new Error('old data sheet not readable');
  const result = scoreFiles([{ file: 'cu.xlsx', ok: true, grid: loaded.grid }], { resolveRubric: getRubric, lang: 'vi' });
  expect(result.errors.filter((e) => e.severity === 'error')).toEqual([]);
  expect(result.units[0]?.unit.appraised).toMatchObject(APPRAISED);
  expect(result.units[0]?.score.total).toBe(scoreUnit(rubric, { self: FULL_MARKS as Record<string, RawValue>, appraised: APPRAISED as Record<string, RawValue> }).total);
});
