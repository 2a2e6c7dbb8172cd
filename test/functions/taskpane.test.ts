/**
 * The runtime page renders without Office: dist/taskpane.html served from 127.0.0.1 and opened in a
 * headless Chromium (playwright-core). office.js finds no host, the pane says "Trang độc lập" and
 * offers the built-in rubrics; no request leaves the local server, no script error.
 * Skipped when no Chromium is installed (set CHROMIUM_PATH to point at one).
 */
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { serveDist } from '../e2e/browser';
import { requireDist } from './bundle';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
const executablePath = CANDIDATES.find((p): p is string => Boolean(p) && fs.existsSync(p as string));

(executablePath ? test : test.skip)(
  'dist/taskpane.html renders the pane without Office, with no outside request and no error',
  async () => {
    requireDist();
    const { server, origin } = await serveDist();
    const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
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
      // The pane now waits for Office.onReady (a cold Excel start can be slow); outside Office, office.js
      // then tries to frame its telemetry page, which our Content Security Policy blocks: no request leaves.
      const blockedTelemetry = (p: string) => /^Framing 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/' violates the following Content Security Policy/.test(p);
      expect(problems.filter((p) => !blockedTelemetry(p))).toEqual([]);
    } finally {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    }
  },
  60000,
);
