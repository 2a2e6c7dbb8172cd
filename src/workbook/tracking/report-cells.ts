/** Cells shared by the report's sheets (report-layout.ts, report-dti.ts): results and gaps as numbers with their formats. */
import { type RawValue, type TargetStatusCode } from '../../engine';
import { type Column } from '../layouts/columns';
import { type CellStyle, type CellValue, type ColourName } from '../spec';
import { type IndicatorView } from './model';
import { gapNumberFormat, resultCellFor } from './number-cells';

/** Words added to a table's title on the pages it continues on. */
export const CONTINUED = ' (tiếp theo)';

export const REPORT_CELL: CellStyle = { border: true, vertical: 'top', wrap: true };

export const colourOf = (s: TargetStatusCode): ColourName => (s === 'vuot' || s === 'dat' ? 'full' : s === 'chua-dat' ? 'zero' : 'missing');

export interface NumberCell {
  value: CellValue;
  numFmt?: string;
}

/** A result as a cell: numbers (also the documents' numeric texts) as numbers with their format. */
export function resultCell(v: RawValue, target: string | null): NumberCell {
  if (typeof v === 'boolean') return { value: v ? 'Có' : 'Không' };
  const c = resultCellFor(v, target);
  return { value: typeof c.value === 'boolean' ? null : (c.value ?? null), ...(c.numFmt ? { numFmt: c.numFmt } : {}) };
}

/** A gap as a number in its unit, the unit in words by the number format ("còn thiếu 5,83 điểm phần trăm"). */
export function gapCell(i: Pick<IndicatorView, 'gapInUnit' | 'targetYear'>): NumberCell {
  return i.gapInUnit ? { value: i.gapInUnit.amount, numFmt: gapNumberFormat(i.gapInUnit, i.targetYear ?? undefined) } : { value: null };
}

/** A column whose cell is a number with its own format (a result, a gap). */
export function numberColumn<R>(header: string, width: number, cell: (row: R) => NumberCell): Column<R> {
  return { header, width, value: (r) => cell(r).value, style: (r) => numFmtOf(cell(r).numFmt) };
}

/** A number format as a style, or nothing. */
export function numFmtOf(numFmt: string | undefined): CellStyle | undefined {
  return numFmt ? { numFmt } : undefined;
}

/** A plain column of text or numbers. */
export function textColumn<R>(header: string, width: number, value: (row: R) => CellValue, style?: Column<R>['style']): Column<R> {
  return { header, width, value, ...(style ? { style } : {}) };
}
