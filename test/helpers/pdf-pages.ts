/**
 * What a PDF printed by LibreOffice shows, read with poppler: each page's size in points and its text
 * laid out as printed (pdftotext -layout), and what a written .xlsx asks of the printer (read back with
 * exceljs): per visible sheet its orientation, footer, print titles and the words of its header row.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { rowBreaks } from './sheet-xml';

export interface PdfPage {
  width: number;
  height: number;
  text: string;
}

export function pdfPages(file: string): PdfPage[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '100000', file], { encoding: 'utf8' });
  const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => ({ width: Math.round(Number(m[1])), height: Math.round(Number(m[2])) }));
  const texts = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\f');
  return sizes.map((s, i) => ({ ...s, text: texts[i] ?? '' }));
}

/** The footer's left part on a page: the text before "Trang k/N" on that line. */
export function footerOf(page: PdfPage): { left: string; page: number; of: number } | undefined {
  for (const line of page.text.split('\n').reverse()) {
    const m = /^(.*?)\s*Trang (\d+)\/(\d+)\s*$/.exec(line);
    if (m) return { left: (m[1] ?? '').trim(), page: Number(m[2]), of: Number(m[3]) };
  }
  return undefined;
}

export interface PrintedSheet {
  name: string;
  landscape: boolean;
  /** The footer's left text as written (`&&` read as `&`). */
  footer: string;
  titleRows?: [number, number];
  /** The longest word of the header row's first and last filled cells: on every page when titles repeat. */
  headerWords: string[];
  /** Widths (points, at Calibri 11's 7-pixel digit) and heights (points) of the printed area. */
  widthPoints: number;
  rowHeights: number[];
  margins: { left: number; right: number; top: number; bottom: number };
  /** Rows after which a manual page break starts a new page. */
  rowBreaks: number[];
  /** Every table header row of the sheet (header-coloured cells): the longest words of its first and last cells. */
  tableHeaders: string[][];
}

const HEADER_FILL = 'FFDDEBF7';

const textOf = (v: ExcelJS.CellValue): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  if (typeof v === 'object' && 'formula' in v) return String((v as { result?: unknown }).result ?? '');
  return String(v);
};
const longestWord = (t: string) => t.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a), '');

export async function printedSheets(file: string): Promise<PrintedSheet[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const bytes = readFileSync(file);
  return wb.worksheets
    .filter((ws) => ws.state === 'visible')
    .map((ws) => {
      let lastRow = 0;
      let lastCol = 0;
      ws.eachRow((row, r) =>
        row.eachCell((c, col) => {
          if (textOf(c.value) === '') return;
          lastRow = Math.max(lastRow, r);
          lastCol = Math.max(lastCol, col);
        }),
      );
      const titles = /^\$?(\d+):\$?(\d+)$/.exec(ws.pageSetup.printTitlesRow ?? '');
      const titleRows = titles ? ([Number(titles[1]), Number(titles[2])] as [number, number]) : undefined;
      const visible = Array.from({ length: lastCol }, (_, i) => i + 1).filter((c) => !ws.getColumn(c).hidden);
      const header = titleRows ? visible.map((c) => textOf(ws.getCell(titleRows[1], c).value).trim()).filter(Boolean) : [];
      const footer = /&L(.*?)(?:&[CR]|$)/.exec(ws.headerFooter.oddFooter ?? '')?.[1]?.replace(/&&/g, '&') ?? '';
      const m = ws.pageSetup.margins ?? { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75 };
      const tableHeaders: string[][] = [];
      ws.eachRow((row) => {
        const texts: string[] = [];
        row.eachCell((c) => {
          const fill = c.fill?.type === 'pattern' ? c.fill.fgColor?.argb : undefined;
          if (fill === HEADER_FILL && textOf(c.value).trim()) texts.push(textOf(c.value).trim());
        });
        if (texts.length >= 2) tableHeaders.push([...new Set([longestWord(texts[0]!), longestWord(texts[texts.length - 1]!)])]);
      });
      return {
        name: ws.name,
        landscape: ws.pageSetup.orientation === 'landscape',
        footer,
        ...(titleRows ? { titleRows } : {}),
        headerWords: header.length > 0 ? [...new Set([longestWord(header[0]!), longestWord(header[header.length - 1]!)])] : [],
        widthPoints: visible.reduce((sum, c) => sum + Math.floor((ws.getColumn(c).width ?? 8.43) * 7 + 5) * 0.75, 0),
        rowHeights: Array.from({ length: lastRow }, (_, i) => (ws.getRow(i + 1).hidden ? 0 : (ws.getRow(i + 1).height ?? 15))),
        margins: { left: m.left, right: m.right, top: m.top, bottom: m.bottom },
        rowBreaks: rowBreaks(bytes, ws.name),
        tableHeaders,
      };
    });
}

/**
 * Pages a sheet takes printed one page wide, counting breaks between rows only: scaled to the page's
 * width (never enlarged), rows fill each page's height, a manual break starts a new page, the title
 * rows repeat on every page after the first.
 */
export function pagesForRows(sheet: PrintedSheet): number {
  const [w, h] = sheet.landscape ? [842, 595] : [595, 842];
  const scale = Math.min(1, (w - (sheet.margins.left + sheet.margins.right) * 72) / sheet.widthPoints);
  const room = (h - (sheet.margins.top + sheet.margins.bottom) * 72) / scale;
  const titles = sheet.titleRows ? sheet.rowHeights.slice(sheet.titleRows[0] - 1, sheet.titleRows[1]).reduce((a, b) => a + b, 0) : 0;
  let pages = 1;
  let used = 0;
  sheet.rowHeights.forEach((height, i) => {
    if ((used + height > room + 0.5 && used > 0) || sheet.rowBreaks.includes(i)) {
      pages++;
      used = sheet.titleRows && i + 1 > sheet.titleRows[1] ? titles : 0;
    }
    used += height;
  });
  return pages;
}
