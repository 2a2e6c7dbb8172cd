/**
 * The built standalone page in a real browser: dist/ served from 127.0.0.1 (an ephemeral port), a
 * headless Chromium from the system (playwright-core, never a downloaded browser) whose every
 * request to any other address is aborted and recorded.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = path.resolve(__dirname, '../..');
export const DIST = path.join(ROOT, 'dist');
export const OUTPUT = path.join(ROOT, 'test-output', 'e2e');

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.png': 'image/png', '.json': 'application/json', '.xml': 'application/xml' };

/** Fails with what to do when the page has not been built (npm test builds it before jest). */
export function requireBuiltPage(): void {
  const missing = ['taskpane.html', 'taskpane.js', 'office-js/office.js'].filter((f) => !fs.existsSync(path.join(DIST, f)));
  if (missing.length > 0) throw new Error(`dist/ has no ${missing.join(', ')}: build the page first with "npm run build:addin" (npm test runs "npm run build" before jest).`);
}

export function chromiumPath(): string {
  const found = CANDIDATES.find((p): p is string => Boolean(p) && fs.existsSync(p as string));
  if (!found) throw new Error('No Chromium found (looked at /usr/bin/chromium and others; set CHROMIUM_PATH). On Debian: apt-get install chromium.');
  return found;
}

/** The headers `npm run page` sends (scripts/security-headers.js): the page runs under them here too. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { securityHeaders } = require('../../scripts/security-headers') as { securityHeaders: (html: string, kind: 'standalone' | 'addin') => Record<string, string> };

/** Serves dist/ on 127.0.0.1, files only, with the page's security headers, and counts what it served. */
export function serveDist(): Promise<{ server: http.Server; origin: string; served: string[] }> {
  const served: string[] = [];
  const headers = securityHeaders(path.join(DIST, 'taskpane.html'), 'standalone');
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const file = path.join(DIST, pathname);
    if (!file.startsWith(DIST + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    served.push(pathname);
    res.writeHead(200, { ...headers, 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, served })));
}

export interface Session {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Requests to anything but our local server (all aborted). */
  outside: string[];
  /** Script errors and console errors of the page. */
  problems: string[];
  close(): Promise<void>;
}

export async function openPage(origin: string, width = 320): Promise<Session> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true, serviceWorkers: 'block' });
  const outside: string[] = [];
  const problems: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
    outside.push(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(msg.text());
  });
  return {
    browser,
    context,
    page,
    outside,
    problems,
    close: async () => {
      await browser.close();
    },
  };
}
