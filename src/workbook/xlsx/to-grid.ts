/** exceljs workbook → host-neutral grid (values only), bounded in rows and columns. */
import type ExcelJS from 'exceljs';
import { type GridCell, type SheetGrid, type WorkbookGrid } from '../grid';

/** A data sheet has a few dozen rows; anything beyond this is not read (the guard already bounds the file). */
export const MAX_GRID_ROWS = 5000;
export const MAX_GRID_COLUMNS = 60;

function toGridCell(value: ExcelJS.CellValue): GridCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return { date: value.toISOString().slice(0, 10) };
  if (typeof value === 'object') {
    if ('error' in value) return { error: String((value as ExcelJS.CellErrorValue).error) };
    if ('richText' in value) return (value as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value) {
      const f = value as ExcelJS.CellFormulaValue;
      const result = f.result;
      const plain = result === undefined || result === null ? null : result instanceof Date ? result.toISOString().slice(0, 10) : typeof result === 'object' ? null : result;
      return { formula: String(f.formula ?? (value as { sharedFormula?: string }).sharedFormula ?? ''), result: plain };
    }
    if ('text' in value) return String((value as ExcelJS.CellHyperlinkValue).text);
  }
  return String(value);
}

export function gridFromWorkbook(wb: ExcelJS.Workbook): WorkbookGrid {
  const sheets: SheetGrid[] = [];
  wb.eachSheet((ws) => {
    const rows: GridCell[][] = [];
    const lastRow = Math.min(ws.actualRowCount > 0 ? ws.rowCount : 0, MAX_GRID_ROWS);
    for (let r = 1; r <= lastRow; r++) {
      const row = ws.getRow(r);
      const cells: GridCell[] = [];
      const lastCol = Math.min(row.cellCount, MAX_GRID_COLUMNS);
      for (let c = 1; c <= lastCol; c++) {
        const cell = row.getCell(c);
        // exceljs gives a merge's hidden cells the master's value; Excel and Office.js read them empty.
        cells.push(cell.isMerged && cell.master !== cell ? null : toGridCell(cell.value));
      }
      rows.push(cells);
    }
    sheets.push({ name: ws.name, rows });
  });
  return { sheets };
}
