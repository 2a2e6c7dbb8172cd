/**
 * Every workbook KTD5 writes, printed to PDF by LibreOffice: A4 pages only, each in its sheet's
 * orientation, numbered "Trang k/N" with the sheet's name in the footer, the table's header row on
 * every page of its sheet (so no page holds a slice of the columns), and no more pages than the rows
 * need one page wide. A sheet of stacked tables (the province's report) breaks where we put its page
 * breaks and nowhere else, and every one of its pages shows a table's header. With the fonts our
 * workbooks name metric-compatible (Carlito for Calibri, the default font column widths are measured
 * in; Liberation Serif 2 with Vietnamese for Times New Roman) the count is exactly the rows' count;
 * with other fallback fonts LibreOffice's columns come out wider, the page is scaled down further, and
 * the count can only be lower, so it is checked as a bound there.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { capture } from '../helpers/cli';
import { findSoffice } from '../helpers/libreoffice';
import { footerOf, pagesForRows, pdfPages, printedSheets } from '../helpers/pdf-pages';

const soffice = findSoffice();
const EXAMPLES = 'examples/khoi-5-2023';

/** Whether Calibri and Times New Roman (with Vietnamese letters) resolve to fonts of the same metrics. */
function metricFonts(): boolean {
  try {
    const match = (family: string) => execFileSync('fc-match', [family], { encoding: 'utf8' });
    const vietnamese = execFileSync('fc-list', [':charset=1ec7', 'family'], { encoding: 'utf8' });
    return /carlito|calibri/i.test(match('Calibri')) && /liberation serif|times new roman/i.test(match('Times New Roman')) && /liberation serif|times new roman/i.test(vietnamese);
  } catch {
    return false;
  }
}

/** The roster template with the example members filled in (as the secretariat would). */
async function fillRoster(template: string, target: string, units: string[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(template);
  const ws = wb.getWorksheet('Thành viên')!;
  let header = 0;
  ws.eachRow((row, r) => {
    if (!header && row.values && (row.values as unknown[]).includes('Tên đơn vị')) header = r;
  });
  const nameCol = (ws.getRow(header).values as unknown[]).indexOf('Tên đơn vị');
  units.forEach((unit, i) => (ws.getCell(header + 1 + i, nameCol).value = unit));
  await wb.xlsx.writeFile(target);
}

(soffice ? describe : describe.skip)('every workbook printed by LibreOffice', () => {
  jest.setTimeout(900_000);
  let dir: string;
  const at = (...p: string[]) => path.join(dir, ...p);
  const files: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'ktd5-print-'));
    for (const d of ['theo-doi', 'don-vi', 'thong-bao', 'in']) mkdirSync(at(d));
    const ok = async (argv: string[]) => {
      const r = await capture(argv);
      if (r.code !== 0) throw new Error(`ktd5 ${argv.join(' ')}: ${r.err}`);
      return r;
    };
    const units = (JSON.parse((await ok(['consolidate', EXAMPLES, '-o', at('xep-hang.xlsx'), '--json'])).out) as { units: { unit: string }[] }).units.map((u) => u.unit);
    await ok(['template', '--rubric', 'ktd5-2023', '--unit', 'Sở Tư pháp', '--khoi', 'Khối thi đua 5', '--ky', '2023', '-o', at('phieu.xlsx')]);
    await ok(['score', path.join(EXAMPLES, readdirSync(EXAMPLES).sort()[0]!), '-o', at('ket-qua.xlsx')]);
    await ok(['targets', '--set', 'nq04-dongthap', '-o', at('theo-doi', 'nq04.xlsx')]);
    await ok(['targets', '--set', 'dti-province-2022', '-o', at('theo-doi', 'dti.xlsx')]);
    await ok(['track', at('theo-doi'), '-o', at('bao-cao-theo-doi-tinh.xlsx')]);
    await ok(['targets', '--set', 'dti-province-2022', '--by-lead', '--period', '2023-11', '-o', at('don-vi')]);
    await ok(['track', at('don-vi'), '-o', at('tong-hop-thang.xlsx')]);
    await ok(['standards', '--set', 'dongthap-207-2022', '--category', 'xa', '--unit', 'UBND xã Tân Thuận', '-o', at('tieu-chuan.xlsx')]);
    await ok(['rubric-template', '-o', at('bo-tieu-chi.xlsx')]);
    await ok(['roster-template', '-o', at('thanh-vien.xlsx')]);
    await fillRoster(at('thanh-vien.xlsx'), at('thanh-vien-da-dien.xlsx'), units);
    await ok(['appraise', EXAMPLES, '--roster', at('thanh-vien-da-dien.xlsx'), '-o', at('tham-dinh.xlsx')]);
    await ok(['notices', EXAMPLES, '--appraisal', at('tham-dinh.xlsx'), '-o', at('thong-bao')]);
    await ok(['consolidate', EXAMPLES, '--roster', at('thanh-vien-da-dien.xlsx'), '--appraisal', at('tham-dinh.xlsx'), '--explanations', at('thong-bao'), '--final', '-o', at('tong-hop.xlsx')]);
    // One of each kind: a by-lead workbook and a notice stand for their folders.
    copyFileSync(at('don-vi', readdirSync(at('don-vi')).sort()[0]!), at('mot-don-vi.xlsx'));
    copyFileSync(at('thong-bao', readdirSync(at('thong-bao')).sort()[0]!), at('mot-thong-bao.xlsx'));
    for (const f of ['xep-hang', 'phieu', 'ket-qua', 'theo-doi/nq04', 'theo-doi/dti', 'bao-cao-theo-doi-tinh', 'mot-don-vi', 'tong-hop-thang', 'tieu-chuan', 'bo-tieu-chi', 'thanh-vien', 'tham-dinh', 'mot-thong-bao', 'tong-hop']) {
      files.push(at(`${f}.xlsx`));
    }
    const profile = mkdtempSync(path.join(os.tmpdir(), 'ktd5-lo-profile-'));
    try {
      execFileSync(soffice as string, [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', 'pdf', '--outdir', at('in'), ...files], { stdio: 'pipe', timeout: 840_000 });
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints each on A4, one page wide, every page numbered, titled and under its sheet', async () => {
    const exact = metricFonts();
    const seen: string[] = [];
    /** Sheets whose page count is not what their rows need (all of them listed at once). */
    const counts: object[] = [];
    for (const file of files) {
      const pdf = at('in', `${path.basename(file, '.xlsx')}.pdf`);
      const pages = pdfPages(pdf);
      const sheets = await printedSheets(file);
      const where = `${path.basename(file)}`;
      expect({ where, pages: pages.length }).toEqual({ where, pages: expect.any(Number) });
      expect(pages.length).toBeGreaterThan(0);
      const bySheet = new Map<string, number[]>();
      pages.forEach((page, i) => {
        const footer = footerOf(page);
        expect({ where, page: i + 1, footer: footer && { page: footer.page, of: footer.of } }).toEqual({ where, page: i + 1, footer: { page: i + 1, of: pages.length } });
        // The footer starts with the sheet's name: the longest visible sheet name it starts with.
        const sheet = sheets.filter((s) => footer!.left.startsWith(s.footer.slice(0, 20).trim())).sort((a, b) => b.footer.length - a.footer.length)[0];
        expect({ where, page: i + 1, sheet: sheet?.name ?? footer!.left }).toEqual({ where, page: i + 1, sheet: expect.any(String) });
        expect(sheet).toBeDefined();
        const size = sheet!.landscape ? '842x595' : '595x842';
        expect({ where, sheet: sheet!.name, page: i + 1, size: `${page.width}x${page.height}` }).toEqual({ where, sheet: sheet!.name, page: i + 1, size });
        bySheet.set(sheet!.name, [...(bySheet.get(sheet!.name) ?? []), i]);
      });
      // Sheets print in their order, each in one run of pages.
      const order = pages.map((_, i) => [...bySheet].find(([, idx]) => idx.includes(i))![0]).filter((n, i, all) => n !== all[i - 1]);
      expect({ where, order }).toEqual({ where, order: sheets.map((s) => s.name).filter((n) => bySheet.has(n)) });
      for (const sheet of sheets) {
        const on = bySheet.get(sheet.name) ?? [];
        if (on.length === 0) continue; // an empty sheet prints no page
        seen.push(`${where}/${sheet.name}`);
        // The header row repeats on every page: its first and last columns are on each, so no column is split off.
        for (const i of on) for (const word of sheet.headerWords) expect({ where, sheet: sheet.name, page: i + 1, word, found: pages[i]!.text.includes(word) }).toEqual({ where, sheet: sheet.name, page: i + 1, word, found: true });
        if (sheet.rowBreaks.length > 0) {
          // Stacked tables: LibreOffice broke only where we did, and each page shows a whole table header.
          expect({ where, sheet: sheet.name, pages: on.length }).toEqual({ where, sheet: sheet.name, pages: sheet.rowBreaks.length + 1 });
          for (const i of on) {
            const headed = sheet.tableHeaders.some((words) => words.every((w) => pages[i]!.text.includes(w)));
            expect({ where, sheet: sheet.name, page: i + 1, headed }).toEqual({ where, sheet: sheet.name, page: i + 1, headed: true });
          }
        }
        const rows = pagesForRows(sheet);
        // A split of the columns would at least double the pages; the rows alone bound them from above, and
        // with the metric-compatible fonts they are the count (26 of the 30 sheets exactly), or at most one
        // page in eight fewer on long sheets, whose pages LibreOffice fills with a few more rows than our model.
        const fits = exact ? on.length <= rows && on.length >= rows - Math.ceil(rows / 8) : on.length <= rows;
        if (!fits) counts.push({ where, sheet: sheet.name, pages: on.length, rows, exact });
      }
    }
    expect(counts).toEqual([]);
    // The workbooks named in the issue are all among them.
    for (const s of ['bao-cao-theo-doi-tinh.xlsx/Báo cáo theo dõi', 'bao-cao-theo-doi-tinh.xlsx/DTI', 'xep-hang.xlsx/Ma trận điểm', 'phieu.xlsx/Hướng dẫn', 'tong-hop.xlsx/Tình hình nộp', 'tong-hop.xlsx/Nguồn dữ liệu', 'tham-dinh.xlsx/Thẩm định']) expect(seen).toContain(s);
  });
});
