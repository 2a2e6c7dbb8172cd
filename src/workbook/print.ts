/**
 * Print readiness, decided once for every sheet before any adapter renders it: A4, an orientation
 * chosen for the table's width, one page wide, a header with the document's name, a footer with the
 * sheet and "Trang X/Y", and row heights for wrapped text (LibreOffice does not grow rows itself,
 * so without them wrapped text runs over the rows below). Pure: no host, no I/O.
 */
import { parseAddress } from './a1';
import { type CellSpec, type PrintSetup, type SheetSpec, type WorkbookSpec } from './spec';

/** Excel's default row height (points) for an 11 pt font. */
export const DEFAULT_ROW_HEIGHT = 15;
const DEFAULT_FONT_SIZE = 11;
/** Excel's tallest row, in points. */
export const MAX_ROW_HEIGHT = 409;
/**
 * Page margins in inches (Excel's and exceljs's unit; Office.js takes points): room to bind on the
 * left, as an office files its documents, and the header and footer inside the top and bottom margins.
 */
export const PRINT_MARGINS = { left: 0.8, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 } as const;
/** A4 in points, portrait. */
export const A4_POINTS = { width: 595, height: 842 } as const;

/** A column `width` characters wide in points: Excel's ⌊width × 7 + 5⌋ pixels of its default font, at 0.75 pt a pixel. */
export function columnPoints(width: number): number {
  return width <= 0 ? 0 : Math.floor(width * 7 + 5) * 0.75;
}

/**
 * Lines a text takes in a cell `width` characters wide (Excel's column width unit) at `size` pt:
 * words wrap whole, a word longer than a line breaks, explicit line breaks count. Conservative:
 * Vietnamese diacritics and Times New Roman's capitals are wider than Excel's digit unit.
 */
export function wrappedLines(text: string, width: number, size = DEFAULT_FONT_SIZE): number {
  const perLine = Math.max(1, Math.floor(((width - 1) * 0.95 * DEFAULT_FONT_SIZE) / size));
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    let used = 0;
    let count = 1;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const len = [...word].length;
      if (used === 0) {
        count += Math.floor(Math.max(0, len - 1) / perLine);
        used = len % perLine || perLine;
      } else if (used + 1 + len <= perLine) used += 1 + len;
      else {
        count += 1 + Math.floor(Math.max(0, len - 1) / perLine);
        used = len % perLine || perLine;
      }
    }
    lines += count;
  }
  return Math.max(1, lines);
}

/** Points one line of text takes at `size` pt (Excel: 15 pt for 11 pt text). */
export function lineHeight(size = DEFAULT_FONT_SIZE): number {
  return Math.ceil(size * 1.36);
}

/** The text a wrapped cell shows; numbers and booleans never wrap (Excel shows "###" or rounds them). */
function cellText(cell: CellSpec): string | undefined {
  return typeof cell.value === 'string' ? cell.value : undefined;
}

/**
 * Row heights (points, by row number) for the sheet's wrapped text: per row, the tallest of its
 * wrapped cells, a merged cell measured over the columns it spans and its height shared by the rows
 * it spans. Rows that fit the default height are left out.
 */
export function rowHeights(sheet: SheetSpec): Map<number, number> {
  const widthOf = (col: number): number => {
    const c = sheet.columns[col - 1];
    return c ? (c.hidden ? 0 : c.width) : 8.43;
  };
  const mergeAt = new Map<string, { rows: number; width: number }>();
  for (const range of sheet.merges) {
    const [from, to] = range.split(':').map((a) => parseAddress(a));
    if (!from || !to) continue;
    let width = 0;
    for (let c = from.column; c <= to.column; c++) width += widthOf(c);
    mergeAt.set(`${from.row}:${from.column}`, { rows: to.row - from.row + 1, width });
  }
  const heights = new Map<number, number>();
  for (const [address, cell] of sheet.cells) {
    if (!cell.style?.wrap) continue;
    const text = cellText(cell);
    if (!text) continue;
    const at = parseAddress(address);
    if (!at) continue;
    const { row, column: col } = at;
    const merge = mergeAt.get(`${row}:${col}`);
    const size = cell.style.size ?? DEFAULT_FONT_SIZE;
    const lines = wrappedLines(text, merge?.width ?? widthOf(col), size);
    const needed = lines * lineHeight(size) + (lines > 1 ? 3 : 0);
    const span = merge?.rows ?? 1;
    const perRow = Math.min(MAX_ROW_HEIGHT, Math.ceil(needed / span));
    if (perRow <= DEFAULT_ROW_HEIGHT && span === 1) continue;
    for (let r = row; r < row + span; r++) heights.set(r, Math.max(heights.get(r) ?? DEFAULT_ROW_HEIGHT, perRow));
  }
  for (const [r, h] of heights) if (h <= DEFAULT_ROW_HEIGHT) heights.delete(r);
  return heights;
}

/** The printed width of the sheet's visible columns up to the last one holding a cell, in points. */
export function tableWidthPoints(sheet: SheetSpec): number {
  let last = 0;
  for (const address of sheet.cells.keys()) last = Math.max(last, parseAddress(address)?.column ?? 0);
  let sum = 0;
  for (let c = 1; c <= last; c++) {
    const col = sheet.columns[c - 1];
    sum += col ? (col.hidden ? 0 : columnPoints(col.width)) : columnPoints(8.43);
  }
  return sum;
}

/** The width a portrait A4 page leaves for the table, in points. */
const PORTRAIT_ROOM = A4_POINTS.width - (PRINT_MARGINS.left + PRINT_MARGINS.right) * 72;

/** The orientation a table this wide prints in: landscape when wider than a portrait page, else the layout's choice. */
export function orientationFor(widthPoints: number, preferred: PrintSetup['orientation'] = 'portrait'): PrintSetup['orientation'] {
  return widthPoints > PORTRAIT_ROOM ? 'landscape' : preferred;
}

/**
 * The height one printed page holds, in the sheet's own points: the page's height inside the top and
 * bottom margins, divided by the scale that fits the table's width to the page (never enlarged).
 */
export function pageRoomPoints(widthPoints: number, orientation: PrintSetup['orientation']): number {
  const [w, h] = orientation === 'landscape' ? [A4_POINTS.height, A4_POINTS.width] : [A4_POINTS.width, A4_POINTS.height];
  const scale = Math.min(1, (w - (PRINT_MARGINS.left + PRINT_MARGINS.right) * 72) / Math.max(1, widthPoints));
  return (h - (PRINT_MARGINS.top + PRINT_MARGINS.bottom) * 72) / scale;
}

/** Runs of rows with two or more header-coloured cells, top to bottom, each with its texts. */
function headerRuns(sheet: SheetSpec): { first: number; last: number; texts: string }[] {
  const rows = new Map<number, string[]>();
  for (const [address, cell] of sheet.cells) {
    if (cell.style?.colour !== 'header') continue;
    const at = parseAddress(address);
    if (at) rows.set(at.row, [...(rows.get(at.row) ?? []), `${at.column}=${String(cell.value ?? '')}`]);
  }
  const runs: { first: number; last: number; texts: string }[] = [];
  for (const row of [...rows.keys()].filter((r) => rows.get(r)!.length >= 2).sort((a, b) => a - b)) {
    const texts = rows.get(row)!.sort().join('|');
    const last = runs[runs.length - 1];
    if (last && last.last === row - 1) {
      last.last = row;
      last.texts += `\n${texts}`;
    } else runs.push({ first: row, last: row, texts });
  }
  return runs;
}

/**
 * The table's header rows, to repeat on every printed page: the first run of rows with header-coloured
 * cells (a two-row header with merged cells counts whole). A sheet of several different tables has
 * none: one table's header repeated over another's rows would mislabel them, and each table prints its own.
 */
export function headerRowsOf(sheet: SheetSpec): string | undefined {
  const runs = headerRuns(sheet);
  const first = runs[0];
  if (!first || runs.some((r) => r.texts !== first.texts)) return undefined;
  return `${first.first}:${first.last}`;
}

/** Whether the sheet holds tables with different headers (then no header row can repeat for all). */
function severalTables(sheet: SheetSpec): boolean {
  const runs = headerRuns(sheet);
  return runs.some((r) => r.texts !== runs[0]!.texts);
}

/**
 * The sheet's page setup: A4, one page wide, landscape whenever the table is wider than a portrait
 * page (else the layout's choice), the header rows repeated, the document's name as header and the
 * sheet's name (then the layout's footer) with "Trang X/Y" as footer.
 */
export function printSetupOf(sheet: SheetSpec, documentName?: string): PrintSetup {
  const own = sheet.print;
  const titleRows = severalTables(sheet) ? undefined : (own?.titleRows ?? headerRowsOf(sheet));
  return {
    orientation: orientationFor(tableWidthPoints(sheet), own?.orientation),
    paper: 'A4',
    fitToWidth: true,
    ...(titleRows ? { titleRows } : {}),
    margins: PRINT_MARGINS,
    header: own?.header ?? documentName ?? sheet.name,
    footer: own?.footer && own.footer !== sheet.name ? `${sheet.name} — ${own.footer}` : sheet.name,
    ...(own?.rowBreaks?.length ? { rowBreaks: own.rowBreaks } : {}),
  };
}

/** The workbook with every sheet's print setup and row heights filled in (a new spec; the input is kept). */
export function printReady(spec: WorkbookSpec): WorkbookSpec {
  return {
    ...spec,
    sheets: spec.sheets.map((s) => ({ ...s, print: printSetupOf(s, spec.title), rowHeights: new Map([...rowHeights(s), ...(s.rowHeights ?? [])]) })),
  };
}
