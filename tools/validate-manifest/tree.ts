/** Reading the element tree: attributes by namespace, children by name, a walk with the parents. */
import { NS } from './constants';
import { type XmlElement } from './xml';

export const attr = (el: XmlElement | undefined, local: string, ns = ''): string | undefined => el?.attrs.find((a) => a.local === local && a.ns === ns)?.value;

/** The xsi:type without its prefix ("TaskPaneApp"). */
export function xsiType(el: XmlElement | undefined): string | undefined {
  const v = attr(el, 'type', NS.xsi);
  return v === undefined ? undefined : v.includes(':') ? v.split(':')[1] : v;
}

export const kids = (el: XmlElement | undefined, local: string, ns?: string): XmlElement[] => (el ? el.children.filter((c) => c.local === local && (ns === undefined || c.ns === ns)) : []);

export const kid = (el: XmlElement | undefined, local: string, ns?: string): XmlElement | undefined => kids(el, local, ns)[0];

export function* walk(el: XmlElement, parents: XmlElement[] = []): Generator<[XmlElement, XmlElement[]]> {
  yield [el, parents];
  for (const c of el.children) yield* walk(c, [...parents, el]);
}
