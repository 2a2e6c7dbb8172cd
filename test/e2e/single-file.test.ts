/**
 * The single-file standalone page (dist/ktd5-page.html) as a secretariat without a server uses it: a
 * copy of the one file opened from disk (file://) in Chromium with the network closed (offline, and
 * every request but the file itself aborted and recorded). It starts without office.js, reads the ten
 * example members of examples/khoi-5-2023/ in its inlined Web Worker (a blob: worker, no file fetched)
 * and shows the ranking the engine gives for the same files read in Node, and saves the workbook.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { getRubric } from '../../src/rubrics';
import { scoreFiles, type FileOutcome } from '../../src/workbook/khoi/score-files';
import { loadWorkbookGrid } from '../../src/workbook/xlsx/load';
import { chromiumPath, DIST, OUTPUT, ROOT } from './browser';

const PAGE = path.join(DIST, 'ktd5-page.html');
const MEMBERS = path.join(ROOT, 'examples', 'khoi-5-2023');

let browser: Browser;
let page: Page;
let dir: string;
let fileUrl: string;
const requests: string[] = [];
const aborted: string[] = [];
const workers: string[] = [];
const problems: string[] = [];

jest.setTimeout(120_000);

beforeAll(async () => {
  if (!fs.existsSync(PAGE)) throw new Error('dist/ktd5-page.html is missing: build it with "npm run build:addin" (npm test builds before jest).');
  // a copy alone in a folder, as when it is sent by e-mail: nothing of dist/ beside it
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ktd5-page-'));
  const copy = path.join(dir, 'ktd5-page.html');
  fs.copyFileSync(PAGE, copy);
  fileUrl = pathToFileURL(copy).href;
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, acceptDownloads: true, serviceWorkers: 'block', offline: true });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === fileUrl) return route.continue();
    aborted.push(url);
    return route.abort('internetdisconnected');
  });
  page = await context.newPage();
  page.on('request', (r) => requests.push(r.url()));
  page.on('worker', (w) => workers.push(w.url()));
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(msg.text());
  });
  await page.goto(fileUrl);
  await page.waitForSelector('[data-testid="screen-score"]', { timeout: 30000 });
});

afterAll(async () => {
  await browser?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test('the file is self-contained: no office.js, no external script, style, image or worker file', () => {
  const html = fs.readFileSync(PAGE, 'utf8');
  expect(html).not.toMatch(/office\.js|appsforoffice/i);
  expect(html).not.toMatch(/<(script|img|link|iframe)\b[^>]*\s(src|href)="(?!data:)/i);
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("connect-src 'none'");
  expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'(;|$)/);
});

test('opened from disk it renders in Vietnamese as the standalone page, without office.js', async () => {
  await page.waitForFunction(() => document.querySelector('[data-testid="host"]')?.textContent === 'Trang độc lập', null, { timeout: 20000 });
  expect(await page.locator('h1').textContent()).toBe('KTD5 — chấm điểm thi đua');
  expect(await page.evaluate(() => typeof (globalThis as { Office?: unknown }).Office)).toBe('undefined');
});

test('consolidates the ten example members offline, as the engine ranks them, and saves the workbook', async () => {
  const names = fs.readdirSync(MEMBERS).filter((f) => f.endsWith('.xlsx')).sort();
  expect(names).toHaveLength(10);

  // the oracle: the same files read and scored in Node
  const outcomes: FileOutcome[] = [];
  for (const name of names) {
    const loaded = await loadWorkbookGrid(new Uint8Array(fs.readFileSync(path.join(MEMBERS, name))));
    outcomes.push(loaded.ok ? { file: name, ok: true, grid: loaded.grid } : { file: name, ok: false, problem: loaded.problem });
  }
  const expected = scoreFiles(outcomes, { resolveRubric: getRubric, lang: 'vi' });
  expect(expected.units).toHaveLength(10);

  await page.click('[data-testid="tab-khoi"]');
  await page.setInputFiles(
    '[data-testid="member-files-input"]',
    names.map((name) => path.join(MEMBERS, name)),
  );
  await page.waitForSelector('[data-testid="ranking"]', { timeout: 60000 });
  expect(await page.locator('[data-testid="read-progress-text"]').textContent()).toBe('Đã đọc 10/10 tệp');
  const rows = await page.locator('[data-testid="rank-row"]').evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-rank'), tr.querySelector('[data-testid="rank-unit"]')?.textContent, tr.querySelectorAll('td')[2]?.textContent]));
  expect(rows).toEqual(expected.ranked.map((r) => [String(r.rank), r.item.unit.unit, String(r.item.score.total).replace('.', ',')]));
  expect(await page.locator('[data-testid="bad-files"] li').count()).toBe(expected.errors.filter((e) => e.severity === 'error').length);
  // read in the inlined worker, started from a blob: URL (no worker file exists beside the page)
  expect(workers.length).toBeGreaterThan(0);
  for (const w of workers) expect(w).toMatch(/^blob:/);

  fs.mkdirSync(OUTPUT, { recursive: true });
  await page.screenshot({ path: path.join(OUTPUT, 'single-file-tong-hop.png'), fullPage: true });

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="save-consolidation"]')]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(await download.path()) as unknown as ArrayBuffer);
  const ranking = wb.getWorksheet('Xếp hạng');
  expect(ranking).toBeDefined();
  const units = new Set(expected.units.map((u) => u.unit.unit));
  const order: string[] = [];
  ranking!.eachRow((row) => {
    const unit = row.getCell(2).value;
    if (typeof unit === 'string' && units.has(unit)) order.push(unit);
  });
  expect(order).toEqual(expected.ranked.map((r) => r.item.unit.unit));
});

test('inside Office where it cannot run (an Excel without SharedRuntime), it says so in Vietnamese with the alternatives', async () => {
  const other = await browser.newContext({ offline: true });
  try {
    // what office.js would report in Excel 2019: the host is Excel, SharedRuntime 1.1 is not supported
    await other.addInitScript(() => {
      (globalThis as unknown as { Office: unknown }).Office = {
        onReady: () => Promise.resolve({ host: 'Excel', platform: 'PC' }),
        context: { requirements: { isSetSupported: (name: string) => name !== 'SharedRuntime' } },
      };
    });
    const p = await other.newPage();
    await p.goto(fileUrl);
    const box = p.locator('[data-testid="unsupported"]');
    await box.waitFor({ timeout: 30000 });
    expect(await p.locator('[data-testid="host"]').textContent()).toBe('Không chạy được ở đây');
    expect(await box.locator('h2').textContent()).toBe('KTD5 không chạy được trong ứng dụng này');
    expect(await box.textContent()).toContain('thiếu bộ API mà KTD5 cần (SharedRuntime 1.1)');
    expect(await box.textContent()).toContain('Excel 2016 và 2019 không chạy được add-in này');
    const alternatives = await p.locator('[data-testid="alternatives"] li').allTextContents();
    expect(alternatives).toHaveLength(3);
    expect(alternatives.join(' ')).toMatch(/công thức sẵn[\s\S]*ktd5-page\.html[\s\S]*Lệnh ktd5/);
    // no screen that would fail: the tabs are not there
    expect(await p.locator('[role="tab"]').count()).toBe(0);
    fs.mkdirSync(OUTPUT, { recursive: true });
    await p.screenshot({ path: path.join(OUTPUT, 'khong-chay-duoc.png'), fullPage: true });
  } finally {
    await other.close();
  }
});

test('no request was attempted other than the file itself, and the page had no error', () => {
  expect(aborted).toEqual([]);
  expect(requests.filter((u) => u !== fileUrl && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
  expect(problems).toEqual([]);
});
