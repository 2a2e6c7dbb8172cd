/**
 * The Khối's year-end job through the `ktd5` command on real .xlsx files: template, score,
 * consolidate. The oracle for points is the engine (itself checked against the documents); ranks
 * and ties follow competition ranking; every problem names file, sheet and cell.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { scoreUnit, type RawValue } from '../../src/engine';
import { getRubric } from '../../src/rubrics';
import { TABLE_HEADERS, DATA_SHEET_NAME, INSTRUCTIONS_SHEET_NAME } from '../../src/workbook/layouts/data-sheet-contract';
import { editCell, FULL_MARKS, openWorkbook, writeMember, type Member, type Values } from '../helpers/members';
import { capture } from '../helpers/cli';

// Each command starts parser processes; on a busy machine that takes longer than jest's 5 s default.
jest.setTimeout(60_000);
const rubric = getRubric('ktd5-2023')!;
const engineTotal = (m: Member) => scoreUnit(rubric, { self: m.self as Record<string, RawValue>, appraised: (m.appraised ?? {}) as Record<string, RawValue> }).total;
const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const texts = (ws: ExcelJS.Worksheet): string[] => {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => out.push(typeof c.value === 'object' && c.value && 'richText' in c.value ? c.value.richText.map((r) => r.text).join('') : String(c.value))));
  return out;
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'ktd5-khoi-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ktd5 template', () => {
  test('the data sheet of the contract: nine headers, one row per criterion, protected, with instructions', async () => {
    const file = path.join(dir, 'mau.xlsx');
    const r = await capture(['template', '--rubric', 'ktd5-2023', '--unit', 'Sở Thử nghiệm', '--khoi', 'Khối 5', '--ky', '2023', '-o', file]);
    expect(r.code).toBe(0);
    const wb = await openWorkbook(file);
    expect(wb.getWorksheet(INSTRUCTIONS_SHEET_NAME)).toBeDefined();
    const ws = wb.getWorksheet(DATA_SHEET_NAME)!;
    let headerRow = 0;
    ws.eachRow((row, n) => {
      const values = (row.values as unknown[]).filter((v) => typeof v === 'string');
      if (!headerRow && TABLE_HEADERS.every((h) => values.includes(h))) headerRow = n;
    });
    expect(headerRow).toBeGreaterThan(0);
    const header = ws.getRow(headerRow);
    expect(TABLE_HEADERS.map((_, i) => header.getCell(i + 1).value)).toEqual([...TABLE_HEADERS]);
    const ids: string[] = [];
    ws.eachRow((row, n) => {
      const id = row.getCell(1).value;
      if (n > headerRow && typeof id === 'string' && rubric.byId.has(id)) {
        ids.push(id);
        const c = rubric.byId.get(id)!;
        expect(row.getCell(2).value).toBe(c.text);
        for (const b of c.bands) expect(String(row.getCell(3).value)).toContain(b.text);
        expect(row.getCell(9).value).toBe(c.max);
        // Points are native formulas; the unit's inputs are unlocked, the rest (the Khối's appraised column too) locked.
        expect(row.getCell(7).formula).toBeTruthy();
        expect(row.getCell(8).formula).toBeTruthy();
        for (const col of [4, 5]) expect(row.getCell(col).protection?.locked).toBe(false);
        for (const col of [1, 2, 3, 6, 7, 8, 9]) expect(row.getCell(col).protection?.locked).not.toBe(false);
        expect(row.getCell(6).fill).toMatchObject({ fgColor: { argb: expect.stringContaining('F2F2F2') } });
        if (c.kind === 'bool' || c.kind === 'choice') {
          const dv = row.getCell(4).dataValidation;
          expect(dv?.type).toBe('list');
        }
      }
    });
    expect(ids).toEqual(rubric.criteria.map((c) => c.id));
    expect((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
  });

  test('usage errors exit 2: no unit, unknown rubric, not an .xlsx output', async () => {
    expect((await capture(['template', '--rubric', 'ktd5-2023', '-o', path.join(dir, 'x.xlsx')])).code).toBe(2);
    expect((await capture(['template', '--rubric', 'khong-co', '--unit', 'A', '-o', path.join(dir, 'x.xlsx')])).code).toBe(2);
    expect((await capture(['template', '--rubric', 'ktd5-2023', '--unit', 'A', '-o', path.join(dir, 'x.csv')])).code).toBe(2);
  });
});

describe('ktd5 consolidate', () => {
  const leader: Member = { unit: 'Đơn vị Dẫn đầu', self: FULL_MARKS };
  const tiedValues: Values = { ...FULL_MARKS, 'II.4': '95,5%', 'III.2': 0.8, 'IV.3': 7 };
  const tiedA: Member = { unit: 'Đơn vị Đồng hạng A', self: tiedValues };
  const tiedB: Member = { unit: 'Đơn vị Đồng hạng B', self: { ...tiedValues, 'I.2': 'co', 'I.3': 'x', 'II.4': 92 } };
  const appraised: Member = {
    unit: 'Đơn vị Thẩm định',
    self: { ...FULL_MARKS, 'I.5': '25 bài', 'IV.3': 10 },
    appraised: { 'I.5': 12, 'IV.3': 6 },
  };
  const twice: Member = { unit: 'Đơn vị Gửi hai lần', self: FULL_MARKS };
  const formulaName: Member = { unit: '=HYPERLINK("http://example.invalid","bấm")', self: { ...FULL_MARKS, 'I.1': 'trien khai it nhat 2 lan/nam', 'II.7': '' } };
  let khoiDir: string;
  let out: string;
  let result: { code: number; out: string; err: string };
  let json: {
    units: { unit: string; file: string; total: number; rank: number; tie: boolean; criteria: { id: string; points: number; max: number; state: string }[] }[];
    proposed: unknown;
    errors: { file: string; sheet: string | null; cell: string | null; message: string }[];
  };
  const hashes = new Map<string, string>();
  let badCell = '';

  beforeAll(async () => {
    khoiDir = path.join(dir, 'khoi');
    mkdirSync(khoiDir);
    await writeMember(khoiDir, '1-dan-dau.xlsx', leader);
    await writeMember(khoiDir, '2-dong-hang-a.xlsx', tiedA);
    await writeMember(khoiDir, '3-dong-hang-b.xlsx', tiedB);
    await writeMember(khoiDir, '4-tham-dinh.xlsx', appraised);
    await writeMember(khoiDir, '5-ten-cong-thuc.xlsx', formulaName);
    // A unit sent twice under two file names: both files named, neither ranked.
    await writeMember(khoiDir, '6-gui-lai.xlsx', twice);
    await writeMember(khoiDir, '8-gui-lai-lan-2.xlsx', { ...twice, self: { ...FULL_MARKS, 'IV.3': 5 } });
    // A unit whose sheet has a manual score above its max and a value that is not an answer.
    const bad = await writeMember(khoiDir, '7-loi.xlsx', { unit: 'Đơn vị Nhập sai', self: FULL_MARKS });
    badCell = await editCell(bad, 'IV.3', 'Giá trị tự đánh giá', 12);
    await editCell(bad, 'II.8', 'Giá trị tự đánh giá', 'chắc là có');
    for (const f of ['1-dan-dau.xlsx', '7-loi.xlsx']) hashes.set(f, hash(path.join(khoiDir, f)));
    out = path.join(dir, 'xep-hang.xlsx');
    result = await capture(['consolidate', khoiDir, '-o', out, '--json']);
    json = JSON.parse(result.out);
  }, 60_000);

  test('exit 1 because some files had errors; the good ones are still ranked and written', () => {
    expect(result.code).toBe(1);
    expect(json.units.map((u) => u.unit).sort()).toEqual([leader, tiedA, tiedB, appraised, formulaName, { unit: 'Đơn vị Nhập sai' }].map((m) => m.unit).sort());
    expect(readFileSync(out).length).toBeGreaterThan(1000);
    for (const [f, h] of hashes) expect(hash(path.join(khoiDir, f))).toBe(h);
  });

  test('totals are the engine\'s, appraised where present; competition ranks; ties flagged', () => {
    const byUnit = new Map(json.units.map((u) => [u.unit, u]));
    for (const m of [leader, tiedA, tiedB, appraised, formulaName]) expect(byUnit.get(m.unit)?.total).toBe(engineTotal(m));
    expect(engineTotal(tiedA)).toBe(engineTotal(tiedB));
    const a = byUnit.get(tiedA.unit)!;
    const b = byUnit.get(tiedB.unit)!;
    expect(a.rank).toBe(b.rank);
    expect(a.tie && b.tie).toBe(true);
    // Competition ranking: the rank is 1 + the number of units strictly ahead.
    for (const u of json.units) expect(u.rank).toBe(1 + json.units.filter((o) => o.total > u.total).length);
    expect(json.units.filter((u) => u.tie).every((u) => json.units.some((o) => o !== u && o.total === u.total))).toBe(true);
    expect(json.units[0]?.unit).toBe(leader.unit);
    expect(json.proposed).toMatchObject({ unit: leader.unit, tie: false });
    const t = byUnit.get(appraised.unit)!;
    expect(t.criteria.find((c) => c.id === 'I.5')).toMatchObject({ points: 2, max: 4 });
    expect(t.criteria.find((c) => c.id === 'IV.3')).toMatchObject({ points: 6, max: 10, state: 'partial' });
    expect(byUnit.get(formulaName.unit)!.criteria.find((c) => c.id === 'II.7')?.state).toBe('missing');
    for (const u of json.units) expect(Object.keys(u).sort()).toEqual(['complete', 'criteria', 'file', 'maxPossible', 'problems', 'rank', 'tie', 'total', 'unit']);
  });

  test('errors name the file, sheet and cell in Vietnamese: duplicate unit, value above max, not an answer', () => {
    for (const e of json.errors) expect(Object.keys(e).sort()).toEqual(['cell', 'file', 'message', 'sheet']);
    for (const f of ['6-gui-lai.xlsx', '8-gui-lai-lan-2.xlsx']) {
      const dup = json.errors.find((e) => e.file.endsWith(f));
      expect(dup?.message).toContain('đã nộp 2 tệp');
      expect(dup?.message).toContain('6-gui-lai.xlsx');
      expect(dup?.message).toContain('8-gui-lai-lan-2.xlsx');
    }
    expect(json.units.some((u) => u.unit === twice.unit)).toBe(false);
    const above = json.errors.find((e) => e.file.endsWith('7-loi.xlsx') && e.cell === badCell);
    expect(above?.sheet).toBe(DATA_SHEET_NAME);
    expect(above?.message).toMatch(/7-loi\.xlsx.*Dữ liệu.*ô/);
    expect(json.errors.filter((e) => e.file.endsWith('7-loi.xlsx')).length).toBe(2);
  });

  test('the workbook: ranking with proposal and signature, matrix, appraisal, errors; text from members stays text', async () => {
    const wb = await openWorkbook(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Xếp hạng', 'Ma trận điểm', 'Thẩm định', 'Lỗi']);
    const ranking = wb.getWorksheet('Xếp hạng')!;
    const all = texts(ranking).join('\n');
    expect(all).toContain('TRƯỞNG KHỐI');
    expect(all).toContain('Khối thi đua 5');
    expect(all).toContain('741/KH-KTĐ5');
    expect(all).toContain(`Đề nghị tặng Bằng khen: ${leader.unit}`);
    expect(ranking.pageSetup.orientation).toBe('landscape');
    expect(ranking.pageSetup.paperSize).toBe(9);
    // The member's formula-looking name is written as text, never as a formula.
    let nameCell: ExcelJS.Cell | undefined;
    ranking.eachRow((row) => row.eachCell((c) => {
      if (c.value === formulaName.unit) nameCell = c;
    }));
    expect(nameCell).toBeDefined();
    expect(nameCell!.type).toBe(3); // ValueType.String
    const appraisal = texts(wb.getWorksheet('Thẩm định')!).join('\n');
    expect(appraisal).toContain(appraised.unit);
    expect(appraisal).toContain('I.5');
    expect(appraisal).toContain('IV.3');
    const errors = texts(wb.getWorksheet('Lỗi')!).join('\n');
    expect(errors).toContain('8-gui-lai-lan-2.xlsx');
    expect(errors).toContain(badCell);
  });

  test('--lang en writes English sheets and messages; a tie at the top is left to the Khối', async () => {
    const tieDir = path.join(dir, 'tie');
    mkdirSync(tieDir);
    await writeMember(tieDir, 'a.xlsx', tiedA);
    await writeMember(tieDir, 'b.xlsx', tiedB);
    const o = path.join(dir, 'tie.xlsx');
    const r = await capture(['consolidate', tieDir, '-o', o, '--json', '--lang', 'en']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.proposed).toMatchObject({ tie: true });
    expect(j.units.every((u: { rank: number; tie: boolean }) => u.rank === 1 && u.tie)).toBe(true);
    const wb = await openWorkbook(o);
    expect(wb.worksheets[0]?.name).not.toBe('Xếp hạng');
    expect(texts(wb.worksheets[0]!).join('\n')).toMatch(/tie/i);
    // the human report ends with the same decision, in Vietnamese by default
    const human = await capture(['consolidate', tieDir, '-o', path.join(dir, 'tie-vi.xlsx')]);
    expect(human.out.trim().split('\n').at(-1)).toMatch(/^Đồng hạng nhất: .+, .+ — Khối xem xét, quyết định\.$/);
  });

  test('usage: no -o, no inputs, or an input as the output exit 2 and touch nothing', async () => {
    expect((await capture(['consolidate', khoiDir])).code).toBe(2);
    expect((await capture(['consolidate', '-o', path.join(dir, 'x.xlsx')])).code).toBe(2);
    const input = path.join(khoiDir, '1-dan-dau.xlsx');
    const r = await capture(['consolidate', khoiDir, '-o', input]);
    expect(r.code).toBe(2);
    expect(hash(input)).toBe(hashes.get('1-dan-dau.xlsx'));
  });
});

describe('ktd5 score', () => {
  test('a results workbook per unit: bands, self vs appraised, missing evidence, what it takes', async () => {
    const sdir = path.join(dir, 'score');
    mkdirSync(sdir);
    const file = await writeMember(sdir, 'don-vi.xlsx', { ...appraisedMember(), evidence: { 'I.1': 'Kế hoạch 12/KH' } });
    const before = hash(file);
    const o = path.join(dir, 'ket-qua.xlsx');
    const r = await capture(['score', file, '-o', o, '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    const u = j.units[0];
    expect(u.total).toBe(engineTotal(appraisedMember()));
    const i5 = u.criteria.find((c: { id: string }) => c.id === 'I.5');
    expect(i5).toMatchObject({ source: 'appraised', band: 'Từ 10 đến 19 văn bản, tin bài', self: { points: 4 }, appraised: { points: 2 } });
    expect(i5.next).toMatchObject({ gain: 2 });
    expect(u.missingEvidence).toContain('II.1');
    expect(u.missingEvidence).not.toContain('I.1');
    expect(hash(file)).toBe(before);
    const wb = await openWorkbook(o);
    const all = wb.worksheets.map((w) => texts(w).join('\n')).join('\n');
    expect(all).toContain('Từ 10 đến 19 văn bản, tin bài');
    expect(all).toContain('Thiếu minh chứng');
  });
});

function appraisedMember(): Member {
  return { unit: 'Đơn vị Chấm thử', self: { ...FULL_MARKS, 'I.5': 25 }, appraised: { 'I.5': 15 } };
}
