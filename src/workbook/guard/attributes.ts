/**
 * Attribute values and element text read from raw XML the way the XML parser (saxes, under exceljs)
 * will deliver them: attributes in order, references decoded, comments and tags dropped.
 */
import { decodeXmlReferences } from '../xml-text';

// One attribute after the element name or the previous attribute (XML whitespace only).
// Attribute names are bounded: an unbounded greedy name over an 18 MB run of letters backtracks
// through every one of them, which V8's regexp interpreter (before a pattern is compiled) cannot
// always hold, and throws. A longer "name" is not an attribute; the scan below still finds the rest.
const NAME = `[^ \\t\\r\\n=/>"'<]{1,${1024}}`;
const ATTRIBUTE = new RegExp(`[ \\t\\r\\n]+(${NAME})[ \\t\\r\\n]*=[ \\t\\r\\n]*(?:"([^"<]*)"|'([^'<]*)')`, 'y');
const ATTRIBUTE_ANYWHERE = new RegExp(`[ \\t\\r\\n](${NAME})[ \\t\\r\\n]*=[ \\t\\r\\n]*(?:"([^"]*)"|'([^']*)')`, 'g');
const ATTRIBUTE_END = /[ \t\r\n]*\/?>$/y;

/**
 * Every value the XML parser could give attribute `name` of a start tag: the attributes are read in
 * order (so a `ref='…'` inside another attribute's value is not taken for the attribute); a tag the
 * reader cannot follow to its end — the XML parser rejects such a file anyway — also yields every
 * `name=…` found anywhere in it, so nothing is missed.
 */
export function attributeValues(tag: string, name: string | RegExp): string[] {
  const wanted = (n: string): boolean => (typeof name === 'string' ? n === name : name.test(n));
  const values: string[] = [];
  let at = /^<[^ \t\r\n/>]*/.exec(tag)?.[0].length ?? 0;
  for (;;) {
    ATTRIBUTE.lastIndex = at;
    const m = ATTRIBUTE.exec(tag);
    if (!m) break;
    if (wanted(m[1] as string)) values.push(decodeXmlReferences(m[2] ?? m[3] ?? ''));
    at = ATTRIBUTE.lastIndex;
  }
  ATTRIBUTE_END.lastIndex = at;
  if (!ATTRIBUTE_END.test(tag)) {
    for (const m of tag.matchAll(ATTRIBUTE_ANYWHERE)) {
      if (wanted(m[1] as string)) values.push(decodeXmlReferences(m[2] ?? m[3] ?? ''));
    }
  }
  return values;
}

export function attribute(tag: string, name: string | RegExp): string | undefined {
  return attributeValues(tag, name)[0];
}

/**
 * A defined name's text as the XML parser delivers it, pieces joined: comments, processing
 * instructions and tags dropped, CDATA kept (one pass, so hostile nesting cannot make it slow).
 */
export function elementText(inner: string): string {
  let out = '';
  let at = 0;
  while (at < inner.length) {
    const lt = inner.indexOf('<', at);
    if (lt < 0) {
      out += inner.slice(at);
      break;
    }
    out += inner.slice(at, lt);
    const [open, close] = inner.startsWith('<!--', lt) ? ['<!--', '-->'] : inner.startsWith('<![CDATA[', lt) ? ['<![CDATA[', ']]>'] : ['<', '>'];
    const end = inner.indexOf(close, lt + open.length);
    if (end < 0) break;
    if (open === '<![CDATA[') out += inner.slice(lt + open.length, end);
    at = end + close.length;
  }
  return decodeXmlReferences(out);
}
