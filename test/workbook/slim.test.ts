/**
 * The slimmed copy exceljs reads (src/workbook/xlsx/slim.ts) must give exactly the grid the original
 * file gives: formula text is cut after 81 characters (readers keep 80), at a character boundary
 * (an entity or a UTF-8 sequence is one character), shared formulas and everything else untouched.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { loadWorkbookGrid } from '../../src/workbook/xlsx/load';
import { loadWorkbookGrid as loadInParser } from '../../src/workbook/xlsx/load-node';
import { shortenFormulas, storedZip, withoutUnreadParts } from '../../src/workbook/xlsx/slim';
import { gridFromWorkbook } from '../../src/workbook/xlsx/to-grid';
import { decodeXmlReferences, escapeXml } from '../../src/workbook/xml-text';

const encode = (s: string) => new TextEncoder().encode(s);
const decode = (b: Uint8Array) => new TextDecoder().decode(b);
const native = (c: Uint8Array, limit: number) => new Uint8Array(inflateRawSync(c, { maxOutputLength: Math.max(1, limit) }));

/** The text of a formula element as an XML parser reads it, and as a writer escapes it. */
const unescape = decodeXmlReferences;
const escape = escapeXml;

describe('shortenFormulas', () => {
  test('keeps the first 81 characters of a long formula, entities and Vietnamese letters counted as one', () => {
    const formula = `IF(A1="Có",SUBSTITUTE(LOWER(B1),"ệ","e"),${'"đạt"&'.repeat(40)}"x")`;
    const xml = `<row><c r="A1"><f>${escape(formula)}</f><v>1</v></c></row>`;
    const out = decode(shortenFormulas(encode(xml)));
    const kept = /<f>([^<]*)<\/f>/.exec(out)?.[1] ?? '';
    expect(unescape(kept)).toBe([...formula].slice(0, 81).join(''));
    expect(out).toContain('<v>1</v>');
  });

  test('leaves short formulas, shared formulas, empty elements and other tags as they are', () => {
    const long = 'SUM(A1:A2)+'.repeat(20);
    const xml = `<c><f t="shared" ref="A1:A3" si="0">${long}</f><v>2</v></c><c><f t="shared" si="0"/><v>3</v></c><c><f>A1+1</f></c><font><b/></font>`;
    expect(decode(shortenFormulas(encode(xml)))).toBe(xml);
  });

  test('any formula text: what is kept is a prefix of whole characters, the rest of the XML byte for byte', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ maxLength: 20 }), (formula, after) => {
        const rest = `<v>${escape(after)}</v>`;
        const xml = `<c><f>${escape(formula)}</f>${rest}</c>`;
        const out = decode(shortenFormulas(encode(xml)));
        const kept = unescape(/<f>([^<]*)<\/f>/.exec(out)?.[1] ?? '');
        const chars = [...formula];
        expect(kept).toBe(chars.length > 81 ? chars.slice(0, 81).join('') : formula);
        expect(out.endsWith(`</f>${rest}</c>`)).toBe(true);
      }),
    );
  });
});

describe('withoutUnreadParts', () => {
  test('drops data validations and conditional formats, keeps the cells (Vietnamese text byte for byte)', () => {
    const cells = '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Có – đạt</t></is></c></row></sheetData>';
    const xml = `<worksheet>${cells}<conditionalFormatting sqref="A1"><cfRule type="expression" priority="1"><formula>A1=1</formula></cfRule></conditionalFormatting><dataValidations count="1"><dataValidation type="list" sqref="A1"><formula1>"Có,Không"</formula1></dataValidation></dataValidations><pageMargins/></worksheet>`;
    expect(decode(withoutUnreadParts(encode(xml)))).toBe(`<worksheet>${cells}<pageMargins/></worksheet>`);
  });

  test('an empty self-closed element does not swallow what follows', () => {
    const xml = '<worksheet><dataValidations count="0"/><sheetData/><dataValidations count="1"><dataValidation sqref="A1"/></dataValidations></worksheet>';
    expect(decode(withoutUnreadParts(encode(xml)))).toBe('<worksheet><dataValidations count="0"/><sheetData/></worksheet>');
  });
});

describe('the slimmed copy reads as the original', () => {
  const dir = path.join(__dirname, '..', '..', 'examples', 'khoi-5-2023');
  test.each(readdirSync(dir).filter((f) => f.endsWith('.xlsx')))('%s: the same grid as exceljs on the original bytes', async (file) => {
    const bytes = new Uint8Array(readFileSync(path.join(dir, file)));
    const direct = new ExcelJS.Workbook();
    await direct.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const slim = await loadWorkbookGrid(bytes, undefined, native);
    expect(slim.ok).toBe(true);
    if (slim.ok) expect(slim.grid).toEqual(gridFromWorkbook(direct));
    // the parser processes load exceljs's Workbook module alone: the same grid
    expect(await loadInParser(bytes, undefined, native)).toEqual(slim);
  });
});

describe('storedZip', () => {
  test('leaves out the theme, document properties and content types, keeps every other part', () => {
    const part = encode('<x/>');
    const unread = ['xl/theme/theme1.xml', 'docProps/app.xml', 'docProps/core.xml', '[Content_Types].xml'];
    const parts = new Map([...unread, 'xl/styles.xml', 'xl/workbook.xml', 'xl/theme/theme1.xml.rels'].map((name) => [name, part]));
    const names = Object.keys(unzipSync(storedZip(parts)));
    expect(names.sort()).toEqual(['xl/styles.xml', 'xl/theme/theme1.xml.rels', 'xl/workbook.xml']);
  });
});
