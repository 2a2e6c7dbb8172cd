/**
 * A Khối's whole season through the `ktd5` command, on files built here: roster → templates → members
 * fill (one missing, one twice, one with the wrong period, one with another rubric, one damaged, one
 * stray) → statuses → appraisal workbook → three values changed with reasons → notices → two units
 * explain → consolidation with explanations → sealed version → verify → next year beside this one.
 * The oracle for points is the engine over the values the files hold (itself checked against the
 * document); statuses and hashes are computed from what the test wrote.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { scoreUnit, type RawValue } from '../../src/engine';
import { getRubric } from '../../src/rubrics';
import { DATA_SHEET_NAME } from '../../src/workbook/layouts/data-sheet-contract';
import { APPRAISAL_HEADERS, NOTICE_EXPLANATION, NOTICE_SHEET, ROSTER_HEADERS, ROSTER_SHEET } from '../../src/workbook/season/contract';
import { fillDataSheet, type FillValues } from '../../src/workbook/xlsx/fill';
import { capture } from '../helpers/cli';
import { editCell, evidenceFor, FULL_MARKS, openWorkbook, type Values } from '../helpers/members';
import { appraise, explain } from '../helpers/season-files';

jest.setTimeout(120_000);
const rubric = getRubric('ktd5-2023')!;
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const text = (v: ExcelJS.CellValue): string => (v && typeof v === 'object' && 'richText' in v ? v.richText.map((r) => r.text).join('') : v === null || v === undefined ? '' : String(v));
const allTexts = (ws: ExcelJS.Worksheet): string[] => {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => out.push(text(c.value))));
  return out;
};
const total = (self: Values, appraised: Values = {}) => scoreUnit(rubric, { self: self as Record<string, RawValue>, appraised: appraised as Record<string, RawValue> }).total;
const json = (out: string) => JSON.parse(out) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const MEMBERS = ['Sở Tư pháp', 'Sở Y tế', 'Sở Giáo dục và Đào tạo', 'Sở Nội vụ', 'Ban Dân tộc', 'Sở Công Thương', 'Sở Xây dựng'];
const SLUGS = ['so-tu-phap', 'so-y-te', 'so-giao-duc-va-dao-tao', 'so-noi-vu', 'ban-dan-toc', 'so-cong-thuong', 'so-xay-dung'];

// What the members enter. Sở Y tế lowers some values, leaves I.2 without evidence and carries an appraised value of its own.
const TU_PHAP: Values = FULL_MARKS;
const Y_TE: Values = { ...FULL_MARKS, 'II.4': '90%', 'III.3': '50%', 'I.5': 12 };
const Y_TE_OWN_APPRAISED: Values = { 'II.4': '88%' };
const Y_TE_EVIDENCE = Object.fromEntries(Object.entries(evidenceFor(Y_TE)).filter(([id]) => id !== 'I.2'));

let dir: string;
/** The sealed consolidation's JSON (step 7), last year's figures in step 9. */
let sealed: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const at = (...p: string[]) => path.join(dir, ...p);

async function fill(template: string, target: string, values: FillValues): Promise<void> {
  writeFileSync(target, await fillDataSheet(new Uint8Array(readFileSync(template)), values));
}

/** Edits a file on disk with a helper that takes and gives bytes. */
async function rewrite(file: string, change: (bytes: Uint8Array) => Promise<Uint8Array>): Promise<void> {
  writeFileSync(file, await change(new Uint8Array(readFileSync(file))));
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'ktd5-season-'));
  for (const d of ['mau', 'nop', 'thong-bao', 'nam-sau']) mkdirSync(at(d));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a Khối season on files', () => {
  test('1. roster-template writes "Thành viên" with its header row; the secretariat lists the members', async () => {
    const r = await capture(['roster-template', '-o', at('thanh-vien.xlsx')]);
    expect(r.code).toBe(0);
    const wb = await openWorkbook(at('thanh-vien.xlsx'));
    const ws = wb.getWorksheet(ROSTER_SHEET)!;
    expect(ws).toBeDefined();
    let headerRow = 0;
    ws.eachRow((row, n) => {
      if (!headerRow && text(row.getCell(2).value) === 'Tên đơn vị') headerRow = n;
    });
    expect([1, 2, 3, 4].map((c) => text(ws.getRow(headerRow).getCell(c).value))).toEqual([...ROSTER_HEADERS]);
    MEMBERS.forEach((m, i) => {
      ws.getRow(headerRow + 1 + i).getCell(1).value = i < 2 ? `TV0${i + 1}` : null;
      ws.getRow(headerRow + 1 + i).getCell(2).value = m;
      ws.getRow(headerRow + 1 + i).getCell(3).value = `Đầu mối ${i + 1}`;
    });
    await wb.xlsx.writeFile(at('thanh-vien.xlsx'));
    // Never over an existing roster.
    const again = await capture(['roster-template', '-o', at('thanh-vien.xlsx')]);
    expect(again.code).toBe(2);
  });

  test('2. template --roster: one data sheet per member, the name as on the roster, ASCII slugs, never overwriting', async () => {
    const r = await capture(['template', '--roster', at('thanh-vien.xlsx'), '--rubric', 'ktd5-2023', '--khoi', 'Khối thi đua 5', '--ky', '2023', '-o', at('mau'), '--json']);
    expect(r.code).toBe(0);
    expect(readdirSync(at('mau')).sort()).toEqual(SLUGS.map((s) => `${s}.xlsx`).sort());
    for (const [i, m] of MEMBERS.entries()) {
      const ws = (await openWorkbook(at('mau', `${SLUGS[i]}.xlsx`))).getWorksheet(DATA_SHEET_NAME)!;
      expect(text(ws.getCell('C4').value)).toBe(m);
      expect(text(ws.getCell('C6').value)).toBe('2023');
    }
    const before = sha(at('mau', 'so-tu-phap.xlsx'));
    const again = await capture(['template', '--roster', at('thanh-vien.xlsx'), '--rubric', 'ktd5-2023', '-o', at('mau'), '--json']);
    expect(again.code).toBe(0);
    expect(json(again.out).files.every((f: { written: boolean }) => !f.written)).toBe(true);
    expect(sha(at('mau', 'so-tu-phap.xlsx'))).toBe(before);
  });

  test('3. members fill; consolidate --roster gives each member its status and names stray files', async () => {
    const tpl = (slug: string) => at('mau', `${slug}.xlsx`);
    await fill(tpl('so-tu-phap'), at('nop', 'so-tu-phap.xlsx'), { self: TU_PHAP, evidence: evidenceFor(TU_PHAP) });
    await fill(tpl('so-y-te'), at('nop', 'so-y-te.xlsx'), { self: Y_TE, evidence: Y_TE_EVIDENCE, appraised: Y_TE_OWN_APPRAISED });
    // Sở Nội vụ submits twice; Ban Dân tộc fills last year's period; Sở Công Thương names another rubric; Sở Xây dựng's file is damaged.
    await fill(tpl('so-noi-vu'), at('nop', 'so-noi-vu.xlsx'), { self: FULL_MARKS, evidence: evidenceFor(FULL_MARKS) });
    await fill(tpl('so-noi-vu'), at('nop', 'so-noi-vu-lan-2.xlsx'), { self: { ...FULL_MARKS, 'I.5': 5 }, evidence: evidenceFor(FULL_MARKS) });
    await fill(tpl('ban-dan-toc'), at('nop', 'ban-dan-toc.xlsx'), { self: FULL_MARKS, evidence: evidenceFor(FULL_MARKS), header: { 'Kỳ đánh giá': '2022' } });
    await fill(tpl('so-cong-thuong'), at('nop', 'so-cong-thuong.xlsx'), { self: FULL_MARKS, header: { 'Bộ tiêu chí': 'ktd5-2021' } });
    writeFileSync(at('nop', 'so-xay-dung.xlsx'), 'PK\u0003\u0004 not really a workbook');
    // A unit the roster does not have (a misspelling of Sở Y tế).
    await fill(tpl('so-y-te'), at('nop', 'so-y-te-ban-sao.xlsx'), { self: Y_TE, header: { 'Đơn vị': 'Sở Y tê' } });

    const r = await capture(['consolidate', at('nop'), '--roster', at('thanh-vien.xlsx'), '--json', '-o', at('tong-hop-tam.xlsx')]);
    expect(r.code).toBe(1);
    const out = json(r.out);
    const status = Object.fromEntries(out.roster.map((e: { unit: string; status: string }) => [e.unit, e.status]));
    expect(status).toEqual({
      'Sở Tư pháp': 'submitted',
      'Sở Y tế': 'submitted',
      'Sở Giáo dục và Đào tạo': 'missing',
      'Sở Nội vụ': 'duplicate',
      'Ban Dân tộc': 'wrong-period',
      'Sở Công Thương': 'wrong-rubric',
      'Sở Xây dựng': 'error',
    });
    const noiVu = out.roster.find((e: { unit: string }) => e.unit === 'Sở Nội vụ');
    expect(noiVu.files.map((f: string) => path.basename(f)).sort()).toEqual(['so-noi-vu-lan-2.xlsx', 'so-noi-vu.xlsx']);
    expect(out.roster.find((e: { unit: string }) => e.unit === 'Sở Giáo dục và Đào tạo').file).toBeNull();
    expect(out.unknownUnits).toEqual([{ unit: 'Sở Y tê', file: expect.stringContaining('so-y-te-ban-sao.xlsx'), suggestion: 'Sở Y tế' }]);
    // Files of another period, rubric or unit are not ranked.
    const ranked = out.units.map((u: { unit: string }) => u.unit);
    for (const u of ['Ban Dân tộc', 'Sở Công Thương', 'Sở Y tê']) expect(ranked).not.toContain(u);
    expect(out.units.find((u: { unit: string }) => u.unit === 'Sở Tư pháp').total).toBe(total(TU_PHAP));

    const wb = await openWorkbook(at('tong-hop-tam.xlsx'));
    const statusSheet = wb.getWorksheet('Tình hình nộp')!;
    expect(statusSheet).toBeDefined();
    expect(allTexts(statusSheet)).toEqual(expect.arrayContaining(['Chưa nộp', 'Nộp trùng', 'Sai kỳ đánh giá', 'Sai bộ tiêu chí', 'Tệp lỗi', 'Đã nộp', 'Sở Y tê']));
    // The first printed page (the ranking) names the missing member above the signature block.
    const ranking = wb.worksheets[0]!;
    let missingRow = 0;
    let signRow = 0;
    ranking.eachRow((row, n) => {
      const t = text(row.getCell(1).value);
      if (t.includes('Đơn vị chưa nộp') && t.includes('Sở Giáo dục và Đào tạo')) missingRow = n;
      if (text(row.getCell(2).value) === 'NGƯỜI TỔNG HỢP') signRow = n;
    });
    expect(missingRow).toBeGreaterThan(0);
    expect(signRow).toBeGreaterThan(missingRow);
  });

  test('4. appraise: one sheet "Thẩm định", one row per unit and criterion, live formulas, missing evidence marked', async () => {
    for (const f of ['so-noi-vu-lan-2.xlsx', 'ban-dan-toc.xlsx', 'so-cong-thuong.xlsx', 'so-xay-dung.xlsx', 'so-y-te-ban-sao.xlsx']) rmSync(at('nop', f));
    const r = await capture(['appraise', at('nop'), '--roster', at('thanh-vien.xlsx'), '-o', at('tham-dinh.xlsx'), '--json']);
    expect(r.code).toBe(0);
    const ws = (await openWorkbook(at('tham-dinh.xlsx'))).getWorksheet('Thẩm định')!;
    let headerRow = 0;
    ws.eachRow((row, n) => {
      if (!headerRow && text(row.getCell(1).value) === 'Đơn vị' && text(row.getCell(2).value) === 'Mã') headerRow = n;
    });
    expect(APPRAISAL_HEADERS.map((_, i) => text(ws.getRow(headerRow).getCell(i + 1).value))).toEqual([...APPRAISAL_HEADERS]);
    const rows: { unit: string; id: string; row: ExcelJS.Row }[] = [];
    ws.eachRow((row, n) => {
      if (n > headerRow && row.getCell(2).value) rows.push({ unit: text(row.getCell(1).value), id: text(row.getCell(2).value), row });
    });
    // Roster order, every criterion of each of the three units counted.
    expect(rows.map((x) => `${x.unit} ${x.id}`)).toEqual(['Sở Tư pháp', 'Sở Y tế', 'Sở Nội vụ'].flatMap((u) => rubric.criteria.map((c) => `${u} ${c.id}`)));
    for (const x of rows) {
      expect(x.row.getCell(9).formula).toBeTruthy();
      expect(x.row.getCell(7).protection?.locked).toBe(false);
      expect(x.row.getCell(8).protection?.locked).toBe(false);
      expect(x.row.getCell(9).protection?.locked).not.toBe(false);
    }
    const yteI2 = rows.find((x) => x.unit === 'Sở Y tế' && x.id === 'I.2')!;
    expect(text(yteI2.row.getCell(5).value)).toContain('Thiếu minh chứng');
    expect(rows.filter((x) => text(x.row.getCell(5).value).includes('Thiếu minh chứng')).map((x) => `${x.unit} ${x.id}`)).toEqual(['Sở Y tế I.2']);
    // The unit's own appraised value is carried in; self points are the engine's.
    const yteII4 = rows.find((x) => x.unit === 'Sở Y tế' && x.id === 'II.4')!;
    expect(yteII4.row.getCell(7).value).toBe('88%');
    const self = scoreUnit(rubric, { self: Y_TE as Record<string, RawValue>, appraised: {} }).criteria.find((c) => c.id === 'II.4')!;
    expect(yteII4.row.getCell(6).value).toBe(self.self.points);
  });

  test('5. the secretariat changes three values with reasons; notices per unit carry them', async () => {
    await rewrite(at('tham-dinh.xlsx'), (bytes) =>
      appraise(bytes, [
        { unit: 'Sở Tư pháp', id: 'II.4', value: '80%', reason: 'Minh chứng chỉ chứng minh 80%.' },
        { unit: 'Sở Tư pháp', id: 'I.5', value: 10, reason: 'Chỉ 10 văn bản đúng hạn.' },
        { unit: 'Sở Y tế', id: 'II.4', value: '70%', reason: 'Số liệu hệ thống ghi 70%.' },
      ]),
    );
    const r = await capture(['notices', at('nop'), '--appraisal', at('tham-dinh.xlsx'), '-o', at('thong-bao'), '--json']);
    expect(r.code).toBe(1); // Sở Y tế's own appraised value differs from the appraisal workbook
    expect(readdirSync(at('thong-bao')).sort()).toEqual(['thong-bao-so-noi-vu.xlsx', 'thong-bao-so-tu-phap.xlsx', 'thong-bao-so-y-te.xlsx']);
    const ws = (await openWorkbook(at('thong-bao', 'thong-bao-so-tu-phap.xlsx'))).getWorksheet(NOTICE_SHEET)!;
    const texts = allTexts(ws);
    expect(texts).toEqual(expect.arrayContaining(['THÔNG BÁO KẾT QUẢ THẨM ĐỊNH', 'Sở Tư pháp', NOTICE_EXPLANATION, 'Minh chứng chỉ chứng minh 80%.']));
    const appraisedTotal = total(TU_PHAP, { 'II.4': '80%', 'I.5': 10 });
    let totalShown = false;
    ws.eachRow((row) => {
      if (text(row.getCell(1).value) === 'Tổng điểm tạm tính') totalShown = row.getCell(3).value === appraisedTotal;
      if (text(row.getCell(1).value) === 'II.4') {
        const expected = scoreUnit(rubric, { self: TU_PHAP as Record<string, RawValue>, appraised: { 'II.4': '80%' } }).criteria.find((c) => c.id === 'II.4')!;
        expect(row.getCell(4).value).toBe(expected.self.points);
        expect(row.getCell(6).value).toBe(expected.final.points);
        expect(row.getCell(9).protection?.locked).toBe(false);
      }
    });
    expect(totalShown).toBe(true);
    // Never over an answered notice.
    const before = sha(at('thong-bao', 'thong-bao-so-tu-phap.xlsx'));
    await capture(['notices', at('nop'), '--appraisal', at('tham-dinh.xlsx'), '-o', at('thong-bao')]);
    expect(sha(at('thong-bao', 'thong-bao-so-tu-phap.xlsx'))).toBe(before);
  });

  test('6. two units explain; consolidate --appraisal --explanations shows them and changes no score', async () => {
    for (const [file, explanation] of [
      ['thong-bao-so-tu-phap.xlsx', 'Đơn vị bổ sung Báo cáo 12/BC chứng minh 100%.'],
      ['thong-bao-so-y-te.xlsx', 'Hệ thống chưa cập nhật số liệu tháng 12.'],
    ] as const) {
      await rewrite(at('thong-bao', file), (bytes) => explain(bytes, { 'II.4': explanation }));
    }
    const base = await capture(['consolidate', at('nop'), '--appraisal', at('tham-dinh.xlsx'), '--json', '-o', at('tong-hop-td.xlsx')]);
    const r = await capture(['consolidate', at('nop'), '--roster', at('thanh-vien.xlsx'), '--appraisal', at('tham-dinh.xlsx'), '--explanations', at('thong-bao'), '--json', '-o', at('tong-hop-gt.xlsx')]);
    expect(r.code).toBe(1);
    const out = json(r.out);
    const unit = (name: string) => out.units.find((u: { unit: string }) => u.unit === name);
    expect(unit('Sở Tư pháp').total).toBe(total(TU_PHAP, { 'II.4': '80%', 'I.5': 10 }));
    expect(unit('Sở Y tế').total).toBe(total(Y_TE, { 'II.4': '70%' }));
    expect(json(base.out).units.map((u: { unit: string; total: number }) => [u.unit, u.total])).toEqual(out.units.map((u: { unit: string; total: number }) => [u.unit, u.total]));
    const tpII4 = unit('Sở Tư pháp').criteria.find((c: { id: string }) => c.id === 'II.4');
    expect(tpII4.appraised).toMatchObject({ value: '80%', reason: 'Minh chứng chỉ chứng minh 80%.' });
    expect(tpII4.explanation).toBe('Đơn vị bổ sung Báo cáo 12/BC chứng minh 100%.');
    expect(unit('Sở Tư pháp').criteria.find((c: { id: string }) => c.id === 'I.2').appraised).toBeNull();
    expect(unit('Sở Y tế').criteria.find((c: { id: string }) => c.id === 'II.4').explanation).toBe('Hệ thống chưa cập nhật số liệu tháng 12.');
    // The unit's own appraised value (88%) differs from the appraisal workbook's (70%): a problem naming both files.
    const conflict = out.errors.find((e: { message: string }) => e.message.includes('tham-dinh.xlsx'));
    expect(conflict.file).toContain('so-y-te.xlsx');
    expect(conflict.message).toContain('88%');
    expect(conflict.message).toContain('70%');
    const ws = (await openWorkbook(at('tong-hop-gt.xlsx'))).getWorksheet('Thẩm định')!;
    expect(allTexts(ws)).toEqual(expect.arrayContaining(['Lý do thẩm định', 'Giải trình của đơn vị', 'Chỉ 10 văn bản đúng hạn.', 'Hệ thống chưa cập nhật số liệu tháng 12.']));
  });

  test('7. --final records every file with its SHA-256, protects every sheet, says BẢN CHÍNH THỨC with the date', async () => {
    // Sở Y tế's conflicting own appraised value stays named on the sealed version (exit 1).
    const r = await capture(['consolidate', at('nop'), '--roster', at('thanh-vien.xlsx'), '--appraisal', at('tham-dinh.xlsx'), '--final', '--json', '-o', at('tong-hop-2023.xlsx')]);
    expect(r.code).toBe(1);
    sealed = json(r.out);
    expect(sealed.final.sources.length).toBe(readdirSync(at('nop')).length + 1);
    const wb = await openWorkbook(at('tong-hop-2023.xlsx'));
    const sources = wb.getWorksheet('Nguồn dữ liệu')!;
    const recorded = new Map<string, string>();
    sources.eachRow((row) => {
      const hash = text(row.getCell(3).value);
      if (/^[0-9a-f]{64}$/.test(hash)) recorded.set(path.basename(text(row.getCell(1).value)), hash);
    });
    const expected = new Map([...readdirSync(at('nop')).map((f) => [f, sha(at('nop', f))] as const), ['tham-dinh.xlsx', sha(at('tham-dinh.xlsx'))]]);
    expect(recorded).toEqual(expected);
    for (const ws of wb.worksheets) expect((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
    const now = new Date();
    const date = `${String(now.getDate()).padStart(2, '0')}/${String(now.getMonth() + 1).padStart(2, '0')}/${now.getFullYear()}`;
    const title = [1, 2, 3, 4].map((n) => text(wb.worksheets[0]!.getCell(`A${n}`).value));
    expect(title).toContain(`BẢN CHÍNH THỨC — ngày ${date}`);
  });

  test('8. verify passes on the same files, fails after one member file is edited', async () => {
    const ok = await capture(['verify', at('tong-hop-2023.xlsx'), at('nop'), '--appraisal', at('tham-dinh.xlsx'), '--json']);
    expect(ok.code).toBe(0);
    expect(json(ok.out)).toEqual({ ok: true, changed: [], missing: [], extra: [] });
    await editCell(at('nop', 'so-tu-phap.xlsx'), 'III.3', 'Giá trị tự đánh giá', '75%');
    const bad = await capture(['verify', at('tong-hop-2023.xlsx'), at('nop'), '--appraisal', at('tham-dinh.xlsx'), '--json']);
    expect(bad.code).toBe(1);
    const out = json(bad.out);
    expect(out.ok).toBe(false);
    expect(out.changed.map((f: string) => path.basename(f))).toEqual(['so-tu-phap.xlsx']);
    // A missing appraisal workbook and an extra file are named too.
    copyFileSync(at('nop', 'so-y-te.xlsx'), at('nop', 'so-y-te-them.xlsx'));
    const more = json((await capture(['verify', at('tong-hop-2023.xlsx'), at('nop'), '--json'])).out);
    expect(more.missing).toEqual(['tham-dinh.xlsx'].map((f) => expect.stringContaining(f)));
    expect(more.extra.map((f: string) => path.basename(f))).toEqual(['so-y-te-them.xlsx']);
    rmSync(at('nop', 'so-y-te-them.xlsx'));
  });

  test('9. next year with --previous: last year\'s total and rank, the change, units new this year', async () => {
    const last = sealed;
    const tpl = (slug: string) => at('mau', `${slug}.xlsx`);
    const TU_PHAP_2024: Values = { ...FULL_MARKS, 'II.4': '50%', 'I.5': 5, 'III.3': '50%' };
    await fill(tpl('so-tu-phap'), at('nam-sau', 'so-tu-phap.xlsx'), { self: TU_PHAP_2024, header: { 'Kỳ đánh giá': '2024', 'Đơn vị': 'SỞ TƯ PHÁP' } });
    await fill(tpl('so-y-te'), at('nam-sau', 'so-y-te.xlsx'), { self: FULL_MARKS, header: { 'Kỳ đánh giá': '2024' } });
    await fill(tpl('so-giao-duc-va-dao-tao'), at('nam-sau', 'so-gd.xlsx'), { self: FULL_MARKS, header: { 'Kỳ đánh giá': '2024' } });
    const r = await capture(['consolidate', at('nam-sau'), '--previous', at('tong-hop-2023.xlsx'), '--json', '-o', at('tong-hop-2024.xlsx')]);
    expect(r.code).toBe(0);
    const out = json(r.out);
    const lastOf = (name: string) => last.units.find((u: { unit: string }) => u.unit === name);
    const tp = out.units.find((u: { unit: string }) => u.unit === 'SỞ TƯ PHÁP');
    expect(tp.previous).toEqual({ total: lastOf('Sở Tư pháp').total, rank: lastOf('Sở Tư pháp').rank });
    expect(tp.change.points).toBeCloseTo(total(TU_PHAP_2024) - lastOf('Sở Tư pháp').total, 6);
    const yte = out.units.find((u: { unit: string }) => u.unit === 'Sở Y tế');
    expect(yte.previous).toEqual({ total: lastOf('Sở Y tế').total, rank: lastOf('Sở Y tế').rank });
    const gd = out.units.find((u: { unit: string }) => u.unit === 'Sở Giáo dục và Đào tạo');
    expect(gd.previous).toBeNull();
    expect(gd.newThisYear).toBe(true);
    const ws = (await openWorkbook(at('tong-hop-2024.xlsx'))).getWorksheet('So với năm trước')!;
    const texts = allTexts(ws);
    expect(texts).toContain('Mới năm nay');
    const changeOf = (name: string): string => {
      let found = '';
      ws.eachRow((row) => {
        if (text(row.getCell(2).value) === name) found = text(row.getCell(6).value);
      });
      return found;
    };
    expect(total(FULL_MARKS)).toBeGreaterThan(lastOf('Sở Y tế').total);
    expect(changeOf('Sở Y tế')).toMatch(/^▲ /);
    expect(total(TU_PHAP_2024)).toBeLessThan(lastOf('Sở Tư pháp').total);
    expect(changeOf('SỞ TƯ PHÁP')).toMatch(/^▼ /);
    expect(changeOf('Sở Giáo dục và Đào tạo')).toBe('Mới năm nay');
  });

  test('files made before the season still read: a data sheet with the appraised column unlocked and filled', async () => {
    const r = await capture(['consolidate', at('nop', 'so-y-te.xlsx'), '--json', '-o', at('chi-y-te.xlsx')]);
    const out = json(r.out);
    expect(out.units[0].total).toBe(total(Y_TE, Y_TE_OWN_APPRAISED));
  });
});
