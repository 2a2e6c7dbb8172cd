/**
 * Several tables stacked on one sheet and laid out for print. Excel repeats one set of title rows per
 * sheet, so a sheet of different tables cannot rely on it; instead each table starts on a new page
 * when it does not fit in what is left of the page, and a table longer than a page repeats its header
 * row (under a "(tiếp theo)" line naming it) at the top of every further page. The breaks are manual
 * page breaks (PrintSetup.rowBreaks), and every row gets its height, so hosts paginate alike. The
 * repeated header is written only on report sheets nothing reads back: a tracking workbook's reader
 * would take it for a data row.
 */
import { address } from '../a1';
import { columnPoints, DEFAULT_ROW_HEIGHT, lineHeight, orientationFor, pageRoomPoints, rowHeights } from '../print';
import { type CellSpec, type CellStyle, type CellValue, type DataBar, type PrintSetup, type SheetSpec } from '../spec';
import { HEADER_STYLE } from './common';
import { type Column } from './columns';

/**
 * The share of a computed page the stack fills: LibreOffice and Excel round the zoom down to a whole
 * percent and draw some rows a point taller, so a page filled to the last point could overflow.
 */
const PAGE_FILL = 0.92;

/** A line of cells (a title, a note); `merge` spans its first cell to that column. */
export interface Line {
  cells: { column: number; value: CellValue; style?: CellStyle }[];
  merge?: number;
}

export interface StackTable<R> {
  /** Lines printed above the header and kept on its page (a table's title). */
  title?: Line[];
  /** The line above the repeated header on a further page ("… (tiếp theo)"). */
  continued?: Line;
  /** The column the table's first column is written in (1 = A). */
  firstColumn?: number;
  columns: readonly Column<R>[];
  rows: readonly R[];
  /** The cell style every body cell starts from, before its column's style. */
  cell: CellStyle;
  /** Data bars over whole columns of the body, by column key. */
  bars?: { key: string; colour: string; min?: number; max?: number }[];
}

export class Stack {
  private row = 1;
  private used = 0;
  private readonly room: number;
  private readonly breaks: number[] = [];
  private readonly heights = new Map<number, number>();

  /** `tables` are the sheet's tables' columns (where each starts): a sheet column is as wide as the widest table column over it. */
  constructor(
    private readonly sheet: SheetSpec,
    tables: readonly { firstColumn?: number; columns: readonly { width: number }[] }[],
    preferred: PrintSetup['orientation'] = 'portrait',
  ) {
    const widths: number[] = [];
    for (const t of tables) t.columns.forEach((c, i) => (widths[(t.firstColumn ?? 1) - 1 + i] = Math.max(widths[(t.firstColumn ?? 1) - 1 + i] ?? 0, c.width)));
    sheet.columns = Array.from(widths, (width) => ({ width: width ?? 8.43 }));
    const widthPoints = widths.reduce((sum, w) => sum + columnPoints(w), 0);
    this.room = pageRoomPoints(widthPoints, orientationFor(widthPoints, preferred)) * PAGE_FILL;
  }

  /** The next row to be written. */
  get next(): number {
    return this.row;
  }

  /** Writes a line (kept on the current page if it fits, else on a new one) and returns its row. */
  line(l: Line): number {
    this.ensure(this.heightOf([l]));
    return this.put(l);
  }

  /** Empty rows between blocks; at the foot of a page they are dropped and the page ends there. */
  gap(rows = 1): void {
    for (let i = 0; i < rows; i++) {
      if (this.used + DEFAULT_ROW_HEIGHT > this.room) return this.newPage();
      this.heights.set(this.row, DEFAULT_ROW_HEIGHT);
      this.used += DEFAULT_ROW_HEIGHT;
      this.row++;
    }
  }

  /**
   * Writes a table: on a new page unless all of it fits in what is left, its header repeated on each
   * further page. Returns its body's first and last rows.
   */
  table<R>(t: StackTable<R>): { first: number; last: number } {
    const at = t.firstColumn ?? 1;
    const header: Line = { cells: t.columns.map((c, i) => ({ column: at + i, value: c.header || null, style: HEADER_STYLE })) };
    const lines = t.rows.map((r) => this.bodyLine(t, r, at));
    const title = t.title ?? [];
    const whole = this.heightOf([...title, header, ...lines]);
    if (this.used > 0 && this.used + whole > this.room) {
      this.newPage();
      // A table without a title of its own continues its section: the page names it.
      if (title.length === 0 && t.continued) this.put(t.continued);
    }
    title.forEach((l) => this.put(l));
    this.put(header);
    const first = this.row;
    for (const l of lines) {
      const h = this.heightOf([l]);
      if (this.used + h > this.room && this.used > 0) {
        this.newPage();
        if (t.continued) this.put(t.continued);
        this.put(header);
      }
      this.put(l);
    }
    const last = this.row - 1;
    for (const b of t.bars ?? []) {
      const col = at + t.columns.findIndex((c) => c.key === b.key);
      if (last >= first) this.sheet.dataBars.push(barOver(col, first, last, b));
    }
    return { first, last };
  }

  /** Sets the page breaks and the rows' heights on the sheet (call once, after the last block). */
  finish(): void {
    this.sheet.rowHeights = new Map([...this.heights, ...(this.sheet.rowHeights ?? [])]);
    if (this.breaks.length > 0) this.sheet.print = { ...(this.sheet.print ?? { orientation: 'portrait', paper: 'A4', fitToWidth: true }), rowBreaks: [...this.breaks] };
  }

  private bodyLine<R>(t: StackTable<R>, r: R, at: number): Line {
    return {
      cells: t.columns.map((c, i) => {
        const extra = typeof c.style === 'function' ? c.style(r) : c.style;
        return { column: at + i, value: c.value(r), style: { ...t.cell, ...extra } };
      }),
    };
  }

  private newPage(): void {
    if (this.row > 1) this.breaks.push(this.row - 1);
    this.used = 0;
  }

  private ensure(height: number): void {
    if (this.used > 0 && this.used + height > this.room) this.newPage();
  }

  private put(l: Line): number {
    const r = this.row;
    for (const c of l.cells) this.sheet.cells.set(address(r, c.column), { value: c.value, ...(c.style ? { style: c.style } : {}) } as CellSpec);
    const first = l.cells[0];
    if (l.merge && first) this.sheet.merges.push(`${address(r, first.column)}:${address(r, l.merge)}`);
    const h = this.heightAt(r, l);
    this.heights.set(r, h);
    this.used += h;
    this.row++;
    return r;
  }

  private heightOf(lines: Line[]): number {
    return lines.reduce((sum, l) => sum + this.heightAt(1, l), 0);
  }

  /** The height the line needs, measured as print.ts measures wrapped text. */
  private heightAt(r: number, l: Line): number {
    const probe: SheetSpec = { ...this.sheet, cells: new Map(), merges: [] };
    for (const c of l.cells) probe.cells.set(address(r, c.column), { value: c.value, ...(c.style ? { style: c.style } : {}) });
    const first = l.cells[0];
    if (l.merge && first) probe.merges.push(`${address(r, first.column)}:${address(r, l.merge)}`);
    // A larger font in a cell that does not wrap (a title) still needs its line's height.
    const tallest = Math.max(DEFAULT_ROW_HEIGHT, ...l.cells.map((c) => (c.style?.size ? lineHeight(c.style.size) : 0)));
    return Math.max(tallest, rowHeights(probe).get(r) ?? DEFAULT_ROW_HEIGHT);
  }
}

function barOver(col: number, first: number, last: number, b: { colour: string; min?: number; max?: number }): DataBar {
  return { range: `${address(first, col)}:${address(last, col)}`, colour: b.colour, ...(b.min !== undefined ? { min: b.min } : {}), ...(b.max !== undefined ? { max: b.max } : {}) };
}
