/**
 * A table column as one value: its header, width, what a row shows and how it is styled. Sheets list
 * their columns once; adding a column is one edit, and no style is tied to a column's position.
 */
import { type CellStyle, type CellValue, type ColourName, type SheetSpec } from '../spec';
import { CELL, headerRow, put } from './common';

export interface Column<R> {
  /** A name the sheet uses to find the column (section rows, totals, data bars); not shown. */
  key?: string;
  header: string;
  width: number;
  value(row: R): CellValue;
  /** Added to the table's cell style: a fixed style, or one that depends on the row. */
  style?: CellStyle | ((row: R) => CellStyle | undefined);
}

/** Sets the widths and writes the header row of the columns. */
export function writeHeader<R>(sheet: SheetSpec, at: number, columns: readonly Column<R>[]): void {
  sheet.columns = columns.map((c) => ({ width: c.width }));
  headerRow(
    sheet,
    at,
    columns.map((c) => c.header),
  );
}

/** Writes one row of the table, each cell bordered and top-aligned plus its column's style. */
export function writeRow<R>(sheet: SheetSpec, at: number, columns: readonly Column<R>[], item: R): void {
  columns.forEach((c, i) => {
    const extra = typeof c.style === 'function' ? c.style(item) : c.style;
    put(sheet, at, i + 1, { value: c.value(item), style: { ...CELL, ...extra } });
  });
}

/** The 1-based position of the column with this key (throws on a sheet's own typo). */
export function columnOf<R>(columns: readonly Column<R>[], key: string): number {
  const i = columns.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`no column "${key}"`);
  return i + 1;
}

/** A style that colours a cell when the row calls for it. */
export function colouredWhen<R>(colour: (row: R) => ColourName | undefined, base: CellStyle = {}): (row: R) => CellStyle {
  return (row) => {
    const c = colour(row);
    return c ? { ...base, colour: c } : base;
  };
}
