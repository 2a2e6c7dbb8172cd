/**
 * The one XML reference decoder (and its escape): the documented forms by hand, then any text against
 * saxes — the XML parser exceljs reads workbooks with — as the oracle: what saxes delivers for a
 * well-formed element is what the decoder gives, and escaped text decodes back to itself.
 */
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { decodeXmlReferences, escapeXml } from '../../src/workbook/xml-text';

/** The text saxes delivers for `<a>…</a>`, or undefined when it refuses the document. */
function saxesText(inner: string): string | undefined {
  const parser = new SaxesParser();
  let text = '';
  let failed = false;
  parser.on('text', (t) => {
    text += t;
  });
  parser.on('error', () => {
    failed = true;
  });
  parser.write(`<a>${inner}</a>`).close();
  return failed ? undefined : text;
}

// Characters XML allows in text (no controls, no lone surrogates; "\r" is normalised by parsers).
const xmlChar = fc.oneof(
  fc.constantFrom('a', 'Z', '1', ' ', '\n', '\t', 'đ', 'ạ', 'Ư', '😀', ';', '#', 'x'),
  fc.integer({ min: 0x20, max: 0xd7ff }).map((c) => String.fromCodePoint(c)),
);

describe('decodeXmlReferences', () => {
  test('the five named entities, decimal and hexadecimal references, each decoded once', () => {
    // Text as written → text as read.
    const golden: Record<string, string> = {
      '&lt;&gt;&quot;&apos;&amp;': '<>"\'&',
      '&#65;1:&#66;&#0050;': 'A1:B2',
      '&#x41;&#x4a;&#x000004B;&#x1F600;': 'AJK😀',
      // XML allows only "&#x"; a parser refuses "&#X", so decoding it too costs the guard nothing.
      '&#X42;': 'B',
      'Đ&#7841;t &#x110;&#x1EA1;t': 'Đạt Đạt',
      '&amp;lt;': '&lt;',
      'Sở Tư pháp A1:B2': 'Sở Tư pháp A1:B2',
    };
    expect(Object.fromEntries(Object.keys(golden).map((t) => [t, decodeXmlReferences(t)]))).toEqual(golden);
  });

  test.each([
    ['an unknown name', '&nbsp;'],
    ['no semicolon', '&lt'],
    ['beyond U+10FFFF', '&#x110000;'],
    ['a huge decimal', `&#${'9'.repeat(40)};`],
    ['an empty reference', '&#;'],
    ['a bare ampersand', 'A & B'],
  ])('%s is left as it is (a parser refuses the file)', (_what, text) => {
    expect(decodeXmlReferences(text)).toBe(text);
    expect(saxesText(text)).toBeUndefined();
  });

  test('any text escaped then decoded is the text again', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        expect(decodeXmlReferences(escapeXml(s))).toBe(s);
      }),
    );
  });

  const reference = fc.oneof(
    fc.constantFrom('&lt;', '&gt;', '&amp;', '&quot;', '&apos;'),
    fc.oneof(fc.integer({ min: 0x20, max: 0xd7ff }), fc.integer({ min: 0xe000, max: 0xfffd }), fc.integer({ min: 0x10000, max: 0x10ffff })).chain((c) =>
      fc.constantFrom(`&#${c};`, `&#x${c.toString(16)};`, `&#x${c.toString(16).toUpperCase()};`, `&#00${c};`),
    ),
  );
  const piece = fc.oneof(
    xmlChar.filter((c) => c !== '<' && c !== '&' && c !== '>'),
    reference,
  );

  test('agrees with saxes on any well-formed text of characters and references', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        const oracle = saxesText(text);
        expect(oracle).toBeDefined();
        expect(decodeXmlReferences(text)).toBe(oracle);
      }),
      { numRuns: 500 },
    );
  });
});

describe('escapeXml', () => {
  test('the five special characters as named entities, nothing else touched', () => {
    expect(escapeXml(`<a href="x">'Đạt' & more</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;Đạt&apos; &amp; more&lt;/a&gt;');
  });

  test('escaped text is well-formed XML content that saxes reads back unchanged', () => {
    fc.assert(
      fc.property(fc.array(xmlChar, { maxLength: 80 }), (chars) => {
        const s = chars.join('');
        expect(saxesText(escapeXml(s))).toBe(s);
      }),
    );
  });
});
