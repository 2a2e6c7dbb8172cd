/** The top of the manifest: the schema's elements in order, <Id>, <Version>, locales, lengths, hosts, the SharedRuntime requirement. */
import { LONG_MAX, NS, SHORT_MAX } from './constants';
import { type Context } from './context';
import { attr, kid, kids, walk, xsiType } from './tree';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const LOCALE = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;
const PERMISSIONS = ['Restricted', 'ReadDocument', 'ReadAllDocument', 'WriteDocument', 'ReadWriteDocument'];

/** Children of <OfficeApp xsi:type="TaskPaneApp"> in the schema's order; required ones for this add-in marked. */
const TOP_LEVEL: [string, boolean][] = [
  ['Id', true],
  ['AlternateId', false],
  ['Version', true],
  ['ProviderName', true],
  ['DefaultLocale', true],
  ['DisplayName', true],
  ['Description', true],
  ['IconUrl', true],
  ['HighResolutionIconUrl', true],
  ['SupportUrl', true],
  ['AppDomains', false],
  ['Hosts', true],
  ['Requirements', true],
  ['DefaultSettings', true],
  ['Permissions', true],
  ['Dictionary', false],
  ['VersionOverrides', true],
  ['ExtendedOverrides', false],
];

/** False (after recording the problem) when the root is not a task pane add-in's <OfficeApp>. */
export function checkRoot(ctx: Context): boolean {
  const { root } = ctx;
  if (root.local !== 'OfficeApp' || root.ns !== NS.officeApp || xsiType(root) !== 'TaskPaneApp') {
    ctx.error('root.wrong', { name: root.name });
    return false;
  }
  return true;
}

/** Top-level elements: required ones present, known ones in the schema's order. */
export function checkTopLevel(ctx: Context): void {
  const { root } = ctx;
  const top = root.children.filter((c) => c.ns === NS.officeApp || c.ns === NS.ov);
  for (const c of root.children) {
    if (!TOP_LEVEL.some(([n]) => n === c.local)) ctx.error('element.unknown', { name: c.name });
  }
  for (const [name, required] of TOP_LEVEL) {
    if (required && !top.some((c) => c.local === name)) ctx.error('element.missing', { name, in: 'OfficeApp' });
  }
  const order = top.map((c) => TOP_LEVEL.findIndex(([n]) => n === c.local)).filter((i) => i >= 0);
  for (let i = 1; i < order.length; i++) {
    if ((order[i] as number) < (order[i - 1] as number)) {
      ctx.error('element.order', { name: TOP_LEVEL[order[i] as number]?.[0], before: TOP_LEVEL[order[i - 1] as number]?.[0] });
      break;
    }
  }
}

/** <Id>, <Version>, <ProviderName>, <DefaultLocale>, <Permissions>. */
export function checkValues(ctx: Context): void {
  const { root, options } = ctx;
  const topText = (name: string) => kid(root, name, NS.officeApp)?.text.trim();
  const id = topText('Id');
  ctx.info.id = id;
  if (id !== undefined && !GUID.test(id)) ctx.error('value.id', { value: id });
  const version = topText('Version');
  if (version !== undefined) {
    const expected = options.version ? `${options.version.split('-')[0]}.0`.split('.').slice(0, 4).join('.') : undefined;
    if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version) || (expected && version !== expected)) ctx.error('value.version', { value: version, expected: expected ?? 'n.n.n.n' });
  }
  for (const name of ['ProviderName', 'DefaultLocale']) {
    const v = topText(name);
    if (v !== undefined && v === '') ctx.error('value.empty', { name });
  }
  const defaultLocale = topText('DefaultLocale');
  if (defaultLocale && !LOCALE.test(defaultLocale)) ctx.error('value.locale', { value: defaultLocale });
  const permissions = topText('Permissions');
  if (permissions !== undefined && !PERMISSIONS.includes(permissions)) ctx.error('value.permissions', { value: permissions });
}

/** Text lengths of the name and description, and locale overrides wherever they are. */
export function checkTexts(ctx: Context): void {
  const { root } = ctx;
  for (const name of ['DisplayName', 'Description']) {
    const el = kid(root, name, NS.officeApp);
    if (!el) continue;
    const max = name === 'DisplayName' ? SHORT_MAX : LONG_MAX;
    if (!attr(el, 'DefaultValue')) ctx.error('value.empty', { name });
    ctx.lengthLimit(`<${name}>`, max, attr(el, 'DefaultValue'));
    for (const o of kids(el, 'Override')) ctx.lengthLimit(`<${name}> (${attr(o, 'Locale')})`, max, attr(o, 'Value'));
  }
  for (const [el] of walk(root)) {
    const seen = new Set<string>();
    for (const o of kids(el, 'Override')) {
      const locale = attr(o, 'Locale') ?? '';
      if (!LOCALE.test(locale)) ctx.error('value.locale', { value: locale });
      if (seen.has(locale.toLowerCase())) ctx.error('value.duplicateLocale', { locale, in: el.name });
      seen.add(locale.toLowerCase());
    }
  }
}

/** The Workbook host in <Hosts> and <VersionOverrides>, and the SharedRuntime 1.1 requirement. */
export function checkHosts(ctx: Context): void {
  const { root } = ctx;
  const hostsEl = kid(root, 'Hosts', NS.officeApp);
  const hosts = kids(hostsEl, 'Host', NS.officeApp).map((h) => attr(h, 'Name'));
  const vo = kid(root, 'VersionOverrides');
  const voHost = workbookHost(ctx);
  if (hostsEl && (!hosts.includes('Workbook') || (vo && !voHost))) ctx.error('host.workbook');
  const setsEl = kid(kid(root, 'Requirements', NS.officeApp), 'Sets', NS.officeApp);
  const shared = kids(setsEl, 'Set', NS.officeApp).find((s) => attr(s, 'Name') === 'SharedRuntime');
  const minVersion = shared && (attr(shared, 'MinVersion') ?? attr(setsEl, 'DefaultMinVersion'));
  if (!shared || !(Number(minVersion) >= 1.1)) ctx.error('runtime.sharedRequirement');
}

/** <VersionOverrides>'s <Host xsi:type="Workbook">. */
export function workbookHost(ctx: Context) {
  return kids(kid(kid(ctx.root, 'VersionOverrides'), 'Hosts', NS.ov), 'Host', NS.ov).find((h) => xsiType(h) === 'Workbook');
}
