/**
 * The command's numbers in the user's language: the decimal comma throughout in Vietnamese, the point
 * in English (--lang en); JSON keeps raw numbers. A member scored 98,5 (IV.1 judged 3,5 of 5), the DTI
 * document and tracking workbooks built from the documents are the inputs.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findDocument } from '../../src/rubrics';
import { type IndexData } from '../../src/engine';
import { dtiWorkbook } from '../../src/workbook/tracking/workbooks';
import { renderXlsx } from '../../src/workbook/xlsx/render';
import { DATA_SHEET_NAME, HEADER_BLOCK } from '../../src/workbook/layouts/data-sheet-contract';
import { capture } from '../helpers/cli';
import { FULL_MARKS, openWorkbook, writeMember } from '../helpers/members';

jest.setTimeout(120_000);

const dir = mkdtempSync(path.join(os.tmpdir(), 'ktd5-numbers-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('numbers in the terminal', () => {
  let member: string;
  let dti: string;
  beforeAll(async () => {
    member = await writeMember(dir, 'don-vi.xlsx', { unit: 'Đơn vị thử', self: { ...FULL_MARKS, 'IV.1': 3.5 } });
    dti = path.join(dir, 'dti.xlsx');
    writeFileSync(dti, await renderXlsx(dtiWorkbook(findDocument('dti-province-2022') as IndexData)));
  });

  test('score: "98,5/100" in Vietnamese, "98.5/100" in English, 98.5 in JSON', async () => {
    const vi = await capture(['score', member, '-o', path.join(dir, 'kq-vi.xlsx')]);
    expect(vi.out).toContain('Đơn vị thử: 98,5/100');
    const en = await capture(['score', member, '-o', path.join(dir, 'kq-en.xlsx'), '--lang', 'en']);
    expect(en.out).toContain('Đơn vị thử: 98.5/100');
    const json = JSON.parse((await capture(['score', member, '-o', path.join(dir, 'kq-json.xlsx'), '--json'])).out);
    expect(json.units[0].total).toBe(98.5);
  });

  test('consolidate: the ranking line in each language', async () => {
    expect((await capture(['consolidate', member, '-o', path.join(dir, 'th-vi.xlsx')])).out).toMatch(/Đơn vị thử {2}98,5/);
    expect((await capture(['consolidate', member, '-o', path.join(dir, 'th-en.xlsx'), '--lang', 'en'])).out).toMatch(/Đơn vị thử {2}98\.5/);
  });

  test('show: the DTI tables print "0,5649" in Vietnamese and "0.5649" in English (the document prints 0.5649)', async () => {
    const vi = (await capture(['show', 'dti-province-2022'])).out;
    expect(vi).toMatch(/Đồng Tháp\s+0,5649/);
    expect(vi).not.toMatch(/\b0\.\d{4}\b/);
    expect((await capture(['show', 'dti-province-2022', '--lang', 'en'])).out).toMatch(/Đồng Tháp\s+0\.5649/);
  });

  test('track: the DTI in each language; 2022 pillars are the gap to the 2023 target, not "Chưa đạt"', async () => {
    const vi = (await capture(['track', dti])).out;
    expect(vi).toContain('DTI Đồng Tháp năm 2022: 0,5649 điểm');
    expect(vi).toContain('Nhận thức số: 0,8917 / Từ 95% trở lên → Mục tiêu 2023: còn thiếu 5,83 điểm phần trăm (cao nhất: Long An 0,95)');
    expect(vi).toContain('kết quả năm 2022 so với mục tiêu 2023: đã đạt 0/8; còn thiếu 8/8');
    expect(vi).not.toMatch(/Chưa đạt|\b0\.\d+/);
    const en = (await capture(['track', dti, '--lang', 'en'])).out;
    expect(en).toContain('Nhận thức số: 0.8917 / Từ 95% trở lên → Target 2023: short by 5.83 percentage points (best: Long An 0.95)');
    expect(en).not.toMatch(/\d,\d/);
    const json = JSON.parse((await capture(['track', dti, '--json'])).out);
    const pillar = json.dti[0].pillars.find((p: { id: string }) => p.id === 'nhan-thuc');
    expect(pillar).toMatchObject({ value: 0.8917, status: 'chua-dat', targetYear: '2023', gapText: 'Mục tiêu 2023: còn thiếu 5,83 điểm phần trăm' });
    expect(pillar.gap).toBeCloseTo(0.95 - 0.8917, 12);
  });
});

describe('periods default to the document\'s own', () => {
  test('standards: the plan 2021–2025 gets its final year, not the current year', async () => {
    const json = JSON.parse((await capture(['standards', '--category', 'xa', '-o', path.join(dir, 'tc.xlsx'), '--json'])).out);
    expect(json.year).toBe('2025');
  });

  test('template: the data sheet\'s "Kỳ đánh giá" is 2023 for ktd5-2023', async () => {
    const file = path.join(dir, 'phieu.xlsx');
    expect((await capture(['template', '--rubric', 'ktd5-2023', '--unit', 'Đơn vị thử', '-o', file])).code).toBe(0);
    const ws = (await openWorkbook(file)).getWorksheet(DATA_SHEET_NAME)!;
    let period: unknown;
    ws.eachRow((row) => row.eachCell((cell, c) => {
      if (cell.value === HEADER_BLOCK.period) period = row.getCell(c + 1).value ?? row.getCell(c + 2).value;
    }));
    expect(period).toBe('2023');
  });
});
