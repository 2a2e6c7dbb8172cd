/**
 * A build for an office's own server, as its IT officer makes it: `npm run package -- --env
 * origin=https://ktd5.example.gov.vn/addin/ --env version=1.2.0.0` (here into test-output/). Every
 * manifest URL is on that origin and path, the Id is kept and the Version is the one asked for, the
 * offline check passes on the built manifest (and `npm run validate -- <built manifest>` says so
 * without rebuilding), office.js comes from Microsoft's CDN and nothing else from another host, and
 * the zip holds dist/ and the guide. The developer's dist/ (no origin) is self-hosted with office.js's
 * files for every locale.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import * as checker from '../../tools/validate-manifest';
import { DIST, requireDist, ROOT } from './bundle';

const ORIGIN = 'https://ktd5.example.gov.vn/addin/';
const VERSION = '1.2.0.0';
const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OUT = path.join(ROOT, 'test-output', 'package');
const BUILT = path.join(OUT, 'dist');
const ZIP = path.join(OUT, `ktd5-addin-${VERSION}.zip`);
const source = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

let run: { status: number | null; stdout: string; stderr: string };
let manifest: string;

jest.setTimeout(1_800_000); // a full production build on a shared machine

beforeAll(() => {
  fs.rmSync(OUT, { recursive: true, force: true });
  const r = spawnSync(process.execPath, ['scripts/package-addin.js', '--env', `origin=${ORIGIN}`, '--env', `version=${VERSION}`, '--env', `out=${path.relative(ROOT, BUILT)}`, '--out', OUT], { cwd: ROOT, encoding: 'utf8' });
  run = { status: r.status, stdout: r.stdout, stderr: r.stderr };
  if (r.status !== 0) throw new Error(`package failed (${r.status}):\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`);
  manifest = fs.readFileSync(path.join(BUILT, 'manifest.xml'), 'utf8');
});

const attrUrls = (xml: string) => [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]!);

test('every URL of the built manifest is on the origin and its path; Id kept, Version as asked', () => {
  const urls = attrUrls(manifest);
  expect(urls.length).toBe(attrUrls(source).length);
  expect(urls.length).toBeGreaterThanOrEqual(10);
  for (const u of urls) expect(u.startsWith(ORIGIN)).toBe(true);
  expect(manifest).not.toContain('localhost');
  expect([...manifest.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => m[1])).toEqual(['https://ktd5.example.gov.vn']);
  expect(/<SourceLocation DefaultValue="([^"]+)"/.exec(manifest)?.[1]).toBe(`${ORIGIN}taskpane.html`);
  expect(/<SupportUrl DefaultValue="([^"]+)"/.exec(manifest)?.[1]?.startsWith(ORIGIN)).toBe(true);
  expect(/<Id>([^<]+)<\/Id>/.exec(manifest)?.[1]).toBe(/<Id>([^<]+)<\/Id>/.exec(source)?.[1]);
  expect(/<Version>([^<]+)<\/Version>/.exec(manifest)?.[1]).toBe(VERSION);
  // the rest of the manifest is the source's, unchanged
  const neutral = (xml: string) => xml.replace(/<!--[\s\S]*?-->/g, '').replace(/https:\/\/[^"<]+/g, 'URL').replace(/<Version>[^<]*<\/Version>/, '');
  expect(neutral(manifest)).toBe(neutral(source));
});

test('the offline check passes on the built manifest, resolving every URL to a file of the build', () => {
  const { problems, info } = checker.checkManifest(manifest, { distDir: BUILT, version: VERSION });
  expect(problems.filter((p) => p.severity === 'error').map((p) => p.code)).toEqual([]);
  expect(info.runtimeUrl).toBe(`${ORIGIN}taskpane.html`);
  for (const u of info.urls) expect(fs.existsSync(path.join(BUILT, new URL(u).pathname.slice('/addin/'.length)))).toBe(true);
  // a file missing from the build is caught under the base path too
  fs.renameSync(path.join(BUILT, 'functions.json'), path.join(BUILT, 'functions.json.away'));
  try {
    expect(checker.checkManifest(manifest, { distDir: BUILT, version: VERSION }).problems.map((p) => p.code)).toContain('url.noFile');
  } finally {
    fs.renameSync(path.join(BUILT, 'functions.json.away'), path.join(BUILT, 'functions.json'));
  }
});

test('`npm run validate -- <built manifest> --offline` checks it against its own folder, without rebuilding', () => {
  const before = fs.statSync(path.join(BUILT, 'taskpane.js')).mtimeMs;
  const r = spawnSync(process.execPath, ['scripts/validate-manifest.js', path.join(BUILT, 'manifest.xml'), '--offline', '--lang', 'en'], { cwd: ROOT, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/Offline check: .*manifest\.xml is valid/);
  expect(fs.statSync(path.join(BUILT, 'taskpane.js')).mtimeMs).toBe(before);
});

test('office.js from Microsoft\'s CDN, nothing else from another host; the page\'s CSP allows only that', () => {
  const html = fs.readFileSync(path.join(BUILT, 'taskpane.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1]);
  expect(scripts).toEqual([CDN, 'functions.js', 'commands.js', 'taskpane.js']);
  expect(fs.existsSync(path.join(BUILT, 'office-js'))).toBe(false);
  const csp = /Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1] ?? '';
  const hosts = csp.split(';').flatMap((d) => d.trim().split(/\s+/).slice(1)).filter((s) => /^https?:/.test(s));
  expect(new Set(hosts)).toEqual(new Set(['https://appsforoffice.microsoft.com']));
  expect(csp).toMatch(/connect-src 'self'/);
  // no file of the build references another host in a src/href
  for (const f of fs.readdirSync(BUILT).filter((n) => /\.(html|js)$/.test(n) && n !== 'ktd5-page.html')) {
    const text = fs.readFileSync(path.join(BUILT, f), 'utf8');
    const external = [...text.matchAll(/(?:src|href)=["']?(https?:\/\/[^"'\s>]+)/g)].map((m) => m[1]).filter((u) => u !== CDN);
    expect({ file: f, external }).toEqual({ file: f, external: [] });
  }
  const page = fs.readFileSync(path.join(BUILT, 'ktd5-page.html'), 'utf8');
  expect(page).not.toMatch(/appsforoffice|office\.js/);
});

test('the package: ktd5-addin-<version>.zip with dist/ and the guide, headed with this build', () => {
  expect(run.stdout).toContain(`ktd5-addin-${VERSION}.zip`);
  const entries = unzipSync(new Uint8Array(fs.readFileSync(ZIP)));
  const names = Object.keys(entries).sort();
  const built = (dir: string, base = dir): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? built(path.join(dir, e.name), base) : [path.relative(base, path.join(dir, e.name)).split(path.sep).join('/')]));
  expect(names).toEqual(['TRIEN-KHAI.md', ...built(BUILT).map((f) => `dist/${f}`)].sort());
  for (const f of ['dist/manifest.xml', 'dist/taskpane.html', 'dist/functions.json', 'dist/ktd5-page.html', 'dist/assets/icon-80.png']) expect(names).toContain(f);
  expect(new TextDecoder().decode(entries['dist/manifest.xml'])).toBe(manifest);
  const guide = new TextDecoder().decode(entries['TRIEN-KHAI.md']);
  expect(guide.split('\n')[0]).toContain(ORIGIN);
  expect(guide.split('\n')[0]).toContain(VERSION);
  for (const heading of ['IIS', 'nginx', 'Trusted Add-in Catalogs', 'Ứng dụng tích hợp', 'Excel trên web', 'Cập nhật', 'Gỡ bỏ', 'Kiểm tra đã chạy', 'English summary', 'application/json', 'Cache-Control']) expect(guide).toContain(heading);
});

test('without an origin, the package refuses (a package never points at localhost)', () => {
  const r = spawnSync(process.execPath, ['scripts/package-addin.js', '--no-build', '--lang', 'en'], { cwd: ROOT, encoding: 'utf8' });
  expect(r.status).toBe(2);
  expect(r.stderr).toContain('--env origin=');
  const bad = spawnSync(process.execPath, ['scripts/package-addin.js', '--no-build', '--env', 'origin=http://ktd5.example.gov.vn/'], { cwd: ROOT, encoding: 'utf8' });
  expect(bad.status).toBe(2);
  expect(bad.stderr).toContain('https');
});

test('the developer\'s build (no origin) is self-hosted: office.js and its files for every locale', () => {
  requireDist();
  const officeDist = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');
  const locales = fs.readdirSync(officeDist).filter((d) => fs.existsSync(path.join(officeDist, d, 'office_strings.js')));
  expect(locales.length).toBeGreaterThan(50);
  for (const l of locales) expect(fs.existsSync(path.join(DIST, 'office-js', l, 'office_strings.js'))).toBe(true);
  expect(fs.readFileSync(path.join(DIST, 'manifest.xml'), 'utf8')).toBe(source);
});
