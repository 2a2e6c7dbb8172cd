/**
 * The contract between the two hosts: for each thing the pane writes into Excel (data sheet, results,
 * consolidation, tracking, standards, rubric sheet), the same spec rendered to .xlsx by exceljs and
 * written by the Office.js adapter into the strict fake shows the same cells, formulas, formats,
 * dropdowns, prompts, conditional-format rules in the same priority (so the same colours), merges,
 * widths, page setup and sheet order. Then a second run on the same workbook rewrites only our
 * sheets: a user's sheet and a user's formula pointing at ours are intact.
 */
import { type IndexData, type TargetSetData } from '../../src/engine';
import { findDocument, getRubric } from '../../src/rubrics';
import { scoreFiles, type KhoiResult } from '../../src/workbook/khoi/score-files';
import { consolidationWorkbook } from '../../src/workbook/layouts/consolidation';
import { templateWorkbook } from '../../src/workbook/layouts/data-sheet';
import { resultsWorkbook } from '../../src/workbook/layouts/results';
import { readWorkbookGrid } from '../../src/workbook/office/read-grid';
import { writeWorkbookSpec } from '../../src/workbook/office/write-spec';
import { rubricTemplateWorkbook } from '../../src/workbook/rubric-sheet/layout';
import { type WorkbookSpec } from '../../src/workbook/spec';
import { standardsWorkbook } from '../../src/workbook/tracking/standards';
import { dtiWorkbook, trackingWorkbook } from '../../src/workbook/tracking/workbooks';
import { renderXlsx } from '../../src/workbook/xlsx/render';
import { comparableCells, fakeView, shown, xlsxView, type SheetView } from '../helpers/contract-view';
import { FakeExcel } from '../helpers/fake-excel';
import { fillThroughFake } from '../helpers/office-members';

jest.setTimeout(120_000);

const rubric = getRubric('ktd5-2023')!;
let khoi: KhoiResult;

beforeAll(async () => {
  const outcomes = [];
  for (const [i, unit] of ['Sở A & B', 'Đơn vị B', 'Đơn vị C'].entries()) {
    const member = await fillThroughFake(rubric, unit, i);
    outcomes.push({ file: `${i}.xlsx`, ok: true as const, grid: await readWorkbookGrid(member) });
  }
  khoi = scoreFiles(outcomes, { resolveRubric: getRubric, lang: 'vi' });
});

const jobs: [string, () => WorkbookSpec][] = [
  ['data sheet', () => templateWorkbook(rubric, { unit: 'Sở Kế hoạch & Đầu tư', khoi: 'Khối 5', period: '2023' })],
  ['results', () => resultsWorkbook(khoi, 'vi')],
  ['consolidation', () => consolidationWorkbook(khoi, { khoi: 'Khối 5', period: '2023' }, 'vi')],
  ['DTI tracking', () => dtiWorkbook(findDocument('dti-province-2022') as IndexData)],
  ['NQ04 tracking', () => trackingWorkbook(findDocument('nq04-dongthap') as TargetSetData)!],
  ['standards', () => standardsWorkbook(findDocument('tuyenquang-154-2022') as TargetSetData, ['cap-xa'], { year: '2025' })],
  ['rubric sheet', () => rubricTemplateWorkbook(rubric.data)],
];

/** Values a rule's own cell takes in the colour check (the other cells it reads hold 10). */
const PROBES: (string | number | null)[] = [null, 0, 3, 10, 20, '?', 'Đạt', 'Vượt', 'Chưa đạt', 'Chưa đánh giá', 'Chưa xác định', 'Đạt đủ tiêu chuẩn', 'Chưa đạt đủ tiêu chuẩn'];

function colours(view: SheetView): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, rules] of Object.entries(view.rules)) {
    const [range, cell] = key.split('@') as [string, string];
    const tl = range.split(':')[0]!;
    const dr = Number(cell.replace(/^[A-Z]+/, '')) - Number(tl.replace(/^[A-Z]+/, ''));
    const dc = cell.replace(/\d+$/, '').charCodeAt(0) - tl.replace(/\d+$/, '').charCodeAt(0);
    out[key] = PROBES.map((p) => shown(rules, (a) => (a === cell ? p : 10), dr, dc));
  }
  return out;
}

function expectSame(fake: SheetView, file: SheetView): void {
  const [a, b] = comparableCells(fake.cells, file.cells);
  expect({ sheet: fake.name, cells: a }).toEqual({ sheet: fake.name, cells: b });
  // exceljs cannot write stopIfTrue; as every rule sets both fill and font, the first true rule decides the colour either way.
  const order = (v: SheetView) => Object.fromEntries(Object.entries(v.rules).map(([k, rules]) => [k, rules.map((r) => ({ formula: r.formula, fill: r.fill, font: r.font }))]));
  expect({ sheet: fake.name, rules: order(fake) }).toEqual({ sheet: fake.name, rules: order(file) });
  for (const k of ['visibility', 'validations', 'bars', 'merges', 'columns', 'page', 'frozen'] as const) expect({ sheet: fake.name, [k]: fake[k] }).toEqual({ sheet: fake.name, [k]: file[k] });
  expect(colours(fake)).toEqual(colours(file));
}

describe.each(jobs)('%s: exceljs file and Office.js adapter agree', (_label, make) => {
  test('the same sheets, cells, formats, validations, rule priorities and colours, page setup; a second run keeps the user’s work', async () => {
    const spec = make();
    const file = await xlsxView(await renderXlsx(spec));
    const excel = new FakeExcel();
    excel.addUserSheet('Sheet1', [['Ghi chú của tôi']]);
    const first = await writeWorkbookSpec(excel, spec);
    const view = fakeView(excel, first.sheets).map((v, i) => ({ ...v, name: spec.sheets[i]!.name }));
    expect(view.map((v) => v.name)).toEqual(file.map((v) => v.name));
    view.forEach((v, i) => expectSame(v, file[i]!));
    expect(excel.maxSyncMb()).toBeLessThan(4);

    // The user points a formula at our first sheet and keeps a note; then runs the job again.
    const target = first.sheets[0]!;
    const mine = excel.addUserSheet('Của tôi', [[`='${target}'!A1`], ['giữ nguyên']]);
    const before = fakeView(excel, first.sheets);
    const second = await writeWorkbookSpec(excel, spec);
    expect(mine.cells.get('A1')?.formula).toBe(`='${target}'!A1`);
    expect(mine.text('A2')).toBe('giữ nguyên');
    expect(excel.sheet('Sheet1').text('A1')).toBe('Ghi chú của tôi');
    expect(excel.sheets.some((s) => s.name.startsWith('~ktd5'))).toBe(false);
    const again = fakeView(excel, second.sheets).map((v, i) => ({ ...v, name: spec.sheets[i]!.name }));
    again.forEach((v, i) => expectSame(v, file[i]!));
    // A sheet the user fills in is never replaced: the first one is as it was, the new one beside it.
    spec.sheets.forEach((s, i) => {
      if (s.generated) expect(second.sheets[i]).toBe(first.sheets[i]);
      else {
        expect(second.sheets[i]).not.toBe(first.sheets[i]);
        expect(fakeView(excel, [first.sheets[i]!])[0]).toEqual(before[i]);
      }
    });
  });
});
