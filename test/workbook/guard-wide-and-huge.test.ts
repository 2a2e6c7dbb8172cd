/**
 * The guard's gaps of issue 11: XML parts in UTF-16 or UTF-32 (which hide a DOCTYPE from a byte
 * scan) are refused; start tags of attacker-sized length (18 MB) are read without a backtracking
 * pattern, so no "Maximum call stack size exceeded"; exceljs's sheet-prefix pattern is read by hand
 * with the same answers; and every failure is a sentence naming the file, telling "not an Excel
 * file" from "a damaged Excel file".
 */
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { strFromU8, strToU8, zipSync } from 'fflate';
import { inspectXlsx } from '../../src/workbook/guard/inspect';
import { DEFAULT_LIMITS } from '../../src/workbook/guard/limits';
import { describeGuardProblem } from '../../src/workbook/guard/messages';
import { referenceAfterSheet } from '../../src/workbook/guard/ranges';
import { startTags } from '../../src/workbook/guard/tags';
import { loadWorkbookGrid } from '../../src/workbook/xlsx/load';
import { DATA_SHEET_PART, WORKBOOK_PART, csvRenamed, goodMember, goodTemplate, readParts, withPart, writeParts } from '../helpers/hostile-xlsx';

let template: Uint8Array;

beforeAll(async () => {
  template = await goodTemplate();
}, 60_000);

function encode(text: string, encoding: 'utf16le' | 'utf16be' | 'utf32le' | 'utf32be', bom: boolean): Uint8Array {
  const codes = [...(bom ? '\ufeff' : ''), ...text].map((c) => c.codePointAt(0) as number);
  const width = encoding.startsWith('utf16') ? 2 : 4;
  const out = new Uint8Array(codes.length * width);
  codes.forEach((code, i) => {
    for (let b = 0; b < width; b++) {
      const byte = (code >> (8 * b)) & 0xff;
      out[i * width + (encoding.endsWith('le') ? b : width - 1 - b)] = byte;
    }
  });
  return out;
}

/** The template with the data sheet's part replaced by raw bytes. */
function withSheetBytes(bytes: Uint8Array): Uint8Array {
  const parts = readParts(template);
  parts[DATA_SHEET_PART] = bytes;
  return writeParts(parts);
}

const DOCTYPE_SHEET = '<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>';

describe('parts in UTF-16 or UTF-32 are refused before any scan could miss a DOCTYPE', () => {
  const cases: { name: string; encoding: 'utf16le' | 'utf16be' | 'utf32le' | 'utf32be'; bom: boolean; label: string }[] = [
    { name: 'UTF-16LE with a byte-order mark', encoding: 'utf16le', bom: true, label: 'UTF-16LE' },
    { name: 'UTF-16BE with a byte-order mark', encoding: 'utf16be', bom: true, label: 'UTF-16BE' },
    { name: 'UTF-16LE without a mark', encoding: 'utf16le', bom: false, label: 'UTF-16LE' },
    { name: 'UTF-16BE without a mark', encoding: 'utf16be', bom: false, label: 'UTF-16BE' },
    { name: 'UTF-32LE with a mark', encoding: 'utf32le', bom: true, label: 'UTF-32LE' },
    { name: 'UTF-32BE without a mark', encoding: 'utf32be', bom: false, label: 'UTF-32BE' },
  ];
  test.each(cases)('$name', ({ encoding, bom, label }) => {
    const bytes = encode(DOCTYPE_SHEET, encoding, bom);
    // The byte scan alone would not see it: "<!DOCTYPE" is not in these bytes as ASCII.
    expect(Buffer.from(bytes).includes('<!DOCTYPE')).toBe(false);
    const result = inspectXlsx(withSheetBytes(bytes), DEFAULT_LIMITS);
    expect(result).toEqual({ ok: false, problem: { code: 'xmlEncoding', detail: { entry: DATA_SHEET_PART, encoding: label } } });
    if (result.ok) return;
    expect(describeGuardProblem(result.problem, 'don-vi.xlsx', 'vi')).toBe(
      `Tệp "don-vi.xlsx": có phần ${DATA_SHEET_PART} mã hóa ${label}, trong khi Excel chỉ lưu UTF-8; tệp không được đọc, hãy mở bằng Excel và lưu lại.`,
    );
  });

  test('a UTF-16 part without a DOCTYPE is refused too (its markup is invisible to the checks)', () => {
    const sheet = strFromU8(readParts(template)[DATA_SHEET_PART] as Uint8Array).replace('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>', '<?xml version="1.0" encoding="UTF-16"?>');
    const result = inspectXlsx(withSheetBytes(encode(sheet, 'utf16le', true)), DEFAULT_LIMITS);
    expect(result.ok ? 'passed' : result.problem.code).toBe('xmlEncoding');
  });

  test('single-byte markup declaring encoding="UTF-16" is refused: a parser honouring it would read on in UTF-16', () => {
    const bytes = withPart(template, WORKBOOK_PART, (xml) => xml.replace(/^<\?xml[^>]*\?>/, '<?xml version="1.0" encoding="utf-16"?>'));
    const result = inspectXlsx(bytes, DEFAULT_LIMITS);
    expect(result.ok ? 'passed' : result.problem).toEqual({ code: 'xmlEncoding', detail: { entry: WORKBOOK_PART, encoding: 'utf-16' } });
  });

  test('UTF-8, with or without its byte-order mark, still passes', async () => {
    const member = await goodMember('Đơn vị Tốt');
    expect(inspectXlsx(member, DEFAULT_LIMITS).ok).toBe(true);
    const withBom = readParts(member);
    withBom[DATA_SHEET_PART] = new Uint8Array([0xef, 0xbb, 0xbf, ...(withBom[DATA_SHEET_PART] as Uint8Array)]);
    expect(inspectXlsx(writeParts(withBom), DEFAULT_LIMITS).ok).toBe(true);
  });
});

const EIGHTEEN_MB = 18 * 1024 * 1024;

describe('an 18 MB start tag is read without overflowing the stack', () => {
  // Each element the guard reads, its start tag padded to 18 MB the way that overflowed the old
  // pattern (one character per loop), and how the guard must answer.
  // Letters at random: repeated ones would deflate past the guard's compression-ratio limit first.
  let letters: string | undefined;
  const noise = (): string => (letters ??= Buffer.from(randomBytes(EIGHTEEN_MB).map((b) => 0x61 + (b % 26))).toString('latin1'));
  const huge = (extra: string): string => ` ${noise()}${extra}`;
  const cases: { name: string; part: string; edit: (xml: string) => string; expected: string }[] = [
    { name: '<col> with a column beyond Excel', part: DATA_SHEET_PART, edit: (x) => x.replace('<cols>', `<cols><col min="1" max="60000"${huge('')}/>`), expected: 'columnsTooLarge' },
    { name: '<mergeCell> over the whole sheet', part: DATA_SHEET_PART, edit: (x) => x.replace('</mergeCells>', `<mergeCell ref="A1:XFD1048576"${huge('')}/></mergeCells>`), expected: 'mergeTooLarge' },
    { name: '<dimension> of the whole sheet', part: DATA_SHEET_PART, edit: (x) => x.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:XFD1048576"${huge('')}/>`), expected: 'dimensionTooLarge' },
    {
      name: '<dataValidation> over the whole sheet',
      part: DATA_SHEET_PART,
      edit: (x) => x.replace('</dataValidations>', `<dataValidation type="whole" sqref="A1:XFD1048576"${huge('')}><formula1>0</formula1></dataValidation></dataValidations>`),
      expected: 'validationTooLarge',
    },
    {
      name: '<definedName> over the whole sheet',
      part: WORKBOOK_PART,
      edit: (x) => x.replace('</definedNames>', `<definedName name="TatCa"${huge('')}>'Dữ liệu'!$A$1:$XFD$1048576</definedName></definedNames>`),
      expected: 'definedNameTooLarge',
    },
    { name: 'a harmless <mergeCell> (the file passes)', part: DATA_SHEET_PART, edit: (x) => x.replace('</mergeCells>', `<mergeCell ref="Z1:Z2" note="${noise()}"/></mergeCells>`), expected: 'passes' },
  ];
  test.each(cases)('$name', ({ part, edit, expected }) => {
    // Stored, not deflated: 18 MB of noise takes long to deflate and gains nothing.
    const parts = readParts(template);
    parts[part] = strToU8(edit(strFromU8(parts[part] as Uint8Array)));
    const bytes = zipSync(parts, { level: 0 });
    const result = inspectXlsx(bytes, DEFAULT_LIMITS);
    // The whole problem on a mismatch, so an internal error's reason is shown.
    expect(result.ok ? { code: 'passes' } : result.problem).toMatchObject({ code: expected });
  }, 60_000);

  test('a tag of three million attributes, and a tag left open for 18 MB, are scanned linearly', () => {
    const many = `<col min="1" max="2"${' a="b"'.repeat(3_000_000)}/>`;
    expect([...startTags(many, 'col')].map((t) => t.text.length)).toEqual([many.length]);
    const open = `<col min="1" ${'z'.repeat(EIGHTEEN_MB)}<col min="3" max="4"/>`;
    expect([...startTags(open, 'col')].map((t) => t.text)).toEqual(['<col min="3" max="4"/>']);
  });

  test('startTags finds what the old pattern found, on small hostile inputs', () => {
    const old = (name: string) => new RegExp(`<${name}(?=[ \\t\\r\\n/>])(?:[^<>"']|"[^"<]*"|'[^'<]*')*>`, 'g');
    const pieces = fc.constantFrom('<col', '<colx', ' ', '\t', 'a="1"', "b='>'", '"', "'", '>', '/>', '<', 'x', '=', '\n');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 24 }), (list) => {
        const xml = list.join('');
        expect([...startTags(xml, 'col')].map((t) => [t.index, t.text])).toEqual([...xml.matchAll(old('col'))].map((m) => [m.index, m[0]]));
      }),
      { numRuns: 2000 },
    );
  });

  test("an 18 MB quoted sheet name in a defined name's reference (exceljs's prefix pattern) does not overflow", () => {
    const reference = `'${"a''".repeat(EIGHTEEN_MB / 3)}'!A1:B2`;
    expect(referenceAfterSheet(reference)).toBe('A1:B2');
  });

  test("referenceAfterSheet gives exceljs's pattern's answer", () => {
    const pattern = /(?:(?:(?:'((?:[^']|'')*)')|([^'^ !]*))!)?(.*)/;
    fc.assert(
      fc.property(fc.array(fc.constantFrom("'", '!', '^', ' ', 'a', 'B', '1', ':', '$', '\n', '\r', '\u2028'), { maxLength: 16 }), (chars) => {
        const text = chars.join('');
        expect(referenceAfterSheet(text)).toBe(pattern.exec(text)?.[3] ?? '');
      }),
      { numRuns: 3000 },
    );
  });
});

describe('failures are sentences naming the file: not an Excel file, or a damaged one', () => {
  test('a text file renamed .xlsx: "không phải tệp Excel"', async () => {
    const result = await loadWorkbookGrid(csvRenamed());
    expect(result.ok ? 'passed' : result.problem.code).toBe('notWorkbook');
    if (!result.ok) expect(describeGuardProblem(result.problem, 'a.xlsx', 'vi')).toMatch(/^Tệp "a\.xlsx": không phải tệp Excel \.xlsx/);
  });

  test('a workbook whose XML exceljs cannot parse: "là tệp Excel bị hỏng", with the parser\'s words, no stack', async () => {
    const damaged = withPart(template, WORKBOOK_PART, () => '<workbook><sheets><sheet name="a" sheetId="1" r:id="rId1"/></sheets></workbook');
    const result = await loadWorkbookGrid(damaged);
    expect(result.ok ? 'passed' : result.problem.code).toBe('damaged');
    if (result.ok) return;
    const vi = describeGuardProblem(result.problem, 'b.xlsx', 'vi');
    expect(vi).toMatch(/^Tệp "b\.xlsx": là tệp Excel bị hỏng, không đọc được \(.+\); hãy mở bằng Excel, lưu lại rồi gửi lại tệp\.$/);
    expect(vi).not.toMatch(/\n\s+at /);
    expect(describeGuardProblem(result.problem, 'b.xlsx', 'en')).toMatch(/^File "b\.xlsx": is a damaged Excel file that cannot be read/);
  });

  test("the parser's words are printed without control or bidi characters", () => {
    const text = describeGuardProblem({ code: 'damaged', detail: { reason: 'bad\r\u202eevil\u001b[2J' } }, 'c.xlsx', 'vi');
    for (const c of ["\r", "\u202e", "\u001b"]) expect(text).not.toContain(c);
    expect(text).toContain('(bad evil[2J)'); // a line break becomes a space, the rest is dropped
  });
});

test('the encoder used above is faithful (the refused parts really are UTF-16 and UTF-32 text)', () => {
  expect(new TextDecoder('utf-16le').decode(encode('Sở Tư pháp', 'utf16le', false))).toBe('Sở Tư pháp');
  expect(new TextDecoder('utf-16be').decode(encode('Sở Tư pháp', 'utf16be', true))).toBe('\ufeffSở Tư pháp'.slice(1));
});
