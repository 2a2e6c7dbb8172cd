#!/usr/bin/env node
/**
 * The deployment package for an office's own server:
 *
 *   npm run package -- --env origin=https://ktd5.example.gov.vn/addin/ [--env version=1.2.0.0] [--env officejs=local]
 *   node scripts/package-addin.js [--env k=v …] [--out DIR] [--no-build] [--lang en]
 *
 * Builds the add-in for that origin (webpack, the same --env flags: tools/deploy-options.js), checks
 * the built manifest offline (scripts/validate-manifest.js; nothing is sent anywhere), and writes
 * ktd5-addin-<version>.zip into DIR (default: the project folder) with the build under dist/ and the
 * deployment guide TRIEN-KHAI.md (docs/TRIEN-KHAI.md, headed with what this build is for).
 * Exit codes: 0 written, 1 build, check or write failed, 2 usage error.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { Buffer } = require('node:buffer');
const { spawnSync } = require('node:child_process');
const { zipSync } = require('fflate');
const { deployOptions, BUILD_INFO } = require('../tools/deploy-options');
const { checkManifest, formatProblem } = require('./validate-manifest');

const ROOT = path.resolve(__dirname, '..');
const GUIDE = path.join(ROOT, 'docs', 'TRIEN-KHAI.md');

const TEXT = { vi: require('./package-addin.vi.js'), en: require('./package-addin.en.js') };

function parseArgs(argv) {
  const args = { env: {}, envFlags: [], out: ROOT, build: true, lang: 'vi' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--env') {
      const kv = argv[++i] ?? '';
      const eq = kv.indexOf('=');
      if (eq <= 0) args.bad = `--env ${kv}`;
      else {
        args.env[kv.slice(0, eq)] = kv.slice(eq + 1);
        args.envFlags.push('--env', kv);
      }
    } else if (a === '--out') args.out = path.resolve(argv[++i] ?? '');
    else if (a === '--no-build') args.build = false;
    else if (a === '--lang') args.lang = argv[++i];
    else if (a === '-h' || a === '--help') args.help = true;
    else args.bad = a;
  }
  if (!TEXT[args.lang]) args.bad = `--lang ${args.lang}`;
  return args;
}

function files(dir, base = dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p, base) : [path.relative(base, p).split(path.sep).join('/')];
  });
}

/** The guide, headed with what this build is for (so the officer reads the right addresses). */
function guideFor(info) {
  const head = [
    `> **Gói này / This package:** ${info.origin} · phiên bản / version ${info.version} · office.js: ${info.officeJs === 'cdn' ? 'CDN của Microsoft / Microsoft CDN' : 'tự lưu trữ / self-hosted'}`,
    '',
    '',
  ].join('\n');
  return head + fs.readFileSync(GUIDE, 'utf8');
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const t = TEXT[args.lang] ?? TEXT.vi;
  if (args.help || args.bad) {
    (args.bad ? console.error : console.log)(t.usage);
    return args.bad ? 2 : 0;
  }
  let options;
  try {
    options = deployOptions(args.env);
  } catch (e) {
    console.error(e.message);
    return 2;
  }
  if (!options.production) {
    console.error(t.noOrigin);
    return 2;
  }
  if (args.build) {
    console.error(t.building(options));
    const cli = require.resolve('webpack-cli/bin/cli.js');
    const r = spawnSync(process.execPath, [cli, '--mode', 'production', ...args.envFlags], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
    if (r.status !== 0) {
      console.error(t.buildFailed);
      return 1;
    }
  }
  const dist = options.outDir;
  const info = JSON.parse(fs.readFileSync(path.join(dist, BUILD_INFO), 'utf8'));
  const { problems } = checkManifest(fs.readFileSync(path.join(dist, 'manifest.xml'), 'utf8'), { distDir: dist, version: info.version });
  const errors = problems.filter((p) => p.severity === 'error');
  for (const p of errors) console.error(formatProblem(p, args.lang));
  if (errors.length > 0) {
    console.error(t.invalid(errors.length));
    return 1;
  }
  const entries = { 'TRIEN-KHAI.md': new Uint8Array(Buffer.from(guideFor(info), 'utf8')) };
  for (const f of files(dist)) entries[`dist/${f}`] = new Uint8Array(fs.readFileSync(path.join(dist, f)));
  const zipFile = path.join(args.out, `ktd5-addin-${info.version}.zip`);
  try {
    fs.mkdirSync(args.out, { recursive: true });
    const tmp = `${zipFile}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, zipSync(entries, { level: 9 }));
    fs.renameSync(tmp, zipFile);
  } catch (e) {
    console.error(t.writeFailed(zipFile, e.message));
    return 1;
  }
  console.log(t.written(path.relative(process.cwd(), zipFile) || zipFile, Object.keys(entries).length, info.version));
  return 0;
}

if (require.main === module) process.exitCode = main();

module.exports = { parseArgs, guideFor };
