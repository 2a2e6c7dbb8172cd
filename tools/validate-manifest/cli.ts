/**
 * The command line: `npm run validate` (node scripts/validate-manifest.js [manifest.xml] [--offline]
 * [--dist DIR] [--no-build] [--lang en]). The offline check first; then Microsoft's service, whose
 * absence is a notice. Exit codes: 0 valid (or only the online service was unreachable), 1 problems
 * found, 2 usage error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkManifest } from './check';
import { formatProblem, TEXTS, type Lang } from './messages';
import { validateOnline } from './online';

const ROOT = path.resolve(__dirname, '..', '..');
const SOURCE_MANIFEST = path.join(ROOT, 'manifest.xml');

export interface Args {
  manifest: string;
  distDir: string;
  offline: boolean;
  build: boolean;
  lang: Lang;
  /** A built manifest (dist/manifest.xml, an unpacked package): checked against its own folder, never rebuilt. */
  built: boolean;
  help: boolean;
}

/** The arguments, or undefined for a usage error (an unknown option, --lang other than vi or en). */
export function readArgs(argv: string[]): { args?: Args; lang: Lang } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { offline: { type: 'boolean' }, 'no-build': { type: 'boolean' }, dist: { type: 'string' }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch {
    // A usage error still speaks the language asked for, when it was.
    return { lang: argv[argv.indexOf('--lang') + 1] === 'en' ? 'en' : 'vi' };
  }
  const { values, positionals } = parsed;
  const lang = values.lang ?? 'vi';
  if (lang !== 'vi' && lang !== 'en') return { lang: 'vi' };
  const manifest = positionals.length > 0 ? path.resolve(positionals.at(-1) as string) : SOURCE_MANIFEST;
  const built = manifest !== SOURCE_MANIFEST;
  const distDir = values.dist !== undefined ? path.resolve(values.dist) : built ? path.dirname(manifest) : path.join(ROOT, 'dist');
  return { lang, args: { manifest, distDir, offline: values.offline === true, build: !built && values['no-build'] !== true, lang, built, help: values.help === true } };
}

/**
 * The <Version> the manifest must carry: package.json's for the source manifest.xml; for a built one,
 * the version its build recorded in ktd5-build.json (`--env version=` changes it on purpose).
 */
function expectedVersion(args: Args): string {
  const info = path.join(args.distDir, 'ktd5-build.json');
  if (args.built && fs.existsSync(info)) {
    const recorded = (JSON.parse(fs.readFileSync(info, 'utf8')) as { version?: unknown }).version;
    if (typeof recorded === 'string') return recorded;
  }
  return (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Builds dist/ when it is missing or stale; false (after saying why) when the build failed. */
function ensureDist(args: Args): boolean {
  if (!args.build || path.resolve(args.distDir) !== path.join(ROOT, 'dist')) return true;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { distIsFresh, ensureBuilt } = require('../load-functions.js') as { distIsFresh(): boolean; ensureBuilt(): void };
  if (distIsFresh()) return true;
  const text = TEXTS[args.lang].cli;
  console.error(text.building);
  try {
    ensureBuilt();
    return true;
  } catch (e) {
    const err = e as { stderr?: unknown; message?: string };
    console.error(text.buildFailed(String(err.stderr || err.message)));
    return false;
  }
}

export async function main(argv: string[]): Promise<number> {
  const { args, lang } = readArgs(argv);
  const text = TEXTS[lang].cli;
  if (!args || args.help) {
    (args ? console.log : console.error)(text.usage);
    return args ? 0 : 2;
  }
  if (!ensureDist(args)) return 1;
  const manifestName = path.relative(process.cwd(), args.manifest) || args.manifest;
  const { problems, info } = checkManifest(fs.readFileSync(args.manifest, 'utf8'), { distDir: args.distDir, version: expectedVersion(args) });
  for (const p of problems) (p.severity === 'error' ? console.error : console.log)(formatProblem(p, args.lang));
  const errors = problems.filter((p) => p.severity === 'error').length;
  if (errors > 0) {
    console.error(text.offlineFailed(manifestName, errors));
    return 1;
  }
  console.log(text.offlineOk(manifestName, info.urls.length));
  if (args.offline) {
    console.log(text.skipped);
    return 0;
  }
  console.log(text.online);
  const online = await validateOnline(args.manifest);
  if (online.state === 'unreachable') {
    console.log(text.unreachable(online.lines.join('; ')));
    return 0;
  }
  for (const line of online.lines) console.log(line);
  console.log(online.state === 'valid' ? text.onlineValid : text.onlineInvalid);
  return online.state === 'valid' ? 0 : 1;
}
