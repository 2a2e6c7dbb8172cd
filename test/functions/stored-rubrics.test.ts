/**
 * The custom functions with a rubric stored in the workbook: the built dist/functions.js in a `vm`
 * context with a fake CustomFunctions and a fake Office whose document settings hold `ktd5.rubrics`
 * (as the task pane saves them). Oracle: the 2023 appendix stored under another id answers exactly
 * what the built-in ktd5-2023 answers. A rubric the pane registers later (same page, another
 * bundle) is found through the shared store on globalThis.
 */
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import ktd5Data from '../../src/rubrics/data/ktd5-2023.json';
import { DIST, loadBundle, type FakeError } from './bundle';

const bare = loadBundle();
const example = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'rubric-2024-example.json'), 'utf8')) as { id: string };
const broken = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'broken-rubric.json'), 'utf8')) as unknown;
const copy2023 = { ...ktd5Data, id: 'ktd5-2024' };

/** dist/functions.js with Office ready at once and these workbook settings. */
function loadWith(settings: Record<string, unknown> | undefined, displayLanguage = 'vi-VN') {
  const code = fs.readFileSync(path.join(DIST, 'functions.js'), 'utf8');
  const fns = new Map<string, (...a: unknown[]) => unknown>();
  const document = settings ? { settings: { get: (k: string) => (k in settings ? settings[k] : null) } } : undefined;
  const Office = { onReady: (cb: () => void) => (cb(), Promise.resolve()), context: { displayLanguage, ...(document ? { document } : {}) } };
  const CustomFunctions = { associate: (id: string, fn: (...a: unknown[]) => unknown) => fns.set(id, fn), Error: bare.Error, ErrorCode: bare.ErrorCode };
  const context = vm.createContext({ CustomFunctions, Office }, { codeGeneration: { strings: false, wasm: false } });
  vm.runInContext(code, context);
  const call = (id: string, ...args: unknown[]): unknown => {
    try {
      return fns.get(id)!(...args);
    } catch (e) {
      return e instanceof bare.Error ? `${(e as FakeError).code} ${(e as FakeError).message}` : e;
    }
  };
  return { call, context };
}

const stored = [
  { origin: 'rubric-2024-example.json', document: example },
  { origin: 'ktd5-2024.json', document: copy2023 },
];

describe('a rubric stored in the workbook settings (ktd5.rubrics)', () => {
  const { call } = loadWith({ 'ktd5.rubrics': stored });

  test('=KTD5.SCORE("I.1"; 95%; "ktd5-2024-example") and MAXPOINTS use it', () => {
    expect(call('SCORE', 'I.1', 0.95, 'ktd5-2024-example')).toBe(10);
    expect(call('SCORE', 'I.1', '85%', 'ktd5-2024-example')).toBe(6);
    expect(call('BAND', 'I.1', 0.79, 'KTD5-2024-EXAMPLE')).toBe('Duoi 80%');
    expect(call('MAXPOINTS', '', 'ktd5-2024-example')).toBe(30);
    expect(call('MAXPOINTS', 'I', 'ktd5-2024-example')).toBe(20);
    expect(call('MAXPOINTS', 'I.1', 'ktd5-2024-example')).toBe(10);
  });

  test('oracle: the 2023 appendix stored as "ktd5-2024" answers as the built-in ktd5-2023', () => {
    const values = [null, 0, 0.5, 0.7, 0.8, 0.85, 0.9, 0.95, 0.955, 1, '95,5%', 'Có', 'Không', 'Triển khai thường xuyên', 3, 5, 10, 20, 'x'];
    for (const c of (ktd5Data.sections as { criteria: { id: string; max: number }[] }[]).flatMap((s) => s.criteria)) {
      for (const v of values) {
        expect([c.id, v, call('SCORE', c.id, v, 'ktd5-2024')]).toEqual([c.id, v, call('SCORE', c.id, v, 'ktd5-2023')]);
        expect(call('BAND', c.id, v, 'ktd5-2024')).toEqual(call('BAND', c.id, v));
      }
      expect(call('MAXPOINTS', c.id, 'ktd5-2024')).toBe(c.max);
    }
    expect(call('MAXPOINTS', '', 'ktd5-2024')).toBe(100);
    const full = [[5], [3], [3], [3], [3], [5], [5], [5], [5], [5], [5], [5], [5], [5], [5], [5], [5], [5], [5], [10]];
    expect(call('BREAKDOWN', full.slice(0, 20), 'ktd5-2024')).toEqual(call('BREAKDOWN', full.slice(0, 20)));
    expect(call('CRITERIA', 'ktd5-2024')).toEqual(call('CRITERIA'));
  });

  test('RUBRICS lists the built-ins, then the stored rubrics', () => {
    const rows = call('RUBRICS') as string[][];
    expect(rows.map((r) => r[0])).toEqual(['ktd5-2023', 'dongthap-207-2022', 'tuyenquang-154-2022', 'dti-province-2022', 'nq04-dongthap', 'ktd5-2024-example', 'ktd5-2024']);
    expect(rows[5]![2]).toContain('01/KH-KTĐ5');
  });

  test('an unknown id keeps its #N/A message, which mentions the stored rubrics', () => {
    expect(call('SCORE', 'I.1', 1, 'ktd5-2099')).toBe('#N/A Không có bộ tiêu chí "ktd5-2099", kể cả trong các bộ lưu ở sổ tính. Dùng =KTD5.RUBRICS() để xem danh sách.');
  });
});

describe('guarded: settings that are missing, junk or hostile never stop the functions', () => {
  test('a bad entry is skipped, a built-in id is not shadowed, the good entry works', () => {
    const { call } = loadWith({
      'ktd5.rubrics': [{ origin: 'hong.json', document: broken }, { origin: 'gia.json', document: { ...ktd5Data, id: 'ktd5-2023', total: 5 } }, 7, { origin: 'tot.json', document: copy2023 }],
    });
    expect(call('SCORE', 'II.4', 0.95, 'ktd5-2024')).toBe(3);
    expect(call('MAXPOINTS', '')).toBe(100);
    expect(call('SCORE', 'I.1', 1, 'broken')).toMatch(/^#N\/A Không có bộ tiêu chí "broken"/);
  });

  test.each([[undefined], [{}], [{ 'ktd5.rubrics': 'not json' }], [{ 'ktd5.rubrics': { a: 1 } }]])('settings %p: loads, built-ins work, in English too', (settings) => {
    const { call } = loadWith(settings as Record<string, unknown> | undefined, 'en-US');
    expect(call('SCORE', 'II.4', 0.95)).toBe(3);
    expect(call('SCORE', 'I.1', 1, 'ktd5-2024')).toBe('#N/A There is no rubric "ktd5-2024", built in or stored in the workbook. =KTD5.RUBRICS() lists them.');
  });

  test('settings.get that throws', () => {
    const code = fs.readFileSync(path.join(DIST, 'functions.js'), 'utf8');
    const fns = new Map<string, (...a: unknown[]) => unknown>();
    const Office = { onReady: (cb: () => void) => (cb(), Promise.resolve()), context: { document: { settings: { get: () => { throw new Error('no'); } } } } };
    const CustomFunctions = { associate: (id: string, fn: (...a: unknown[]) => unknown) => fns.set(id, fn), Error: bare.Error, ErrorCode: bare.ErrorCode };
    expect(() => vm.runInContext(code, vm.createContext({ CustomFunctions, Office }))).not.toThrow();
    expect(fns.get('SCORE')!('II.4', 0.95)).toBe(3);
  });
});

describe('Excel calls a function before Office.onReady resolves', () => {
  test('the first unknown id reads the settings then; before they exist it is #N/A and tried again later', () => {
    const code = fs.readFileSync(path.join(DIST, 'functions.js'), 'utf8');
    const fns = new Map<string, (...a: unknown[]) => unknown>();
    const context: { document?: unknown } = {};
    const Office = { onReady: () => new Promise(() => undefined), context };
    const CustomFunctions = { associate: (id: string, fn: (...a: unknown[]) => unknown) => fns.set(id, fn), Error: bare.Error, ErrorCode: bare.ErrorCode };
    vm.runInContext(code, vm.createContext({ CustomFunctions, Office }));
    const score = (...a: unknown[]) => {
      try {
        return fns.get('SCORE')!(...a);
      } catch (e) {
        return (e as FakeError).code;
      }
    };
    expect(score('I.1', 0.95, 'ktd5-2024-example')).toBe('#N/A');
    context.document = { settings: { get: (k: string) => (k === 'ktd5.rubrics' ? stored : null) } };
    expect(score('I.1', 0.95, 'ktd5-2024-example')).toBe(10);
    expect(score('II.4', 0.95, 'ktd5-2024')).toBe(3);
  });
});

describe('a rubric the task pane registers later, on the same page', () => {
  test('found through the store on globalThis[Symbol.for("ktd5.userRubrics")], validated by the functions bundle', () => {
    const { call, context } = loadWith({});
    expect(call('SCORE', 'I.1', 0.95, 'ktd5-2024-example')).toMatch(/^#N\/A /);
    // what src/rubrics/registry.ts does in the pane's bundle
    vm.runInContext(`(globalThis[Symbol.for('ktd5.userRubrics')] ??= new Map()).set('ktd5-2024-example', { document: ${JSON.stringify(example)}, origin: 'rubric-2024-example.json' })`, context);
    expect(call('SCORE', 'I.1', 0.95, 'ktd5-2024-example')).toBe(10);
    // something that is not a rubric put there is not used
    vm.runInContext(`globalThis[Symbol.for('ktd5.userRubrics')].set('hong', { document: { id: 'hong' }, origin: 'hong.json' })`, context);
    expect(call('SCORE', 'I.1', 1, 'hong')).toMatch(/^#N\/A /);
  });
});
