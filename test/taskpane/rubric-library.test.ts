/**
 * The pane's rubric files with a fake Office settings object and a fake localStorage: a loaded file
 * is validated, registered (the custom functions' registry too), selected and saved under
 * `ktd5.rubrics` with saveAsync; at the next start it comes back, validated again; a bad file or a
 * bad stored entry is reported in Vietnamese (or English) naming the file, never fatal.
 */
import fs from 'node:fs';
import path from 'node:path';
import { scoreUnit, type RawValue } from '../../src/engine';
import { getRubric } from '../../src/rubrics';
import ktd5Data from '../../src/rubrics/data/ktd5-2023.json';
import { registeredRubrics, resolveRubric, unregisterRubric } from '../../src/rubrics/registry';
import * as functions from '../../src/functions/core';
import { restoreWorkbookRubrics } from '../../src/functions/workbook-rubrics';
import { createDataSheet, scoreOpenWorkbook } from '../../src/taskpane/host/excel-host';
import { type ExcelRun } from '../../src/taskpane/host/pane-host';
import { STORED_RUBRICS_KEY as RUBRICS_KEY } from '../../src/rubrics/stored-key';
import { browserStore, settingsStore, type SettingsLike } from '../../src/taskpane/host/rubric-store';
import { messages } from '../../src/taskpane/i18n';
import { loadRubricFile, MAX_RUBRIC_BYTES, removeRubric, restoreFromStore, type RubricWork } from '../../src/taskpane/model/rubric-library';
import { loadRubricText, removeUserRubric, restoreStored, storedRubrics, userRubrics } from '../../src/taskpane/model/user-rubrics';
import { DATA_SHEET_NAME } from '../../src/workbook/layouts/data-sheet-contract';
import { FakeExcel } from '../helpers/fake-excel';

const work: RubricWork = { loadRubricText, restoreStored, storedRubrics, userRubrics, removeUserRubric };
const vi = messages('vi');
const en = messages('en');
const fixtureText = (name: string) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', name), 'utf8');
const file = (name: string, text: string) => ({ name, size: Buffer.byteLength(text), text: async () => text });

/** Office.Settings as the pane uses it: values kept in memory until saveAsync "writes the workbook". */
class FakeSettings implements SettingsLike {
  values = new Map<string, unknown>();
  saved = new Map<string, unknown>();
  saves = 0;
  fail = false;
  get(name: string) {
    return this.values.get(name) ?? null;
  }
  set(name: string, value: unknown) {
    this.values.set(name, JSON.parse(JSON.stringify(value)));
  }
  saveAsync(cb?: (r: { status: unknown; error?: { message?: string } }) => void) {
    this.saves++;
    if (this.fail) return cb?.({ status: 'failed', error: { message: 'workbook is read-only' } });
    this.saved = new Map(this.values);
    cb?.({ status: 'succeeded' });
  }
  /** Reopening the workbook: only what was saved. */
  reopened(): FakeSettings {
    const s = new FakeSettings();
    s.values = new Map(this.saved);
    return s;
  }
}

const forget = () => {
  for (const r of registeredRubrics()) unregisterRubric(r.id);
};
afterEach(forget);

describe('loading a rubric file in Excel (workbook settings)', () => {
  test('a good file is registered, selected, saved with saveAsync, and scores in the custom functions', async () => {
    const settings = new FakeSettings();
    const o = await loadRubricFile(work, settingsStore(settings), file('rubric-2024-example.json', fixtureText('rubric-2024-example.json')), vi);
    expect(o.kind).toBe('done');
    expect(o.text).toBe('Đã tải bộ tiêu chí ktd5-2024-example từ tệp rubric-2024-example.json. Đã lưu vào sổ tính: phiếu dữ liệu lập theo bộ này vẫn chấm được và dùng được trong các hàm KTD5.*.');
    expect(o.rubric).toEqual({ id: 'ktd5-2024-example', title: expect.stringContaining('Bộ tiêu chí mẫu năm 2024'), source: '01/KH-KTĐ5, 01/03/2024, Khối thi đua 5 (ví dụ)', origin: 'rubric-2024-example.json' });
    expect(o.rubrics.map((r) => r.id)).toEqual(['ktd5-2024-example']);
    expect(settings.saves).toBe(1);
    const saved = settings.saved.get(RUBRICS_KEY) as { origin: string; document: { id: string } }[];
    expect(saved.map((s) => [s.origin, s.document.id])).toEqual([['rubric-2024-example.json', 'ktd5-2024-example']]);
    // the same registry answers the functions (one JS context in the shared runtime)
    expect(functions.score('I.1', 0.95, 'ktd5-2024-example')).toBe(10);
    expect(functions.maxPoints('', 'ktd5-2024-example')).toBe(30);
  });

  test('a loaded rubric can be removed: no longer offered, scored or stored, also after reopening', async () => {
    const settings = new FakeSettings();
    await loadRubricFile(work, settingsStore(settings), file('rubric-2024-example.json', fixtureText('rubric-2024-example.json')), vi);
    const o = await removeRubric(work, settingsStore(settings), 'ktd5-2024-example', vi);
    expect(o.kind).toBe('done');
    expect(o.text).toMatch(/^Đã gỡ bộ tiêu chí ktd5-2024-example\. Đã lưu vào sổ tính/);
    expect(o.rubrics).toEqual([]);
    expect(resolveRubric('ktd5-2024-example')).toBeUndefined();
    expect(() => functions.score('I.1', 0.95, 'ktd5-2024-example')).toThrow();
    expect(settings.saved.get(RUBRICS_KEY)).toEqual([]);
    expect(restoreFromStore(work, settingsStore(settings.reopened()), vi)).toBeUndefined();
    // removing what is not there says so, in English too
    const again = await removeRubric(work, settingsStore(settings), 'ktd5-2024-example', en);
    expect(again).toMatchObject({ kind: 'error', text: 'Rubric ktd5-2024-example is not among the loaded ones.' });
  });

  test('after reopening the workbook: the pane and the functions both get it back, validated again', async () => {
    const settings = new FakeSettings();
    const copy = { ...ktd5Data, id: 'khoi5-2024' };
    await loadRubricFile(work, settingsStore(settings), file('khoi5-2024.json', JSON.stringify(copy)), vi);
    forget();
    expect(resolveRubric('khoi5-2024')).toBeUndefined();

    const reopened = settings.reopened();
    // the functions runtime reads the settings when Office is ready…
    expect(restoreWorkbookRubrics(reopened)!.restored.map((r) => r.id)).toEqual(['khoi5-2024']);
    expect(functions.score('II.4', 0.95, 'khoi5-2024')).toBe(functions.score('II.4', 0.95, 'ktd5-2023'));
    forget();
    // …and so does the pane at start
    const o = restoreFromStore(work, settingsStore(reopened), vi)!;
    expect(o.kind).toBe('done');
    expect(o.text).toBe('Đã nạp 1 bộ tiêu chí đã lưu.');
    expect(o.rubrics.map((r) => [r.id, r.origin])).toEqual([['khoi5-2024', 'khoi5-2024.json']]);
    expect(resolveRubric('khoi5-2024')!.total).toBe(getRubric('ktd5-2023')!.total);
  });

  test('nothing stored: nothing to do (no work chunk needed)', () => {
    expect(restoreFromStore(work, settingsStore(new FakeSettings()), vi)).toBeUndefined();
    expect(restoreWorkbookRubrics(new FakeSettings())!.restored).toEqual([]);
    expect(restoreWorkbookRubrics(undefined)).toBeUndefined();
    expect(restoreWorkbookRubrics({ get: () => { throw new Error('no settings'); } })).toBeUndefined();
  });

  test('a stored entry that no longer validates is reported by its file; the others still load', () => {
    const settings = new FakeSettings();
    settings.values.set(RUBRICS_KEY, [
      { origin: 'hong.json', document: JSON.parse(fixtureText('broken-rubric.json')) },
      { origin: 'tot.json', document: { ...ktd5Data, id: 'khoi5-tot' } },
    ]);
    const o = restoreFromStore(work, settingsStore(settings), vi)!;
    expect(o.kind).toBe('error');
    expect(o.text).toBe('Bộ tiêu chí đã lưu (hong.json) không còn hợp lệ, đã bỏ qua:');
    expect(o.details[0]).toMatch(/^hong\.json: Dữ liệu văn bản không hợp lệ tại sections\.0\.points/);
    expect(o.rubrics.map((r) => r.id)).toEqual(['khoi5-tot']);
  });

  test('when saveAsync fails the rubric is still usable now, and the pane says it was not saved', async () => {
    const settings = new FakeSettings();
    settings.fail = true;
    const o = await loadRubricFile(work, settingsStore(settings), file('a.json', JSON.stringify({ ...ktd5Data, id: 'khoi5-a' })), en);
    expect(o.kind).toBe('done');
    expect(o.text).toBe('Loaded rubric khoi5-a from a.json. Not saved (workbook is read-only); the rubric lasts until the page is closed.');
    expect(resolveRubric('khoi5-a')).toBeDefined();
  });
});

describe('in Excel: a data sheet made from a loaded rubric scores after the workbook is reopened', () => {
  test('create the sheet, fill it, reopen (registry empty), restore from the settings, score: the engine total', async () => {
    const settings = new FakeSettings();
    const excel = new FakeExcel();
    const run: ExcelRun = (job) => job(excel);
    const o = await loadRubricFile(work, settingsStore(settings), file('rubric-2024-example.json', fixtureText('rubric-2024-example.json')), vi);
    const rubric = resolveRubric(o.rubric!.id)!;
    await createDataSheet(run, rubric, { unit: 'Sở Thử', khoi: 'Khối thi đua 5', period: '2024' });

    // the unit types its values into the "Giá trị tự đánh giá" column, next to each criterion id
    const sheet = excel.sheet(DATA_SHEET_NAME);
    const header = [...sheet.cells].find(([, c]) => c.value === 'Giá trị tự đánh giá')!;
    const column = header[0].replace(/\d+$/, '');
    const self: Record<string, RawValue> = { 'I.1': '96%', 'I.2': 'Không', 'II.1': 4 };
    for (const [address, cell] of [...sheet.cells]) {
      const id = typeof cell.value === 'string' ? cell.value : '';
      if (address.startsWith('A') && id in self) sheet.cell(`${column}${address.slice(1)}`).value = self[id] as string | number;
    }

    forget();
    const before = await scoreOpenWorkbook(run, 'Sổ tính', 'vi');
    expect(before.result.units).toEqual([]);
    // the sheet names the rubric as a person does (number, issuer); the error says which one is missing
    expect(before.result.errors[0]!.message).toContain('01/KH-KTĐ5, Khối thi đua 5 (ví dụ)');

    restoreFromStore(work, settingsStore(settings.reopened()), vi);
    const after = await scoreOpenWorkbook(run, 'Sổ tính', 'vi');
    expect(after.result.units[0]!.unit.rubricId).toBe('ktd5-2024-example');
    expect(after.result.units[0]!.score.total).toBe(scoreUnit(rubric, { self }).total);
    expect(after.result.units[0]!.score.total).toBe(14);
    expect(after.written?.sheets.length).toBeGreaterThan(0);
  });
});

describe('problems are shown naming the file, in the pane\'s language', () => {
  const load = (name: string, text: string, m = vi) => loadRubricFile(work, settingsStore(new FakeSettings()), file(name, text), m);

  test('not JSON, invalid data, a built-in id, too large', async () => {
    expect(await load('so-lieu.json', '{ "id": ')).toMatchObject({ kind: 'error', text: 'Tệp so-lieu.json không phải JSON hợp lệ (cần tệp .json do ktd5 rubric-import tạo ra).' });
    const broken = await load('broken-rubric.json', fixtureText('broken-rubric.json'));
    expect(broken.kind).toBe('error');
    expect(broken.text).toBe('Tệp broken-rubric.json không dùng được làm bộ tiêu chí:');
    expect(broken.details[0]).toMatch(/^broken-rubric\.json: Dữ liệu văn bản không hợp lệ tại sections\.0\.points/);
    const brokenEn = await load('broken-rubric.json', fixtureText('broken-rubric.json'), en);
    expect(brokenEn.text).toBe('broken-rubric.json cannot be used as a rubric:');
    expect(brokenEn.details[0]).toMatch(/^broken-rubric\.json: Invalid document data at sections\.0\.points/);
    const clash = await load('2023.json', JSON.stringify(ktd5Data));
    expect(clash.details).toEqual(['2023.json: Mã "ktd5-2023" là của một văn bản có sẵn; hãy đặt mã khác cho bộ tiêu chí mới (ví dụ "ktd5-2024").']);
    const big = await loadRubricFile(work, undefined, { name: 'lon.json', size: MAX_RUBRIC_BYTES + 1, text: async () => '' }, vi);
    expect(big.text).toBe('Tệp lon.json quá lớn để là một bộ tiêu chí.');
    expect(registeredRubrics()).toEqual([]);
  });
});

describe('the standalone page (localStorage, best effort)', () => {
  test('saved as JSON text under ktd5.rubrics and read back at the next start', async () => {
    const data = new Map<string, string>();
    const storage = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
    const o = await loadRubricFile(work, browserStore(storage), file('rubric-2024-example.json', fixtureText('rubric-2024-example.json')), vi);
    expect(o.text).toContain('Đã lưu trong trình duyệt này.');
    expect(typeof data.get(RUBRICS_KEY)).toBe('string');
    forget();
    expect(restoreFromStore(work, browserStore(storage), vi)!.rubrics.map((r) => r.id)).toEqual(['ktd5-2024-example']);
  });

  test('storage that throws (private mode) loses only the memory of it', async () => {
    const storage = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('QuotaExceededError'); } };
    const o = await loadRubricFile(work, browserStore(storage), file('a.json', JSON.stringify({ ...ktd5Data, id: 'khoi5-a' })), vi);
    expect(o.kind).toBe('done');
    expect(o.text).toContain('Chưa lưu được (QuotaExceededError)');
    expect(restoreFromStore(work, browserStore(storage), vi)).toBeUndefined();
  });
});
