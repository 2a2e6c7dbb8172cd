/**
 * `ktd5 track` headlines nothing before it is assessed: a standards checklist with no result yet says
 * how many are not assessed, never "đạt và vượt 0/6". Kế hoạch 207/KH-UBND sets six standards for
 * communes (xa.1 100 %, xa.2 50 % …); a filled checklist (xa.1 "100%", xa.2 "40%") keeps its counts.
 * The JSON keeps its counts and fields (the schema is strict).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TrackJsonSchema } from '../../src/cli/json';
import { capture } from '../helpers/cli';
import { filledStandards } from '../helpers/tracking-files';

jest.setTimeout(120_000);

const dir = mkdtempSync(path.join(os.tmpdir(), 'ktd5-unassessed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let blank: string;
let filled: string;
beforeAll(async () => {
  blank = path.join(dir, 'xa-trong.xlsx');
  filled = path.join(dir, 'xa-da-dien.xlsx');
  writeFileSync(blank, await filledStandards('dongthap-207-2022', 'xa', '2025', {}));
  writeFileSync(filled, await filledStandards('dongthap-207-2022', 'xa', '2025', { '1': '100%', '2': '40%' }));
});

test('a blank checklist: "chưa đánh giá 6/6", no "đạt và vượt 0/6", for the table and its group', async () => {
  const { out } = await capture(['track', blank]);
  expect(out).toContain('chưa đánh giá 6/6 — chưa có kết quả nào để đánh giá');
  expect(out).toMatch(/^ {2}Đối với cấp xã: chưa đánh giá 6\/6$/m);
  expect(out).not.toMatch(/đạt và vượt 0\/|: 0\/6 \(/);
});

test('in English: "not assessed 6/6", no "met or exceeded 0/6"', async () => {
  const { out } = await capture(['track', blank, '--lang', 'en']);
  expect(out).toContain('not assessed 6/6 — no result to assess yet');
  expect(out).toMatch(/^ {2}Đối với cấp xã: not assessed 6\/6$/m);
  expect(out).not.toMatch(/met or exceeded 0\//);
});

test('a checklist with results keeps its counts: 1 met (xa.1 100 %), 1 not (xa.2 40 % of 50 %), 4 not assessed', async () => {
  const { out } = await capture(['track', filled]);
  expect(out).toContain('đạt và vượt 1/6; chưa đạt 1/6; chưa đánh giá 4/6');
  expect(out).toContain('Đối với cấp xã: 1/6 (vượt 0, đạt 1, chưa đạt 1, chưa đánh giá 4)');
});

test('--json: counts, not a headline; every standard "unknown" with its words; the shape as declared', async () => {
  const json = TrackJsonSchema.parse(JSON.parse((await capture(['track', blank, '--json'])).out));
  const [set] = json.sets;
  expect(set!.total).toEqual({ total: 6, vuot: 0, dat: 0, chuaDat: 0, unknown: 6, met: 0 });
  expect(set!.indicators.map((i) => [i.status, i.label])).toEqual(Array(6).fill(['unknown', 'Chưa đánh giá']));
});
