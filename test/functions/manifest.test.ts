/**
 * The offline manifest check (tools/validate-manifest, also the first half of `npm run validate`):
 * manifest.xml passes against the built dist/, and each kind of mistake it exists for is caught.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as checker from '../../tools/validate-manifest';
import { DIST, requireDist, ROOT, tools } from './bundle';

const manifest = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const version = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

function check(xml: string) {
  requireDist();
  return checker.checkManifest(xml, { distDir: DIST, version });
}
const errors = (xml: string) => check(xml).problems.filter((p) => p.severity === 'error');
const codes = (xml: string) => errors(xml).map((p) => p.code);

/** manifest.xml with one exact piece of text replaced (which must be there). */
function edit(from: string | RegExp, to: string): string {
  const out = manifest.replace(from, to);
  if (out === manifest) throw new Error(`not in manifest.xml: ${from}`);
  return out;
}

test('manifest.xml passes the offline check against the built dist/: no errors, no warnings', () => {
  const { problems, info } = check(manifest);
  expect(problems.filter((p) => p.severity !== 'notice').map((p) => checker.formatProblem(p, 'en'))).toEqual([]);
  expect(info.namespace).toBe('KTD5');
  expect(info.origin).toBe('https://localhost:3000');
  expect(info.runtimeUrl).toBe('https://localhost:3000/taskpane.html');
  // every URL of the manifest was resolved against a file in dist/
  expect(info.urls.length).toBeGreaterThanOrEqual(10);
  for (const u of info.urls) expect(fs.existsSync(path.join(DIST, new URL(u).pathname))).toBe(true);
});

test('the build ships the manifest as is', () => {
  requireDist();
  expect(fs.readFileSync(path.join(DIST, 'manifest.xml'), 'utf8')).toBe(manifest);
});

test('every ExecuteFunction command of the manifest is associated by dist/commands.js', () => {
  requireDist();
  const names = [...manifest.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);
  expect(names.length).toBeGreaterThan(0);
  const { actions } = tools.loadCommands();
  for (const n of names) expect(actions.has(n as string)).toBe(true);
});

test('the runtime page loads only its own files: office.js from dist/, then functions, commands, pane', () => {
  requireDist();
  const html = fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1] as string);
  expect(scripts).toEqual(['office-js/office.js', 'functions.js', 'commands.js', 'taskpane.js']);
  for (const s of scripts) expect(fs.existsSync(path.join(DIST, s))).toBe(true);
  expect(html).not.toMatch(/(src|href)="?https?:/);
  expect(html).toMatch(/Content-Security-Policy/);
});

describe('mistakes the offline check catches', () => {
  test.each([
    ['not well-formed: an unclosed element', () => edit('</Hosts>\n  <Requirements>', '\n  <Requirements>'), 'xml.malformed'],
    ['not well-formed: a bare "&"', () => edit('Khối thi đua 5, tỉnh Đồng Tháp', 'Khối thi đua 5 & tỉnh Đồng Tháp'), 'xml.malformed'],
    ['a resid that names no resource', () => edit('<Label resid="Group.Label"/>', '<Label resid="Group.Lable"/>'), 'resid.unknown'],
    ['a resid of the wrong kind (a URL as a label)', () => edit('<Label resid="Group.Label"/>', '<Label resid="Taskpane.Url"/>'), 'resid.unknown'],
    ['another namespace', () => edit('<bt:String id="Functions.Namespace" DefaultValue="KTD5"/>', '<bt:String id="Functions.Namespace" DefaultValue="KTD"/>'), 'functions.namespace'],
    ['no SharedRuntime requirement', () => edit('<Set Name="SharedRuntime" MinVersion="1.1"/>', '<Set Name="ExcelApi" MinVersion="1.1"/>'), 'runtime.sharedRequirement'],
    ['a short-lived runtime', () => edit('lifetime="long"', 'lifetime="short"'), 'runtime.notLong'],
    ['a function file outside the shared runtime', () => edit('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="GetStarted.LearnMoreUrl"/>'), 'runtime.notShared'],
    ['two controls with one id', () => edit('id="KTD5.OpenPane"', 'id="KTD5.Group"'), 'id.duplicate'],
    ['two resources with one id', () => edit('<bt:Url id="GetStarted.LearnMoreUrl"', '<bt:Url id="Taskpane.Url"'), 'id.duplicate'],
    ['a URL to a file the build does not emit', () => edit('https://localhost:3000/assets/icon-80.png', 'https://localhost:3000/assets/icon-81.png'), 'url.noFile'],
    ['an icon of the wrong size', () => edit('https://localhost:3000/assets/icon-80.png', 'https://localhost:3000/assets/icon-64.png'), 'icon.size'],
    ['a URL that is not https', () => edit('https://localhost:3000/functions.js', 'http://localhost:3000/functions.js'), 'url.notHttps'],
    ['a malformed URL', () => edit('https://localhost:3000/functions.js', 'https://local host:3000/functions.js'), 'url.malformed'],
    ['a required element missing', () => edit(/<SupportUrl [^>]*\/>/, ''), 'element.missing'],
    ['elements out of the schema\'s order', () => edit('<Version>0.1.0.0</Version>\n  <ProviderName>Khối thi đua 5, tỉnh Đồng Tháp</ProviderName>', '<ProviderName>Khối thi đua 5, tỉnh Đồng Tháp</ProviderName>\n  <Version>0.1.0.0</Version>'), 'element.order'],
    ['an id that is not a GUID', () => edit('<Id>02b6fb7e-1be1-41c4-93be-6df83cb249dd</Id>', '<Id>ktd5</Id>'), 'value.id'],
    ['a version that is not package.json\'s', () => edit('<Version>0.1.0.0</Version>', '<Version>9.9.9.9</Version>'), 'value.version'],
    ['a label over 125 characters', () => edit('DefaultValue="Chấm điểm KTD5"', `DefaultValue="${'x'.repeat(126)}"`), 'value.tooLong'],
    ['no custom functions extension point', () => edit('xsi:type="CustomFunctions"', 'xsi:type="Other"'), 'functions.missing'],
  ])('%s', (_what, make, code) => {
    expect(codes(make())).toContain(code);
  });

  test('an unused resource is a warning, not an error', () => {
    const xml = edit('<bt:Url id="Taskpane.Url"', '<bt:Url id="Spare.Url" DefaultValue="https://localhost:3000/taskpane.html"/>\n        <bt:Url id="Taskpane.Url"');
    const { problems } = check(xml);
    expect(problems.filter((p) => p.severity !== 'notice').map((p) => [p.severity, p.code])).toEqual([['warning', 'resource.unused']]);
  });

  test('messages in Vietnamese (default) and English', () => {
    const [p] = errors(edit('<Label resid="Group.Label"/>', '<Label resid="Group.Lable"/>'));
    expect(checker.formatProblem(p!)).toMatch(/^LỖI: resid "Group.Lable" \(trong <Group\/Label>, dòng \d+\) không có trong <Resources>\/ShortStrings\.$/);
    expect(checker.formatProblem(p!, 'en')).toMatch(/^ERROR: resid "Group.Lable" \(in <Group\/Label>, line \d+\) is not in <Resources>\/ShortStrings\.$/);
  });

  test('without a build, URLs cannot resolve: a clear error naming the command to run', () => {
    const { problems } = checker.checkManifest(manifest, { distDir: path.join(ROOT, 'no-such-dist'), version });
    expect(problems.filter((p) => p.severity === 'error').map((p) => checker.formatProblem(p, 'en'))).toEqual(['ERROR: No build in ' + path.join(ROOT, 'no-such-dist') + ': run "npm run build:addin" first.']);
  });
});

describe('the XML reader', () => {
  test('namespaces, entities and character references', () => {
    const root = checker.parseXml('<?xml version="1.0" encoding="UTF-8"?>\n<!-- c --><a xmlns="urn:x" xmlns:b="urn:y"><b:c v="&lt;&amp;&#65;&#x42;"/></a>');
    expect([root.local, root.ns]).toEqual(['a', 'urn:x']);
    const child = root.children[0]!;
    expect([child.local, child.ns, child.attrs[0]!.value]).toEqual(['c', 'urn:y', '<&AB']);
  });

  test.each([
    ['<a><b></a></b>'],
    ['<a x="1" x="2"/>'],
    ['<a><p:b/></a>'],
    ['<a>&nbsp;</a>'],
    ['<a/><b/>'],
    ['<a x=1/>'],
    ['<!DOCTYPE a><a/>'],
    ['<a><!-- a -- b --></a>'],
    ['text<a/>'],
    [''],
  ])('refuses %p', (xml) => {
    expect(() => checker.parseXml(xml)).toThrow();
  });
});

describe('the command line (npm run validate)', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/validate-manifest.js', ...args], { cwd: ROOT, encoding: 'utf8' });

  test('arguments: the source manifest against dist/, a built one against its own folder and never rebuilt', () => {
    const source = checker.readArgs(['--offline']).args!;
    expect([source.manifest, source.distDir, source.offline, source.build, source.built, source.lang]).toEqual([path.join(ROOT, 'manifest.xml'), DIST, true, true, false, 'vi']);
    const built = checker.readArgs(['out/dist/manifest.xml', '--lang', 'en']).args!;
    expect([built.distDir, built.build, built.built, built.lang]).toEqual([path.resolve('out/dist'), false, true, 'en']);
    expect(checker.readArgs(['--no-build', '--dist', 'x']).args!.distDir).toBe(path.resolve('x'));
    expect(checker.readArgs(['--bogus']).args).toBeUndefined();
    expect(checker.readArgs(['--lang', 'fr']).args).toBeUndefined();
    expect(checker.readArgs(['--bogus', '--lang', 'en']).lang).toBe('en');
  });

  test('exit codes: 2 and the usage for a usage error, 0 for help, 0 for a valid manifest offline', () => {
    requireDist();
    const bad = run('--bogus');
    expect([bad.status, bad.stdout, bad.stderr.trim()]).toEqual([2, '', 'Cách dùng: node scripts/validate-manifest.js [manifest.xml] [--offline] [--dist THƯ-MỤC] [--no-build] [--lang vi|en]']);
    const help = run('-h', '--lang', 'en');
    expect([help.status, help.stdout.trim()]).toEqual([0, 'Usage: node scripts/validate-manifest.js [manifest.xml] [--offline] [--dist DIR] [--no-build] [--lang vi|en]']);
    const ok = run('--offline', '--no-build', '--lang', 'en');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^Offline check: manifest\.xml is valid \(namespace KTD5, SharedRuntime 1\.1, all \d+ URLs have their file in dist\/\)\.\nOnline check skipped \(--offline\)\.\n$/);
  });

  test('exit code 1 and the errors on stderr for a manifest with problems', () => {
    requireDist();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ktd5-manifest-'));
    try {
      const file = path.join(dir, 'manifest.xml');
      fs.writeFileSync(file, edit('lifetime="long"', 'lifetime="short"'));
      const r = run(file, '--offline', '--dist', DIST, '--lang', 'en');
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/^ERROR: The shared runtime must have lifetime="long"\.\nOffline check: .*manifest\.xml has 1 errors\.\n$/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
