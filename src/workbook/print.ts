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
/** A table wider than this (in Excel's character units) prints landscape. */
const PORTRAIT_MAX_WIDTH = 95;

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

function cellText(cell: CellSpec): string | undefined {
  if (cell.value === undefined || cell.value === null) return undefined;
  return String(cell.value);
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
    const needed = wrappedLines(text, merge?.width ?? widthOf(col), size) * lineHeight(size) + 3;
    const span = merge?.rows ?? 1;
    const perRow = Math.ceil(needed / span);
    if (perRow <= DEFAULT_ROW_HEIGHT && span === 1) continue;
    for (let r = row; r < row + span; r++) heights.set(r, Math.max(heights.get(r) ?? DEFAULT_ROW_HEIGHT, perRow));
  }
  for (const [r, h] of heights) if (h <= DEFAULT_ROW_HEIGHT) heights.delete(r);
  return heights;
}

/** The printed width of the sheet's visible columns, in Excel's character units. */
function tableWidth(sheet: SheetSpec): number {
  return sheet.columns.reduce((sum, c) => sum + (c.hidden ? 0 : c.width), 0);
}

/** The sheet's page setup: its own where the layout chose one, A4 one page wide and a header in any case. */
export function printSetupOf(sheet: SheetSpec, documentName?: string): PrintSetup {
  const own = sheet.print;
  return {
    orientation: own?.orientation ?? (tableWidth(sheet) > PORTRAIT_MAX_WIDTH ? 'landscape' : 'portrait'),
    paper: 'A4',
    fitToWidth: true,
    ...(own?.titleRows ? { titleRows: own.titleRows } : {}),
    header: own?.header ?? documentName ?? sheet.name,
    footer: own?.footer ?? sheet.name,
  };
}

/** The workbook with every sheet's print setup and row heights filled in (a new spec; the input is kept). */
export function printReady(spec: WorkbookSpec): WorkbookSpec {
  return {
    ...spec,
    sheets: spec.sheets.map((s) => ({ ...s, print: printSetupOf(s, spec.title), rowHeights: new Map([...rowHeights(s), ...(s.rowHeights ?? [])]) })),
  };
}
