/**
 * Every verb's real `--json` output, on files built here, parsed by its declared schema (src/cli/json):
 * the schemas are strict, so a key the code prints but the contract does not name fails, and so does a
 * documented key that is missing. Also: errors and warnings mean the same in every verb, a missing
 * input is said once, and docs/cli-json.md has a section for every verb naming each of its keys.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { type z } from 'zod';
import { VERB_JSON } from '../../src/cli/json';
import { EXAMPLE_SHEET_NAME } from '../../src/workbook/rubric-sheet/contract';
import { ROSTER_SHEET } from '../../src/workbook/season/contract';
import { capture } from '../helpers/cli';
import { FULL_MARKS, openWorkbook, writeMember } from '../helpers/members';

jest.setTimeout(180_000);

type Verb = keyof typeof VERB_JSON;

let dir: string;
const at = (...p: string[]) => path.join(dir, ...p);

/** Runs the verb with --json and parses stdout with the verb's schema (throws, naming the path, when it does not fit). */
async function jsonOf<V extends Verb>(verb: V, argv: string[], exit: number): Promise<{ json: z.infer<(typeof VERB_JSON)[V]>; err: string }> {
  const r = await capture([...argv, '--json']);
  expect({ argv, code: r.code, err: r.code === exit ? '' : r.err }).toEqual({ argv, code: exit, err: '' });
  return { json: VERB_JSON[verb].parse(JSON.parse(r.out)) as z.infer<(typeof VERB_JSON)[V]>, err: r.err };
}

// Three members: full marks; a value above the maximum (an error: not counted); a name with a zero-width space (a warning: counted).
const MEMBERS = ['Sở Tư pháp', 'Sở Y tế', 'Sở Nội vụ'];
const INVISIBLE = 'Sở Nội vụ\u200b';

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'ktd5-json-'));
  for (const d of ['nop', 'mau', 'thong-bao', 'bao-cao']) mkdirSync(at(d));
  await writeMember(at('nop'), 'so-tu-phap.xlsx', { unit: MEMBERS[0] as string, self: FULL_MARKS });
  await writeMember(at('nop'), 'so-y-te.xlsx', { unit: MEMBERS[1] as string, self: { ...FULL_MARKS, 'IV.1': 50 } });
  await writeMember(at('nop'), 'so-noi-vu.xlsx', { unit: INVISIBLE, self: { ...FULL_MARKS, 'I.5': 12 } });
  writeFileSync(at('blocker'), 'a file, not a folder');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the documents', () => {
  test('rubrics and show (a rubric, a target set, the DTI index with pillars)', async () => {
    const { json: list } = await jsonOf('rubrics', ['rubrics'], 0);
    expect(list.map((d) => d.id)).toContain('ktd5-2023');
    for (const id of list.map((d) => d.id)) {
      const { json } = await jsonOf('show', ['show', id], 0);
      expect(json.id).toBe(id);
    }
    expect((await jsonOf('show', ['show', 'ktd5-2023'], 0)).json.total).toBe(100);
    expect((await jsonOf('show', ['show', 'dti-province-2022'], 0)).json.pillars?.length).toBe(8);
  });

  test('rubric-template, then rubric-import: written, and refused with its problems', async () => {
    const { json: template } = await jsonOf('rubric-template', ['rubric-template', '-o', at('bo-tieu-chi.xlsx')], 0);
    expect(template.file).toBe(at('bo-tieu-chi.xlsx'));
    const { json: ok } = await jsonOf('rubric-import', ['rubric-import', at('bo-tieu-chi.xlsx'), '--sheet', EXAMPLE_SHEET_NAME, '-o', at('muc-i.json')], 0);
    expect(ok.output).toBe(at('muc-i.json'));
    const { json: refused } = await jsonOf('rubric-import', ['rubric-import', at('bo-tieu-chi.xlsx'), '-o', at('rong.json')], 1);
    expect(refused.output).toBeNull();
    expect(refused.problems.some((p) => p.severity === 'error')).toBe(true);
  });
});

describe('score: errors are what was not used, warnings what was used and worth a look', () => {
  test('a name with an invisible character is a warning: scored, exit 0, no error', async () => {
    const { json } = await jsonOf('score', ['score', at('nop', 'so-noi-vu.xlsx'), '-o', at('noi-vu.ket-qua.xlsx')], 0);
    expect(json.errors).toEqual([]);
    expect(json.warnings).toHaveLength(1);
    expect(json.warnings[0]?.file).toContain('so-noi-vu.xlsx');
    expect(json.units).toHaveLength(1);
  });

  test('a value above the maximum is an error (exit 1), never counted among the warnings', async () => {
    const { json } = await jsonOf('score', ['score', at('nop', 'so-y-te.xlsx'), '-o', at('y-te.ket-qua.xlsx')], 1);
    expect(json.errors.length).toBeGreaterThan(0);
    expect(json.warnings).toEqual([]);
    expect(json.errors.every((e) => e.file.endsWith('so-y-te.xlsx') && e.sheet !== null && e.cell !== null)).toBe(true);
  });

  test('a missing input is said once on stderr and listed once among the errors', async () => {
    const missing = at('nop', 'khong-co.xlsx');
    const { json, err } = await jsonOf('score', ['score', at('nop', 'so-tu-phap.xlsx'), missing, '-o', at('mot.ket-qua.xlsx')], 1);
    expect(json.errors.filter((e) => e.file === missing)).toHaveLength(1);
    expect(err.split(missing).length - 1).toBe(1);
  });

  test('exit 3: the write failure alone on stdout', async () => {
    const { json } = await jsonOf('write failure', ['score', at('nop', 'so-tu-phap.xlsx'), '-o', at('blocker', 'out.xlsx')], 3);
    expect(json.error.code).toBe('ENOTDIR');
  });
});

describe('the season', () => {
  test('roster-template and template, single and per member', async () => {
    const { json } = await jsonOf('roster-template', ['roster-template', '-o', at('thanh-vien.xlsx')], 0);
    const wb = await openWorkbook(json.file);
    const ws = wb.getWorksheet(ROSTER_SHEET) as ExcelJS.Worksheet;
    let header = 0;
    ws.eachRow((row, n) => {
      if (!header && row.getCell(2).value === 'Tên đơn vị') header = n;
    });
    MEMBERS.forEach((m, i) => (ws.getRow(header + 1 + i).getCell(2).value = m));
    await wb.xlsx.writeFile(json.file);
    const { json: one } = await jsonOf('template', ['template', '--rubric', 'ktd5-2023', '--unit', 'Sở Tư pháp', '-o', at('mau-mot.xlsx')], 0);
    expect(one.unit).toBe('Sở Tư pháp');
    const { json: each } = await jsonOf('template --roster', ['template', '--roster', at('thanh-vien.xlsx'), '--rubric', 'ktd5-2023', '-o', at('mau')], 0);
    expect(each.files.map((f) => f.unit)).toEqual(MEMBERS);
  });

  test('appraise, notices, consolidate with every season flag and --final, verify', async () => {
    const { json: appraised } = await jsonOf('appraise', ['appraise', at('nop'), '--roster', at('thanh-vien.xlsx'), '-o', at('tham-dinh.xlsx')], 1);
    expect(appraised.units.map((u) => u.file.replace(/^.*[\\/]/, ''))).toEqual(['so-tu-phap.xlsx', 'so-y-te.xlsx', 'so-noi-vu.xlsx']);
    expect(appraised.warnings.map((w) => w.file.replace(/^.*[\\/]/, ''))).toEqual(['so-noi-vu.xlsx']);
    // The secretariat appraises one criterion of Sở Tư pháp, with a reason.
    const wb = await openWorkbook(appraised.output);
    wb.getWorksheet('Thẩm định')?.eachRow((row) => {
      if (row.getCell(1).value === MEMBERS[0] && row.getCell(2).value === 'I.5') {
        row.getCell(7).value = 10;
        row.getCell(8).value = 'Chỉ có 10 văn bản';
      }
    });
    await wb.xlsx.writeFile(appraised.output);

    const { json: notices } = await jsonOf('notices', ['notices', at('nop'), '--appraisal', at('tham-dinh.xlsx'), '-o', at('thong-bao')], 1);
    expect(notices.notices.every((n) => n.written)).toBe(true);
    expect(notices.warnings).toHaveLength(1);

    const { json: last } = await jsonOf('consolidate', ['consolidate', at('nop'), '-o', at('tong-hop-2022.xlsx')], 1);
    expect(last.roster).toBeUndefined();
    const season = ['--roster', at('thanh-vien.xlsx'), '--appraisal', at('tham-dinh.xlsx'), '--explanations', at('thong-bao'), '--previous', at('tong-hop-2022.xlsx')];
    const { json } = await jsonOf('consolidate', ['consolidate', at('nop'), ...season, '--final', '-o', at('tong-hop.xlsx')], 1);
    const tuPhap = json.units.find((u) => u.unit === MEMBERS[0]);
    expect(tuPhap?.criteria.find((c) => c.id === 'I.5')?.appraised).toMatchObject({ value: 10, reason: 'Chỉ có 10 văn bản' });
    expect(tuPhap?.criteria.every((c) => 'explanation' in c)).toBe(true);
    expect(tuPhap?.previous).not.toBeNull();
    expect(json.roster?.map((r) => r.status)).toEqual(['submitted', 'error', 'submitted']);
    expect(json.final?.sources.map((s) => s.kind).sort()).toEqual(['appraisal', 'member', 'member', 'member']);
    // Sở Y tế's value above the maximum is an error; the invisible character a warning, now listed (it used to be dropped).
    expect(json.errors.some((e) => e.file.endsWith('so-y-te.xlsx'))).toBe(true);
    expect(json.warnings.some((w) => w.file.endsWith('so-noi-vu.xlsx'))).toBe(true);
    expect(json.errors.some((e) => e.file.endsWith('so-noi-vu.xlsx'))).toBe(false);

    // An appraisal cell holding an error (#N/A) is not used (an error, exit 1); appraisal rows of units not in this run are used for nothing (warnings).
    const damaged = await openWorkbook(at('tham-dinh.xlsx'));
    damaged.getWorksheet('Thẩm định')?.eachRow((row) => {
      if (row.getCell(1).value === MEMBERS[0] && row.getCell(2).value === 'I.2') row.getCell(7).value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    });
    await damaged.xlsx.writeFile(at('tham-dinh-loi.xlsx'));
    const { json: alone } = await jsonOf('consolidate', ['consolidate', at('nop', 'so-tu-phap.xlsx'), '--appraisal', at('tham-dinh-loi.xlsx'), '-o', at('tu-phap.xlsx')], 1);
    expect(alone.errors.map((e) => e.file.replace(/^.*[\\/]/, ''))).toEqual(['tham-dinh-loi.xlsx']);
    expect(alone.warnings.length).toBeGreaterThanOrEqual(2);
    expect(alone.warnings.every((w) => w.file.endsWith('tham-dinh-loi.xlsx'))).toBe(true);

    const { json: verified } = await jsonOf('verify', ['verify', at('tong-hop.xlsx'), at('nop'), '--appraisal', at('tham-dinh.xlsx')], 0);
    expect(verified).toEqual({ ok: true, changed: [], missing: [], extra: [] });
  });
});

describe('the province tracking', () => {
  test('targets, targets --by-lead, standards, track over all of them', async () => {
    for (const set of ['nq04-dongthap', 'dti-province-2022', 'dongthap-207-2022']) {
      const { json } = await jsonOf('targets', ['targets', '--set', set, '-o', at(`${set}.xlsx`)], 0);
      expect(json.set).toBe(set);
    }
    const { json: byLead } = await jsonOf('targets --by-lead', ['targets', '--set', 'dti-province-2022', '--by-lead', '--period', '2023-11', '-o', at('bao-cao')], 0);
    expect(byLead.files.length).toBeGreaterThan(1);
    const { json: standards } = await jsonOf('standards', ['standards', '--category', 'xa', '--ky', '2023', '-o', at('tieu-chuan.xlsx')], 0);
    expect(standards.categories.map((c) => c.id)).toEqual(['xa']);
    const { json } = await jsonOf('track', ['track', at('nq04-dongthap.xlsx'), at('dti-province-2022.xlsx'), at('bao-cao'), '-o', at('bao-cao-tong-hop.xlsx')], 0);
    expect(json.sets.length).toBeGreaterThan(0);
    expect(json.dti).toHaveLength(1);
    expect(json.byLead).toHaveLength(1);
    expect(json.errors.every((e) => e.severity === 'error')).toBe(true);
    expect(json.warnings.every((w) => w.severity === 'warning')).toBe(true);
  });
});

describe('docs/cli-json.md', () => {
  const doc = readFileSync(path.join(__dirname, '../../docs/cli-json.md'), 'utf8');
  const sections = new Map(doc.split(/^## /m).slice(1).map((s) => [s.slice(0, s.indexOf('\n')).trim(), s]));

  test.each(Object.keys(VERB_JSON))('has a section for "%s" naming each of its keys', (verb) => {
    const section = [...sections].find(([title]) => title.includes(`\`${verb}\``))?.[1];
    expect(section).toBeDefined();
    const schema = VERB_JSON[verb as Verb] as z.ZodType;
    const keysOf = (s: z.ZodType): string[] => {
      const def = (s as unknown as { def: { type: string; shape?: Record<string, unknown>; element?: z.ZodType; options?: z.ZodType[] } }).def;
      if (def.type === 'object') return Object.keys(def.shape ?? {});
      if (def.type === 'array' && def.element) return keysOf(def.element);
      if (def.type === 'union') return [...new Set((def.options ?? []).flatMap(keysOf))];
      return [];
    };
    const keys = keysOf(schema);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((k) => !section?.includes(`\`${k}\``))).toEqual([]);
  });

  test('says once what errors and warnings mean', () => {
    expect(doc).toMatch(/`errors`/);
    expect(doc).toMatch(/`warnings`/);
  });
});
