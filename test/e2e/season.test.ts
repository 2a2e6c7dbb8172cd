/**
 * The Khối's season on the built standalone page in Chromium, on files built here: the roster → the
 * members' files (two filled, one submitted twice, one of the wrong period, one missing) → the
 * collection status → the appraisal workbook downloaded, three values changed with reasons in a
 * spreadsheet (exceljs), loaded back → the notices downloaded → two units explain → the
 * explanations shown → the sealed version downloaded and checked by `ktd5 verify` (hashes match;
 * one edited member file makes it fail) → last year's consolidation gives ▲/▼. Oracles: statuses
 * from what the test wrote, points from the engine over the values in the files.
 */
import fs from 'node:fs';
import type http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { type Download, type Page } from 'playwright-core';
import { scoreUnit, type RawValue } from '../../src/engine';
import { getRubric } from '../../src/rubrics';
import { scoreFiles } from '../../src/workbook/khoi/score-files';
import { consolidationWorkbook } from '../../src/workbook/layouts/consolidation';
import { loadWorkbookGrid } from '../../src/workbook/xlsx/load';
import { renderXlsx } from '../../src/workbook/xlsx/render';
import { capture } from '../helpers/cli';
import { FULL_MARKS, type Values } from '../helpers/members';
import { appraise, explain, memberFile, rosterFile } from '../helpers/season-files';
import { openPage, requireBuiltPage, serveDist, type Session } from './browser';

jest.setTimeout(240_000);
const rubric = getRubric('ktd5-2023')!;
const total = (self: Values, appraised: Values = {}) => scoreUnit(rubric, { self: self as Record<string, RawValue>, appraised: appraised as Record<string, RawValue> }).total;
const Y_TE: Values = { ...FULL_MARKS, 'II.4': '90%', 'III.3': '50%', 'I.5': 12 };
const CHANGES = [
  { unit: 'Sở Tư pháp', id: 'II.4', value: '80%', reason: 'Hệ thống ghi 80%.' },
  { unit: 'Sở Y tế', id: 'I.5', value: 10, reason: 'Chỉ 10 tin bài có minh chứng.' },
  { unit: 'Sở Y tế', id: 'IV.3', value: 6, reason: 'Sáng kiến cấp cơ sở.' },
];
const xlsx = (name: string, bytes: Uint8Array) => ({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(bytes) });
const bytesOf = async (d: Download) => new Uint8Array(fs.readFileSync(await d.path()));

async function download(page: Page, testId: string): Promise<Download> {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), page.click(`[data-testid="${testId}"]`)]);
  return d;
}
const focused = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe('a Khối season on the page', () => {
  let server: http.Server;
  let session: Session;
  let dir: string;

  beforeAll(async () => {
    requireBuiltPage();
    const served = await serveDist();
    server = served.server;
    session = await openPage(served.origin, 360);
    await session.page.goto(`${served.origin}/taskpane.html`);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ktd5-page-season-'));
    fs.mkdirSync(path.join(dir, 'nop'));
  });
  afterAll(async () => {
    await session?.close();
    server?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('roster → collection → appraisal → notices → explanations → seal verified by ktd5 verify → last year', async () => {
    const { page } = session;
    await page.click('[data-testid="tab-khoi"]');

    // 1. The roster, before any member file.
    await page.setInputFiles('[data-testid="roster-file-input"]', xlsx('thanh-vien.xlsx', await rosterFile(['Sở Tư pháp', 'Sở Y tế', 'Sở Nội vụ', 'Ban Dân tộc', 'Sở Xây dựng'])));
    await page.waitForFunction(() => document.querySelector('[data-testid="roster-status"]')?.textContent?.includes('5 đơn vị'), null, { timeout: 60000 });
    expect(await focused(page)).toBe('ktd5-roster-heading');

    // 2. The members' files: one missing, one twice, one of last year's period.
    const members: Record<string, Uint8Array> = {
      'so-tu-phap.xlsx': await memberFile('Sở Tư pháp', FULL_MARKS),
      'so-y-te.xlsx': await memberFile('Sở Y tế', Y_TE),
      'so-noi-vu.xlsx': await memberFile('Sở Nội vụ', FULL_MARKS),
      'so-noi-vu-lan-2.xlsx': await memberFile('Sở Nội vụ', { ...FULL_MARKS, 'I.5': 5 }),
      'ban-dan-toc.xlsx': await memberFile('Ban Dân tộc', FULL_MARKS, { period: '2022' }),
    };
    for (const [name, bytes] of Object.entries(members)) fs.writeFileSync(path.join(dir, 'nop', name), bytes);
    await page.setInputFiles('[data-testid="member-files-input"]', Object.entries(members).map(([n, b]) => xlsx(n, b)));
    await page.waitForSelector('[data-testid="collection-row"]', { timeout: 60000 });
    const statuses = await page.locator('[data-testid="collection-row"]').evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-unit'), tr.getAttribute('data-status'), tr.querySelectorAll('td')[1]?.textContent]));
    expect(statuses).toEqual([
      ['Sở Tư pháp', 'submitted', 'Đã nộp'],
      ['Sở Y tế', 'submitted', 'Đã nộp'],
      ['Sở Nội vụ', 'duplicate', 'Nộp trùng'],
      ['Ban Dân tộc', 'wrong-period', 'Sai kỳ đánh giá'],
      ['Sở Xây dựng', 'missing', 'Chưa nộp'],
    ]);
    expect(await page.locator('[data-testid="collection-summary"]').textContent()).toBe('Đã nộp hợp lệ 2/5 đơn vị; chưa nộp 1.');
    expect(await page.locator('[data-testid="rank-unit"]').allTextContents()).toEqual(['Sở Tư pháp', 'Sở Y tế']);
    expect(await focused(page)).toBe('ktd5-ranking-heading');

    // 3. The appraisal workbook, three values changed with reasons, loaded back.
    const book = await download(page, 'appraisal-write');
    expect(book.suggestedFilename()).toBe('tham-dinh.xlsx');
    const filled = await appraise(await bytesOf(book), CHANGES);
    fs.writeFileSync(path.join(dir, 'tham-dinh.xlsx'), filled);
    await page.setInputFiles('[data-testid="appraisal-file-input"]', xlsx('tham-dinh.xlsx', filled));
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="difference-row"]').length === 3, null, { timeout: 60000 });
    expect(await focused(page)).toBe('ktd5-differences-heading');
    expect(await page.locator('[data-testid="appraisal-file-warnings"] li').allTextContents()).toEqual([]);
    const diffs = await page.locator('[data-testid="difference-row"]').evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-unit'), tr.getAttribute('data-id'), tr.querySelector('[data-testid="difference-reason"]')?.textContent]));
    expect(diffs).toEqual(expect.arrayContaining(CHANGES.map((c) => [c.unit, c.id, `Lý do: ${c.reason}`])));
    const shownTotals = await page.locator('[data-testid="rank-row"]').evaluateAll((trs) => Object.fromEntries(trs.map((tr) => [tr.querySelector('[data-testid="rank-unit"]')?.textContent, Number(tr.querySelector('[data-value]')?.getAttribute('data-value'))])));
    expect(shownTotals).toEqual({ 'Sở Tư pháp': total(FULL_MARKS, { 'II.4': '80%' }), 'Sở Y tế': total(Y_TE, { 'I.5': 10, 'IV.3': 6 }) });

    // 4. The notices, one per ranked unit; both units explain; the explanations change no score.
    const zip = await download(page, 'notices-download');
    expect(zip.suggestedFilename()).toBe('thong-bao.zip');
    const notices = unzipSync(await bytesOf(zip));
    expect(Object.keys(notices).sort()).toEqual(['thong-bao-so-tu-phap.xlsx', 'thong-bao-so-y-te.xlsx']);
    const answered = [
      xlsx('thong-bao-so-tu-phap.xlsx', await explain(notices['thong-bao-so-tu-phap.xlsx']!, { 'II.4': 'Đã bổ sung số liệu quý IV.' })),
      xlsx('thong-bao-so-y-te.xlsx', await explain(notices['thong-bao-so-y-te.xlsx']!, { 'I.5': 'Có thêm 2 tin bài trên cổng.' })),
    ];
    await page.setInputFiles('[data-testid="explanations-file-input"]', answered);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="difference-explanation"]').length === 2, null, { timeout: 60000 });
    const explained = await page.locator('[data-testid="difference-row"]').evaluateAll((trs) => trs.flatMap((tr) => { const e = tr.querySelector('[data-testid="difference-explanation"]')?.textContent; return e ? [[tr.getAttribute('data-unit'), tr.getAttribute('data-id'), e]] : []; }));
    expect(explained.sort()).toEqual([
      ['Sở Tư pháp', 'II.4', 'Giải trình: Đã bổ sung số liệu quý IV.'],
      ['Sở Y tế', 'I.5', 'Giải trình: Có thêm 2 tin bài trên cổng.'],
    ]);
    const afterTotals = await page.locator('[data-testid="rank-row"] [data-value]').evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-value'))));
    expect(afterTotals).toEqual(Object.values(shownTotals));

    // 5. The sealed version, checked by the command's verify: the hashes match, and one edited file fails it.
    const sealed = await download(page, 'final-save');
    expect(sealed.suggestedFilename()).toBe('tong-hop-khoi.khoi-thi-dua-5.2023.chinh-thuc.xlsx');
    expect(await page.locator('[data-testid="final-status"]').textContent()).toContain('6 tệp nguồn');
    const sealedPath = path.join(dir, 'tong-hop.xlsx');
    fs.writeFileSync(sealedPath, await bytesOf(sealed));
    const ok = await capture(['verify', sealedPath, path.join(dir, 'nop'), '--appraisal', path.join(dir, 'tham-dinh.xlsx'), '--json']);
    expect(JSON.parse(ok.out)).toEqual({ ok: true, changed: [], missing: [], extra: [] });
    expect(ok.code).toBe(0);
    fs.writeFileSync(path.join(dir, 'nop', 'so-y-te.xlsx'), await memberFile('Sở Y tế', { ...Y_TE, 'I.5': 20 }));
    const bad = await capture(['verify', sealedPath, path.join(dir, 'nop'), '--appraisal', path.join(dir, 'tham-dinh.xlsx'), '--json']);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.out)).toMatchObject({ ok: false, changed: [expect.stringContaining('so-y-te.xlsx')], missing: [], extra: [] });
    const grid = await loadWorkbookGrid(await bytesOf(sealed));
    expect(grid.ok && grid.grid.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Nguồn dữ liệu', 'Tình hình nộp']));

    // 6. Last year's consolidation: Sở Tư pháp had more (▼), Sở Y tế less (▲).
    const Y_TE_2022: Values = { ...Y_TE, 'II.4': '10%', 'II.5': '10%', 'III.1': '10%' };
    expect(total(Y_TE_2022)).toBeLessThan(shownTotals['Sở Y tế']!);
    expect(total(FULL_MARKS)).toBeGreaterThan(shownTotals['Sở Tư pháp']!);
    const lastGrids = await Promise.all([memberFile('Sở Tư pháp', FULL_MARKS), memberFile('Sở Y tế', Y_TE_2022)].map(async (b) => loadWorkbookGrid(await b)));
    const lastYear = scoreFiles(lastGrids.map((g, i) => (g.ok ? { file: `${i}.xlsx`, ok: true as const, grid: g.grid } : { file: `${i}.xlsx`, ok: false as const, io: 'unreadable' })), { resolveRubric: getRubric, lang: 'vi' });
    await page.setInputFiles('[data-testid="previous-file-input"]', xlsx('tong-hop-2022.xlsx', await renderXlsx(consolidationWorkbook(lastYear, { khoi: 'Khối thi đua 5', period: '2022' }, 'vi'))));
    await page.waitForSelector('[data-testid="rank-change"]', { timeout: 60000 });
    const changes = await page.locator('[data-testid="rank-row"]').evaluateAll((trs) => trs.map((tr) => [tr.querySelector('[data-testid="rank-unit"]')?.textContent, tr.querySelector('[data-testid="rank-change"]')?.getAttribute('data-direction'), tr.querySelector('[data-testid="rank-change"] span')?.textContent?.slice(0, 1)]));
    expect(changes).toEqual([
      ['Sở Tư pháp', 'down', '▼'],
      ['Sở Y tế', 'up', '▲'],
    ]);
    expect(await focused(page)).toBe('ktd5-ranking-heading');

    expect(session.outside).toEqual([]);
    const refusedTelemetry = /^Framing 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/' violates the following Content Security Policy directive/;
    expect(session.problems.filter((p) => !refusedTelemetry.test(p))).toEqual([]);
    await page.screenshot({ path: '/tmp/h13p-season.png', fullPage: true });
  });
});
