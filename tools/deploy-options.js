/**
 * What a build is for, from webpack's `--env` flags (also read by scripts/package-addin.js):
 *   --env origin=https://ktd5.example.gov.vn/addin/   where the office serves dist/ (https; a path is allowed)
 *   --env version=1.2.0.0                            the manifest <Version> (bump it for every release)
 *   --env id=<GUID>                                  another manifest <Id> (only when asked)
 *   --env officejs=cdn|local                         office.js from Microsoft's CDN, or self-hosted copies
 *   --env out=DIR                                    the output folder (default dist/)
 * Without `origin` the build is the developer's one (https://localhost:3000/, office.js self-hosted).
 */
const path = require('node:path');
const { URL } = require('node:url');

const ROOT = path.resolve(__dirname, '..');
const DEV_ORIGIN = 'https://localhost:3000/';
/** The Office CDN's office.js (what the @microsoft/office-js README tells add-ins to load). */
const CDN_OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

class DeployOptionError extends Error {}

function fail(vi, en) {
  throw new DeployOptionError(`${vi}\n${en}`);
}

/** The origin and base path, normalised to end with "/"; Office loads add-ins over https only. */
function parseOrigin(raw) {
  let u;
  try {
    u = new URL(raw);
  } catch {
    fail(`--env origin=${raw}: không phải một địa chỉ URL.`, `--env origin=${raw}: not a URL.`);
  }
  if (u.protocol !== 'https:') fail(`--env origin=${raw}: Office chỉ nạp add-in qua https.`, `--env origin=${raw}: Office loads add-ins over https only.`);
  if (u.username || u.password || u.search || u.hash) fail(`--env origin=${raw}: không được có tài khoản, "?" hay "#".`, `--env origin=${raw}: no credentials, "?" or "#" allowed.`);
  const base = u.pathname.endsWith('/') ? u.pathname : `${u.pathname}/`;
  return `${u.origin}${base}`;
}

/** n, n.n, n.n.n or n.n.n.n (each part at most 5 digits, as the manifest schema allows), padded to four parts. */
function parseVersion(raw) {
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(raw)) fail(`--env version=${raw}: cần dạng 1.2.0.0.`, `--env version=${raw}: expected the form 1.2.0.0.`);
  const parts = raw.split('.');
  while (parts.length < 4) parts.push('0');
  return parts.join('.');
}

function deployOptions(env = {}) {
  const production = typeof env.origin === 'string' && env.origin !== '';
  const origin = production ? parseOrigin(env.origin) : DEV_ORIGIN;
  const officeJs = env.officejs === undefined ? (production ? 'cdn' : 'local') : String(env.officejs);
  if (!['cdn', 'local'].includes(officeJs)) fail(`--env officejs=${officeJs}: chỉ nhận cdn hoặc local.`, `--env officejs=${officeJs}: cdn or local only.`);
  const version = env.version === undefined ? undefined : parseVersion(String(env.version));
  const id = env.id === undefined ? undefined : String(env.id);
  if (id !== undefined && !GUID.test(id)) fail(`--env id=${id}: cần một GUID.`, `--env id=${id}: a GUID is needed.`);
  const outDir = env.out ? path.resolve(ROOT, String(env.out)) : path.join(ROOT, 'dist');
  return { production, origin, appDomain: new URL(origin).origin, officeJs, version, id, outDir };
}

const escapeXml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** manifest.xml for these options: every URL on the origin and base path, <Version> and <Id> when asked. */
function templateManifest(xml, options) {
  let out = xml;
  if (options.origin !== DEV_ORIGIN) {
    // the source's leading comment speaks of the dev server: say what this build is for instead
    out = out.replace(/<!--[\s\S]*?-->/, () => `<!--\n  KTD5 Excel add-in (add-in only manifest), built for\n  ${escapeXml(options.origin).replace(/-(?=-)/g, '-&#45;')} (the origin option of npm run build);\n  deployment: docs/TRIEN-KHAI.md in the package.\n-->`);
    out = out.split(DEV_ORIGIN).join(escapeXml(options.origin));
    out = out.split(`<AppDomain>${DEV_ORIGIN.slice(0, -1)}</AppDomain>`).join(`<AppDomain>${escapeXml(options.appDomain)}</AppDomain>`);
    if (out.replace(/<!--[\s\S]*?-->/g, '').includes('localhost:3000')) fail('manifest.xml còn địa chỉ localhost:3000 không đổi được.', 'manifest.xml still has a localhost:3000 address that could not be changed.');
  }
  if (options.version) out = out.replace(/<Version>[^<]*<\/Version>/, `<Version>${options.version}</Version>`);
  if (options.id) out = out.replace(/<Id>[^<]*<\/Id>/, `<Id>${options.id}</Id>`);
  return out;
}

/** What dist/ktd5-build.json records: read by the offline manifest check and the package script. */
function buildInfo(options, manifestXml) {
  return {
    origin: options.origin,
    officeJs: options.officeJs,
    version: /<Version>([^<]*)<\/Version>/.exec(manifestXml)?.[1],
    id: /<Id>([^<]*)<\/Id>/.exec(manifestXml)?.[1],
  };
}

/** The <Requirements> sets of manifest.xml, [{ name, version }] (DefaultMinVersion for a set without MinVersion). */
function manifestRequirements(xml) {
  const block = /<Requirements>([\s\S]*?)<\/Requirements>/.exec(xml)?.[1] ?? '';
  const defaultMin = /<Sets[^>]*DefaultMinVersion="([^"]+)"/.exec(block)?.[1] ?? '1.1';
  return [...block.matchAll(/<Set\s([^>]*?)\/?>/g)].flatMap((m) => {
    const name = /Name="([^"]+)"/.exec(m[1])?.[1];
    return name ? [{ name, version: /MinVersion="([^"]+)"/.exec(m[1])?.[1] ?? defaultMin }] : [];
  });
}

module.exports = { manifestRequirements, deployOptions, templateManifest, buildInfo, DeployOptionError, DEV_ORIGIN, CDN_OFFICE_JS, BUILD_INFO: 'ktd5-build.json' };
