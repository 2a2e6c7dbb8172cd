/**
 * The CLI's final write: exceljs writes the workbook uncompressed and Node's zlib deflates it
 * (cli/deflate-zip.ts). The result must hold exactly the entries, names, order and bytes of the
 * workbook exceljs compresses itself, and read back the same.
 */
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { deflateZip } from '../../src/cli/deflate-zip';
import { renderXlsx } from '../../src/workbook/xlsx/render';
import { readCentralDirectory } from '../../src/workbook/guard/zip';
import { emptySheet, type CellSpec, type WorkbookSpec } from '../../src/workbook/spec';

function spec(): WorkbookSpec {
  const cells = new Map<string, CellSpec>();
  for (let r = 1; r <= 300; r++) {
    cells.set(`A${r}`, { value: `Đơn vị ${r}`, style: { border: true } });
    cells.set(`B${r}`, { value: r * 1.5, style: { numFmt: '0.00', colour: r % 2 ? 'full' : 'zero' } });
    cells.set(`C${r}`, { formula: `B${r}*2`, style: { bold: true } });
  }
  const sheet = { ...emptySheet('Xếp hạng'), cells, columns: [{ width: 30 }, { width: 10 }, { width: 10 }], dataBars: [{ range: 'B1:B300', colour: '5B9BD5' }] };
  const book: WorkbookSpec = { title: 'Thử nén', sheets: [sheet] };
  return book;
}

// dataBar ids and document times differ between any two writes.
const stable = (name: string, bytes: Uint8Array): string =>
  Buffer.from(bytes).toString('utf8').replace(/\{[0-9A-F-]{36}\}/g, '{id}').replace(name === 'docProps/core.xml' ? /<dcterms:(created|modified)[^<]*<\/dcterms:\1>/g : /$^/, '');

describe('deflateZip', () => {
  it('gives the entries exceljs would compress itself, compressed, in the same order', async () => {
    const own = await renderXlsx(spec());
    const stored = await renderXlsx(spec(), undefined, true);
    const packed = deflateZip(stored);
    const names = (zip: Uint8Array): string[] => {
      const d = readCentralDirectory(zip);
      if (!d.ok) throw new Error(d.problem.code);
      return d.entries.map((e) => e.name);
    };
    expect(names(packed)).toEqual(names(own));
    const a = unzipSync(own);
    const b = unzipSync(packed);
    for (const name of Object.keys(a)) expect(stable(name, b[name] as Uint8Array)).toBe(stable(name, a[name] as Uint8Array));
    expect(packed.length).toBeLessThan(stored.length / 3);
    const directory = readCentralDirectory(packed);
    if (!directory.ok) throw new Error(directory.problem.code);
    for (const e of directory.entries) expect(e.method).toBe(e.name.endsWith('/') ? 0 : 8);
  });

  it('reads back in exceljs with the same values and styles', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(deflateZip(await renderXlsx(spec(), undefined, true))) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Xếp hạng');
    expect(ws?.getCell('A2').value).toBe('Đơn vị 2');
    expect(ws?.getCell('B2').value).toBe(3);
    expect(ws?.getCell('B2').numFmt).toBe('0.00');
    expect(ws?.getCell('C7').value).toEqual({ formula: 'B7*2' });
    expect(ws?.getCell('C7').font?.bold).toBe(true);
    expect(ws?.getCell('A1').border?.top?.style).toBe('thin');
  });

  it('refuses what is not a zip it can copy', () => {
    expect(() => deflateZip(new Uint8Array([1, 2, 3, 4]))).toThrow();
  });
});
