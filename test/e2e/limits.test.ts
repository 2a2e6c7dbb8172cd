/**
 * End to end, in Chromium at 320 px: the page keeps the command's limits on member files (issue 19).
 * The page runs as on an 8 GB, 4-core office PC (navigator.deviceMemory and hardwareConcurrency set
 * before it starts), so it reads two files at a time under budgets scaled to 1/6 of the command's.
 * The test hooks (src/taskpane/io/test-hooks.ts) shorten the 30 s time limit to 1 s, make one
 * named file's worker allocate without bound, and make the cancel test's files never answer (so
 * they are surely still being read when cancel is pressed). Files are built here: a member file that passes the
 * guard yet takes longer than that to read, good members, a 40,000-character unit name.
 */
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { scoreUnit, type RawValue } from '../../src/engine';
import { getRubric } from '../../src/rubrics';
import { inspectXlsx } from '../../src/workbook/guard/inspect';
import { readPlan } from '../../src/taskpane/io/read-plan';
import { CLIP_CHARACTERS } from '../../src/taskpane/model/clip';
import { readParts, slowButAllowed, writeParts } from '../helpers/hostile-xlsx';
import { FULL_MARKS, memberBytes } from '../helpers/members';
import { openPage, OUTPUT, requireBuiltPage, serveDist, type Session } from './browser';

// The slow file takes about 2.4 s to read in Node on an idle 2-core machine; a good member about 0.2 s.
const TEST_TIMEOUT_MS = 1000;
const CRASH_FILE = '02-sap.xlsx';
const rubric = getRubric('ktd5-2023')!;
const fullTotal = scoreUnit(rubric, { self: FULL_MARKS as Record<string, RawValue> }).total;
/** What the page reads files under on the PC it is made to be (8 GB, 4 cores). */
const officePc = readPlan({ memoryGb: 8, cores: 4 });

let server: http.Server;
let origin: string;
let session: Session;
let page: Page;
let slow: Uint8Array;

type Upload = { name: string; mimeType: string; buffer: Buffer };
const upload = (name: string, bytes: Uint8Array): Upload => ({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
const member = async (name: string, unit: string) => upload(name, await memberBytes({ unit, self: FULL_MARKS }));

async function screenshot(name: string): Promise<void> {
  fs.mkdirSync(OUTPUT, { recursive: true });
  await page.screenshot({ path: path.join(OUTPUT, `${name}.png`), fullPage: true });
}

async function rankedUnits(): Promise<string[]> {
  return page.locator('[data-testid="rank-row"] [data-testid="rank-unit"]').allTextContents();
}

async function badFiles(): Promise<{ file: string | null; text: string }[]> {
  return page.locator('[data-testid="bad-files"] li').evaluateAll((lis) => lis.map((li) => ({ file: li.getAttribute('data-file'), text: li.textContent ?? '' })));
}

async function readMembers(files: Upload[]): Promise<void> {
  await page.click('[data-testid="tab-khoi"]');
  await page.setInputFiles('[data-testid="member-files-input"]', files);
}

async function waitForRanking(): Promise<void> {
  await page.waitForSelector('[data-testid="ranking"]', { timeout: 90000 });
}

beforeAll(async () => {
  requireBuiltPage();
  slow = slowButAllowed(await memberBytes({ unit: 'Đơn vị Chậm', self: FULL_MARKS }), { rows: 10000, columns: 30 });
  // The slow file is one the page must read, not refuse: it passes the guard at the office PC's budgets.
  expect(inspectXlsx(slow, officePc.limits).ok).toBe(true);
  ({ server, origin } = await serveDist());
  session = await openPage(origin);
  page = session.page;
  await page.addInitScript(
    ({ timeout, crash }) => {
      Object.defineProperty(Navigator.prototype, 'deviceMemory', { get: () => 8, configurable: true });
      Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => 4, configurable: true });
      (globalThis as { __ktd5TestHooks?: unknown }).__ktd5TestHooks = { readTimeoutMs: timeout, crashFiles: [crash], stallFiles: ['11-cham.xlsx', '12-cham.xlsx', '13-cham.xlsx'] };
    },
    { timeout: TEST_TIMEOUT_MS, crash: CRASH_FILE },
  );
  await page.goto(`${origin}/taskpane.html`);
  await page.waitForSelector('[data-testid="screen-score"]', { timeout: 20000 });
}, 60000);

afterAll(async () => {
  await session?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe('the page keeps the command’s limits on member files', () => {
  test('a slow file that passes the guard is stopped at the time limit and named; the good files beside it are scored', async () => {
    await readMembers([await member('01-a.xlsx', 'Đơn vị A'), upload('02-cham.xlsx', slow), await member('03-b.xlsx', 'Đơn vị B')]);
    await waitForRanking();
    expect(await page.locator('[data-testid="read-progress-text"]').textContent()).toBe('Đã đọc 3/3 tệp');
    expect(await rankedUnits()).toEqual(['Đơn vị A', 'Đơn vị B']);
    expect(await page.locator('[data-testid="rank-row"] td:nth-child(3)').first().getAttribute('data-value')).toBe(String(fullTotal));
    const bad = await badFiles();
    expect(bad).toEqual([{ file: '02-cham.xlsx', text: 'Tệp "02-cham.xlsx": đọc tệp quá lâu nên đã dừng; hãy kiểm tra lại tệp.' }]);
  }, 120000);

  test('cancel stops a running read; Chấm điểm scores meanwhile; unread files are named', async () => {
    await page.evaluate(() => ((globalThis as unknown as { __ktd5TestHooks: { readTimeoutMs?: number } }).__ktd5TestHooks.readTimeoutMs = undefined));
    const slowFiles = ['11-cham.xlsx', '12-cham.xlsx', '13-cham.xlsx'].map((name) => upload(name, slow));
    await readMembers([await member('10-c.xlsx', 'Đơn vị C'), ...slowFiles]);
    const cancel = page.locator('[data-testid="cancel-read"]');
    await cancel.waitFor({ timeout: 20000 });
    await page.waitForFunction(() => document.querySelector('[data-testid="read-progress-text"]')?.textContent === 'Đã đọc 1/4 tệp', null, { timeout: 30000 });

    // The other screen is not stuck behind the read: a unit's file is scored while it runs.
    await page.click('[data-testid="tab-score"]');
    await page.setInputFiles('[data-testid="unit-file-input"]', await member('don-vi-d.xlsx', 'Đơn vị D'));
    await page.waitForFunction(() => document.querySelector('[data-testid="score-status"]')?.textContent?.includes('don-vi-d.xlsx'), null, { timeout: 30000 });
    expect(Number(await page.locator('[data-testid="score-total"]').getAttribute('data-value'))).toBe(fullTotal);
    expect(await cancel.count()).toBe(1); // still reading

    await page.click('[data-testid="tab-khoi"]');
    await cancel.click();
    await waitForRanking();
    expect(await page.locator('[data-testid="khoi-status"]').textContent()).toBe('Đã dừng đọc: 3 tệp chưa đọc (ghi trong danh sách tệp có lỗi); kết quả dưới đây chỉ gồm các tệp đã đọc.');
    expect(await rankedUnits()).toEqual(['Đơn vị C']);
    expect(await page.locator('[data-testid="read-progress-text"]').textContent()).toBe('Đã đọc 1/4 tệp');
    const bad = await badFiles();
    expect(bad.map((b) => b.file)).toEqual(['11-cham.xlsx', '12-cham.xlsx', '13-cham.xlsx']);
    for (const b of bad) expect(b.text).toBe(`Tệp "${b.file}": không đọc được tệp: đã dừng đọc theo yêu cầu, tệp chưa được đọc.`);
    expect(await cancel.count()).toBe(0);
    await screenshot('limits-1-dung-doc');
  }, 120000);

  test('a worker made to allocate without bound is reported for its file; the page lives on and keeps its results', async () => {
    await readMembers([await member('01-a.xlsx', 'Đơn vị A'), await member(CRASH_FILE, 'Đơn vị Sập'), await member('03-b.xlsx', 'Đơn vị B')]);
    await waitForRanking();
    expect(await page.locator('[data-testid="read-progress-text"]').textContent()).toBe('Đã đọc 3/3 tệp');
    expect(await rankedUnits()).toEqual(['Đơn vị A', 'Đơn vị B']);
    expect(await badFiles()).toEqual([{ file: CRASH_FILE, text: `Tệp "${CRASH_FILE}": tệp làm cạn bộ nhớ khi đọc (có thể bị hỏng hoặc cố ý gây hại); đã dừng đọc tệp này.` }]);
    // Chấm điểm still shows the unit scored before, and still works.
    await page.click('[data-testid="tab-score"]');
    expect(Number(await page.locator('[data-testid="score-total"]').getAttribute('data-value'))).toBe(fullTotal);
    expect(await page.locator('[data-testid="score-summary"] h3').first().textContent()).toBe('Đơn vị D');
  }, 120000);

  test('a 40,000-character unit name leaves the pane 320 px wide; the full name stays as the title', async () => {
    const name = `Đơn_vị_${'X'.repeat(40000 - 7)}`;
    const placeholder = 'Đơn vị Tên Rất Dài';
    const parts = readParts(await memberBytes({ unit: placeholder, self: FULL_MARKS }));
    let replaced = 0;
    for (const [part, data] of Object.entries(parts)) {
      const xml = Buffer.from(data).toString('utf8');
      if (!xml.includes(placeholder)) continue;
      parts[part] = new Uint8Array(Buffer.from(xml.split(placeholder).join(name), 'utf8'));
      replaced++;
    }
    expect(replaced).toBeGreaterThan(0);
    const long = writeParts(parts);

    await readMembers([upload('01-dai.xlsx', long), await member('02-e.xlsx', 'Đơn vị E')]);
    await waitForRanking();
    const cell = page.locator('[data-testid="rank-row"] [data-testid="rank-unit"] span').first();
    expect((await cell.getAttribute('title'))?.includes(name)).toBe(true);
    expect(Array.from((await cell.textContent()) ?? '')).toHaveLength(CLIP_CHARACTERS.name);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const rowHeight = await page.locator('[data-testid="rank-row"]').first().evaluate((tr) => tr.getBoundingClientRect().height);
    expect(rowHeight).toBeLessThan(400);
    await screenshot('limits-2-ten-rat-dai');

    await page.click('[data-testid="tab-score"]');
    await page.setInputFiles('[data-testid="unit-file-input"]', upload('01-dai.xlsx', long));
    await page.waitForFunction(() => document.querySelector('[data-testid="score-status"]')?.textContent?.includes('01-dai.xlsx'), null, { timeout: 30000 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await screenshot('limits-3-ten-rat-dai-cham-diem');
  }, 120000);

  test('two files for one unit (the name once in NFD, with a zero-width space) rank neither; both files are named', async () => {
    const unit = 'Sở Tư pháp';
    await readMembers([await member('21-tu-phap.xlsx', unit), await member('22-ban-sao.xlsx', `Sở Tư\u200b ${'pháp'.normalize('NFD')}`), await member('23-f.xlsx', 'Đơn vị F')]);
    await waitForRanking();
    expect(await rankedUnits()).toEqual(['Đơn vị F']);
    const notCounted = (await page.locator('[data-testid="not-counted"]').textContent()) ?? '';
    for (const file of ['21-tu-phap.xlsx', '22-ban-sao.xlsx']) expect(notCounted).toContain(file);
    const bad = await badFiles();
    expect(bad.map((b) => b.file).sort()).toEqual(['21-tu-phap.xlsx', '22-ban-sao.xlsx']);
    for (const b of bad) expect(b.text).toContain('21-tu-phap.xlsx, 22-ban-sao.xlsx');
  }, 120000);

  test('the page had no error and asked nothing of any other address', () => {
    expect(session.outside).toEqual([]);
    const refusedTelemetry = /^Framing 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/' violates the following Content Security Policy directive/;
    expect(session.problems.filter((p) => !refusedTelemetry.test(p))).toEqual([]);
  });
});
