/**
 * Provisional units, the certainty of the award proposal, and one unit = one identity, over real
 * member files (the template filled, then damaged) read by the loader the parsers use. The oracle
 * for totals and for `maxPossible` is the engine scoring the values directly: a unit's highest
 * possible total is its total with each problem criterion at its highest band.
 */
import ExcelJS from 'exceljs';
import { scoreUnit, type RawValue } from '../../src/engine';
import { getRubric } from '../../src/rubrics';
import { scoreFiles, type FileOutcome, type KhoiResult } from '../../src/workbook/khoi/score-files';
import { DATA_SHEET_NAME } from '../../src/workbook/layouts/data-sheet-contract';
import { lines } from '../../src/workbook/layouts/consolidation';
import { loadWorkbookGrid } from '../../src/workbook/xlsx/load';
import { FULL_MARKS, memberBytes, type Member, type Values } from '../helpers/members';

jest.setTimeout(60_000);
const rubric = getRubric('ktd5-2023')!;
const total = (self: Values) => scoreUnit(rubric, { self: self as Record<string, RawValue> }).total;

/** A member file, optionally with criterion value cells replaced (errors, formulas) after filling. */
async function file(name: string, m: Member, cells: Record<string, ExcelJS.CellValue> = {}): Promise<FileOutcome> {
  let bytes = await memberBytes(m);
  if (Object.keys(cells).length > 0) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(DATA_SHEET_NAME)!;
    ws.eachRow((row) => {
      const id = row.getCell(1).value;
      if (typeof id === 'string' && id in cells) row.getCell(4).value = cells[id] as ExcelJS.CellValue;
    });
    bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  }
  const loaded = await loadWorkbookGrid(bytes);
  if (!loaded.ok) throw new Error(loaded.problem.code);
  return { file: name, ok: true, grid: loaded.grid };
}

const score = (outcomes: FileOutcome[], lang: 'vi' | 'en' = 'vi'): KhoiResult => scoreFiles(outcomes, { resolveRubric: getRubric, lang });
const byName = (r: KhoiResult, unit: string) => r.units.find((u) => u.unit.unit === unit)!;
const without = (values: Values, ...ids: string[]): Values => Object.fromEntries(Object.entries(values).filter(([id]) => !ids.includes(id)));

describe('provisional units', () => {
  const topValues: Values = { ...FULL_MARKS, 'IV.3': 6 };
  // The runner-up: lower now, but a cached #DIV/0! and a blank criterion could still lift it past the top.
  const runnerUpValues: Values = without({ ...FULL_MARKS, 'III.3': '50%' }, 'II.4', 'II.5');
  let result: KhoiResult;

  beforeAll(async () => {
    result = score([
      await file('top.xlsx', { unit: 'Đơn vị Đứng đầu', self: topValues }),
      await file('runner-up.xlsx', { unit: 'Đơn vị Tạm tính', self: runnerUpValues }, { 'II.4': { formula: 'A1/0', result: { error: '#DIV/0!' } } as unknown as ExcelJS.CellValue }),
      await file('low.xlsx', { unit: 'Đơn vị Thấp', self: { ...FULL_MARKS, 'IV.1': 0, 'IV.2': 0, 'IV.3': 0, 'I.1': 'Không triển khai' } }),
    ]);
  }, 30_000);

  test('a unit with a cell error and a blank criterion is provisional, every problem named by sheet, cell and criterion', () => {
    const u = byName(result, 'Đơn vị Tạm tính');
    expect(u.score.total).toBe(total(runnerUpValues));
    expect(u.status.complete).toBe(false);
    expect(u.status.text).toBe('Tạm tính (1 ô lỗi, 1 tiêu chí chưa nhập)');
    expect(u.status.problems.map((p) => [p.sheet, p.criterion])).toEqual([
      [DATA_SHEET_NAME, 'II.4'],
      [DATA_SHEET_NAME, 'II.5'],
    ]);
    expect(u.status.problems[0]?.cell).toBe(u.unit.cells['II.4']?.self);
    expect(u.status.problems[0]?.message).toContain('#DIV/0!');
    // maxPossible: the problem criteria at their highest band.
    expect(u.status.maxPossible).toBe(total({ ...runnerUpValues, 'II.4': FULL_MARKS['II.4']!, 'II.5': FULL_MARKS['II.5']! }));
    expect(byName(result, 'Đơn vị Đứng đầu').status).toMatchObject({ complete: true, problems: [], maxPossible: total(topValues), text: 'Đầy đủ' });
  });

  test('a provisional runner-up whose maxPossible beats the top makes the proposal uncertain, and the note names it', () => {
    const top = byName(result, 'Đơn vị Đứng đầu');
    const runnerUp = byName(result, 'Đơn vị Tạm tính');
    // The premise, checked: lower now, higher at best.
    expect(runnerUp.score.total).toBeLessThan(top.score.total);
    expect(runnerUp.status.maxPossible).toBeGreaterThan(top.score.total);
    expect(result.proposal).toMatchObject({ kind: 'unit', item: top });
    expect(result.proposalCertain).toBe(false);
    expect(result.proposalNote).toContain('Đơn vị Tạm tính');
    expect(result.proposalNote).not.toContain('Đơn vị Thấp');
  });

  test('without that runner-up the same top is certain; provisional units unable to reach it do not change that', async () => {
    const r = score([
      await file('top.xlsx', { unit: 'Đơn vị Đứng đầu', self: topValues }),
      await file('low.xlsx', { unit: 'Đơn vị Thấp', self: without({ ...FULL_MARKS, 'IV.1': 0, 'IV.2': 0, 'IV.3': 0 }, 'I.5') }),
    ]);
    const low = byName(r, 'Đơn vị Thấp');
    expect(low.status.complete).toBe(false);
    expect(low.status.maxPossible).toBeLessThan(total(topValues));
    expect(r.proposalCertain).toBe(true);
    expect(r.proposalNote).toBe('');
  });

  test('a provisional top is never certain', async () => {
    const r = score([await file('top.xlsx', { unit: 'Đơn vị Đứng đầu', self: without(topValues, 'I.2') }), await file('low.xlsx', { unit: 'Đơn vị Thấp', self: { ...FULL_MARKS, 'IV.3': 0, 'IV.2': 0 } })]);
    expect(r.proposal.kind).toBe('unit');
    expect(r.proposalCertain).toBe(false);
    expect(r.proposalNote).toContain('Đơn vị Đứng đầu còn tạm tính');
  });

  test('a sheet with no value entered is "Chưa nhập số liệu", not ranked, listed as not counted; the proposal is then uncertain', async () => {
    const r = score([await file('top.xlsx', { unit: 'Đơn vị Đứng đầu', self: topValues }), await file('empty.xlsx', { unit: 'Đơn vị Chưa nhập', self: {} })]);
    expect(r.ranked.map((x) => x.item.unit.unit)).toEqual(['Đơn vị Đứng đầu']);
    expect(r.notCounted).toEqual([{ file: 'empty.xlsx', unit: 'Đơn vị Chưa nhập', reason: 'Chưa nhập số liệu' }]);
    expect(byName(r, 'Đơn vị Chưa nhập').status.text).toBe('Chưa nhập số liệu');
    expect(r.proposalCertain).toBe(false);
    expect(r.errors.some((e) => e.file === 'empty.xlsx' && e.severity === 'error')).toBe(true);
  });

  test('English status texts', async () => {
    const r = score([await file('r.xlsx', { unit: 'U', self: runnerUpValues }, { 'II.4': { error: '#N/A' } as ExcelJS.CellErrorValue })], 'en');
    expect(r.units[0]?.status.text).toBe('Provisional (1 cell in error, 1 criterion not entered)');
  });
});

describe('one unit, one identity', () => {
  const base = 'Sở Tư pháp';
  const spellings: [string, string][] = [
    ['NFD', base.normalize('NFD')],
    ['a zero-width space', 'Sở Tư\u200b pháp'],
    ['a soft hyphen', 'Sở Tư p\u00adháp'],
    ['a Cyrillic а', 'Sở Tư ph\u0430\u0301p'],
    ['other case and spaces', '  sở  tư PHÁP '],
  ];
  test.each(spellings)('sent once as typed and once with %s: both files named, neither ranked, the others scored right', async (_how, other) => {
    const good: Member = { unit: 'Đơn vị Khác', self: { ...FULL_MARKS, 'IV.3': 7 } };
    const r = score([await file('a.xlsx', { unit: base.normalize('NFC'), self: FULL_MARKS }), await file('b.xlsx', { unit: other, self: FULL_MARKS }), await file('c.xlsx', good)]);
    expect(r.ranked.map((x) => x.item.unit.unit)).toEqual([good.unit]);
    expect(r.ranked[0]?.total).toBe(total(good.self));
    for (const f of ['a.xlsx', 'b.xlsx']) {
      const e = r.errors.find((x) => x.file === f && x.message.includes('2 tệp'));
      expect(e?.message).toContain('a.xlsx');
      expect(e?.message).toContain('b.xlsx');
      expect(r.notCounted.find((n) => n.file === f)?.reason).toContain('nộp 2 lần');
    }
    // A unit that could be the real top was held back: the proposal cannot be certain.
    expect(r.proposalCertain).toBe(false);
  });

  test('three copies: all three files named on each', async () => {
    const r = score(await Promise.all(['x.xlsx', 'y.xlsx', 'z.xlsx'].map((f, i) => file(f, { unit: [base, base.normalize('NFD'), `${base}\u200d`][i] as string, self: FULL_MARKS }))));
    expect(r.ranked).toEqual([]);
    expect(r.proposal.kind).toBe('none');
    for (const f of ['x.xlsx', 'y.xlsx', 'z.xlsx']) expect(r.errors.find((e) => e.file === f && e.message.includes('3 tệp'))?.message).toMatch(/x\.xlsx.*y\.xlsx.*z\.xlsx/);
  });

  test('a name mixing scripts alone is a problem and not ranked; names are printed without control or bidi characters', async () => {
    const r = score([await file('k.xlsx', { unit: 'Sở Tư ph\u0430\u0301p', self: FULL_MARKS }), await file('s.xlsx', { unit: 'Sở\u202e Nội\r vụ\u200b', self: FULL_MARKS })]);
    expect(r.notCounted.map((n) => n.file)).toEqual(['k.xlsx']);
    expect(r.errors.find((e) => e.file === 'k.xlsx')?.message).toMatch(/Kirin/);
    expect(r.ranked.map((x) => x.item.unit.unit)).toEqual(['Sở Nội vụ']);
    expect(r.errors.find((e) => e.file === 's.xlsx' && e.severity === 'warning')?.message).toContain('"Sở Nội vụ"');
    for (const e of r.errors) expect(e.message).not.toMatch(/[\u202e\r\u200b]/);
  });
});

describe('long lines on the first page', () => {
  test('are cut between words into rows no longer than the limit, keeping every word', () => {
    const text = Array.from({ length: 60 }, (_, i) => `từ${i}`).join(' ');
    const parts = lines(text, 40);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(42);
    expect(parts.map((p) => p.trim()).join(' ')).toBe(text);
    expect(lines('ngắn')).toEqual(['ngắn']);
  });
});
