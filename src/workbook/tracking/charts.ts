/**
 * The tracking sheets' native charts (drawn by the Office.js adapter): each over a small data block
 * written next to the table it shows, because a chart needs one contiguous range (categories, then
 * one column per series) and the tables' columns are not in that order.
 */
import { address } from '../a1';
import { type CellSpec, type CellStyle, type ChartSpec, type SheetSpec } from '../spec';
import { thresholdOf } from './interval';

const HEADER: CellStyle = { bold: true, colour: 'header', wrap: true, align: 'center', vertical: 'middle', border: true };
const CELL: CellStyle = { border: true, vertical: 'top' };

export const CHART_BLOCK_TITLE = 'Dữ liệu biểu đồ';

/** The lower end of a floor target ("Từ 95% trở lên" → 0.95), or null when the phrase has none. */
export function targetFloor(target: string | undefined): number | null {
  const t = thresholdOf(target, null);
  return t.kind === 'threshold' && t.threshold.mode !== 'ceiling' ? t.threshold.min.value : null;
}

export interface ChartBlock {
  /** Where the block starts (its title row); the header row is the next one. */
  row: number;
  column: number;
  headers: string[];
  /** One line per category: its label, then one cell per series. */
  lines: CellSpec[][];
  numFmt?: string;
}

/** Writes a block and returns the range a chart reads (header row to last line). */
export function writeChartBlock(sheet: SheetSpec, b: ChartBlock): { range: string; lastRow: number } {
  sheet.cells.set(address(b.row, b.column), { value: CHART_BLOCK_TITLE, style: { bold: true, italic: true } });
  const header = b.row + 1;
  b.headers.forEach((h, i) => sheet.cells.set(address(header, b.column + i), { value: h, style: HEADER }));
  b.lines.forEach((line, r) =>
    line.forEach((cell, i) => sheet.cells.set(address(header + 1 + r, b.column + i), { ...cell, style: { ...CELL, ...(i > 0 && b.numFmt ? { numFmt: b.numFmt } : {}), ...cell.style } })),
  );
  const lastRow = header + b.lines.length;
  return { range: `${address(header, b.column)}:${address(lastRow, b.column + b.headers.length - 1)}`, lastRow };
}

export function addChart(sheet: SheetSpec, chart: ChartSpec): void {
  (sheet.charts ??= []).push(chart);
}
