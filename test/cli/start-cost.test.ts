/**
 * Issue 18 ("fast where users wait"): a run on the built-in documents loads no zod and builds no
 * schema — the main process competes with the parser processes for two cores. Zod is loaded only
 * where a user's document is validated (`--rubric FILE.json`, `show FILE.json`), and validates it
 * as before. Probed over the built command (lib/), one fresh process per run, by what it required.
 * No timing here: the speed itself is measured by `npm run bench`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FULL_MARKS, writeMember } from '../helpers/members';

const ROOT = path.join(__dirname, '..', '..');
const MAIN = path.join(ROOT, 'lib', 'cli', 'main.js');
const FIXTURES = path.join(__dirname, '..', 'fixtures');

/** The newest .ts file the CLI build compiles (tsconfig.cli.json's folders). */
function newestSource(): number {
  const walk = (dir: string): number[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [statSync(path.join(dir, e.name)).mtimeMs] : []));
  return Math.max(...['engine', 'rubrics', 'workbook', 'cli'].flatMap((d) => walk(path.join(ROOT, 'src', d))));
}

interface Probe {
  code: number;
  err: string;
  /** The modules of the zod package the process had loaded when the run ended. */
  zod: string[];
}

/** Runs `ktd5 ARGV` in a fresh node over lib/cli/main.js and reports its exit code and the zod modules it loaded. */
function probe(argv: string[], cwd: string): Probe {
  const script = `
    const { run } = require(${JSON.stringify(MAIN)});
    let err = '';
    run(${JSON.stringify(argv)}, { out: () => {}, err: (t) => (err += t + '\\n') }).then((code) => {
      const zod = Object.keys(require.cache).filter((k) => k.split(require('path').sep).join('/').includes('/node_modules/zod/'));
      process.stdout.write(JSON.stringify({ code, err, zod }));
    });`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd, encoding: 'utf8' })) as Probe;
}

let work: string;

beforeAll(async () => {
  if (!existsSync(MAIN)) throw new Error('lib/ is missing: run `npm run build:cli` first (`npm test` builds before jest).');
  if (statSync(MAIN).mtimeMs < newestSource()) throw new Error('lib/ is older than src/: run `npm run build:cli` first (`npm test` builds before jest).');
  work = mkdtempSync(path.join(os.tmpdir(), 'ktd5-start-cost-'));
  mkdirSync(path.join(work, 'members'));
  for (const [i, unit] of ['Sở Nội vụ', 'Sở Tài chính', 'Sở Y tế'].entries()) {
    await writeMember(path.join(work, 'members'), `don-vi-${i + 1}.xlsx`, { unit, self: { ...FULL_MARKS, 'IV.3': 10 - i } });
  }
}, 60_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('a run on the built-in documents loads no zod', () => {
  test.each([
    ['rubrics', ['rubrics'], undefined],
    ['show', ['show', 'ktd5-2023'], undefined],
    ['template', ['template', '--rubric', 'ktd5-2023', '--unit', 'Sở Công Thương', '-o', 'mau.xlsx'], 'mau.xlsx'],
    ['score', ['score', 'members/don-vi-1.xlsx', 'members/don-vi-2.xlsx', '-o', 'diem.xlsx', '--json'], 'diem.xlsx'],
    ['consolidate', ['consolidate', 'members', '-o', 'tong-hop.xlsx', '--json'], 'tong-hop.xlsx'],
    ['appraise', ['appraise', 'members', '-o', 'tham-dinh.xlsx'], 'tham-dinh.xlsx'],
    ['targets', ['targets', '--set', 'nq04-dongthap', '-o', 'chi-tieu.xlsx'], 'chi-tieu.xlsx'],
  ])('%s', (_verb, argv, written) => {
    const r = probe(argv, work);
    expect(r.code).toBe(0);
    expect(r.zod).toEqual([]);
    if (written) expect(existsSync(path.join(work, written))).toBe(true);
  }, 60_000);

  test('notices and track, over what appraise and targets wrote above', () => {
    const notices = probe(['notices', 'members', '--appraisal', 'tham-dinh.xlsx', '-o', 'thong-bao/'], work);
    expect(notices.code).toBe(0);
    expect(notices.zod).toEqual([]);
    expect(readdirSync(path.join(work, 'thong-bao'))).toHaveLength(3);
    const track = probe(['track', 'chi-tieu.xlsx', '-o', 'theo-doi.xlsx'], work);
    expect(track.code).toBe(0);
    expect(track.zod).toEqual([]);
    expect(existsSync(path.join(work, 'theo-doi.xlsx'))).toBe(true);
  }, 60_000);
});

describe("a user's document is validated, with zod, as before", () => {
  test('--rubric FILE.json: a valid rubric is loaded and used', () => {
    const r = probe(['template', '--rubric', path.join(FIXTURES, 'rubric-2024-example.json'), '--unit', 'Sở Công Thương', '-o', 'mau-2024.xlsx'], work);
    expect(r.code).toBe(0);
    expect(r.zod.length).toBeGreaterThan(0);
    expect(existsSync(path.join(work, 'mau-2024.xlsx'))).toBe(true);
  }, 60_000);

  test('--rubric FILE.json: a broken one is refused (exit 1) naming the file and the field, nothing written', () => {
    const r = probe(['template', '--rubric', path.join(FIXTURES, 'broken-rubric.json'), '--unit', 'Sở Công Thương', '-o', 'hong.xlsx'], work);
    expect(r.code).toBe(1);
    expect(r.err).toContain('broken-rubric.json');
    expect(r.err).toContain('sections.0.points');
    expect(r.zod.length).toBeGreaterThan(0);
    expect(existsSync(path.join(work, 'hong.xlsx'))).toBe(false);
  }, 60_000);

  test('show FILE.json validates the file as well', () => {
    const r = probe(['show', path.join(FIXTURES, 'broken-rubric.json'), '--lang', 'en'], work);
    expect(r.code).toBe(1);
    expect(r.err).toContain('sections.0.points');
    expect(r.zod.length).toBeGreaterThan(0);
  }, 60_000);
});
