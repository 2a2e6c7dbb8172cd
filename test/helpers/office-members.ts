/** Member workbooks filled inside the strict fake, as a unit's clerk would type them in Excel. */
import { type CompiledRubric } from '../../src/engine';
import { DATA_SHEET_NAME, TABLE_HEADERS } from '../../src/workbook/layouts/data-sheet-contract';
import { templateWorkbook } from '../../src/workbook/layouts/data-sheet';
import { writeWorkbookSpec } from '../../src/workbook/office/write-spec';
import { FakeExcel } from './fake-excel';
import { FULL_MARKS } from './members';

/** Where the template put each criterion's input cells, read from the fake like a user would see them. */
export function inputCells(excel: FakeExcel, rubric: CompiledRubric, sheetName = DATA_SHEET_NAME): Map<string, { self: string; appraised: string; evidence: string }> {
  const sheet = excel.sheet(sheetName);
  let headerRow = 0;
  const col = new Map<string, string>();
  for (const [address, cell] of sheet.cells) {
    if (typeof cell.value === 'string' && (TABLE_HEADERS as readonly string[]).includes(cell.value)) {
      headerRow = Number(address.replace(/^[A-Z]+/, ''));
      col.set(cell.value, address.replace(/\d+$/, ''));
    }
  }
  const out = new Map<string, { self: string; appraised: string; evidence: string }>();
  for (const [address, cell] of sheet.cells) {
    const row = Number(address.replace(/^[A-Z]+/, ''));
    if (address.startsWith('A') && row > headerRow && typeof cell.value === 'string' && rubric.byId.has(cell.value)) {
      out.set(cell.value, { self: `${col.get('Giá trị tự đánh giá')}${row}`, evidence: `${col.get('Minh chứng')}${row}`, appraised: `${col.get('Giá trị thẩm định')}${row}` });
    }
  }
  return out;
}

/** A unit's workbook: the data sheet written by the adapter, then filled (full marks, one criterion varied by `variant`). */
export async function fillThroughFake(rubric: CompiledRubric, unit: string, variant = 0): Promise<FakeExcel> {
  const member = new FakeExcel();
  await writeWorkbookSpec(member, templateWorkbook(rubric, { unit, khoi: 'Khối 5', period: '2023' }));
  const sheet = member.sheet(DATA_SHEET_NAME);
  const values: Record<string, string | number | boolean | null> = { ...FULL_MARKS, 'II.4': `${100 - variant * 3}%` };
  for (const [id, cells] of inputCells(member, rubric)) if (values[id] !== undefined && values[id] !== null) sheet.cell(cells.self).value = values[id] as string | number;
  return member;
}
