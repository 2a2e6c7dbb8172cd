/**
 * The manifest as an element tree, read with saxes (a maintained, strict, namespace-aware XML parser):
 * well-formedness, namespaces, entity and character references are saxes's; a manifest may not carry a
 * DOCTYPE (no declared entities, nothing fetched).
 */
import { SaxesParser, type SaxesAttributeNS } from 'saxes';

export interface XmlAttr {
  name: string;
  prefix: string;
  local: string;
  /** The attribute's namespace: '' when unprefixed. */
  ns: string;
  value: string;
}

export interface XmlElement {
  name: string;
  prefix: string;
  local: string;
  /** The element's namespace; undefined when there is no default namespace in scope. */
  ns: string | undefined;
  attrs: XmlAttr[];
  children: XmlElement[];
  /** The element's own text (and CDATA), references decoded; its children's text is theirs. */
  text: string;
  /** The line its start tag begins on. */
  line: number;
}

/** Not well-formed XML; `line` where the parser stopped. */
export class XmlError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

/** Parses an XML document into its root element. Throws XmlError (with a line number) if it is not well-formed. */
export function parseXml(input: string): XmlElement {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let tagLine = 1;
  const fail = (message: string, line = parser.line): never => {
    throw new XmlError(message, line);
  };
  let closed: XmlElement | undefined;
  parser.on('error', (e) => {
    const message = e.message.replace(/^\d+:\d+: /, '').replace(/\.$/, '');
    // saxes names no element on a mismatched end tag: the element it had to close is the one left open.
    fail(message === 'unexpected close tag' && closed ? `<${closed.name}> (line ${closed.line}) is never closed before this end tag` : message);
  });
  parser.on('doctype', () => fail('DOCTYPE and other declarations are not allowed in a manifest'));
  parser.on('opentagstart', () => {
    tagLine = parser.line;
  });
  parser.on('opentag', (tag) => {
    const attrs = Object.values(tag.attributes as Record<string, SaxesAttributeNS>).map((a) => ({ name: a.name, prefix: a.prefix, local: a.local, ns: a.uri, value: a.value }));
    const el: XmlElement = { name: tag.name, prefix: tag.prefix, local: tag.local, ns: tag.uri === '' && tag.prefix === '' ? undefined : tag.uri, attrs, children: [], text: '', line: tagLine };
    const parent = stack.at(-1);
    if (parent) parent.children.push(el);
    else root = el;
    stack.push(el);
  });
  parser.on('closetag', () => {
    closed = stack.pop();
  });
  const addText = (t: string) => {
    const open = stack.at(-1);
    if (open) open.text += t;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.write(text).close();
  if (!root) return fail('no root element');
  return root;
}
