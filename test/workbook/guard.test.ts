/**
 * The guard in front of exceljs: every hostile file of the issue, made from a good template, is
 * refused with the right code and place; the good files pass; the messages name file, sheet and
 * cell in both languages. Then the ways a file could show exceljs something the guard did not
 * look at (zip names and offsets JSZip reads differently, XML the guard could misread, exceljs's
 * lenient addresses) — each shown to reach exceljs, then shown to be refused — and properties:
 * areas are right, and no mutation of a good file makes the guard throw.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { strFromU8, strToU8 } from 'fflate';
import { inspectXlsx, type GuardCode, type GuardProblem, type InspectResult } from '../../src/workbook/guard/inspect';
import { DEFAULT_LIMITS, type WorkbookLimits } from '../../src/workbook/guard/limits';
import { describeGuardProblem } from '../../src/workbook/guard/messages';
import { areaOf, areaOfList } from '../../src/workbook/guard/ranges';
import { DATA_SHEET_NAME } from '../../src/workbook/layouts/data-sheet-contract';
import {
  DATA_SHEET_PART,
  HOSTILE,
  SMUGGLERS,
  WHOLE_SHEET,
  WORKBOOK_PART,
  centralCrcs,
  columnBomb,
  crc32,
  goodMember,
  goodTemplate,
  rawEntries,
  rawZip,
  readParts,
  whitespaceBomb,
  withPart,
  writeParts,
} from '../helpers/hostile-xlsx';

let template: Uint8Array;
let member: Uint8Array;
let sheetXml: string;

beforeAll(async () => {
  template = await goodTemplate();
  member = await goodMember('Đơn vị Tốt');
  sheetXml = strFromU8(readParts(template)[DATA_SHEET_PART] as Uint8Array);
});

/** Each hostile file, made once (the whitespace bomb takes a few seconds to deflate). */
const made = new Map<string, Uint8Array>();
function hostile(h: (typeof HOSTILE)[number]): Uint8Array {
  let bytes = made.get(h.file);
  if (!bytes) made.set(h.file, (bytes = h.make(template)));
  return bytes;
}

function refused(result: InspectResult): GuardProblem {
  if (result.ok) throw new Error(`expected a refusal, the guard passed the file (sheets ${result.sheets.join(', ')})`);
  return result.problem;
}

function inspect(bytes: Uint8Array, limits: Partial<WorkbookLimits> = {}): InspectResult {
  return inspectXlsx(bytes, { ...DEFAULT_LIMITS, ...limits });
}

async function exceljsLoad(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

function mergesOf(wb: ExcelJS.Workbook): string[] {
  const ws = wb.getWorksheet(DATA_SHEET_NAME);
  if (!ws) throw new Error('no data sheet');
  return (ws.model as unknown as { merges: string[] }).merges;
}

/** The data sheet with one more `<mergeCell …>` written as `tag`. */
function withMergeTag(tag: string): Uint8Array {
  return withPart(template, DATA_SHEET_PART, (xml) => xml.replace('</mergeCells>', `${tag}</mergeCells>`));
}

const BOMB = (xml: string): string => xml.replace('</mergeCells>', `<mergeCell ref="${WHOLE_SHEET}"/></mergeCells>`);
const MALFORMED = '<worksheet><sheetData></row></worksheet>';

describe('good files pass', () => {
  test('the template and a filled member workbook, naming their sheets', () => {
    for (const bytes of [template, member]) {
      expect(inspect(bytes)).toEqual({ ok: true, sheets: [DATA_SHEET_NAME, 'Hướng dẫn', '_DanhMuc'] });
    }
  });

  test('room is left for real files: a whole-column validation and a whole-row print title pass', () => {
    // The template already has a whole-row defined name ('Dữ liệu'!$10:$10, the print titles).
    expect(strFromU8(readParts(template)[WORKBOOK_PART] as Uint8Array)).toContain('$10:$10');
    const wholeColumn = withPart(template, DATA_SHEET_PART, (xml) =>
      xml.replace('</dataValidations>', '<dataValidation type="list" sqref="D11:D1048576"><formula1>"Có,Không"</formula1></dataValidation></dataValidations>'),
    );
    expect(inspect(wholeColumn).ok).toBe(true);
    expect(inspect(columnBomb(template, 16_384)).ok).toBe(true); // "all columns to the right", as Excel writes it
  });
});

describe("the issue's hostile files", () => {
  test.each(HOSTILE.map((h) => [h.file, h] as const))('%s is refused with its code, sheet and cell', (_, h) => {
    const problem = refused(inspect(hostile(h)));
    expect(problem.code).toBe(h.code);
    expect(problem.sheet).toBe(h.sheet);
    expect(problem.cell).toBe(h.cell);
  });

  test('a whole-sheet merge: the range and its area are in the detail', () => {
    const problem = refused(inspect(hostile(HOSTILE[0]!)));
    expect(problem).toEqual({
      code: 'mergeTooLarge',
      sheet: DATA_SHEET_NAME,
      cell: 'A1:XFD1048576',
      detail: { ref: 'A1:XFD1048576', area: 1_048_576 * 16_384, limit: DEFAULT_LIMITS.maxMergeArea },
    });
  });

  test('a whole-sheet defined name names the name and its range', () => {
    const problem = refused(inspect(hostile(HOSTILE.find((h) => h.code === 'definedNameTooLarge')!)));
    expect(problem.detail).toMatchObject({ name: 'TatCa', ref: `'${DATA_SHEET_NAME}'!$A$1:$XFD$1048576` });
  });

  test('300 MB of whitespace in a ~300 KB file: stopped at the entry limit, in well under a few seconds', () => {
    const bomb = hostile(HOSTILE.find((h) => h.file === 'khoang-trang-300mb.xlsx')!);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const started = Date.now();
    const problem = refused(inspect(bomb));
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(problem).toMatchObject({ code: 'entryTooLarge', detail: { entry: DATA_SHEET_PART, limit: DEFAULT_LIMITS.maxEntryBytes } });
  });

  test('the whitespace bomb is a genuine workbook: parts inflate to the padded XML, CRCs match, exceljs opens it', async () => {
    const bytes = whitespaceBomb(template, 3);
    const parts = readParts(bytes);
    const sheet = parts[DATA_SHEET_PART] as Uint8Array;
    expect(sheet.length).toBe(strToU8(sheetXml).length + 3 * 1024 * 1024);
    expect(strFromU8(sheet).replace(/ {1048576}/g, '')).toBe(sheetXml);
    const crcs = centralCrcs(bytes);
    for (const [name, data] of Object.entries(parts)) expect({ name, crc: crc32(data) }).toEqual({ name, crc: crcs.get(name) });
    expect((await exceljsLoad(bytes)).getWorksheet(DATA_SHEET_NAME)).toBeDefined();
  });

  test('entity files name the part that declares the DTD', () => {
    for (const h of HOSTILE.filter((k) => k.code === 'xmlEntities')) {
      expect(refused(inspect(hostile(h))).detail).toEqual({ entry: DATA_SHEET_PART });
    }
  });
});

describe('other limits', () => {
  test('5 MB of whitespace passes the entry limit but not the compression ratio', () => {
    const problem = refused(inspect(whitespaceBomb(template, 5)));
    expect(problem.code).toBe('compressionRatio');
    expect(problem.detail.entry).toBe(DATA_SHEET_PART);
    expect(Number(problem.detail.ratio)).toBeGreaterThan(DEFAULT_LIMITS.maxRatio);
  });

  test('file size, entry count, total inflated size, sheet count, cell count, merge total', () => {
    expect(refused(inspect(template, { maxFileBytes: 1000 }))).toMatchObject({ code: 'tooLarge', detail: { bytes: template.length, limit: 1000 } });
    expect(refused(inspect(template, { maxEntries: 3 })).code).toBe('tooManyEntries');
    expect(refused(inspect(template, { maxTotalBytes: 50_000 })).code).toBe('totalTooLarge');
    expect(refused(inspect(template, { maxEntryBytes: 50_000 }))).toMatchObject({ code: 'entryTooLarge', detail: { entry: DATA_SHEET_PART } });
    expect(refused(inspect(template, { maxSheets: 2 }))).toMatchObject({ code: 'tooManySheets', detail: { count: 3 } });
    // The template's merges cover 9 + 9 + 5 × (2 + 3) cells, and 3 over the Khối's columns: 46.
    expect(inspect(template, { maxMergeArea: 46 }).ok).toBe(true);
    expect(refused(inspect(template, { maxMergeArea: 45 }))).toMatchObject({ code: 'mergeTooLarge', sheet: DATA_SHEET_NAME });
  });

  test('cells are counted whatever whitespace follows "<c"', () => {
    const cells = sheetXml.split('<c r=').length - 1;
    const tabbed = withPart(template, DATA_SHEET_PART, (xml) => xml.replaceAll('<c r=', '<c\tr=').replaceAll('<c\tr="A1"', '<c\nr="A1"'));
    // Only the data sheet's cells: let the other sheets' cells through.
    const others = (bytes: Uint8Array) => {
      const parts = readParts(bytes);
      return Object.entries(parts).filter(([n]) => n.startsWith('xl/worksheets/') && n !== DATA_SHEET_PART).reduce((k, [, d]) => k + (strFromU8(d).split('<c r=').length - 1), 0);
    };
    const limit = cells + others(template);
    for (const bytes of [template, tabbed]) {
      expect(inspect(bytes, { maxCells: limit }).ok).toBe(true);
      expect(refused(inspect(bytes, { maxCells: limit - 1 })).code).toBe('tooManyCells');
    }
  });

  test('<col> past column 16384: exceljs makes one object per column, the guard refuses it', async () => {
    // exceljs's own reading of a smaller case: 20000 columns for one <col>.
    const wb = await exceljsLoad(columnBomb(template, 20_000));
    expect(wb.getWorksheet(DATA_SHEET_NAME)!.columns.length).toBe(20_000);
    expect(refused(inspect(columnBomb(template)))).toEqual({ code: 'columnsTooLarge', sheet: DATA_SHEET_NAME, detail: { column: 50_000_000, limit: 16_384 } });
  });
});

describe('messages name the file, the sheet and the cell', () => {
  test.each(HOSTILE.map((h) => [h.file, h] as const))('%s, in Vietnamese and in English', (_, h) => {
    const problem = refused(inspect(hostile(h)));
    const vi = describeGuardProblem(problem, `don-vi/${h.file}`, 'vi');
    const en = describeGuardProblem(problem, `don-vi/${h.file}`, 'en');
    expect(vi.startsWith(`Tệp "don-vi/${h.file}"`)).toBe(true);
    expect(en.startsWith(`File "don-vi/${h.file}"`)).toBe(true);
    if (h.sheet) {
      expect(vi).toContain(`trang "${h.sheet}", ô ${h.cell}`);
      expect(en).toContain(`sheet "${h.sheet}", cell ${h.cell}`);
    }
    expect(vi).not.toBe(en);
    for (const text of [vi, en]) expect(text).not.toMatch(/undefined|NaN|\[object/);
  });

  test('the texts say what is wrong', () => {
    const merge = refused(inspect(hostile(HOSTILE[0]!)));
    expect(describeGuardProblem(merge, 'a.xlsx', 'vi')).toBe(
      `Tệp "a.xlsx", trang "${DATA_SHEET_NAME}", ô A1:XFD1048576: có vùng gộp ô A1:XFD1048576 quá lớn (17.179.869.184 ô; tổng giới hạn 200.000); hãy bỏ gộp ô vùng này.`,
    );
    expect(describeGuardProblem(merge, 'a.xlsx', 'en')).toBe(
      `File "a.xlsx", sheet "${DATA_SHEET_NAME}", cell A1:XFD1048576: has a merged range A1:XFD1048576 that is too large (17179869184 cells; total limit 200000); unmerge it.`,
    );
    const columns = refused(inspect(columnBomb(template)));
    expect(describeGuardProblem(columns, 'a.xlsx', 'vi')).toContain('cột thứ 50.000.000');
    expect(describeGuardProblem(columns, 'a.xlsx', 'en')).toContain('column number 50000000');
  });
});

describe('what exceljs would read, the guard reads', () => {
  test.each(SMUGGLERS.map((s) => [s.name, s] as const))('%s: exceljs parses the part, the guard refuses a bomb there', async (_, s) => {
    // exceljs parses the smuggled part: malformed XML there makes it fail, the template's own sheet loads.
    await expect(exceljsLoad(s.make(template, MALFORMED))).rejects.toThrow();
    await expect(exceljsLoad(s.make(template, sheetXml))).resolves.toBeInstanceOf(ExcelJS.Workbook);
    expect(refused(inspect(s.make(template, BOMB(sheetXml)))).code).toBe(s.code);
  });

  test('a part name that is not valid UTF-8 is refused', () => {
    const parts = rawEntries(readParts(template));
    const name = new Uint8Array([...strToU8('xl/'), 0xe0, 0x41, 0x77, ...strToU8('orksheets/sheet9.xml')]);
    expect(refused(inspect(rawZip([...parts, { name, data: strToU8(BOMB(sheetXml)) }]))).code).toBe('unsupportedZip');
  });

  // Each tag is written with a small range (K20:L21), read by exceljs, and with a huge one, refused.
  const MERGE_TAGS: [string, (r: string) => string][] = [
    ['">" inside another attribute', (r) => `<mergeCell x="a>b" ref="${r}"/>`],
    ['a decoy ref inside another attribute', (r) => `<mergeCell x=" ref='A1:A2'" ref="${r}"/>`],
    ['a character reference', (r) => `<mergeCell ref="&#75;${r.slice(1)}"/>`],
    ['a zero-padded hex character reference', (r) => `<mergeCell ref="&#x000004B;${r.slice(1)}"/>`],
    ['tabs and line breaks between attributes', (r) => `<mergeCell\n\tref\n=\t"${r}"\n/>`],
    ['trailing characters exceljs skips', (r) => `<mergeCell ref="${r}x"/>`],
    ['a third part exceljs ignores', (r) => `<mergeCell ref="${r}:Z9"/>`],
    ['a sheet prefix and a second "!"', (r) => `<mergeCell ref="S!${r}!B2"/>`],
  ];
  test.each(MERGE_TAGS)('a merge with %s', async (_, tag) => {
    // exceljs keeps a sheet prefix in the range's name ("S!K20:L21"); the cells are K20:L21 either way.
    expect(mergesOf(await exceljsLoad(withMergeTag(tag('K20:L21')))).filter((m) => m.endsWith('K20:L21'))).toHaveLength(1);
    const problem = refused(inspect(withMergeTag(tag('K1:XFD1048576'))));
    expect(problem.code).toBe('mergeTooLarge');
    expect(problem.sheet).toBe(DATA_SHEET_NAME);
  });

  test('a data validation whose sqref has characters exceljs skips', async () => {
    const withValidation = (sqref: string) =>
      withPart(template, DATA_SHEET_PART, (xml) => xml.replace('</dataValidations>', `<dataValidation type="whole" sqref="${sqref}"><formula1>0</formula1></dataValidation></dataValidations>`));
    const ws = (await exceljsLoad(withValidation('K20:L21x'))).getWorksheet(DATA_SHEET_NAME)!;
    const model = (ws as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model;
    expect(Object.keys(model)).toEqual(expect.arrayContaining(['K20', 'K21', 'L20', 'L21']));
    expect(refused(inspect(withValidation('K1:XFD1048576x'))).code).toBe('validationTooLarge');
  });

  test('a defined name split by a comment, or written with character references', async () => {
    const withName = (text: string) => withPart(template, WORKBOOK_PART, (xml) => xml.replace('</definedNames>', `<definedName name="X">${text}</definedName></definedNames>`));
    const wb = await exceljsLoad(withName(`&apos;${DATA_SHEET_NAME}&apos;!$K$20:<!-- -->$L$21`));
    expect(wb.definedNames.getRanges('X').ranges).toEqual([`'${DATA_SHEET_NAME}'!$K$20:$L$21`]);
    expect(refused(inspect(withName(`&apos;${DATA_SHEET_NAME}&apos;!$A$1:<!-- -->$XFD$1048576`))).code).toBe('definedNameTooLarge');
    expect(refused(inspect(withName(`&apos;${DATA_SHEET_NAME}&apos;!&#36;A&#36;1:&#36;XFD&#36;1048576`))).code).toBe('definedNameTooLarge');
  });

  test('an x14 data validation keeps its range in <xm:sqref>', () => {
    const x14 = withPart(template, DATA_SHEET_PART, (xml) =>
      xml.replace(
        '</worksheet>',
        '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}"><x14:dataValidations count="1"><x14:dataValidation type="list"><x14:formula1><xm:f>A1</xm:f></x14:formula1><xm:sqref>A1:XFD1048576</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst></worksheet>',
      ),
    );
    expect(refused(inspect(x14))).toMatchObject({ code: 'validationTooLarge', cell: 'A1:XFD1048576' });
  });

  test('scanning stays linear: 400 000 unclosed tags are read in well under the time limit', () => {
    const tail = withPart(template, DATA_SHEET_PART, (xml) => xml + '<mergeCell '.repeat(400_000));
    const names = withPart(template, WORKBOOK_PART, (xml) => xml.replace('</definedNames>', `${'<definedName name="x">'.repeat(200_000)}</definedNames>`));
    const comments = withPart(template, WORKBOOK_PART, (xml) => xml.replace('</definedNames>', `<definedName name="x">${'<!--'.repeat(200_000)}</definedName></definedNames>`));
    for (const bytes of [tail, names, comments]) {
      const started = Date.now();
      inspect(bytes);
      expect(Date.now() - started).toBeLessThan(3000);
    }
  });
});

/** A1 column letters of a 1-based column number. */
function letters(column: number): string {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

describe('areaOf / areaOfList', () => {
  test('examples', () => {
    expect(areaOf('A1:XFD1048576')).toBe(17_179_869_184);
    expect(areaOf('$A$1:$XFD$1048576')).toBe(17_179_869_184);
    expect(areaOf(`'${DATA_SHEET_NAME}'!$D$12:$D$31`)).toBe(20);
    expect(areaOf('D12')).toBe(1);
    expect(areaOf('C3:A1')).toBe(9);
    expect(areaOf('A:C')).toBe(3 * 1_048_576);
    expect(areaOf('$10:$10')).toBe(16_384);
    for (const notARange of ['', 'SUM', '5', 'A1:B', '#REF!', 'Có']) expect(areaOf(notARange)).toBe(0);
    expect(areaOfList('A1:A9 C3')).toBe(10);
    expect(areaOfList(`'${DATA_SHEET_NAME}'!$A:$A,Sheet2!$1:$1`)).toBe(1_048_576 + 16_384);
    expect(areaOfList('A1:B2 A1:B2')).toBe(8); // duplicates are expanded twice
  });

  test('rows too long to be numbers count as infinitely many cells, never NaN', () => {
    const huge = '9'.repeat(400);
    expect(areaOf(`A1:A${huge}`)).toBe(Infinity);
    expect(areaOf(`A${huge}:B${huge}`)).toBe(Infinity);
    expect(areaOfList(`A${huge}:B${huge} C1`)).toBe(Infinity);
  });

  const column = fc.integer({ min: 1, max: 16_384 });
  const row = fc.integer({ min: 1, max: 1_048_576 });
  const dollar = fc.constantFrom('', '$');

  test('property: areaOf of any A1 range is rows × columns, with or without $ and a sheet prefix', () => {
    fc.assert(
      fc.property(column, row, column, row, dollar, dollar, fc.constantFrom('', 'Sheet1!', `'${DATA_SHEET_NAME}'!`), (c1, r1, c2, r2, d1, d2, prefix) => {
        const expected = (Math.abs(r2 - r1) + 1) * (Math.abs(c2 - c1) + 1);
        expect(areaOf(`${prefix}${d1}${letters(c1)}${d2}${r1}:${d1}${letters(c2)}${d2}${r2}`)).toBe(expected);
        expect(areaOf(`${letters(c1)}${r1}`)).toBe(1);
      }),
      { numRuns: 500 },
    );
  });

  test('property: whole columns and whole rows span the sheet', () => {
    fc.assert(
      fc.property(column, column, row, row, (c1, c2, r1, r2) => {
        expect(areaOf(`$${letters(c1)}:$${letters(c2)}`)).toBe((Math.abs(c2 - c1) + 1) * 1_048_576);
        expect(areaOf(`${r1}:${r2}`)).toBe((Math.abs(r2 - r1) + 1) * 16_384);
      }),
    );
  });

  test('property: areaOfList of a space- or comma-separated list is the sum of its ranges', () => {
    const range = fc.tuple(column, row, column, row).map(([c1, r1, c2, r2]) => ({
      text: `${letters(c1)}${r1}:${letters(c2)}${r2}`,
      area: (Math.abs(r2 - r1) + 1) * (Math.abs(c2 - c1) + 1),
    }));
    fc.assert(
      fc.property(fc.array(range, { minLength: 1, maxLength: 6 }), fc.constantFrom(' ', ','), (ranges, separator) => {
        expect(areaOfList(ranges.map((r) => r.text).join(separator))).toBe(ranges.reduce((n, r) => n + r.area, 0));
      }),
    );
  });
});

describe('property: no mutation of a good file makes the guard throw', () => {
  const CODES: GuardCode[] = [
    'notWorkbook', 'damaged', 'xmlEncoding', 'legacyOrEncrypted', 'truncated', 'unsupportedZip', 'tooLarge', 'tooManyEntries', 'entryTooLarge', 'totalTooLarge', 'compressionRatio',
    'xmlEntities', 'tooManySheets', 'tooManyCells', 'mergeTooLarge', 'validationTooLarge', 'definedNameTooLarge', 'dimensionTooLarge', 'columnsTooLarge',
  ];

  /** The guard answers (never throws), with a known code, and its message can be written. */
  function answers(bytes: Uint8Array): void {
    const result = inspect(bytes);
    if (result.ok) {
      expect(Array.isArray(result.sheets)).toBe(true);
      return;
    }
    expect(CODES).toContain(result.problem.code);
    expect(describeGuardProblem(result.problem, 'x.xlsx', 'vi')).toContain('"x.xlsx"');
  }

  test('truncations', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: member.length }), (n) => answers(member.subarray(0, n))),
      { numRuns: 150 },
    );
  });

  test('overwritten, inserted and deleted bytes', () => {
    const edit = fc.record({ at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }), kind: fc.constantFrom('set', 'insert', 'delete') });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        let bytes = Uint8Array.from(member);
        for (const e of edits) {
          const at = e.at % (bytes.length + 1);
          if (e.kind === 'set') bytes.set(e.bytes.subarray(0, Math.max(0, bytes.length - at)), at);
          else if (e.kind === 'insert') bytes = Uint8Array.from([...bytes.subarray(0, at), ...e.bytes, ...bytes.subarray(at)]);
          else bytes = Uint8Array.from([...bytes.subarray(0, at), ...bytes.subarray(at + e.bytes.length)]);
        }
        answers(bytes);
      }),
      { numRuns: 150 },
    );
  });

  test('mutations of the XML inside, zipped again', () => {
    const parts = readParts(member);
    const tokens = fc.constantFrom(
      '<', '>', '"', "'", '&', '&#', '&#x', ';', '/>', '<!--', '-->', '<![CDATA[', ']]>', '<!DOCTYPE', '<c ', '<col max="', '<mergeCell ref="', '<definedName name="x">',
      '</definedName>', '<dataValidation sqref="', '<xm:sqref>', 'A1:XFD1048576', '$A$1:$XFD$1048576', '99999999999999999999', ':', '!', ' ', '\t', 'Ư', '\uFFFD',
    );
    const splice = fc.record({ part: fc.constantFrom(DATA_SHEET_PART, WORKBOOK_PART, 'xl/_rels/workbook.xml.rels'), at: fc.nat(), cut: fc.nat({ max: 40 }), text: fc.array(tokens, { maxLength: 6 }) });
    fc.assert(
      fc.property(fc.array(splice, { minLength: 1, maxLength: 4 }), (splices) => {
        const changed = { ...parts };
        for (const s of splices) {
          const xml = strFromU8(changed[s.part] as Uint8Array);
          const at = s.at % (xml.length + 1);
          changed[s.part] = strToU8(xml.slice(0, at) + s.text.join('') + xml.slice(at + s.cut));
        }
        answers(writeParts(changed));
      }),
      { numRuns: 150 },
    );
  });
});
