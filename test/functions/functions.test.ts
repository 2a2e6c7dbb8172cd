/**
 * The KTD5.* custom functions as Excel runs them: the built dist/functions.js in a bare `vm` context
 * whose only host global is a fake `CustomFunctions`, against the documents' own answers (Kế hoạch 741/KH-KTĐ5's
 * bands, Báo cáo 07-BC/BCSD's status column, Kế hoạch 337/KH-UBND's DTI totals and ranks), read from src/rubrics/data.
 */
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import fc from 'fast-check';
import { coercePercent, DTI_PRINT_TOLERANCE, roundTo, scoreCriterion, scoreUnit, type RawValue } from '../../src/engine';
import { getRubric } from '../../src/rubrics';
import dtiData from '../../src/rubrics/data/dti-province-2022.json';
import ktd5Data from '../../src/rubrics/data/ktd5-2023.json';
import nq04Data from '../../src/rubrics/data/nq04-dongthap.json';
import { DIST, loadBundle, ROOT, tools, type FakeError } from './bundle';

const IDS = ['SCORE', 'BAND', 'MAXPOINTS', 'TOTAL', 'BREAKDOWN', 'RANK', 'STATUS', 'DTI', 'RUBRICS', 'CRITERIA'];

const bundle = loadBundle();
const { call } = bundle;

const isError = (x: unknown): x is FakeError => x instanceof bundle.Error;
/** The error a cell shows, as "#CODE message", or the value when there is none. */
const shown = (x: unknown): unknown => (isError(x) ? `${x.code} ${x.message}` : x);

interface BandData {
  text: string;
  points: number;
}
interface CriterionData {
  id: string;
  max: number;
  bands?: BandData[];
}
const sections = ktd5Data.sections as { id: string; points: number; criteria: CriterionData[] }[];
const criteria = sections.flatMap((s) => s.criteria);
const criterion = (id: string): CriterionData => {
  const c = criteria.find((x) => x.id === id);
  if (!c) throw new Error(`no criterion ${id} in ktd5-2023.json`);
  return c;
};

describe('registration: the bundle in a bare runtime', () => {
  const metadata = tools.loadMetadata();

  test('exactly the ids of the issue, each associated once, in functions.json and vice versa', () => {
    const inMetadata = metadata.functions.map((f) => f.id);
    expect([...inMetadata].sort()).toEqual([...IDS].sort());
    expect(bundle.calls.filter((c) => typeof c === 'string').sort()).toEqual([...IDS].sort());
    expect([...bundle.associated.keys()].sort()).toEqual([...inMetadata].sort());
    for (const f of metadata.functions) {
      expect(f.name).toBe(f.id);
      expect(typeof bundle.associated.get(f.id)).toBe('function');
      // every declared parameter is one the function takes
      expect(bundle.associated.get(f.id)!.length).toBe(f.parameters?.length ?? 0);
    }
  });

  test('Vietnamese descriptions by default; English in functions.en-us.json from help.en.json', () => {
    const en = tools.loadMetadata('functions.en-us.json');
    const help = JSON.parse(fs.readFileSync(path.join(ROOT, 'src/functions/help.en.json'), 'utf8')) as Record<string, { description: string; parameters: Record<string, string> }>;
    expect(en.functions.map((f) => f.id)).toEqual(metadata.functions.map((f) => f.id));
    const vietnamese = /[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/i;
    for (const [i, f] of metadata.functions.entries()) {
      const e = en.functions[i]!;
      expect(f.description).toMatch(vietnamese);
      expect(e.description).toBe(help[f.id]!.description);
      for (const [j, p] of (f.parameters ?? []).entries()) {
        expect(p.description).toMatch(vietnamese);
        expect(e.parameters![j]!.description).toBe(help[f.id]!.parameters[p.name]);
      }
    }
  });

  test('the rubric argument is optional wherever it appears; spilled results are matrices', () => {
    for (const f of metadata.functions) {
      const rubric = f.parameters?.find((p) => p.name === 'rubric');
      if (rubric) expect(rubric.optional).toBe(true);
    }
    const matrices = metadata.functions.filter((f) => f.result.dimensionality === 'matrix').map((f) => f.id);
    expect(matrices.sort()).toEqual(['BREAKDOWN', 'CRITERIA', 'RUBRICS']);
  });

  test('loads with nothing but CustomFunctions: no Office, DOM, Node globals or eval at load', () => {
    // tools/load-functions.js creates the context without code generation from strings, as the page's CSP.
    // (zod keeps its configuration on globalThis)
    expect(Object.keys(bundle.context).filter((k) => !k.startsWith('__zod_'))).toEqual(['CustomFunctions']);
    expect(call('SCORE', 'II.4', 0.95)).toBe(3);
  });

  test('also loads with no CustomFunctions at all (the standalone page without office.js)', () => {
    const code = fs.readFileSync(path.join(DIST, 'functions.js'), 'utf8');
    const context = vm.createContext({}, { codeGeneration: { strings: false, wasm: false } });
    expect(() => vm.runInContext(code, context)).not.toThrow();
  });

  test('with an English Office, error messages are English and results stay the documents\' words', () => {
    const code = fs.readFileSync(path.join(DIST, 'functions.js'), 'utf8');
    const fns = new Map<string, (...a: unknown[]) => unknown>();
    const Office = { onReady: (cb: () => void) => (cb(), Promise.resolve()), context: { displayLanguage: 'en-US' } };
    const CustomFunctions = { associate: (id: string, fn: (...a: unknown[]) => unknown) => fns.set(id, fn), Error: bundle.Error, ErrorCode: bundle.ErrorCode };
    vm.runInContext(code, vm.createContext({ CustomFunctions, Office }));
    const attempt = (id: string, ...args: unknown[]) => {
      try {
        return fns.get(id)!(...args);
      } catch (e) {
        return shown(e);
      }
    };
    expect(attempt('SCORE', 'X.9', 1)).toBe('#N/A There is no criterion "X.9" in rubric ktd5-2023.');
    expect(attempt('STATUS', '58%', 'Trên 55%')).toBe('Vượt');
  });
});

describe('Kế hoạch 741/KH-KTĐ5 (ktd5-2023): SCORE and BAND at every band boundary of the appendix', () => {
  /**
   * [criterion, value as Excel hands it, index of the band it falls in]. Values sit on and beside each
   * threshold the band phrases state; the expected band's text and points are the document's (JSON).
   */
  const cases: [string, unknown, number][] = [
    ['I.1', 'Triển khai thường xuyên', 0],
    ['I.1', 'trien khai it nhat 2 lan/nam', 1],
    ['I.1', 'Không triển khai', 2],
    ...['I.2', 'I.3', 'I.4', 'II.1', 'II.2', 'II.3', 'II.8'].flatMap((id): [string, unknown, number][] => [
      [id, 'Có', 0],
      [id, true, 0],
      [id, 'x', 0],
      [id, 'Không', 1],
      [id, false, 1],
    ]),
    ['I.5', 21, 0],
    ['I.5', 20, 0],
    ['I.5', '20 bài', 0],
    ['I.5', 19, 1],
    ['I.5', 10, 1],
    ['I.5', 9, 2],
    ['I.5', 0, 2],
    ['II.4', 1, 0],
    ['II.4', '100%', 0],
    ['II.4', 0.9999, 1],
    ['II.4', 0.95, 1],
    ['II.4', '95,5%', 1],
    ['II.4', 95, 1], // percent points typed without the % sign
    ['II.4', 0.9, 1],
    ['II.4', 0.8999999999999999, 1], // floating error: this is 90 %
    ['II.4', '90%', 1],
    ['II.4', 0.8999, 2],
    ['II.4', '89,99%', 2],
    ['II.4', 0, 2],
    ['II.5', 1, 0],
    ['II.5', 0.9999, 1],
    ['II.5', 0, 1],
    ['II.6', '100%', 0],
    ['II.6', '99,9%', 1],
    ['II.7', 1, 0],
    ['II.7', '99,99%', 1],
    ['II.7', 0.9, 1],
    ['II.7', 0.8999, 2],
    ['III.1', 1, 0],
    ['III.1', 0.9999, 1],
    ['III.1', 0.8, 1],
    ['III.1', 0.7999, 2],
    ['III.2', 1, 0],
    ['III.2', 0.8001, 0],
    ['III.2', 0.8, 1], // "Từ 50% đến 80%": 80 % itself
    ['III.2', 0.5, 1],
    ['III.2', 0.4999, 2],
    ['III.3', 1, 0],
    ['III.3', 0.7, 0],
    ['III.3', 0.6999, 1],
    ['III.3', 0.5, 1],
    ['III.3', 0.4999, 2],
    ['III.4', 1, 0],
    ['III.4', 0.9999, 1],
    ['III.4', 0.9, 1],
    ['III.4', 0.8999, 2],
  ];

  const rows = cases.map(([id, value, band]) => {
    const b = criterion(id).bands![band]!;
    return [id, value, b.points, b.text] as const;
  });

  test.each(rows)('%s with %p → %p points, band "%s"', (id, value, points, text) => {
    expect(call('SCORE', id, value)).toBe(points);
    expect(call('BAND', id, value)).toBe(text);
    // a thin wrapper: the same answer as the engine called directly
    expect(call('SCORE', id, value)).toBe(scoreCriterion(getRubric('ktd5-2023')!.byId.get(id)!, value as RawValue).points);
  });

  test('every band of every banded criterion is reached by the cases above', () => {
    const reached = new Set(cases.map(([id, , band]) => `${id}#${band}`));
    const all = criteria.flatMap((c) => (c.bands ?? []).map((_, i) => `${c.id}#${i}`));
    expect(all.filter((k) => !reached.has(k))).toEqual([]);
  });

  test('the issue\'s example: =KTD5.SCORE("II.4"; 0,95) → 3; ids and rubric ids in any case', () => {
    expect(call('SCORE', 'II.4', 0.95)).toBe(3);
    expect(call('SCORE', ' ii.4 ', 0.95, 'KTD5-2023')).toBe(3);
    expect(call('SCORE', 'II.4', 0.95, '')).toBe(3);
    expect(call('SCORE', 'II.4', 0.95, null)).toBe(3);
  });

  test('section IV is scored directly, 0 up to the printed maximum; above it is an error, never clipped', () => {
    for (const id of ['IV.1', 'IV.2', 'IV.3']) {
      const { max } = criterion(id);
      expect(call('SCORE', id, max)).toBe(max);
      expect(call('SCORE', id, 0)).toBe(0);
      expect(call('SCORE', id, String(max / 2).replace('.', ','))).toBe(max / 2);
      const above = call('SCORE', id, max + 1);
      expect(isError(above) && above.code).toBe('#VALUE!');
      const band = call('BAND', id, 1);
      expect(isError(band) && band.code).toBe('#N/A');
    }
  });

  test('a blank counts 0 points (a missing value), and has no band', () => {
    for (const blank of [null, undefined, '', '   ']) {
      expect(call('SCORE', 'II.4', blank)).toBe(0);
      expect(shown(call('BAND', 'II.4', blank))).toBe('#N/A Chưa có giá trị.');
    }
  });

  test('bad values, unknown criteria and rubrics are Excel errors with a short Vietnamese message', () => {
    expect(shown(call('SCORE', 'II.4', 'nhiều'))).toBe('#VALUE! Giá trị "nhiều" không phải là tỷ lệ phần trăm (ví dụ hợp lệ: 95%, 95,5%, 0,95).');
    expect(shown(call('SCORE', 'II.4', 150))).toMatch(/^#VALUE! /);
    expect(shown(call('SCORE', 'II.4', '150%'))).toMatch(/^#VALUE! /);
    expect(shown(call('SCORE', 'II.4', -0.1))).toMatch(/^#VALUE! /);
    expect(shown(call('SCORE', 'I.5', 12.5))).toMatch(/^#VALUE! /);
    expect(shown(call('SCORE', 'I.2', 'có lẽ'))).toMatch(/^#VALUE! /);
    expect(shown(call('SCORE', 'I.1', 'thỉnh thoảng'))).toMatch(/^#VALUE! /);
    expect(shown(call('SCORE', 'X.9', 1))).toBe('#N/A Không có tiêu chí "X.9" trong bộ tiêu chí ktd5-2023.');
    expect(shown(call('SCORE', '', 1))).toBe('#VALUE! Chưa nhập mã tiêu chí (ví dụ "II.4").');
    expect(shown(call('SCORE', 'II.4', 1, 'ktd5-2099'))).toBe('#N/A Không có bộ tiêu chí "ktd5-2099", kể cả trong các bộ lưu ở sổ tính. Dùng =KTD5.RUBRICS() để xem danh sách.');
    expect(shown(call('SCORE', 'II.4', 1, 'nq04-dongthap'))).toMatch(/^#N\/A "nq04-dongthap" là tài liệu chỉ tiêu/);
  });
});

describe('Kế hoạch 741/KH-KTĐ5 (ktd5-2023): MAXPOINTS, TOTAL, BREAKDOWN, CRITERIA', () => {
  test('MAXPOINTS: every criterion, every section (20/40/20/20) and the whole rubric ("" → 100)', () => {
    for (const c of criteria) expect(call('MAXPOINTS', c.id)).toBe(c.max);
    for (const s of sections) {
      expect(call('MAXPOINTS', s.id)).toBe(s.points);
      expect(call('MAXPOINTS', s.id.toLowerCase(), 'ktd5-2023')).toBe(s.points);
    }
    expect(sections.map((s) => call('MAXPOINTS', s.id))).toEqual([20, 40, 20, 20]);
    expect(call('MAXPOINTS', '')).toBe(ktd5Data.total);
    expect(ktd5Data.total).toBe(100);
    expect(shown(call('MAXPOINTS', 'V'))).toMatch(/^#N\/A /);
  });

  /** A column of values that reaches each criterion's first (best) band, and the maximum for section IV. */
  const best = criteria.map((c) => {
    if (!c.bands) return c.max;
    const text = c.bands[0]!.text;
    if (text === 'Có') return 'Có';
    if (c.id === 'I.1') return text;
    if (c.id === 'I.5') return 20;
    return 1;
  });

  test('TOTAL over two ranges: full marks are the printed 100; a mixed unit matches the engine', () => {
    const ids = criteria.map((c) => [c.id]);
    expect(call('TOTAL', ids, best.map((v) => [v]))).toBe(ktd5Data.total);
    const mixed: unknown[] = ['Triển khai ít nhất 2 lần/năm', 'Có', 'Không', '', 12, 'x', 'Có', 'Có', '95%', 1, 0.99, 0.9, 'Có', 0.85, 0.8, 0.6999, 1, 4, '3,5', 7];
    const expected = scoreUnit(getRubric('ktd5-2023')!, { self: Object.fromEntries(criteria.map((c, i) => [c.id, mixed[i] as RawValue])) }).total;
    expect(call('TOTAL', ids, mixed.map((v) => [v]))).toBe(expected);
    // ranges given as a row and a column, with blank rows, in any order
    expect(call('TOTAL', [['II.4', '', 'IV.3']], [[0.95], [null], [7.5]])).toBe(3 + 7.5);
  });

  test('TOTAL refuses ranges of different sizes, a criterion twice and a value without its id', () => {
    expect(shown(call('TOTAL', [['II.4'], ['IV.3']], [[1]]))).toMatch(/^#VALUE! Hai vùng không cùng số ô/);
    expect(shown(call('TOTAL', [['II.4'], ['II.4']], [[1], [1]]))).toMatch(/^#VALUE! Tiêu chí II.4 xuất hiện hai lần/);
    expect(shown(call('TOTAL', [['II.4'], ['']], [[1], [1]]))).toMatch(/^#VALUE! /);
    expect(shown(call('TOTAL', [['II.4']], [['nhiều']]))).toMatch(/^#VALUE! /);
  });

  test('BREAKDOWN spills id, points, max, band per criterion in the rubric\'s order', () => {
    const out = call('BREAKDOWN', best.map((v) => [v])) as unknown[][];
    expect(out.map((r) => [r[0], r[1], r[2]])).toEqual(criteria.map((c) => [c.id, c.max, c.max]));
    expect(out.map((r) => r[3])).toEqual(criteria.map((c) => c.bands?.[0]?.text ?? ''));
  });

  test('BREAKDOWN: a bad value is an error in its own row, the other rows still scored', () => {
    const values = best.map((v) => [v]);
    values[8] = ['nhiều'];
    const out = call('BREAKDOWN', values) as unknown[][];
    expect(out[8]![0]).toBe('II.4');
    expect(isError(out[8]![1]) && (out[8]![1] as FakeError).code).toBe('#VALUE!');
    expect(out[9]![1]).toBe(criterion('II.5').max);
    expect(shown(call('BREAKDOWN', [[1]]))).toBe(`#VALUE! Cần đúng ${criteria.length} giá trị theo thứ tự tiêu chí của ktd5-2023, nhận được 1.`);
  });

  test('CRITERIA spills id, text, max as the appendix prints them; RUBRICS lists the five documents', () => {
    expect(call('CRITERIA')).toEqual(criteria.map((c) => [c.id, (c as CriterionData & { text: string }).text, c.max]));
    const rubrics = call('RUBRICS') as string[][];
    expect(rubrics.map((r) => r[0])).toEqual(['ktd5-2023', 'dongthap-207-2022', 'tuyenquang-154-2022', 'dti-province-2022', 'nq04-dongthap']);
    expect(rubrics[0]).toEqual([ktd5Data.id, ktd5Data.title, `${ktd5Data.source.number}, ngày 25/07/2023, ${ktd5Data.source.issuer}`]);
    expect(rubrics.find((r) => r[0] === 'nq04-dongthap')![2]).toContain(nq04Data.source.number);
    expect(shown(call('CRITERIA', 'dti-province-2022'))).toMatch(/^#N\/A /);
  });
});

describe('Báo cáo 07-BC/BCSD (nq04-dongthap): STATUS reproduces the "So với KH 5 năm" column', () => {
  const indicators = nq04Data.groups.flatMap((g) => g.indicators) as { id: string; target: string; results: Record<string, string>; status: string }[];

  test('17 indicators', () => expect(indicators).toHaveLength(17));

  test.each(indicators.map((i) => [i.id, i.target, i.results['2023'], i.status]))('indicator %s: target %p, 2023 result %p → %p as printed', (_id, target, result, printed) => {
    // as typed in the cell (text), and as Excel stores a typed percentage (a number)
    expect(call('STATUS', result, target)).toBe(printed);
    const asNumber = coercePercent(result as string, true);
    if (asNumber.state === 'ok') expect(call('STATUS', asNumber.value, target)).toBe(printed);
  });

  test('11/17 met or exceeded, 6/17 not yet, as the report states', () => {
    const statuses = indicators.map((i) => call('STATUS', i.results['2023'], i.target));
    expect(statuses.filter((s) => s === 'Đạt' || s === 'Vượt')).toHaveLength(11);
    expect(statuses.filter((s) => s === 'Chưa đạt')).toHaveLength(6);
    expect(nq04Data.summary).toMatchObject({ metOrExceeded: '11/17', notMet: '06/17' });
  });

  test('a missing result or target, or an unreadable one, is an error, not a status', () => {
    expect(shown(call('STATUS', null, 'Trên 55%'))).toBe('#N/A Chưa có giá trị.');
    expect(shown(call('STATUS', 0.58, ''))).toBe('#VALUE! Chưa nhập chỉ tiêu (ví dụ "Trên 55%").');
    expect(shown(call('STATUS', 'khá tốt', 'Trên 55%'))).toMatch(/^#VALUE! /);
    expect(shown(call('STATUS', 0.58, 'phấn đấu'))).toMatch(/^#VALUE! /);
  });
});

describe('Kế hoạch 337/KH-UBND (dti-province-2022): DTI totals and ranks of Phụ lục I', () => {
  const tables = dtiData.tables as { id: string; rows: { rank: number; name: string; total: string; pillars: string[] }[] }[];
  const rows = tables.flatMap((t) => t.rows.map((r) => ({ table: t.id, ...r })));
  const number = (printed: string) => Number(printed.replace(',', '.'));

  test('22 printed rows in two tables', () => expect(rows).toHaveLength(22));

  test.each(rows.map((r) => [r.table, r.name, r.total, r]))('%s: %s, printed total %s, from its 8 pillars', (_t, _n, printed, r) => {
    const row = r as (typeof rows)[number];
    const total = call('DTI', [row.pillars.map(number)]) as number;
    expect(typeof total).toBe('number');
    expect(Math.abs(total - number(printed as string))).toBeLessThanOrEqual(DTI_PRINT_TOLERANCE + 1e-12);
    // the printed text itself (a row of text cells) gives the same total, and a column works too
    expect(call('DTI', [row.pillars])).toBe(total);
    expect(call('DTI', row.pillars.map((p) => [number(p)]))).toBe(total);
  });

  test('Đồng Tháp: 0.5649, 9th of the 13 Mekong Delta provinces', () => {
    const dt = rows.find((r) => r.table === 'mekong-2022' && r.name === 'Đồng Tháp')!;
    expect(roundTo(call('DTI', [dt.pillars.map(number)]) as number, 4)).toBe(0.5649);
    expect(dt.rank).toBe(9);
  });

  test('RANK of each computed total (rounded as printed) within its table is the printed rank', () => {
    const mekong = tables.find((t) => t.id === 'mekong-2022')!;
    const totals = mekong.rows.map((r) => roundTo(call('DTI', [r.pillars.map(number)]) as number, 4));
    const column = totals.map((t) => [t]);
    expect(mekong.rows.map((_, i) => call('RANK', totals[i], column))).toEqual(mekong.rows.map((r) => r.rank));
    // and the printed totals column ranks the same way
    const printed = mekong.rows.map((r) => [number(r.total)]);
    expect(mekong.rows.map((r) => call('RANK', number(r.total), printed))).toEqual(mekong.rows.map((r) => r.rank));
  });

  test('wrong number of pillars, or a pillar outside 0..1, is an error', () => {
    expect(shown(call('DTI', [[0.5, 0.5]]))).toBe('#VALUE! Cần đúng 8 chỉ số trụ cột (theo thứ tự của DTI), nhận được 2.');
    expect(shown(call('DTI', [[0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 56]]))).toMatch(/^#VALUE! Chỉ số trụ cột "56"/);
    expect(shown(call('DTI', [[0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, null]]))).toMatch(/^#VALUE! /);
  });
});

describe('RANK', () => {
  test('competition rank, highest first: 1, 2, 2, 4; text and blanks in the range are skipped', () => {
    const range = [[90], [80], [80], [70], ['ghi chú'], [null]];
    expect([90, 80, 80, 70].map((v) => call('RANK', v, range))).toEqual([1, 2, 2, 4]);
    expect(call('RANK', 80.00000000000001, range)).toBe(2);
    expect(shown(call('RANK', 75, range))).toBe('#N/A 75 không có trong danh sách để xếp hạng.');
    expect(shown(call('RANK', 'abc', range))).toMatch(/^#VALUE! /);
  });
});

describe('never a wrong number, never a plain Error', () => {
  const cell = fc.oneof(
    fc.constant(null),
    fc.constant(undefined),
    fc.boolean(),
    fc.double({ noNaN: false }),
    fc.integer({ min: -5, max: 200 }),
    fc.string({ maxLength: 12 }),
    fc.constantFrom('II.4', 'IV.3', 'I.1', 'II', '', '95%', '95,5%', 'Có', 'Trên 55%', 'Duy trì 100%', 'ktd5-2023', 'nq04-dongthap'),
  );
  const range = fc.array(fc.array(cell, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 25 });
  const arg = fc.oneof(cell, range);

  test('any arguments give a value of the declared type or a CustomFunctions.Error (#VALUE! or #N/A)', () => {
    const metadata = tools.loadMetadata();
    fc.assert(
      fc.property(fc.constantFrom(...IDS), fc.array(arg, { minLength: 0, maxLength: 3 }), (id, args) => {
        let result: unknown;
        try {
          result = bundle.associated.get(id)!(...args);
        } catch (e) {
          expect(isError(e)).toBe(true);
          expect(['#VALUE!', '#N/A']).toContain((e as FakeError).code);
          expect((e as FakeError).message.length).toBeGreaterThan(0);
          expect((e as FakeError).message.length).toBeLessThan(256);
          return;
        }
        const type = metadata.functions.find((f) => f.id === id)!.result;
        if (type.dimensionality === 'matrix') {
          expect(Array.isArray(result)).toBe(true);
          for (const row of result as unknown[][]) for (const c of row) expect(isError(c) || typeof c === 'string' || (typeof c === 'number' && Number.isFinite(c))).toBe(true);
        } else if (type.type === 'number') {
          expect(typeof result === 'number' && Number.isFinite(result)).toBe(true);
        } else {
          expect(typeof result).toBe(type.type);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the ribbon command', () => {
  test('dist/commands.js associates openPane, which shows the pane and completes the event', async () => {
    const { actions, shown: pane } = tools.loadCommands();
    expect([...actions.keys()]).toEqual(['openPane']);
    let completed = 0;
    await actions.get('openPane')!({ completed: () => void completed++ });
    expect([pane.count, completed]).toEqual([1, 1]);
  });
});
