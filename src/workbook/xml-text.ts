/**
 * XML's references in text and attribute values, one decoder for the workbook layer (the guard reads
 * untrusted parts with it) and the tests. Decoded as an XML parser does: the five named entities,
 * `&#65;` and `&#x41;` (any case, leading zeros). A reference no parser would accept (an unknown name,
 * a code point beyond U+10FFFF, no `;`) is left as it is: the file is refused by the parser anyway.
 */

const NAMED: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
const REFERENCE = /&(?:#([0-9]+)|#[xX]([0-9a-fA-F]+)|(lt|gt|quot|apos|amp));/g;

export function decodeXmlReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, dec?: string, hex?: string, named?: string) => {
    if (named) return NAMED[named] ?? whole;
    const code = dec !== undefined ? Number(dec) : parseInt(hex ?? '', 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Text made safe for an XML attribute value or element: `& < > " '` as named entities. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);
}
