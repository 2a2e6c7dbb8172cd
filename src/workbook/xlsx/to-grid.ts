/** exceljs workbook → host-neutral grid (values, visibility, hidden rows and columns, number formats), bounded in rows and columns. */
import type ExcelJS from 'exceljs';
import { address } from '../a1';
import { MAX_GRID_COLUMNS, MAX_GRID_ROWS, type GridCell, type SheetGrid, type SheetVisibility, type WorkbookGrid } from '../grid';

const MAX_FORMULA_TEXT = 80;

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
      const error = result !== null && typeof result === 'object' && 'error' in result ? String((result as ExcelJS.CellErrorValue).error) : undefined;
      const plain = result === undefined || result === null ? null : result instanceof Date ? result.toISOString().slice(0, 10) : typeof result === 'object' ? null : result;
      // Readers only need to know a formula is there (and show its start): long formula text would
      // only weigh down the grid sent back from the parser process.
      const text = String(f.formula ?? (value as { sharedFormula?: string }).sharedFormula ?? '');
      return { formula: text.length > MAX_FORMULA_TEXT ? `${text.slice(0, MAX_FORMULA_TEXT)}…` : text, result: plain, ...(error !== undefined ? { error } : {}) };
    }
    if ('text' in value) return String((value as ExcelJS.CellHyperlinkValue).text);
  }
  return String(value);
}

export function gridFromWorkbook(wb: ExcelJS.Workbook): WorkbookGrid {
  const sheets: SheetGrid[] = [];
  wb.eachSheet((ws) => {
    const rows: GridCell[][] = [];
    const hiddenRows: number[] = [];
    const formats: Record<string, string> = {};
    let widest = 0;
    const lastRow = Math.min(ws.actualRowCount > 0 ? ws.rowCount : 0, MAX_GRID_ROWS);
    for (let r = 1; r <= lastRow; r++) {
      const row = ws.getRow(r);
      if (row.hidden || row.height === 0) hiddenRows.push(r);
      const cells: GridCell[] = [];
      const lastCol = Math.min(row.cellCount, MAX_GRID_COLUMNS);
      widest = Math.max(widest, lastCol);
      for (let c = 1; c <= lastCol; c++) {
        const cell = row.getCell(c);
        const format = cell.numFmt;
        if (format && format !== 'General') formats[address(r, c)] = format;
        // exceljs gives a merge's hidden cells the master's value; Excel and Office.js read them empty.
        cells.push(cell.isMerged && cell.master !== cell ? null : toGridCell(cell.value));
      }
      rows.push(cells);
    }
    const hiddenColumns: number[] = [];
    for (let c = 1; c <= widest; c++) {
      const column = ws.getColumn(c);
      if (column.hidden || column.width === 0) hiddenColumns.push(c);
    }
    sheets.push({ name: ws.name, rows, visibility: visibilityOf(ws.state), hiddenRows, hiddenColumns, formats });
  });
  return { sheets };
}

function visibilityOf(state: string | undefined): SheetVisibility {
  return state === 'hidden' || state === 'veryHidden' ? state : 'visible';
}
