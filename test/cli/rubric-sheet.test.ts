/**
 * `ktd5 rubric-template` and `ktd5 rubric-import` on real files, and the imported rubric used by every
 * verb that takes --rubric: a new year's rubric from a sheet, with no release.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getRubric } from '../../src/rubrics';
import { loadRubricData } from '../../src/rubrics/load';
import builtinJson from '../../src/rubrics/data/ktd5-2023.json';
import { scoreUnit } from '../../src/engine';
import { fillDataSheet } from '../../src/workbook/xlsx/fill';
import { EXAMPLE_SHEET_NAME, RUBRIC_SHEET_NAME } from '../../src/workbook/rubric-sheet/contract';
import { INSTRUCTIONS_SHEET_NAME } from '../../src/workbook/layouts/data-sheet-contract';
import { openWorkbook } from '../helpers/members';
import { edit, GOOD, workbookBytes } from '../rubric-sheet/sheets';
import { capture } from '../helpers/cli';

const ROOT = path.join(__dirname, '..', '..');
const EXAMPLE = path.join(ROOT, 'examples', 'rubric-sheets', 'ktd5-2023-phu-luc.xlsx');
const MEMBERS = path.join(ROOT, 'examples', 'khoi-5-2023');
const strip = (o: unknown): unknown => JSON.parse(JSON.stringify(o, (k, v) => (['titleEn', 'textEn', 'shortTitle', 'shortTitleEn'].includes(k) ? undefined : v)));
const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

jest.setTimeout(60_000); // real files through parser processes; slower when suites run in parallel

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'ktd5-rubric-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ktd5 rubric-template', () => {
  test('an empty rubric sheet, Kế hoạch 741/KH-KTĐ5 section I as an example, and instructions', async () => {
    const file = path.join(dir, 'mau-bo-tieu-chi.xlsx');
    const r = await capture(['rubric-template', '-o', file]);
    expect(r.code).toBe(0);
    expect(r.err).toContain('Đã tạo mẫu trang bộ tiêu chí');
    const wb = await openWorkbook(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual([RUBRIC_SHEET_NAME, EXAMPLE_SHEET_NAME, INSTRUCTIONS_SHEET_NAME]);
    const example = wb.getWorksheet(EXAMPLE_SHEET_NAME)!;
    const texts: string[] = [];
    example.eachRow((row) => texts.push(String(row.getCell(2).value ?? '')));
    for (const c of getRubric('ktd5-2023')!.sections[0]!.criteria) {
      expect(texts).toContain(c.text);
      for (const b of c.bands) expect(texts).toContain(b.text);
    }
  });

  test('the empty sheet does not import (every blank named), the example does: section I of the built-in', async () => {
    const file = path.join(dir, 'mau-bo-tieu-chi.xlsx');
    const out = path.join(dir, 'mau.json');
    const empty = await capture(['rubric-import', file, '-o', out]);
    expect(empty.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(empty.err).toContain(`Tệp "${file}", trang "Bộ tiêu chí", ô B4: chưa ghi "Mã bộ tiêu chí".`);
    expect(empty.err).toContain('bảng chưa có mục nào');
    expect(empty.err).toContain('chưa ghi');

    const ok = await capture(['rubric-import', file, '--sheet', EXAMPLE_SHEET_NAME, '-o', out]);
    expect(ok.code).toBe(0);
    const data = JSON.parse(readFileSync(out, 'utf8'));
    expect(data.id).toBe('ktd5-2023-muc-i');
    expect(data.total).toBe(20);
    expect(data.sections).toEqual((strip(builtinJson) as { sections: unknown[] }).sections.slice(0, 1));
  });

  test('usage errors', async () => {
    expect((await capture(['rubric-template'])).code).toBe(2);
    expect((await capture(['rubric-template', '-o', path.join(dir, 'x.json')])).code).toBe(2);
    expect((await capture(['rubric-template', 'extra', '-o', path.join(dir, 'x.xlsx')])).code).toBe(2);
  });
});

describe('ktd5 rubric-import', () => {
  test('the committed appendix imports to the built-in ktd5-2023 (JSON on stdout with --json)', async () => {
    const out = path.join(dir, 'ktd5-2023.json');
    const r = await capture(['rubric-import', EXAMPLE, '-o', out, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(strip(builtinJson));
    const summary = JSON.parse(r.out);
    expect(summary).toMatchObject({ output: out, rubric: 'ktd5-2023', total: 100, sections: 4, criteria: 20 });
    expect(summary.problems).toEqual([expect.objectContaining({ severity: 'warning', code: 'builtinId', sheet: 'Phụ lục', cell: 'B4' })]);
  });

  test('scoring the ten example members with the imported rubric gives exactly the built-in ranking', async () => {
    const rubric = path.join(dir, 'ktd5-2023.json');
    const a = await capture(['consolidate', MEMBERS, '-o', path.join(dir, 'a.xlsx'), '--json']);
    const b = await capture(['consolidate', MEMBERS, '-o', path.join(dir, 'b.xlsx'), '--json', '--rubric', rubric]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const view = (o: string) => JSON.parse(o).units.map((u: { unit: string; total: number; rank: number; criteria: unknown }) => [u.unit, u.total, u.rank, u.criteria]);
    expect(view(b.out)).toEqual(view(a.out));
  });

  test('a bad sheet: every problem with sheet and cell, exit 1, and the existing output left as it was', async () => {
    const input = path.join(dir, 'sai.xlsx');
    writeFileSync(input, await workbookBytes(edit(3, ['', 'Từ 85% đến dưới 100%', 3], edit(5, ['2', 'Có nền tảng họp trực tuyến', null]))));
    const out = path.join(dir, 'sai.json');
    writeFileSync(out, '{"keep": true}\n');
    const before = hash(out);
    const r = await capture(['rubric-import', input, '-o', out]);
    expect(r.code).toBe(1);
    expect(hash(out)).toBe(before);
    expect(r.err.trim().split('\n')).toEqual([
      `Tệp "${input}", trang "Bộ tiêu chí", ô B17: Tiêu chí I.1: mức "Từ 85% đến dưới 100%" và mức "Dưới 90%" chồng lên nhau.`,
      `Tệp "${input}", trang "Bộ tiêu chí", ô C18: tiêu chí I.2 chưa ghi điểm tối đa ở cột "Điểm".`,
      `Trang bộ tiêu chí còn lỗi nên chưa ghi "${out}"; sửa các ô nêu trên rồi chạy lại.`,
    ]);
    const json = await capture(['rubric-import', input, '-o', out, '--json', '--lang', 'en']);
    expect(json.code).toBe(1);
    const parsed = JSON.parse(json.out);
    expect(parsed.output).toBeNull();
    expect(parsed.problems.map((p: { cell: string; code: string }) => [p.cell, p.code])).toEqual([['B17', 'lint.overlap'], ['C18', 'missingMax']]);
    expect(parsed.problems[1].message).toBe(`File "${input}", sheet "Bộ tiêu chí", cell C18: criterion I.2 has no maximum points in the "Điểm" column.`);
  });

  test('a file that is not a workbook goes through the guard: exit 1, nothing written', async () => {
    const input = path.join(dir, 'gia.xlsx');
    writeFileSync(input, 'TT;Tiêu chí đánh giá;Điểm\n');
    const out = path.join(dir, 'gia.json');
    const r = await capture(['rubric-import', input, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`Tệp "${input}": không phải tệp Excel .xlsx`);
    expect(existsSync(out)).toBe(false);
  });

  test('usage errors exit 2', async () => {
    const good = path.join(dir, 'tot.xlsx');
    writeFileSync(good, await workbookBytes(GOOD));
    expect((await capture(['rubric-import'])).code).toBe(2);
    expect((await capture(['rubric-import', good])).code).toBe(2);
    expect((await capture(['rubric-import', good, '-o', path.join(dir, 'x.xlsx')])).code).toBe(2);
    expect((await capture(['rubric-import', path.join(dir, 'khong-co.xlsx'), '-o', path.join(dir, 'x.json')])).code).toBe(2);
    expect((await capture(['rubric-import', good, good, '-o', path.join(dir, 'x.json')])).code).toBe(2);
    expect((await capture(['rubric-import', good, '--bogus', '-o', path.join(dir, 'x.json')])).code).toBe(2);
    const disguised = path.join(dir, 'bang.json');
    writeFileSync(disguised, await workbookBytes(GOOD));
    const same = await capture(['rubric-import', disguised, '-o', disguised]);
    expect(same.code).toBe(2);
    expect(same.err).toContain('Không ghi đè tệp đầu vào');
  });
});

describe('a new year\'s rubric from a sheet, used everywhere --rubric is taken', () => {
  test('import → show → template → score → consolidate, with the same points as the engine', async () => {
    const sheet = path.join(dir, 'ktd5-2024.xlsx');
    writeFileSync(sheet, await workbookBytes(GOOD, { id: 'ktd5-2024-thu' }));
    const rubricFile = path.join(dir, 'ktd5-2024.json');
    expect((await capture(['rubric-import', sheet, '-o', rubricFile])).code).toBe(0);
    const loaded = loadRubricData(JSON.parse(readFileSync(rubricFile, 'utf8')), rubricFile);
    if (!loaded.ok) throw new Error('imported rubric does not load');

    const shown = await capture(['show', rubricFile, '--json']);
    expect(JSON.parse(shown.out).items.map((i: { id: string }) => i.id)).toEqual(['I.1', 'I.2', 'I.3', 'II.1']);

    const template = path.join(dir, 'don-vi.xlsx');
    expect((await capture(['template', '--rubric', rubricFile, '--unit', 'Sở Thử', '-o', template])).code).toBe(0);
    const self = { 'I.1': '95%', 'I.2': 'Có', 'I.3': 12, 'II.1': 4 };
    const member = path.join(dir, 'members', 'don-vi.xlsx');
    mkdirSync(path.dirname(member), { recursive: true });
    writeFileSync(member, await fillDataSheet(new Uint8Array(readFileSync(template)), { self, evidence: { 'I.1': 'BC 1', 'I.2': 'QĐ 2', 'I.3': 'DS 3', 'II.1': 'SK 4' } }));
    const expected = scoreUnit(loaded.rubric, { self }).total;
    expect(expected).toBe(3 + 4 + 2 + 4);

    const scored = await capture(['score', member, '--rubric', rubricFile, '-o', path.join(dir, 'kq.xlsx'), '--json']);
    expect(scored.code).toBe(0);
    expect(JSON.parse(scored.out).units[0]).toMatchObject({ total: expected, rubric: 'ktd5-2024-thu' });
    // The data sheet names its rubric (ktd5-2024-thu), which is no built-in: score needs the file.
    expect((await capture(['score', member, '-o', path.join(dir, 'kq2.xlsx')])).code).toBe(1);

    const consolidated = await capture(['consolidate', path.dirname(member), '--rubric', rubricFile, '-o', path.join(dir, 'tong-hop.xlsx'), '--json']);
    expect(consolidated.code).toBe(0);
    expect(JSON.parse(consolidated.out).units[0]).toMatchObject({ unit: 'Sở Thử', total: expected, rank: 1 });
  });
});
