/**
 * The terminal's sentences as a reader meets them: English says "rank 9/13 in" its region and counts
 * "1 unit" (not "1 units"); a provisional unit's status reads "Tạm tính (…)", never "Tạm tính: …" after a
 * "Tình trạng:" label. Inputs: the DTI document's tracking workbook and a member built here.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type IndexData } from '../../src/engine';
import { findDocument } from '../../src/rubrics';
import { dtiWorkbook } from '../../src/workbook/tracking/workbooks';
import { renderXlsx } from '../../src/workbook/xlsx/render';
import { capture } from '../helpers/cli';
import { FULL_MARKS, writeMember } from '../helpers/members';

jest.setTimeout(120_000);

const dir = mkdtempSync(path.join(os.tmpdir(), 'ktd5-words-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('track: the DTI rank is "hạng 9/13 khu vực …" and "rank 9/13 in the …"', async () => {
  const dti = path.join(dir, 'dti.xlsx');
  writeFileSync(dti, await renderXlsx(dtiWorkbook(findDocument('dti-province-2022') as IndexData)));
  expect((await capture(['track', dti])).out).toMatch(/điểm \(tính từ trụ cột\), hạng 9\/13 khu vực Đồng bằng sông Cửu Long\n/);
  expect((await capture(['track', dti, '--lang', 'en'])).out).toMatch(/points \(from the pillars\), rank 9\/13 in the \S.*\n/);
});

test('score: one unit is "1 unit", a provisional status is in parentheses', async () => {
  const member = await writeMember(dir, 'thieu.xlsx', { unit: 'Đơn vị thiếu', self: { ...FULL_MARKS, 'I.1': null } });
  const en = await capture(['score', member, '-o', path.join(dir, 'kq-en.xlsx'), '--lang', 'en']);
  expect(en.out + en.err).toContain('Scored 1 unit; 0 errors to check.');
  expect(en.out).toContain('Đơn vị thiếu: 96/100 — Provisional (1 criterion not entered)');
  const vi = await capture(['score', member, '-o', path.join(dir, 'kq-vi.xlsx')]);
  expect(vi.out).toContain('Đơn vị thiếu: 96/100 — Tạm tính (1 tiêu chí chưa nhập)');
});
