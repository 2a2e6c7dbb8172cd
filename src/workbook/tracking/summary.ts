/** The "Tổng hợp" sheet: per group, how many indicators are exceeded, met, not met — native COUNTIFs with a data bar. */
import { address } from '../a1';
import { emptySheet, type CellStyle, type SheetSpec } from '../spec';
import { addChart, writeChartBlock } from './charts';
import { SHEETS } from './contract';
import { type TableSheetLayout } from './layout';
import { SHORT_OF_LATER_TARGET } from './status-formulas';

const HEADER: CellStyle = { bold: true, colour: 'header', wrap: true, align: 'center', vertical: 'middle', border: true };
const CELL: CellStyle = { border: true, vertical: 'top', wrap: true };

export const SUMMARY_HEADERS = ['Nhóm', 'Số chỉ tiêu', 'Vượt', 'Đạt', 'Chưa đạt', 'Chưa đánh giá', 'Đạt và vượt', 'Tỷ lệ đạt và vượt'];

/** The "Chưa đạt" header, or for printed results against a later year's target the gap still to close. */
export function notMetHeader(targetYear: string | null | undefined): string {
  return targetYear ? `${SHORT_OF_LATER_TARGET} (mục tiêu ${targetYear})` : (SUMMARY_HEADERS[4] as string);
}

/** With `chartTitle`, the first table's groups also get a stacked column chart (Vượt, Đạt, Chưa đạt per group). */
export function summarySheet(layouts: { layout: TableSheetLayout; label: string }[], title: string, notes: string[], name: string = SHEETS.summary, chartTitle?: string): SheetSpec {
  const sheet = emptySheet(name);
  sheet.columns = [48, 11, 9, 9, 10, 12, 12, 22].map((width) => ({ width }));
  const put = (r: number, c: number, value: { value?: string | number | null; formula?: string; style?: CellStyle }) => sheet.cells.set(address(r, c), value);
  put(1, 1, { value: title, style: { bold: true, size: 14, wrap: true } });
  sheet.merges.push('A1:H1');
  let row = 3;
  const chartRows: number[] = [];
  for (const { layout, label } of layouts) {
    put(row, 1, { value: label, style: { bold: true } });
    row++;
    SUMMARY_HEADERS.forEach((h, i) => put(row, i + 1, { value: i === 4 ? notMetHeader(layout.targetYear) : h, style: HEADER }));
    row++;
    const first = row;
    const statusCol = layout.columns.status as number;
    const quoted = `'${layout.sheet.name.replace(/'/g, "''")}'`;
    for (const g of layout.groupRows) {
      if (g.last < g.first) continue;
      const range = `${quoted}!$${address(g.first, statusCol).replace(/(\d+)$/, '$$$1')}:$${address(g.last, statusCol).replace(/(\d+)$/, '$$$1')}`;
      put(row, 1, { value: g.title, style: CELL });
      put(row, 2, { value: g.last - g.first + 1, style: { ...CELL, align: 'center' } });
      put(row, 3, { formula: `COUNTIF(${range},"Vượt")`, style: { ...CELL, align: 'center' } });
      put(row, 4, { formula: `COUNTIF(${range},"Đạt")`, style: { ...CELL, align: 'center' } });
      put(row, 5, { formula: `COUNTIF(${range},"Chưa đạt")+COUNTIF(${range},"${SHORT_OF_LATER_TARGET}")`, style: { ...CELL, align: 'center' } });
      put(row, 6, { formula: `B${row}-C${row}-D${row}-E${row}`, style: { ...CELL, align: 'center' } });
      put(row, 7, { formula: `C${row}+D${row}`, style: { ...CELL, align: 'center', bold: true } });
      put(row, 8, { formula: `IF(B${row}=0,"",G${row}/B${row})`, style: { ...CELL, numFmt: '0%' } });
      if (layout === layouts[0]?.layout) chartRows.push(row);
      row++;
    }
    const total: CellStyle = { ...CELL, bold: true, colour: 'total' };
    put(row, 1, { value: 'Tổng cộng', style: total });
    for (let c = 2; c <= 7; c++) {
      const letter = String.fromCharCode(64 + c);
      put(row, c, { formula: `SUM(${letter}${first}:${letter}${row - 1})`, style: { ...total, align: 'center' } });
    }
    put(row, 8, { formula: `IF(B${row}=0,"",G${row}/B${row})`, style: { ...total, numFmt: '0%' } });
    sheet.dataBars.push({ range: `H${first}:H${row}`, colour: '63BE7B', min: 0, max: 1 });
    row += 2;
  }
  for (const n of notes) {
    put(row, 1, { value: n, style: { italic: true, wrap: true } });
    sheet.merges.push(`A${row}:H${row}`);
    row++;
  }
  if (chartTitle && chartRows.length > 0) {
    // The block sits right of the table (columns J–M); the chart under the notes. Its first column is
    // as wide as the longest group name, so the printed page does not cut the names.
    const longest = Math.max(8, ...(layouts[0]?.layout.groupRows ?? []).map((g) => [...g.title].length));
    sheet.columns[8] = { width: 3 };
    sheet.columns[9] = { width: Math.min(40, longest + 2) };
    const { range } = writeChartBlock(sheet, {
      row: (chartRows[0] as number) - 2,
      column: 10,
      headers: ['Nhóm', 'Vượt', 'Đạt', 'Chưa đạt'],
      lines: chartRows.map((r) => [{ formula: `A${r}` }, { formula: `C${r}` }, { formula: `D${r}` }, { formula: `E${r}` }]),
    });
    addChart(sheet, { type: 'ColumnStacked', title: chartTitle, range, from: `A${row + 1}`, to: `F${row + 19}` });
  }
  sheet.print = { orientation: 'landscape', paper: 'A4', fitToWidth: true };
  return sheet;
}
