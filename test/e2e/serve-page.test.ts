/**
 * `npm run page`'s server (scripts/serve-page.js) on the built page: the Content-Security-Policy
 * header is the page's own meta policy plus `frame-ancestors 'none'`, with nosniff, on every answer;
 * `--port N` is honoured, and a busy port is said in words (no stack trace), exit code 2. The add-in's
 * headers (webpack's dev server) allow only Office's hosts as frame ancestors. `/` is page.html, the
 * pane without office.js (the add-in's taskpane.html keeps it, for Office).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { DIST, requireBuiltPage, ROOT } from './browser';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { metaPolicy, securityHeaders, OFFICE_FRAME_ANCESTORS } = require('../../scripts/security-headers') as {
  metaPolicy: (html: string) => string;
  securityHeaders: (html: string, kind: 'standalone' | 'addin') => Record<string, string>;
  OFFICE_FRAME_ANCESTORS: string[];
};

const SCRIPT = path.join(ROOT, 'scripts', 'serve-page.js');

interface Served {
  stdout: string;
  stderr: string;
  code: number | null;
}

/** Runs the server until it prints its address (then `stop` it) or exits. */
function run(args: string[]): { ready: Promise<string | undefined>; exited: Promise<Served>; stop: () => void } {
  const child = spawn(process.execPath, [SCRIPT, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let announce: (url: string | undefined) => void = () => undefined;
  const ready = new Promise<string | undefined>((resolve) => (announce = resolve));
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
    const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(stdout)?.[0];
    if (url) announce(url);
  });
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<Served>((resolve) =>
    child.on('exit', (code) => {
      announce(undefined);
      resolve({ stdout, stderr, code });
    }),
  );
  return { ready, exited, stop: () => child.kill() };
}

function get(url: string): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => http.get(url, (res) => (res.resume(), resolve(res))).on('error', reject));
}

/** A policy as a map of directive → sources. */
function directives(policy: string): Map<string, string> {
  return new Map(policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0]!, d.split(/\s+/).slice(1).join(' ')]));
}

beforeAll(() => requireBuiltPage());

describe('npm run page', () => {
  test('serves the page with its meta policy as a header, frame-ancestors none and nosniff, on --port', async () => {
    const server = run(['--port', '0']);
    try {
      const url = await server.ready;
      if (!url) throw new Error(`the server did not start: ${(await server.exited).stderr}`);
      // `/` is page.html: the pane without office.js, its policy our own scripts only.
      const meta = directives(metaPolicy(fs.readFileSync(path.join(DIST, 'page.html'), 'utf8')));
      const page = await (await fetch(url)).text();
      expect(page).toMatch(/<div id="?root"?>/);
      expect(page).not.toMatch(/<script[^>]*office/i);
      for (const file of ['', 'taskpane.js', 'no-such-file']) {
        const res = await get(`${url}${file}`);
        expect(res.statusCode).toBe(file === 'no-such-file' ? 404 : 200);
        const header = directives(String(res.headers['content-security-policy']));
        expect(header.get('frame-ancestors')).toBe("'none'");
        header.delete('frame-ancestors');
        expect(header).toEqual(meta);
        expect(res.headers['x-content-type-options']).toBe('nosniff');
      }
      expect(meta.get('script-src')).toBe("'self'");
    } finally {
      server.stop();
    }
  }, 30000);

  test('a busy port is said in words, with another to try, without a stack trace', async () => {
    const busy = http.createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as AddressInfo).port;
    try {
      const served = await run(['--port', String(port)]).exited;
      expect(served.code).toBe(2);
      expect(served.stderr.trim()).toBe(
        `Cổng ${port} đang được dùng: chọn cổng khác, ví dụ "npm run page -- --port ${port + 1}". / Port ${port} is in use: pick another, e.g. "npm run page -- --port ${port + 1}".`,
      );
      expect(served.stderr).not.toMatch(/EADDRINUSE|\n\s+at /);
    } finally {
      busy.close();
    }
  }, 30000);

  test('a port that is not a number is refused in words', async () => {
    const served = await run(['--port', 'tám nghìn']).exited;
    expect(served.code).toBe(2);
    expect(served.stderr).toContain('Cổng không hợp lệ: "tám nghìn"');
  }, 30000);

  test('the add-in may be framed only by Office’s hosts (https), never by any site', () => {
    const headers = securityHeaders(path.join(ROOT, 'src', 'taskpane', 'taskpane.html'), 'addin');
    const ancestors = directives(headers['content-security-policy']!).get('frame-ancestors')!.split(' ');
    expect(ancestors).toEqual(OFFICE_FRAME_ANCESTORS);
    for (const a of ancestors) expect(a === "'self'" || /^https:\/\/\*\.[a-z0-9.]+$/.test(a)).toBe(true);
    expect(ancestors).toContain('https://*.officeapps.live.com');
    expect(headers['x-content-type-options']).toBe('nosniff');
  });
});
