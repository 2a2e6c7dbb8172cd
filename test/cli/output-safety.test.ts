/**
 * Issue 11, "inputs are never touched, outputs never half-written, failures never raw", through the
 * command: an output that is an input (given or default; by path, link or inode) is refused; what
 * is not a regular file (FIFO, device, socket, folder) is named and skipped unread; a failure to
 * write exits 3 with a sentence and, with --json, {"error": {code, path, message}}; stale temporary
 * files are removed; texts past Excel's limits are cut and named; names cannot spoof the terminal.
 * Beside every bad input a good member file is scored as it is alone, and no input changes.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { formatNumber } from '../../src/engine';
import { ParserPool } from '../../src/workbook/xlsx/pool';
import { capture } from '../helpers/cli';
import { MEMBER_VALUES, goodTemplate } from '../helpers/hostile-xlsx';
import { fillDataSheet } from '../../src/workbook/xlsx/fill';

jest.setTimeout(180_000);

const ROOT = path.resolve(__dirname, '..', '..');
const GOOD = 'Sở Tư pháp';
let work: string;
let members: string;
let good: string;
let before: Record<string, string>;
let alone: { total: number; criteria: unknown[] };

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** Every regular file's hash under `dir` (FIFOs, sockets and links to devices are not read). */
function hashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { withFileTypes: true })) if (e.isFile()) out[e.name] = sha256(path.join(dir, e.name));
  return out;
}

async function member(unit: string, evidence: Record<string, string> = {}): Promise<Uint8Array> {
  const all = Object.fromEntries(Object.keys(MEMBER_VALUES).map((id, i) => [id, evidence[id] ?? `Văn bản số ${100 + i}/BC`]));
  return fillDataSheet(await goodTemplate(), { self: MEMBER_VALUES, evidence: all, header: { 'Đơn vị': unit } });
}

interface UnitJson {
  unit: string;
  total: number;
  criteria: unknown[];
}

beforeAll(async () => {
  if (!existsSync(path.join(ROOT, 'lib', 'workbook', 'xlsx', 'parse-child.js'))) throw new Error('run `npm run build:cli` first');
  work = mkdtempSync(path.join(os.tmpdir(), 'ktd5-output-'));
  members = path.join(work, 'members');
  mkdirSync(members);
  good = path.join(members, 'so-tu-phap.xlsx');
  writeFileSync(good, await member(GOOD));
  const solo = await capture(['consolidate', good, '-o', path.join(work, 'alone.xlsx'), '--json']);
  expect(solo.code).toBe(0);
  alone = (JSON.parse(solo.out) as { units: UnitJson[] }).units[0]!;
  before = hashes(members);
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The good unit, scored beside bad inputs, is scored exactly as it is alone. */
function goodScoredRight(units: UnitJson[]): void {
  const u = units.find((x) => x.unit === GOOD);
  expect(u).toBeDefined();
  expect({ total: u!.total, criteria: u!.criteria }).toEqual({ total: alone.total, criteria: alone.criteria });
}

describe('an output that is an input is refused, given or default, by path, link or inode', () => {
  test('`score DIR` without -o, when the default name is one of the inputs: exit 2, input unchanged', async () => {
    const dir = path.join(work, 'default');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'a.xlsx'), readFileSync(good));
    writeFileSync(path.join(dir, 'ket-qua-cham-diem.xlsx'), await member('Sở Tài chính'));
    const kept = hashes(dir);
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const run = await capture(['score', '.']);
      expect(run.code).toBe(2);
      expect(run.err).toContain('Tên tệp kết quả mặc định "ket-qua-cham-diem.xlsx" trùng một tệp đầu vào');
    } finally {
      process.chdir(cwd);
    }
    expect(hashes(dir)).toEqual(kept);
  });

  test('`score FILE` whose default name is a link to the input: refused', async () => {
    const dir = path.join(work, 'default-link');
    mkdirSync(dir);
    const input = path.join(dir, 'x.xlsx');
    writeFileSync(input, readFileSync(good));
    symlinkSync(input, path.join(dir, 'x.ket-qua.xlsx'));
    const run = await capture(['score', input]);
    expect(run.code).toBe(2);
    expect(sha256(input)).toBe(sha256(good));
  });

  test('-o a hard link of an input (same inode), or a path through a linked folder: refused', async () => {
    const hard = path.join(work, 'hard.xlsx');
    linkSync(good, hard);
    const viaLink = path.join(work, 'members-link');
    symlinkSync(members, viaLink);
    for (const output of [hard, path.join(viaLink, 'so-tu-phap.xlsx')]) {
      const run = await capture(['consolidate', members, '-o', output]);
      expect({ output, code: run.code }).toEqual({ output, code: 2 });
    }
    expect(hashes(members)).toEqual(before);
  });
});

describe('only regular files are read', () => {
  let run: { code: number; out: string; err: string };
  let dir: string;
  let server: net.Server | undefined;

  beforeAll(async () => {
    dir = path.join(work, 'odd');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'so-tu-phap.xlsx'), readFileSync(good));
    execFileSync('mkfifo', [path.join(dir, 'ong-dan.xlsx')]);
    symlinkSync('/dev/zero', path.join(dir, 'zero.xlsx'));
    server = net.createServer();
    await new Promise<void>((resolve) => server!.listen(path.join(dir, 'socket.xlsx'), resolve));
    const started = Date.now();
    run = await capture(['consolidate', dir, '/dev/urandom', '-o', path.join(work, 'odd.xlsx'), '--json']);
    expect(Date.now() - started).toBeLessThan(25_000); // not the parser's 30 s time limit
  });

  afterAll(() => server?.close());

  test('each is named with its kind and skipped; the good file is scored as alone; exit 1', () => {
    expect(run.code).toBe(1);
    const json = JSON.parse(run.out) as { units: UnitJson[]; errors: { file: string; message: string }[] };
    goodScoredRight(json.units);
    const message = (name: string) => json.errors.find((e) => e.file.endsWith(name))?.message;
    expect(message('ong-dan.xlsx')).toMatch(/: đây là một ống dẫn \(FIFO\), không phải tệp thông thường; không đọc \(fifo\)\.$/);
    expect(message('zero.xlsx')).toMatch(/: đây là một thiết bị, không phải tệp thông thường; không đọc \(characterDevice\)\.$/);
    expect(message('/dev/urandom')).toMatch(/^Tệp "\/dev\/urandom": đây là một thiết bị/);
    expect(message('socket.xlsx')).toMatch(/đây là một socket, không phải tệp thông thường/);
    expect(hashes(dir)).toEqual({ 'so-tu-phap.xlsx': sha256(good) });
  });

  test('the parser process refuses them too, by the descriptor it opened (no read of /dev/zero or a FIFO)', async () => {
    const pool = new ParserPool({ size: 1 });
    try {
      expect(await pool.parse('/dev/zero')).toEqual({ ok: false, io: 'notRegular:characterDevice' });
      expect(await pool.parse(path.join(dir, 'ong-dan.xlsx'))).toEqual({ ok: false, io: 'notRegular:fifo' });
      expect(await pool.parse(dir)).toEqual({ ok: false, io: 'EISDIR' });
    } finally {
      pool.close();
    }
  });

  test('a folder or a FIFO where one file is expected (rubric-import, --rubric): named, not read, no wait', async () => {
    const folder = await capture(['rubric-import', dir, '-o', path.join(work, 'r.json')]);
    expect(folder.code).toBe(2);
    expect(folder.err).toContain('đây là một thư mục, không phải tệp');
    execFileSync('mkfifo', [path.join(work, 'bo.json')]);
    const fifo = await capture(['consolidate', good, '--rubric', path.join(work, 'bo.json'), '-o', path.join(work, 'r.xlsx')]);
    expect(fifo.code).toBe(1);
    expect(fifo.err).toContain('ống dẫn (FIFO)');
  });
});

/** Root ignores permissions, so a read-only folder is a read-only mount; unprivileged runs use chmod. */
function tryMount(dir: string, options: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('a failure to write: exit 3, a sentence naming the path and the reason, JSON on stdout, nothing left', () => {
  const mounts: string[] = [];
  afterAll(() => {
    for (const m of mounts) execFileSync('umount', [m]);
  });

  async function failing(output: string, code: string, words: RegExp, lang: 'vi' | 'en' = 'vi'): Promise<void> {
    const run = await capture(['consolidate', members, '-o', output, '--json', '--lang', lang]);
    expect(run.code).toBe(3);
    const json = JSON.parse(run.out) as { error: { code: string; path: string; message: string } };
    expect(Object.keys(json)).toEqual(['error']);
    expect(json.error.code).toBe(code);
    expect(json.error.path).toBe(output);
    expect(json.error.message).toContain(`"${output}"`);
    expect(json.error.message).toMatch(words);
    expect(run.err).toContain(json.error.message);
    expect(run.err).not.toMatch(/\n\s+at /); // no stack trace
    expect(hashes(members)).toEqual(before);
    const dir = path.dirname(output);
    if (existsSync(dir) && statSync(dir).isDirectory()) expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }

  test('a read-only folder (EROFS, or EACCES when not root)', async () => {
    const dir = path.join(work, 'readonly');
    mkdirSync(dir);
    if (process.getuid?.() === 0) {
      if (!tryMount(dir, 'ro,size=64k')) return void console.warn('skipped: cannot mount a read-only tmpfs here');
      mounts.push(dir);
      await failing(path.join(dir, 'out.xlsx'), 'EROFS', /Không ghi được .*: ổ đĩa hoặc thư mục chỉ cho phép đọc \(EROFS\)\. Không có tệp nào được ghi\./);
    } else {
      execFileSync('chmod', ['555', dir]);
      await failing(path.join(dir, 'out.xlsx'), 'EACCES', /không có quyền truy cập \(EACCES\)/);
    }
  });

  test('a full disk (ENOSPC, a 64 KB tmpfs nearly full)', async () => {
    const dir = path.join(work, 'full');
    mkdirSync(dir);
    if (!tryMount(dir, 'size=64k')) return void console.warn('skipped: mounting a small tmpfs needs root; ENOSPC not tested here');
    mounts.push(dir);
    try {
      writeFileSync(path.join(dir, 'filler'), new Uint8Array(60 * 1024));
    } catch {
      // filled to the last byte: all the better
    }
    await failing(path.join(dir, 'out.xlsx'), 'ENOSPC', /the disk is full \(ENOSPC\)\. Nothing was written\./, 'en');
  });

  test('-o under a file (ENOTDIR), -o a folder (EISDIR), a name too long (ENAMETOOLONG)', async () => {
    const file = path.join(work, 'a-file');
    writeFileSync(file, 'x');
    await failing(path.join(file, 'out.xlsx'), 'ENOTDIR', /một phần của đường dẫn là tệp, không phải thư mục \(ENOTDIR\)/);
    const folder = path.join(work, 'a-folder.xlsx');
    mkdirSync(folder);
    await failing(folder, 'EISDIR', /đây là một thư mục, không phải tệp \(EISDIR\)/);
    await failing(path.join(work, `${'n'.repeat(300)}.xlsx`), 'ENAMETOOLONG', /tên tệp hoặc đường dẫn quá dài \(ENAMETOOLONG\)/);
  });
});

test('temporary files of a killed run are removed; a live run\'s are kept', async () => {
  const dir = path.join(work, 'stale');
  mkdirSync(dir);
  let dead = 4_000_000;
  for (;;) {
    try {
      process.kill(dead, 0);
      dead--;
    } catch {
      break;
    }
  }
  const stale = `.xep-hang.xlsx.${dead}.1700000000000.tmp`;
  const live = `.xep-hang.xlsx.${process.ppid}.1700000000001.tmp`;
  writeFileSync(path.join(dir, stale), 'half');
  writeFileSync(path.join(dir, live), 'busy');
  const run = await capture(['consolidate', members, '-o', path.join(dir, 'xep-hang.xlsx')]);
  expect(run.code).toBe(0);
  expect(readdirSync(dir).sort()).toEqual([live, 'xep-hang.xlsx'].sort());
});

describe("texts past Excel's limits: cut, named by unit and file, the good unit scored right", () => {
  const LONG = 40_000;
  let longFile: string;
  let longHash: string;
  let dir: string;

  beforeAll(async () => {
    dir = path.join(work, 'long');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'so-tu-phap.xlsx'), readFileSync(good));
    longFile = path.join(dir, 'dai.xlsx');
    writeFileSync(longFile, await member(`Sở Dài ${'ư'.repeat(LONG)}`, { 'II.4': `Minh chứng ${'m'.repeat(LONG)}` }));
    longHash = sha256(longFile);
  });

  async function allWithin(file: string): Promise<void> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    let longest = 0;
    for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((cell) => (longest = Math.max(longest, String(cell.value ?? '').length))));
    expect(longest).toBeLessThanOrEqual(32_767);
    expect(longest).toBeGreaterThan(30_000); // the long texts are there, cut, not dropped
    for (const [name, data] of Object.entries(unzipSync(new Uint8Array(readFileSync(file))))) {
      if (!name.startsWith('xl/worksheets/')) continue;
      for (const m of strFromU8(data).matchAll(/<(oddFooter|oddHeader)>([^<]*)</g)) expect(m[2]!.replace(/&amp;/g, '&').length).toBeLessThanOrEqual(255);
    }
    for (const ws of wb.worksheets) expect(ws.name.length).toBeLessThanOrEqual(31);
  }

  test('consolidate and score: cells ≤ 32,767, headers and footers ≤ 255, a warning naming the unit and the file', async () => {
    for (const verb of ['consolidate', 'score']) {
      const output = path.join(work, `long-${verb}.xlsx`);
      const run = await capture([verb, dir, '-o', output, '--json']);
      expect({ verb, code: run.code }).toEqual({ verb, code: 0 });
      const json = JSON.parse(run.out) as { units: (UnitJson & { criteria: { id: string; points: number }[] })[] };
      const points = (u: { criteria: unknown[] }) => (u.criteria as { id: string; points: number }[]).map(({ id, points }) => ({ id, points }));
      const goodUnit = json.units.find((u) => u.unit === GOOD)!;
      expect({ total: goodUnit.total, points: points(goodUnit) }).toEqual({ total: alone.total, points: points(alone) });
      expect(json.units).toHaveLength(2);
      expect(run.err).toMatch(new RegExp(`Tệp "[^"]*dai\\.xlsx", trang "[^"]+": tên đơn vị "Sở Dài ư+…" dài ${formatNumber(LONG + 7, 'vi').replace('.', '\\.')} ký tự, quá giới hạn 32\\.767 ký tự của Excel; tệp kết quả \\(trang "[^"]+", ô [A-Z]+\\d+\\)`));
      // Evidence is shown on the results sheets of `score`, not on the ranking.
      if (verb === 'score') expect(run.err).toMatch(/dai\.xlsx", trang "[^"]+", ô [A-Z]+\d+: minh chứng tiêu chí II\.4 của đơn vị "Sở Dài ư+…" dài 40\.011 ký tự/);
      await allWithin(output);
    }
    expect(sha256(longFile)).toBe(longHash);
    expect(hashes(dir)['so-tu-phap.xlsx']).toBe(sha256(good));
  });
});

test('names from member files cannot move the cursor or reverse a line in the terminal', async () => {
  const dir = path.join(work, 'spoof');
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'a.xlsx'), await member('Sở A\r  1  Sở Giả  100\u001b[2K\u202eSở B'));
  const run = await capture(['consolidate', dir, '-o', path.join(work, 'spoof.xlsx')]);
  for (const text of [run.out, run.err]) {
    expect(text).not.toContain('\r');
    expect(text).not.toContain('\u001b');
    expect(text).not.toContain('\u202e');
  }
  expect(run.out.split('\n').filter(Boolean)).toEqual([`  1  Sở A 1 Sở Giả 100[2KSở B  ${alone.total}  Đầy đủ`, 'Đề nghị tặng Bằng khen: Sở A 1 Sở Giả 100[2KSở B (điểm cao nhất).']);
});
