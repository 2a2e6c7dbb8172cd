/**
 * The runtime page renders without Office: dist/taskpane.html served from 127.0.0.1 and opened in a
 * headless Chromium (playwright-core). office.js finds no host, the pane says "Trang độc lập" and
 * offers the built-in rubrics; no request leaves the local server, no script error.
 * Skipped when no Chromium is installed (set CHROMIUM_PATH to point at one).
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { DIST, requireDist } from './bundle';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
const executablePath = CANDIDATES.find((p): p is string => Boolean(p) && fs.existsSync(p as string));

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.png': 'image/png', '.json': 'application/json', '.xml': 'application/xml' };

/** Serves dist/ on 127.0.0.1 (an ephemeral port), files only. */
function serveDist(): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const file = path.join(DIST, decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname));
    if (!file.startsWith(DIST + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

(executablePath ? test : test.skip)(
  'dist/taskpane.html renders the pane without Office, with no outside request and no error',
  async () => {
    requireDist();
    const server = await serveDist();
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      const outside: string[] = [];
      const problems: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith(origin)) outside.push(r.url());
      });
      page.on('pageerror', (e) => problems.push(String(e)));
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(m.text());
      });
      await page.goto(`${origin}/taskpane.html`);
      await page.waitForSelector('[data-testid="screen-score"]', { timeout: 20000 });
      await page.waitForFunction(() => document.querySelector('[data-testid="host"]')?.textContent === 'Trang độc lập', null, { timeout: 20000 });
      // the rubric picker offers the built-in rubrics (scoring documents only), the default first
      const rubrics = await page.locator('[data-testid="rubric"] option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
      expect(rubrics[0]).toBe('ktd5-2023');
      expect(await page.locator('h1').textContent()).toBe('KTD5 — chấm điểm thi đua');
      expect(await page.locator('html').getAttribute('lang')).toBe('vi');
      // the functions bundle loaded on the page too (office.js's CustomFunctions, no Excel host)
      expect(await page.evaluate(() => typeof (globalThis as { CustomFunctions?: unknown }).CustomFunctions)).toBe('object');
      expect(outside).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    }
  },
  60000,
);
