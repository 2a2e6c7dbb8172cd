/** URLs: well-formed https; on the add-in's origin, files the build emits (icons of their size, function metadata that parses). */
import fs from 'node:fs';
import path from 'node:path';
import { NS } from './constants';
import { type Context } from './context';
import { type Resources } from './check-resources';
import { type Runtime } from './check-runtime';
import { attr, kid, kids, walk } from './tree';

interface NotedUrl {
  url: string;
  where: string;
  /** The icon's declared size in pixels, when the URL is an icon. */
  size?: number;
  resid?: string;
}

/** Width and height of a PNG file, or undefined if it is not one. */
function pngSize(file: string): [number, number] | undefined {
  const b = fs.readFileSync(file);
  if (b.length < 24 || b.toString('latin1', 1, 4) !== 'PNG' || b.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

function manifestUrls(ctx: Context, resources: Resources, paneUrl: string | undefined): NotedUrl[] {
  const urls: NotedUrl[] = [];
  const note = (url: string | undefined, where: string, extra: Partial<NotedUrl> = {}) => {
    if (url !== undefined) urls.push({ url, where, ...extra });
  };
  const sizes: Record<string, number> = { IconUrl: 32, HighResolutionIconUrl: 64 };
  for (const name of ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl']) note(attr(kid(ctx.root, name, NS.officeApp), 'DefaultValue'), `<${name}>`, { size: sizes[name] });
  note(paneUrl, '<DefaultSettings><SourceLocation>');
  const iconSizes = new Map<string, number>();
  const vo = kid(ctx.root, 'VersionOverrides');
  if (vo) for (const [el] of walk(vo)) if (el.local === 'Image' && el.ns === NS.bt && attr(el, 'resid') !== undefined) iconSizes.set(attr(el, 'resid') as string, Number(attr(el, 'size')));
  for (const kind of ['Images', 'Urls'] as const) {
    for (const [rid, item] of resources.byKind[kind]) {
      const size = kind === 'Images' ? iconSizes.get(rid) : undefined;
      note(attr(item, 'DefaultValue'), `resource ${rid}`, { size, resid: rid });
      for (const o of kids(item, 'Override', NS.bt)) note(attr(o, 'Value'), `resource ${rid} (${attr(o, 'Locale')})`, { size, resid: rid });
    }
  }
  return urls;
}

/** The origin and folder of the task pane's page: the add-in's own files live there. */
function homeOf(paneUrl: string | undefined): { origin?: string; basePath: string } {
  if (!paneUrl) return { basePath: '/' };
  let origin: string | undefined;
  let basePath = '/';
  try {
    origin = new URL(paneUrl).origin;
    basePath = decodeURIComponent(new URL(paneUrl).pathname).replace(/[^/]*$/, '');
  } catch {
    // a malformed page URL is reported with the other URLs
  }
  return { origin, basePath };
}

export function checkUrls(ctx: Context, resources: Resources, runtime: Runtime): void {
  const { origin, basePath } = homeOf(runtime.paneUrl);
  ctx.info.origin = origin;
  ctx.info.basePath = basePath;
  const distDir = ctx.options.distDir;
  if (distDir && !fs.existsSync(distDir)) ctx.error('dist.missing', { dir: distDir });
  const metadataFiles: string[] = [];
  const metadataResid = attr(kid(kid(runtime.functions, 'Metadata', NS.ov), 'SourceLocation', NS.ov), 'resid');
  for (const u of manifestUrls(ctx, resources, runtime.paneUrl)) {
    let parsed: URL;
    try {
      parsed = new URL(u.url);
    } catch {
      ctx.error('url.malformed', { ...u });
      continue;
    }
    if (parsed.protocol !== 'https:') {
      ctx.error('url.notHttps', { ...u });
      continue;
    }
    ctx.info.urls.push(u.url);
    if (parsed.origin !== origin) {
      ctx.add('notice', 'url.otherOrigin', { ...u, origin });
      continue;
    }
    if (!distDir || !fs.existsSync(distDir)) continue;
    // the add-in's files live under the runtime page's folder (a build for https://host/addin/ serves dist/ there)
    const pathname = decodeURIComponent(parsed.pathname);
    if (!pathname.startsWith(basePath)) {
      ctx.error('url.outsideBase', { ...u, base: `${origin}${basePath}` });
      continue;
    }
    const rel = pathname.slice(basePath.length);
    const file = path.join(distDir, rel);
    if (rel === '' || !path.resolve(file).startsWith(path.resolve(distDir)) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      ctx.error('url.noFile', { ...u, file: path.join(path.basename(distDir), rel) });
      continue;
    }
    if (u.size) {
      const dims = pngSize(file);
      if (!dims || dims[0] !== u.size || dims[1] !== u.size) ctx.error('icon.size', { file: rel, found: dims ? `${dims[0]}×${dims[1]}` : 'not a PNG', expected: u.size });
    }
    if (u.resid !== undefined && u.resid === metadataResid) metadataFiles.push(rel);
  }
  checkAppDomains(ctx);
  if (distDir) checkMetadata(ctx, distDir, metadataFiles);
}

function checkAppDomains(ctx: Context): void {
  for (const d of kids(kid(ctx.root, 'AppDomains', NS.officeApp), 'AppDomain', NS.officeApp)) {
    const url = d.text.trim();
    let ok: boolean;
    try {
      const p = new URL(url);
      ok = p.protocol === 'https:' && p.origin === url.replace(/\/$/, '');
    } catch {
      ok = false;
    }
    if (!ok) ctx.error('url.appDomain', { url });
  }
}

/** Function metadata (the default and every locale's) parses and lists the same functions. */
function checkMetadata(ctx: Context, distDir: string, files: string[]): void {
  let base: { ids: string; rel: string } | undefined;
  for (const rel of files) {
    let ids: string;
    try {
      const json = JSON.parse(fs.readFileSync(path.join(distDir, rel), 'utf8')) as { functions?: { id?: string }[] };
      if (!Array.isArray(json.functions) || json.functions.length === 0) throw new Error('no "functions" array');
      ids = json.functions
        .map((f) => String(f.id))
        .sort()
        .join(',');
    } catch (e) {
      ctx.error('functions.metadata', { file: rel, detail: (e as Error).message });
      continue;
    }
    if (base === undefined) base = { ids, rel };
    else if (ids !== base.ids) ctx.error('functions.metadataMismatch', { file: rel, base: base.rel });
  }
}
