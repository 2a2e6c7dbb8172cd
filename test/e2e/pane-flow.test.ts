/**
 * The standalone page (`npm run page`: dist/page.html) in Chromium, as a user goes through it: it
 * requests no office.js (nor anything outside 127.0.0.1); "Cần gì để thêm điểm" lists every step, the
 * most points first, five shown and "Xem thêm N mục" (aria-expanded) for the rest, I.4 "Không" → "Có"
 * (+4) among them; "Thiếu minh chứng (20)" shows five and folds the rest; focus lands on the result's
 * heading (or status line) after scoring, each download, consolidation and loading; the Chỉ tiêu screen
 * headlines nothing for a checklist not yet assessed and loads filled tracking, standards and per-lead
 * workbooks back, several at once, showing what `ktd5 track` shows.
 */
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { findDocument } from '../../src/rubrics';
import { parsePeriod } from '../../src/workbook/tracking/by-lead/period';
import { leadPlanOf, leadWorkbooks } from '../../src/workbook/tracking/by-lead/workbooks';
import { renderXlsx } from '../../src/workbook/xlsx/render';
import { FULL_MARKS, memberBytes } from '../helpers/members';
import { filledStandards, trackingBytes } from '../helpers/tracking-files';
import { openPage, OUTPUT, requireBuiltPage, serveDist, type Session } from './browser';

jest.setTimeout(180_000);

let server: http.Server;
let served: string[];
let session: Session;
let page: Page;
const requested: string[] = [];

const file = (name: string, bytes: Uint8Array) => ({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
/** The focused element's data-testid, once focus has settled there. */
async function focusedOn(testId: string): Promise<void> {
  await page.waitForFunction((id) => document.activeElement?.getAttribute('data-testid') === id, testId, { timeout: 30000 });
}

beforeAll(async () => {
  requireBuiltPage();
  ({ server, served } = await serveDist());
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  session = await openPage(origin);
  page = session.page;
  page.on('request', (r) => requested.push(r.url()));
  await page.goto(`${origin}/page.html`);
  await page.waitForFunction(() => document.querySelector('[data-testid="host"]')?.textContent === 'Trang độc lập', null, { timeout: 30000 });
  await page.waitForLoadState('networkidle');
}, 60000);

afterAll(async () => {
  await session?.close();
  await new Promise((resolve) => server?.close(resolve));
});

test('the standalone page requests no office.js and nothing outside this machine', () => {
  expect(requested.length).toBeGreaterThan(0);
  expect(requested.filter((u) => /office/i.test(u))).toEqual([]);
  expect(served.filter((p) => /office/i.test(p))).toEqual([]);
  expect(session.outside).toEqual([]);
  expect(session.problems).toEqual([]);
});

test('Chấm điểm: every step by points gained, five shown then "Xem thêm"; long lists fold; focus on the result', async () => {
  const self = { ...FULL_MARKS, 'I.1': 'Triển khai ít nhất 2 lần/năm', 'I.2': 'Không', 'I.4': 'Không', 'I.5': 19, 'II.1': 'Không', 'II.4': '95%', 'III.2': '79%', 'IV.3': 6 };
  await page.setInputFiles('[data-testid="unit-file-input"]', file('so-thu-nghiem.xlsx', await memberBytes({ unit: 'Sở Thử nghiệm', self, evidence: {} })));
  await focusedOn('score-heading');
  expect(await page.locator('[data-testid="next-steps"] h3').textContent()).toBe('Cần gì để thêm điểm (8)');
  expect(await page.locator('[data-testid="next-steps"]').textContent()).toContain('Xếp theo số điểm có thể thêm');
  const steps = page.locator('[data-testid="next-steps-list"] > li');
  expect(await steps.count()).toBe(5);
  const more = page.locator('[data-testid="next-steps-list-more"]');
  expect(await more.textContent()).toBe('Xem thêm 3 mục');
  expect(await more.getAttribute('aria-expanded')).toBe('false');
  expect(await more.getAttribute('aria-controls')).toBe(await page.locator('[data-testid="next-steps-list"]').getAttribute('id'));
  // The most points first: II.1 (+5), then I.2, I.4, IV.3 (+4 each)
  expect(await page.locator('[data-testid="next-steps-list"] [data-gain]').evaluateAll((es) => es.map((e) => `${e.getAttribute('data-testid')}:${e.getAttribute('data-gain')}`))).toEqual(['step-II.1:5', 'step-I.2:4', 'step-I.4:4', 'step-IV.3:4', 'step-III.2:2']);
  expect(await page.locator('[data-testid="step-I.4"]').textContent()).toContain('+4 điểm — đạt mức “Có”');
  fs.mkdirSync(OUTPUT, { recursive: true });
  await page.locator('[data-testid="score-summary"]').screenshot({ path: path.join(OUTPUT, '2b-them-diem.png') });
  await more.click();
  expect(await steps.count()).toBe(8);
  expect(await more.getAttribute('aria-expanded')).toBe('true');
  expect(await more.textContent()).toBe('Thu gọn');
  // 20 criteria entered, none with evidence: the count, five of them, the rest folded
  expect(await page.locator('[data-testid="missing-evidence"] h3').textContent()).toBe('Thiếu minh chứng (20)');
  expect(await page.locator('[data-testid="missing-evidence-list"] > li').count()).toBe(5);
  expect(await page.locator('[data-testid="missing-evidence-list-more"]').textContent()).toBe('Xem thêm 15 mục');
  await page.locator('[data-testid="missing-evidence-list-more"]').press('Enter');
  expect(await page.locator('[data-testid="missing-evidence-list"] > li').count()).toBe(20);

  await Promise.all([page.waitForEvent('download'), page.click('[data-testid="download-results"]')]);
  await focusedOn('score-status');
  expect(await page.locator('[data-testid="score-status"]').textContent()).toMatch(/^Đã tải /);

  await page.fill('[data-testid="unit"]', 'Sở Thử nghiệm');
  await Promise.all([page.waitForEvent('download'), page.click('[data-testid="make-template"]')]);
  await focusedOn('template-status');
});

test('Tổng hợp: focus on the ranking after reading, on the status after the download', async () => {
  await page.click('[data-testid="tab-khoi"]');
  await page.setInputFiles('[data-testid="member-files-input"]', [
    file('a.xlsx', await memberBytes({ unit: 'Đơn vị A', self: FULL_MARKS })),
    file('b.xlsx', await memberBytes({ unit: 'Đơn vị B', self: { ...FULL_MARKS, 'I.4': 'Không' } })),
  ]);
  await focusedOn('ranking-heading');
  await Promise.all([page.waitForEvent('download'), page.click('[data-testid="save-consolidation"]')]);
  await focusedOn('khoi-status');
});

test('Chỉ tiêu: a checklist not yet assessed is not headlined "0/6"; filled workbooks load back as ktd5 track reads them', async () => {
  await page.click('[data-testid="tab-targets"]');
  await page.waitForSelector('[data-testid="target-set"]');
  await page.selectOption('[data-testid="target-set"]', 'dongthap-207-2022');
  await page.waitForSelector('[data-testid="target-category"]');
  await page.selectOption('[data-testid="target-category"]', 'xa');
  const headline = page.locator('[data-testid="targets-met"]');
  await page.waitForFunction(() => document.querySelector('[data-testid="targets-met"]')?.getAttribute('data-total') === '6');
  expect(await headline.getAttribute('data-assessed')).toBe('no');
  expect(await headline.textContent()).toBe('6 tiêu chuẩn, chưa đánh giá');
  expect(await page.locator('[data-testid="screen-targets"]').textContent()).not.toContain('0/6');
  expect(await page.locator('[data-testid="standards-howto"] ol > li').allTextContents()).toEqual([
    'Tải phiếu tiêu chuẩn của loại đơn vị này (trong Excel: ghi phiếu vào sổ tính đang mở).',
    'Nhập số liệu của đơn vị vào cột kết quả; phiếu tự xác định từng tiêu chuẩn đạt hay chưa đạt.',
    'Nạp lại phiếu đã điền ở mục “Nạp sổ đã điền” bên dưới để xem kết quả tại đây.',
  ]);
  await Promise.all([page.waitForEvent('download'), page.click('[data-testid="save-tracking"]')]);
  await focusedOn('targets-status');

  const dti = findDocument('dti-province-2022')!;
  const lead = leadWorkbooks(dti, leadPlanOf(dti)!, parsePeriod('2023-11')).find((w) => w.book.name === 'Sở Nội vụ')!;
  await page.setInputFiles('[data-testid="tracked-files-input"]', [
    file('theo-doi.nq04.xlsx', await trackingBytes('nq04-dongthap')),
    file('tieu-chuan.xa.xlsx', await filledStandards('dongthap-207-2022', 'xa', '2025', { '1': '100%', '2': '40%' })),
    file('theo-doi.dti.xlsx', await trackingBytes('dti-province-2022')),
    file(lead.fileName, await renderXlsx(lead.spec)),
  ]);
  await focusedOn('tracked-heading');
  expect(await page.locator('[data-testid="tracked-heading"]').textContent()).toBe('Kết quả từ 4 tệp đã nạp');
  const sets = page.locator('[data-testid="tracked-set"]');
  expect(await sets.evaluateAll((es) => es.map((e) => `${e.getAttribute('data-file')}:${e.getAttribute('data-set')}`))).toEqual(['theo-doi.nq04.xlsx:nq04-dongthap', 'tieu-chuan.xa.xlsx:dongthap-207-2022']);
  const nq04 = sets.nth(0).locator('[data-testid="targets-met"]');
  expect([await nq04.getAttribute('data-met'), await nq04.getAttribute('data-total')]).toEqual(['11', '17']);
  const xa = sets.nth(1);
  expect(await xa.locator('[data-testid="targets-met"]').textContent()).toBe('Đạt và vượt 1/6 chỉ tiêu');
  // A loaded table's indicators: five, the rest behind "Xem thêm"
  const statuses = () => xa.locator('[data-testid="indicator"]').evaluateAll((es) => es.map((e) => e.getAttribute('data-status')));
  expect(await statuses()).toEqual(['dat', 'chua-dat', 'unknown', 'unknown', 'unknown']);
  expect(await xa.locator('[data-testid="indicators-more"]').textContent()).toBe('Xem thêm 1 mục');
  await page.locator('[data-testid="tracked"]').screenshot({ path: path.join(OUTPUT, '4c-chi-tieu-nap-so.png') });
  await xa.locator('[data-testid="indicators-more"]').click();
  expect(await statuses()).toEqual(['dat', 'chua-dat', 'unknown', 'unknown', 'unknown', 'unknown']);
  expect(await page.locator('[data-testid="tracked-dti"] [data-testid="dti-rank"]').textContent()).toBe('Hạng 9/13');
  expect(await page.locator('[data-testid="tracked-dti"] [data-testid="dti-total"]').textContent()).toBe('0,5649');
  const row = page.locator('[data-testid="tracked"] [data-testid="lead-row"][data-lead="Sở Nội vụ"]');
  expect(await row.getAttribute('data-assigned')).toBe('3');
  expect(await page.locator('[data-testid="tracked-errors"]').count()).toBe(0);
  expect(session.outside).toEqual([]);
  expect(session.problems).toEqual([]);
});
