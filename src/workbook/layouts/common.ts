/** Small helpers shared by the generated sheets. */
import { formatNumber, type CriterionScore, type Lang, type PointState } from '../../engine';
import { address } from '../a1';
import { cutText, EXCEL_SHEET_NAME } from '../excel-limits';
import { type CellSpec, type CellStyle, type ColourName, type SheetSpec } from '../spec';

export const HEADER_STYLE: CellStyle = { bold: true, colour: 'header', wrap: true, align: 'center', vertical: 'middle', border: true };
export const CELL: CellStyle = { border: true, vertical: 'top' };

export function put(sheet: SheetSpec, row: number, column: number, cell: CellSpec): void {
  sheet.cells.set(address(row, column), cell);
}

export function headerRow(sheet: SheetSpec, row: number, headers: string[]): void {
  headers.forEach((h, i) => put(sheet, row, i + 1, { value: h, style: HEADER_STYLE }));
}

export function stateColour(state: PointState): ColourName {
  return state === 'error' ? 'zero' : state;
}

/** `text` in at most `limit` characters: a longer one cut at a word's end where it can, ending in "…". */
function shortened(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = cutText(text, limit).slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** Sheet names: at most 31 characters (Excel's limit, 31 itself allowed), none of []:*?/\, unique in the workbook. */
export function sheetName(wanted: string, taken: Set<string>): string {
  const clean = wanted.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim() || 'Sheet';
  let name = shortened(clean, EXCEL_SHEET_NAME);
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${shortened(clean, EXCEL_SHEET_NAME - String(i).length - 1)} ${i}`;
  taken.add(name.toLowerCase());
  return name;
}

/** A value as shown in generated sheets: percents as "95,5%" ("95.5%" in English), booleans as Có/Không. */
export function shownValue(score: CriterionScore | undefined, kind: string, lang: Lang = 'vi'): string | number | null {
  if (!score || score.value === undefined) return null;
  const v = score.value;
  if (typeof v === 'boolean') return v ? 'Có' : 'Không';
  if (typeof v === 'number' && kind === 'percent') return `${formatNumber(v * 100, lang)}%`;
  return v;
}

/** Title lines above a table; returns the next free row. */
export function titleBlock(sheet: SheetSpec, lines: { text: string; bold?: boolean; size?: number }[], width: number): number {
  lines.forEach((l, i) => {
    put(sheet, i + 1, 1, { value: l.text, style: { bold: l.bold ?? false, size: l.size ?? 11, wrap: true } });
    sheet.merges.push(`A${i + 1}:${address(i + 1, width).replace(/\d+$/, '')}${i + 1}`);
  });
  return lines.length + 2;
}
