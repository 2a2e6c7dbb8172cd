/**
 * The colour legend ("Chú giải màu") under a table whose colours carry a state: each colour with the
 * words it stands for. The state is always also written in words in its cell; the legend reads the colours.
 */
import { address } from '../a1';
import { type ColourName, type SheetSpec } from '../spec';
import { put } from './common';

/** Writes the legend from `row` down, each entry across columns A:B; returns the next free row. */
export function colourLegend(sheet: SheetSpec, row: number, title: string, entries: readonly (readonly [ColourName, string])[]): number {
  put(sheet, row, 1, { value: title, style: { bold: true } });
  sheet.merges.push(`${address(row, 1)}:${address(row, 2)}`);
  let r = row + 1;
  for (const [colour, text] of entries) {
    put(sheet, r, 1, { value: text, style: { colour, border: true } });
    put(sheet, r, 2, { value: null, style: { colour, border: true } });
    sheet.merges.push(`${address(r, 1)}:${address(r, 2)}`);
    r++;
  }
  return r;
}

/**
 * The legend on one row, for a sheet whose reader takes every row under the table as data: the title
 * right-aligned in `column`, then each colour with its words in the cells after it.
 */
export function colourLegendRow(sheet: SheetSpec, row: number, column: number, title: string, entries: readonly (readonly [ColourName, string])[]): void {
  put(sheet, row, column, { value: title, style: { bold: true, align: 'right', size: 9 } });
  entries.forEach(([colour, text], k) => put(sheet, row, column + 1 + k, { value: text, style: { colour, border: true, align: 'center', size: 9, wrap: true } }));
}
