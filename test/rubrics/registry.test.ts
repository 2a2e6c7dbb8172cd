/**
 * User rubrics next to the built-ins: registered only when valid, never over a built-in id, shared
 * through one store on globalThis (as the pane's and the functions' bundles share it in Excel), and
 * kept in storage as JSON that is validated again when read back. Oracle: the 2023 appendix loaded
 * as a user rubric under another id scores every unit exactly as the built-in ktd5-2023 does.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { formatIssue, scoreUnit, type RawValue } from '../../src/engine';
import { getRubric } from '../../src/rubrics';
import ktd5Data from '../../src/rubrics/data/ktd5-2023.json';
import { registeredRubric, registeredRubrics, registerRubric, resolveRubric, restoreRubrics, storedRubrics, unregisterRubric } from '../../src/rubrics/registry';
import { templateWorkbook } from '../../src/workbook/layouts/data-sheet';
import { loadWorkbookGrid } from '../../src/workbook/xlsx/load';
import { fillDataSheet } from '../../src/workbook/xlsx/fill';
import { renderXlsx } from '../../src/workbook/xlsx/render';
import { scoreOutcomes } from '../../src/taskpane/model/score-files';
import { FULL_MARKS, type Values } from '../helpers/members';

const fixture = (name: string): unknown => JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'fixtures', name), 'utf8'));
const STORE = Symbol.for('ktd5.userRubrics');
/** The 2023 appendix under a new id: a user rubric that must behave exactly like the built-in. */
const copy2023 = (id = 'khoi5-2023-ban-sao') => ({ ...JSON.parse(JSON.stringify(ktd5Data)), id });
const builtin = getRubric('ktd5-2023')!;

afterEach(() => {
  for (const r of registeredRubrics()) unregisterRubric(r.id);
});

describe('register', () => {
  test('a valid rubric file is registered under its id and resolves after the built-ins', () => {
    expect(resolveRubric('ktd5-2024-example')).toBeUndefined();
    const r = registerRubric(fixture('rubric-2024-example.json'), 'rubric-2024-example.json');
    expect(r.ok).toBe(true);
    const rubric = resolveRubric('ktd5-2024-example')!;
    expect(rubric.id).toBe('ktd5-2024-example');
    expect(rubric.total).toBe(30);
    expect(resolveRubric('KTD5-2024-EXAMPLE')).toBe(rubric);
    expect(registeredRubrics().map((x) => [x.id, x.origin])).toEqual([['ktd5-2024-example', 'rubric-2024-example.json']]);
    // built-ins are untouched
    expect(resolveRubric('ktd5-2023')).toBe(builtin);
  });

  test('an invalid file is refused with the issues naming the file, and nothing is registered', () => {
    const r = registerRubric(fixture('broken-rubric.json'), 'broken-rubric.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(formatIssue(r.issues[0]!, 'vi')).toMatch(/^broken-rubric\.json: Dữ liệu văn bản không hợp lệ tại sections\.0\.points/);
    expect(registerRubric({ ...copy2023(), kind: 'targets' }, 'x.json').ok).toBe(false);
    expect(registerRubric('not a document', 'x.json').ok).toBe(false);
    // a rubric whose bands fail the lint (a gap) is an error, as for `ktd5 rubric-import`
    const gap = copy2023();
    gap.sections[1].criteria[3].bands = gap.sections[1].criteria[3].bands.slice(1);
    expect(registerRubric(gap, 'gap.json').ok).toBe(false);
    expect(registeredRubrics()).toEqual([]);
    expect(resolveRubric('broken')).toBeUndefined();
  });

  test('a built-in id is refused with a clear message in both languages; a user id can be replaced', () => {
    for (const id of ['ktd5-2023', 'nq04-dongthap']) {
      const r = registerRubric({ ...copy2023(), id }, 'moi.json');
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.issues.map((i) => i.code)).toEqual(['doc.builtinId']);
        expect(formatIssue(r.issues[0]!, 'vi')).toBe(`moi.json: Mã "${id}" là của một văn bản có sẵn; hãy đặt mã khác cho bộ tiêu chí mới (ví dụ "ktd5-2024").`);
        expect(formatIssue(r.issues[0]!, 'en')).toContain('belongs to a built-in document');
      }
    }
    expect(resolveRubric('ktd5-2023')).toBe(builtin);
    const first = registerRubric(copy2023('khoi5-2024'), 'a.json');
    const again = registerRubric({ ...copy2023('khoi5-2024'), title: 'Bản sửa' }, 'b.json');
    expect(first.ok && !first.replaced).toBe(true);
    expect(again.ok && again.replaced).toBe(true);
    expect(resolveRubric('khoi5-2024')!.data.title).toBe('Bản sửa');
    expect(registeredRubrics()).toHaveLength(1);
  });
});

describe('one store for every bundle on the page', () => {
  test('the store is on globalThis under Symbol.for("ktd5.userRubrics"), invisible to Object.keys', () => {
    registerRubric(copy2023(), 'ban-sao.json');
    const store = (globalThis as unknown as Record<symbol, Map<string, unknown> | undefined>)[STORE];
    expect(store).toBeInstanceOf(Map);
    expect([...store!.keys()]).toEqual(['khoi5-2023-ban-sao']);
    expect(Object.keys(globalThis)).not.toContain('ktd5.userRubrics');
  });

  test('a document another bundle put there is compiled here, validated again; a bad one is not used', () => {
    const store = (globalThis as unknown as Record<symbol, Map<string, unknown>>)[STORE] ?? new Map();
    (globalThis as unknown as Record<symbol, Map<string, unknown>>)[STORE] = store;
    store.set('khoi5-khac', { document: copy2023('khoi5-khac'), origin: 'khac.json' });
    store.set('hong', { document: { id: 'hong', kind: 'rubric' }, origin: 'hong.json' });
    store.set('ktd5-2023', { document: { ...copy2023(), id: 'ktd5-2023', total: 5 }, origin: 'gia.json' });
    expect(registeredRubric('khoi5-khac')!.total).toBe(100);
    expect(registeredRubric('hong')).toBeUndefined();
    // a built-in id smuggled into the store is still the built-in
    expect(registeredRubric('ktd5-2023')).toBeUndefined();
    expect(resolveRubric('ktd5-2023')).toBe(builtin);
  });
});

describe('storage', () => {
  test('round trip through JSON: stored, read back, validated again, same rubric', () => {
    registerRubric(fixture('rubric-2024-example.json'), 'rubric-2024-example.json');
    registerRubric(copy2023(), 'ban-sao.json');
    const text = JSON.stringify(storedRubrics());
    const before = storedRubrics();
    for (const r of registeredRubrics()) unregisterRubric(r.id);
    expect(resolveRubric('ktd5-2024-example')).toBeUndefined();

    const back = restoreRubrics(JSON.parse(text));
    expect(back.problems).toEqual([]);
    expect(back.restored.map((r) => r.id)).toEqual(['ktd5-2024-example', 'khoi5-2023-ban-sao']);
    expect(storedRubrics()).toEqual(before);
    expect(registeredRubrics().map((r) => r.origin)).toEqual(['rubric-2024-example.json', 'ban-sao.json']);
    // localStorage keeps the text itself
    for (const r of registeredRubrics()) unregisterRubric(r.id);
    expect(restoreRubrics(text).restored).toHaveLength(2);
  });

  test('a bad stored entry is reported by its file and skipped; the good ones still load; junk is not fatal', () => {
    const stored = [{ origin: 'hong.json', document: fixture('broken-rubric.json') }, { origin: 'tot.json', document: copy2023() }, { origin: 'trung.json', document: { ...copy2023(), id: 'ktd5-2023' } }];
    const r = restoreRubrics(stored);
    expect(r.restored.map((x) => x.id)).toEqual(['khoi5-2023-ban-sao']);
    expect(r.problems.map((p) => [p.origin, p.issues[0]!.code])).toEqual([
      ['hong.json', 'doc.schema'],
      ['trung.json', 'doc.builtinId'],
    ]);
    for (const junk of [undefined, null, '', '{', 42, { a: 1 }, [null, 7, 'x']]) expect(() => restoreRubrics(junk)).not.toThrow();
    expect(restoreRubrics({ a: 1 }).problems).toHaveLength(1);
    expect(restoreRubrics([null, 7]).problems.map((p) => p.origin)).toEqual(['ktd5.rubrics[0]', 'ktd5.rubrics[1]']);
  });
});

describe('oracle: a user rubric scores exactly as the same data built in', () => {
  const copy = () => {
    const r = registerRubric(copy2023(), 'ban-sao.json');
    if (!r.ok) throw new Error('copy of ktd5-2023 did not register');
    return r.rubric;
  };

  test('scoreUnit over random values: same points per criterion and in total', () => {
    const user = copy();
    const ids = builtin.criteria.map((c) => c.id);
    const value = fc.oneof(fc.constant(null), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 30 }), fc.constantFrom('Có', 'Không', '95,5%', '80%', 'Triển khai thường xuyên'));
    fc.assert(
      fc.property(fc.array(value, { minLength: ids.length, maxLength: ids.length }), (vals) => {
        const self = Object.fromEntries(ids.map((id, i) => [id, vals[i] as RawValue]));
        const a = scoreUnit(builtin, { self });
        const b = scoreUnit(user, { self });
        expect(b.total).toBe(a.total);
        expect(b.criteria.map((c) => [c.id, c.final.points, c.final.state])).toEqual(a.criteria.map((c) => [c.id, c.final.points, c.final.state]));
        expect(b.criteria.every((c) => typeof c.final.points === 'number')).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  test('a data sheet made from the user rubric names its id and scores as the built-in (the pane\'s scoring)', async () => {
    const user = copy();
    const self: Values = { ...FULL_MARKS, 'II.4': '95,5%', 'III.2': 0.7, 'IV.3': null };
    const bytes = async (rubric: typeof builtin) => fillDataSheet(await renderXlsx(templateWorkbook(rubric, { unit: 'Sở Thử', khoi: 'Khối thi đua 5', period: '2024' })), { self, evidence: {}, appraised: {} });
    const scored = async (rubric: typeof builtin) => {
      const loaded = await loadWorkbookGrid(await bytes(rubric));
      if (!loaded.ok) throw new Error('not loaded');
      return scoreOutcomes([{ file: `${rubric.id}.xlsx`, ok: true, grid: loaded.grid }], 'vi');
    };
    const a = await scored(builtin);
    const b = await scored(user);
    expect(b.errors.filter((e) => e.severity === 'error')).toEqual([]);
    expect(b.units[0]!.unit.rubricId).toBe('khoi5-2023-ban-sao');
    expect(b.units[0]!.score.total).toBe(a.units[0]!.score.total);
    expect(b.units[0]!.score.total).toBe(scoreUnit(builtin, { self: self as Record<string, RawValue> }).total);
    // without the registration the sheet's rubric is unknown: an error, not a score
    unregisterRubric('khoi5-2023-ban-sao');
    const again = await loadWorkbookGrid(await bytes(user));
    if (!again.ok) throw new Error('not loaded');
    const c = scoreOutcomes([{ file: 'x.xlsx', ok: true, grid: again.grid }], 'vi');
    expect(c.units).toEqual([]);
    expect(c.errors[0]!.message).toContain('khoi5-2023-ban-sao');
  });
});
