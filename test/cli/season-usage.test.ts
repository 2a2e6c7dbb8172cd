/** The season verbs' usage errors (exit 2, nothing written, inputs untouched), in both languages. */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { capture } from '../helpers/cli';

jest.setTimeout(60_000);
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
let dir: string;
let roster: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'ktd5-season-usage-'));
  roster = path.join(dir, 'thanh-vien.xlsx');
  expect((await capture(['roster-template', '-o', roster])).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('an output over the roster, the appraisal or last year is refused before anything is read', async () => {
  const before = sha(roster);
  for (const f of ['--roster', '--appraisal', '--previous']) {
    const r = await capture(['consolidate', dir, f, roster, '-o', roster]);
    expect(r.code).toBe(2);
  }
  expect(sha(roster)).toBe(before);
});

test('notices need --appraisal and a folder; verify needs a sealed consolidation', async () => {
  expect((await capture(['notices', dir, '-o', path.join(dir, 'tb')])).code).toBe(2);
  expect(existsSync(path.join(dir, 'tb'))).toBe(false);
  writeFileSync(path.join(dir, 'file.txt'), 'x');
  const asFile = await capture(['notices', dir, '--appraisal', roster, '-o', path.join(dir, 'file.txt'), '--lang', 'en']);
  expect(asFile.code).toBe(2);
  expect(asFile.err).toContain('is not a folder');
  const notSealed = await capture(['verify', roster, dir]);
  expect(notSealed.code).toBe(2);
  expect(notSealed.err).toContain('Nguồn dữ liệu');
  const empty = await capture(['template', '--roster', roster, '--rubric', 'ktd5-2023', '-o', path.join(dir, 'mau'), '--lang', 'en']);
  expect(empty.code).toBe(2);
  expect(empty.err).toContain('lists no unit');
});
