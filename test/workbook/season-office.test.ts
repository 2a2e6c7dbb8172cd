/**
 * The appraisal sheet written into the open workbook through the Office.js adapter (the recording fake
 * of the Excel API), typed in as the secretariat would, and read back: the values and reasons the
 * consolidation then takes. Only the appraised value and the reason are open; the sheet is protected.
 */
import { scoreUnit, type RawValue } from '../../src/engine';
import { getRubric } from '../../src/rubrics';
import { scoreFiles, type FileOutcome } from '../../src/workbook/khoi/score-files';
import { templateWorkbook } from '../../src/workbook/layouts/data-sheet';
import { type XlContext } from '../../src/workbook/office/excel-api';
import { readWorkbookGrid } from '../../src/workbook/office/read-grid';
import { writeWorkbookSpec } from '../../src/workbook/office/write-spec';
import { appraisalWorkbook, readAppraisal } from '../../src/workbook/season/appraisal';
import { APPRAISAL_HEADERS, APPRAISAL_SHEET } from '../../src/workbook/season/contract';
import { FakeExcel } from '../helpers/fake-excel';
import { FULL_MARKS } from '../helpers/members';

const rubric = getRubric('ktd5-2023')!;

async function member(unit: string): Promise<FileOutcome> {
  const excel = new FakeExcel();
  await writeWorkbookSpec(excel, templateWorkbook(rubric, { unit, khoi: 'Khối 5', period: '2023' }));
  const sheet = excel.sheet('Dữ liệu');
  // Type the self-assessed values by criterion id (column D of the template's rows).
  for (const [address, cell] of sheet.cells) {
    const id = typeof cell.value === 'string' ? cell.value : '';
    if (address.startsWith('A') && FULL_MARKS[id] !== undefined) sheet.cell(address.replace(/^A/, 'D')).value = FULL_MARKS[id] as string | number;
  }
  return { file: `${unit}.xlsx`, ok: true, grid: await readWorkbookGrid(excel as XlContext) };
}

test('written into Excel, filled, read back: values and reasons by unit and criterion', async () => {
  const result = scoreFiles([await member('Sở A'), await member('Sở B')], { resolveRubric: getRubric, lang: 'vi' });
  expect(result.units.map((u) => u.score.total)).toEqual([100, 100]);
  const excel = new FakeExcel();
  await writeWorkbookSpec(excel, appraisalWorkbook(result.units, { khoi: 'Khối 5', period: '2023' }, 'vi'));
  const sheet = excel.sheet(APPRAISAL_SHEET);
  expect(sheet.protectedWith).toBeDefined();
  const headerRow = [...sheet.cells].find(([, c]) => c.value === APPRAISAL_HEADERS[7])![0].replace(/^[A-Z]+/, '');
  expect(APPRAISAL_HEADERS.map((_, i) => sheet.cell(`${String.fromCharCode(65 + i)}${headerRow}`).value)).toEqual([...APPRAISAL_HEADERS]);
  const rowOf = (unit: string, id: string) => [...sheet.cells].find(([a, c]) => a.startsWith('B') && c.value === id && sheet.cell(a.replace(/^B/, 'A')).value === unit)![0].replace(/^B/, '');
  const r = rowOf('Sở B', 'II.4');
  expect(sheet.cell(`G${r}`).locked).toBe(false);
  expect(sheet.cell(`H${r}`).locked).toBe(false);
  expect(sheet.cell(`I${r}`).locked).not.toBe(false);
  expect(sheet.cell(`I${r}`).formula).toBeTruthy();
  sheet.cell(`G${r}`).value = '80%'; // typed as text; the engine reads "80%" as 0.8
  sheet.cell(`H${r}`).value = 'Theo hệ thống, 80%.';
  const book = readAppraisal(await readWorkbookGrid(excel as XlContext));
  const entry = book.units.get('sở b')?.rows.get('II.4');
  expect(entry).toMatchObject({ reason: 'Theo hệ thống, 80%.', cell: `G${r}` });
  expect(book.units.get('sở a')?.rows.get('II.4')?.reason).toBe('');
  const appraised = Object.fromEntries([...book.units.get('sở b')!.rows].map(([id, e]) => [id, e.value])) as Record<string, RawValue>;
  const rescored = scoreFiles([await member('Sở A'), await member('Sở B')], { resolveRubric: getRubric, lang: 'vi', appraisalFor: (u) => (u === 'Sở B' ? appraised : undefined) });
  expect(rescored.units[1]!.score.total).toBe(scoreUnit(rubric, { self: FULL_MARKS as Record<string, RawValue>, appraised: { 'II.4': 0.8 } }).total);
  expect(rescored.units[1]!.score.total).toBeLessThan(100);
});
