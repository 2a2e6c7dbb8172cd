/**
 * Our own reader (src/workbook/xlsx/sax, through load-own.ts) against its oracle, exceljs reading the
 * same checked file (load-node.ts + to-grid.ts, the path it replaces in the parser processes): for
 * every kind of workbook we read, the grids are deep-equal — values, types, cached results and
 * errors, formula text as cut, sheet order and visibility, hidden rows and columns, number formats —
 * and a file one refuses, the other refuses with the same code.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { loadGridOwn } from '../../src/workbook/xlsx/load-own';
import { loadWorkbookGrid } from '../../src/workbook/xlsx/load-node';
import { DATA_SHEET_PART, goodMember, goodTemplate, HOSTILE, readParts, SMUGGLERS, wholeSheetMerge, withPart } from '../helpers/hostile-xlsx';
import { findSoffice } from '../helpers/libreoffice';
import { memberBytes, FULL_MARKS } from '../helpers/members';

const native = (c: Uint8Array, limit: number) => {
  const out = inflateRawSync(c, { maxOutputLength: Math.max(1, limit) });
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
};

/** Both readers on the same bytes: equal grids, or the same refusal. */
async function expectSameRead(bytes: Uint8Array): Promise<void> {
  // A throw out of the exceljs path (an impossible date in a cell) is what the parser process reports as damaged.
  const oracle = await loadWorkbookGrid(bytes, undefined, native).catch(() => ({ ok: false as const, problem: { code: 'damaged' as const, detail: {} } }));
  const ours = loadGridOwn(bytes, undefined, native);
  if (oracle.ok) {
    expect(ours).toEqual(oracle);
  } else {
    expect(ours.ok).toBe(false);
    if (!ours.ok) expect(ours.problem.code).toBe(oracle.problem.code);
  }
}

async function xlsxOf(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const root = path.join(__dirname, '..', '..', 'examples');

describe('the files we ship and make', () => {
  const examples = [...readdirSync(path.join(root, 'khoi-5-2023')).map((f) => path.join('khoi-5-2023', f)), ...readdirSync(path.join(root, 'rubric-sheets')).map((f) => path.join('rubric-sheets', f))].filter((f) => f.endsWith('.xlsx'));
  test.each(examples)('%s', async (file) => {
    await expectSameRead(new Uint8Array(readFileSync(path.join(root, file))));
  });

  test('data sheets from our template, empty and filled in many ways', async () => {
    await expectSameRead(await goodTemplate());
    await expectSameRead(await goodMember('Sở Thử nghiệm'));
    const spreads: Record<string, string | number | boolean | null>[] = [
      FULL_MARKS,
      { 'I.1': 'trien khai it nhat 2 lan/nam', 'I.2': 'co', 'I.5': 7, 'II.4': 0.88, 'II.7': '', 'III.2': '45%', 'IV.3': '6,5' },
      { 'I.1': 'Không triển khai', 'I.2': 'Không', 'I.3': true, 'I.5': -3, 'II.4': '95,5%', 'IV.1': 0, 'IV.2': 5 },
      { 'I.2': '=1/0', 'I.5': '  12 ', 'II.1': 'Có & "đủ" <hồ sơ>', 'III.3': 1e21 },
    ];
    for (const [k, self] of spreads.entries()) {
      await expectSameRead(await memberBytes({ unit: `Đơn vị ${k}`, self, appraised: k % 2 ? { 'IV.3': 5 } : {} }));
    }
  }, 120_000);
});

describe('everything a grid holds', () => {
  test('hidden and very hidden sheets, hidden rows and columns, zero widths, ;;; and date formats, errors, booleans, rich text, hyperlinks, merges', async () => {
    const bytes = await xlsxOf((wb) => {
      const a = wb.addWorksheet('Dữ liệu');
      a.getCell('A1').value = 'Tên';
      a.getCell('B1').value = 12.5;
      a.getCell('C1').value = true;
      a.getCell('D1').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
      a.getCell('E1').value = new Date(Date.UTC(2023, 11, 31));
      a.getCell('F1').value = { richText: [{ text: 'Có ' }, { text: 'đậm', font: { bold: true } }] };
      a.getCell('G1').value = { text: 'liên kết', hyperlink: 'https://example.org' };
      a.getCell('A2').value = 7;
      a.getCell('A2').numFmt = ';;;';
      a.getCell('B2').value = 0.5;
      a.getCell('B2').numFmt = '0.0\\%';
      a.getCell('C2').value = { formula: 'B1*2', result: 25 };
      a.getCell('D2').value = { formula: 'B1/0', result: { error: '#DIV/0!' } };
      a.getCell('E2').value = { formula: 'E1+1', result: new Date(Date.UTC(2024, 0, 1)) };
      a.getCell('E2').numFmt = 'dd/mm/yyyy';
      a.getCell('F2').value = { formula: 'B1-B1', result: 0 };
      a.getCell('G2').value = { formula: 'A1&""', result: 'Tên' };
      a.getCell('A3').value = 'gộp';
      a.mergeCells('A3:C4');
      a.getCell('E4').numFmt = '#,##0';
      a.getRow(5).hidden = true;
      a.getCell('A5').value = 'ẩn';
      a.getColumn(4).hidden = true;
      a.getColumn(6).width = 0;
      a.getRow(6).numFmt = '0.00';
      a.getCell('C6').value = 3;
      a.getCell('A7').value = { formula: `CONCATENATE(${'"đạt",'.repeat(30)}"x")`, result: 'đạt' };
      wb.addWorksheet('Ẩn', { state: 'hidden' }).getCell('A1').value = 'bí mật';
      wb.addWorksheet('Rất ẩn', { state: 'veryHidden' }).getCell('B2').value = 42;
      wb.addWorksheet('Trống');
    });
    await expectSameRead(bytes);
    const ours = loadGridOwn(bytes, undefined, native);
    expect(ours.ok && ours.grid.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['Dữ liệu', 'visible'],
      ['Ẩn', 'hidden'],
      ['Rất ẩn', 'veryHidden'],
      ['Trống', 'visible'],
    ]);
  });

  test('shared formulas, inline strings, str results, cells without an address, escapes and a sheet order unlike the parts', async () => {
    const base = await xlsxOf((wb) => {
      wb.addWorksheet('Một').getCell('A1').value = 1;
      wb.addWorksheet('Hai').getCell('A1').value = 2;
    });
    const sheet = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
      <row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2</f><v>2</v></c></row>
      <row r="2" ht="0" customHeight="1"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>4</v></c><c><v>9</v></c></row>
      <row r="3"><c r="A3" t="inlineStr"><is><t>nội _x0041_ dòng</t></is></c><c r="B3"><f t="shared" si="0"/><v>0</v></c><c r="C3" t="str"><f>"a"&amp;"b"</f><v>a&amp;amp;b</v></c></row>
      <row r="4"><c r="A4" t="inlineStr"><is><r><t>giàu </t></r><r><rPr><b/></rPr><t>_x0042_</t></r></is></c><c r="B4" t="b"><v>1</v></c><c r="C4" t="e"><v>#REF!</v></c><c r="D4" t="str"><v>x&amp;lt;y</v></c></row>
      <row r="6" hidden="1"><c r="A6" s="0"/></row>
    </sheetData><mergeCells count="1"><mergeCell ref="C5:D7"/></mergeCells></worksheet>`;
    let bytes = withPart(base, 'xl/worksheets/sheet2.xml', () => sheet);
    bytes = withPart(bytes, 'xl/workbook.xml', (xml) => xml.replace(/(<sheet [^>]*name="Một"[^>]*\/>)(<sheet [^>]*name="Hai"[^>]*\/>)/, '$2$1'));
    await expectSameRead(bytes);
  });

  test('a workbook in the 1904 date system', async () => {
    const bytes = await xlsxOf((wb) => {
      wb.properties.date1904 = true;
      const s = wb.addWorksheet('Ngày');
      s.getCell('A1').value = new Date(Date.UTC(2020, 1, 29));
    });
    expect(new TextDecoder().decode(readParts(bytes)['xl/workbook.xml'])).toContain('date1904="1"');
    await expectSameRead(bytes);
  });
});

describe('hostile and damaged files', () => {
  test.each(HOSTILE.filter((h) => h.code !== 'entryTooLarge'))('$file: refused the same way', async (h) => {
    await expectSameRead(h.make(await goodTemplate()));
  });

  test.each(SMUGGLERS)('a sheet smuggled by $name: refused the same way', async (s) => {
    const template = await goodTemplate();
    const xml = new TextDecoder().decode(readParts(wholeSheetMerge(template))[DATA_SHEET_PART]);
    await expectSameRead(s.make(template, xml));
  });

  test('malformed XML, an unknown shared string, overlapping merges, a row without its number: damaged for both', async () => {
    const member = await goodMember('Sở Hỏng');
    const broken = [
      withPart(member, DATA_SHEET_PART, (xml) => xml.replace('<sheetData>', '<sheetData><row r="1"><c r="A1"><v>1</v></c></rowx>')),
      withPart(member, DATA_SHEET_PART, (xml) => xml.replace(/<c r="A1"[^>]*?(\/>|>.*?<\/c>)/, '<c r="A1" t="s"><v>99999</v></c>')),
      withPart(member, DATA_SHEET_PART, (xml) => xml.replace(/<mergeCells count="\d+">/, '$&<mergeCell ref="K40:L41"/><mergeCell ref="L41:M42"/>')),
      withPart(member, DATA_SHEET_PART, (xml) => xml.replace(/<row r="2"/, '<row')),
      withPart(member, 'xl/sharedStrings.xml', (xml) => xml.replace('<si>', '<x/><si>')),
    ];
    for (const bytes of broken) {
      const ours = loadGridOwn(bytes, undefined, native);
      expect(ours.ok).toBe(false);
      await expectSameRead(bytes);
    }
  }, 60_000);
});

describe('random cells written by exceljs', () => {
  const text = fc.string({ unit: 'grapheme', maxLength: 40 });
  const value: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
    text,
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom('#N/A', '#DIV/0!', '#VALUE!', '#REF!').map((error) => ({ error }) as ExcelJS.CellErrorValue),
    fc.date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true }),
    fc.tuple(fc.constantFrom('A1+1', 'SUM(A1:B2)', 'IF(A1="Có",1,0)', `CONCATENATE(${'"x",'.repeat(40)}"y")`), fc.oneof(fc.integer(), text, fc.boolean())).map(([formula, result]) => ({ formula, result }) as ExcelJS.CellFormulaValue),
    fc.array(text, { minLength: 1, maxLength: 3 }).map((runs) => ({ richText: runs.map((t, i) => ({ text: t, ...(i % 2 ? { font: { italic: true } } : {}) })) })),
  );
  const cell = fc.record({ row: fc.integer({ min: 1, max: 30 }), col: fc.integer({ min: 1, max: 12 }), value, format: fc.constantFrom(undefined, ';;;', '0.00', 'dd/mm/yyyy', '"Có"', '@') });

  test('the same grid, whatever the values, formats and hidden rows', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(cell, { maxLength: 40 }), fc.array(fc.integer({ min: 1, max: 30 }), { maxLength: 4 }), fc.array(fc.integer({ min: 1, max: 12 }), { maxLength: 3 }), async (cells, rows, cols) => {
        const bytes = await xlsxOf((wb) => {
          const s = wb.addWorksheet('Ngẫu nhiên');
          for (const c of cells) {
            const target = s.getCell(c.row, c.col);
            target.value = c.value;
            if (c.format) target.numFmt = c.format;
          }
          for (const r of rows) s.getRow(r).hidden = true;
          for (const c of cols) s.getColumn(c).hidden = true;
        });
        await expectSameRead(bytes);
      }),
      { numRuns: 40 },
    );
  }, 300_000);
});

const soffice = findSoffice();
(soffice ? describe : describe.skip)('workbooks saved by LibreOffice', () => {
  test('an example and a filled data sheet, opened and saved again by LibreOffice', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ktd5-own-reader-'));
    try {
      const inputs = [path.join(dir, 'don-vi.xlsx'), path.join(dir, 'vi-du.xlsx')];
      writeFileSync(inputs[0] as string, await memberBytes({ unit: 'Sở LibreOffice', self: FULL_MARKS }));
      writeFileSync(inputs[1] as string, readFileSync(path.join(root, 'khoi-5-2023', readdirSync(path.join(root, 'khoi-5-2023')).filter((f) => f.endsWith('.xlsx'))[0] as string)));
      const out = path.join(dir, 'out');
      const profile = path.join(dir, 'profile');
      execFileSync(soffice as string, [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', out, ...inputs], { stdio: 'pipe', timeout: 180_000 });
      for (const f of inputs) await expectSameRead(new Uint8Array(readFileSync(path.join(out, path.basename(f)))));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
