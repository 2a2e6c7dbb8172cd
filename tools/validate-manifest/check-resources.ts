/** <Resources>: every id once, every resid known and of the right kind, none unused; the ribbon's ids unique. */
import { LONG_MAX, NS, SHORT_MAX } from './constants';
import { type Context } from './context';
import { attr, kid, kids, walk } from './tree';
import { type XmlElement } from './xml';

export type ResourceKind = 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings';

const ITEM_OF: Record<ResourceKind, string> = { Images: 'Image', Urls: 'Url', ShortStrings: 'String', LongStrings: 'String' };

/** Which resource collection a resid must name, by the element that carries it. */
const RESOURCE_KIND_OF: Record<string, ResourceKind> = {
  Image: 'Images',
  SourceLocation: 'Urls',
  Runtime: 'Urls',
  FunctionFile: 'Urls',
  LearnMoreUrl: 'Urls',
  Label: 'ShortStrings',
  Title: 'ShortStrings',
  Namespace: 'ShortStrings',
  Description: 'LongStrings',
};

export interface Resources {
  byKind: Record<ResourceKind, Map<string, XmlElement>>;
  /** The resource each element with a resid names (undefined when it names none). */
  targets: Map<XmlElement, XmlElement | undefined>;
}

export function checkResources(ctx: Context): Resources {
  const vo = kid(ctx.root, 'VersionOverrides');
  const resources = kid(vo, 'Resources', NS.ov);
  const byKind = { Images: new Map(), Urls: new Map(), ShortStrings: new Map(), LongStrings: new Map() } as Resources['byKind'];
  const items: XmlElement[] = [];
  for (const kind of Object.keys(ITEM_OF) as ResourceKind[]) {
    for (const item of kids(kid(resources, kind, NS.bt), ITEM_OF[kind], NS.bt)) {
      const rid = attr(item, 'id');
      if (rid === undefined) {
        ctx.error('id.missing', { name: item.name, line: item.line });
        continue;
      }
      byKind[kind].set(rid, item);
      items.push(item);
      if (attr(item, 'DefaultValue') === undefined) ctx.error('resource.noValue', { id: rid });
      const max = kind === 'ShortStrings' ? SHORT_MAX : kind === 'LongStrings' ? LONG_MAX : undefined;
      if (max) {
        ctx.lengthLimit(`"${rid}"`, max, attr(item, 'DefaultValue'));
        for (const o of kids(item, 'Override', NS.bt)) ctx.lengthLimit(`"${rid}" (${attr(o, 'Locale')})`, max, attr(o, 'Value'));
      }
    }
  }

  const used = new Set<string>();
  const resolve = (el: XmlElement, parents: XmlElement[]): XmlElement | undefined => {
    const resid = attr(el, 'resid') as string;
    if (resid.length > 32) ctx.error('resid.tooLong', { resid });
    const kind = RESOURCE_KIND_OF[el.local];
    const pool = kind ? [kind] : (Object.keys(byKind) as ResourceKind[]);
    const hit = pool.map((k) => byKind[k].get(resid)).find(Boolean);
    if (!hit) {
      ctx.error('resid.unknown', { resid, in: `${parents.map((p) => p.local).slice(-1)[0] ?? ''}/${el.local}`.replace(/^\//, ''), line: el.line, kind: kind ?? 'Resources' });
      return undefined;
    }
    used.add(resid);
    return hit;
  };
  const targets = new Map<XmlElement, XmlElement | undefined>();
  if (vo) for (const [el, parents] of walk(vo)) if (attr(el, 'resid') !== undefined) targets.set(el, resolve(el, parents));
  for (const item of items) {
    const rid = attr(item, 'id') as string;
    if (!used.has(rid)) ctx.add('warning', 'resource.unused', { id: rid });
  }
  checkIds(ctx, vo, items);
  return { byKind, targets };
}

/** ids unique: resources, and the ribbon's tabs, groups, controls and menu items. */
function checkIds(ctx: Context, vo: XmlElement | undefined, items: XmlElement[]): void {
  const ids = new Map<string, number[]>();
  const noteId = (value: string, el: XmlElement) => ids.set(value, [...(ids.get(value) ?? []), el.line]);
  for (const item of items) noteId(attr(item, 'id') as string, item);
  if (vo) {
    for (const [el] of walk(vo)) {
      if (['CustomTab', 'OfficeTab', 'Group', 'Control', 'Item'].includes(el.local) && el.ns === NS.ov) {
        const v = attr(el, 'id');
        if (v === undefined) ctx.error('id.missing', { name: el.name, line: el.line });
        else {
          noteId(v, el);
          ctx.lengthLimit(`id "${v}"`, SHORT_MAX, v);
        }
      }
    }
  }
  for (const [v, lines] of ids) if (lines.length > 1) ctx.error('id.duplicate', { id: v, count: lines.length, lines: lines.join(', ') });
}
