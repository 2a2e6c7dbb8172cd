/**
 * Wherever colour carries a state on the per-lead sheets, a colour legend names it, and the state stays
 * in words in its cell: the lead unit's reporting sheet (the status column's conditional formats; the
 * legend above the header, since the reader takes every row under it as an indicator), and the report's
 * "Theo đơn vị chủ trì", "Kết quả theo chỉ tiêu" and "Diễn biến theo kỳ" (legend under the tables).
 * Built from Kế hoạch 337/KH-UBND's Phụ lục II split by lead, with two months of reports.
 */
import { type IndexData } from '../../src/engine';
import { findDocument } from '../../src/rubrics';
import { address } from '../../src/workbook/a1';
import { type ColourName, type SheetSpec } from '../../src/workbook/spec';
import { LEAD_REPORT_SHEETS } from '../../src/workbook/tracking/by-lead/contract';
import { parsePeriod } from '../../src/workbook/tracking/by-lead/period';
import { readLeadWorkbook } from '../../src/workbook/tracking/by-lead/reader';
import { withLeadSheets } from '../../src/workbook/tracking/by-lead/report-sheets';
import { trackLeadFiles } from '../../src/workbook/tracking/by-lead/track';
import { leadPlanOf, leadWorkbooks, type LeadWorkbook } from '../../src/workbook/tracking/by-lead/workbooks';
import { loadWorkbookGrid } from '../../src/workbook/xlsx/load';
import { renderXlsx } from '../../src/workbook/xlsx/render';

jest.setTimeout(120_000);

const dti = findDocument('dti-province-2022') as IndexData;
const plan = leadPlanOf(dti)!;
/** Colours that set a table apart (header, group rows, totals, input cells), not a state. */
const FRAME: ColourName[] = ['header', 'section', 'total', 'input'];
const LEGEND_TITLE = /^Chú giải màu/;

const row = (a: string) => Number(a.replace(/\D/g, ''));
const fold = (t: string) => t.toLocaleLowerCase('vi');

/** The legend's entries: the cells after (or under) its title, each colour with its words. */
function legendOf(sheet: SheetSpec): { at: number; entries: Map<ColourName, string> } {
  const title = [...sheet.cells.entries()].find(([, c]) => typeof c.value === 'string' && LEGEND_TITLE.test(c.value));
  if (!title) throw new Error(`no legend on ${sheet.name}`);
  const at = row(title[0]);
  const entries = new Map<ColourName, string>();
  for (const [a, c] of sheet.cells) if ((row(a) === at || row(a) > at) && c.style?.colour && !FRAME.includes(c.style.colour) && typeof c.value === 'string') entries.set(c.style.colour, entries.get(c.style.colour) ?? c.value);
  return { at, entries };
}

function leadBook(name: string, period: string, values: (ids: string[]) => Record<string, string>): LeadWorkbook {
  const wb = leadWorkbooks(dti, plan, parsePeriod(period)).find((f) => f.book.name === name)!;
  const ids = wb.book.assignments.map((a) => a.indicator.id);
  for (const [id, v] of Object.entries(values(ids))) wb.layout.sheet.cells.set(address(wb.layout.rows.get(id)!, wb.layout.columns.value), { value: v });
  return wb;
}

describe('the lead unit\'s reporting sheet', () => {
  const wb = leadBook('Công an Tỉnh', '2023-11', () => ({}));
  const sheet = wb.layout.sheet;

  test('every colour of the status column\'s rules is in the legend, with the words the rule colours', () => {
    const { at, entries } = legendOf(sheet);
    expect(at).toBeLessThan(wb.layout.headerRow);
    const rules = sheet.conditionalFormats.flatMap((f) => f.rules);
    expect(rules.length).toBeGreaterThan(0);
    for (const r of rules) {
      const words = [...r.formula.matchAll(/="([^"]*)"/g)].map((m) => m[1] as string);
      expect(entries.has(r.colour)).toBe(true);
      for (const w of words) expect(entries.get(r.colour)).toContain(w);
    }
  });

  test('with the legend above the header, the sheet still reads back: the unit, the period and its indicators only', async () => {
    const loaded = await loadWorkbookGrid(await renderXlsx(wb.spec));
    if (!loaded.ok) throw new Error('not loaded');
    const read = readLeadWorkbook(loaded.grid);
    expect(read.problems).toEqual([]);
    expect(read.reads[0]!.unit).toBe('Công an Tỉnh');
    expect(read.reads[0]!.rows.map((r) => r.id)).toEqual(wb.book.assignments.map((a) => a.indicator.id));
  });
});

describe('the report\'s per-lead sheets', () => {
  let sheets: SheetSpec[];

  beforeAll(async () => {
    // Two months of Công an Tỉnh's reports (its first indicator at 100 %, then 0 %), and Sở Nội vụ's November one; the others send none.
    const books = [
      leadBook('Công an Tỉnh', '2023-11', (ids) => ({ [ids[0]!]: '100%', [ids[1]!]: '0%' })),
      leadBook('Công an Tỉnh', '2023-12', (ids) => ({ [ids[0]!]: '0%', [ids[1]!]: '100%' })),
      leadBook('Sở Nội vụ', '2023-11', (ids) => ({ [ids[0]!]: '100%' })),
    ];
    const files = await Promise.all(
      books.map(async (b, k) => {
        const loaded = await loadWorkbookGrid(await renderXlsx(b.spec));
        if (!loaded.ok) throw new Error(b.fileName);
        return { file: `${k}-${b.fileName}`, grid: loaded.grid };
      }),
    );
    sheets = withLeadSheets([], trackLeadFiles(files, 'vi').merges, false);
  });

  test('the three sheets are there', () => {
    expect(sheets.map((s) => s.name)).toEqual([LEAD_REPORT_SHEETS.byLead, LEAD_REPORT_SHEETS.results, LEAD_REPORT_SHEETS.history]);
  });

  test.each([LEAD_REPORT_SHEETS.byLead, LEAD_REPORT_SHEETS.results, LEAD_REPORT_SHEETS.history])('%s: each state colour is in the legend under the tables, naming the words of its cells', (name) => {
    const sheet = sheets.find((s) => s.name === name)!;
    const { at, entries } = legendOf(sheet);
    const states = [...sheet.cells.entries()].filter(([a, c]) => row(a) < at && c.style?.colour && !FRAME.includes(c.style.colour) && typeof c.value === 'string');
    expect(states.length).toBeGreaterThan(0);
    // The legend sits under every coloured cell of the tables.
    expect(Math.max(...states.map(([a]) => row(a)))).toBeLessThan(at);
    for (const [, c] of states) {
      const entry = entries.get(c.style!.colour!);
      expect([c.value, typeof entry]).toEqual([c.value, 'string']);
      // A state cell's words are named in its colour's entry (a lead's whole row is coloured: checked below).
      if (name !== LEAD_REPORT_SHEETS.byLead) expect(fold(entry!)).toContain(fold(String(c.value)));
    }
    if (name === LEAD_REPORT_SHEETS.byLead) expect(fold(entries.get('missing')!)).toContain(fold('Chưa gửi báo cáo'));
  });

  test('the results sheet shows several states, each in words and in its colour', () => {
    const results = sheets.find((s) => s.name === LEAD_REPORT_SHEETS.results)!;
    const { at } = legendOf(results);
    const colours = new Set([...results.cells.entries()].filter(([a, c]) => row(a) < at && c.style?.colour && !FRAME.includes(c.style.colour)).map(([, c]) => c.style!.colour));
    expect(colours.size).toBeGreaterThanOrEqual(2);
    expect(colours.has('missing')).toBe(true);
  });
});
