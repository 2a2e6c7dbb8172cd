/**
 * Numbers in tracking cells as numbers with number formats, so Excel and LibreOffice print them with
 * the reader's own separators ("0,8917", "75,35%" in Vietnamese): the documents' numeric texts
 * ("0.8917", "75.35%") become numbers with the document's decimals; gaps carry their unit in words.
 */
import { gapAffixes, parsePhrase, readPrintedNumber, type Gap, type GapMeasure, type RawValue } from '../../engine';
import { type CellSpec } from '../spec';

/** "0.0000", "0.00%", "#,##0": the document's precision as a number format. */
export function numberFormatOf(percent: boolean, decimals: number): string {
  const fraction = decimals > 0 ? `.${'0'.repeat(decimals)}` : '';
  return percent ? `0${fraction}%` : `#,##0${fraction}`;
}

/** A printed result as a cell: a number with its format when the text is one number, else the text itself. */
export function printedResultCell(v: RawValue): Pick<CellSpec, 'value'> & { numFmt?: string } {
  if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) return { value: null };
  if (v instanceof Date) return { value: v.toISOString().slice(0, 10) };
  if (typeof v === 'boolean') return { value: v };
  const p = readPrintedNumber(v);
  // Above 100 % a bare number would read back as percent points ("1,2" as 1,2 %): keep the text.
  if (!p || (p.percent && p.value > 1)) return { value: v };
  return { value: p.value, numFmt: numberFormatOf(p.percent, p.decimals) };
}

/** A result against a percent target: a fraction shown as a percent, else as printedResultCell does. */
export function resultCellFor(v: RawValue, target: string | null | undefined): Pick<CellSpec, 'value'> & { numFmt?: string } {
  const cell = printedResultCell(v);
  const parsed = target ? parsePhrase(target) : undefined;
  const percentTarget = parsed?.ok && parsed.condition.kind === 'range' && parsed.condition.quantity === 'percent';
  if (percentTarget && typeof cell.value === 'number' && !cell.numFmt?.endsWith('%') && cell.value >= 0 && cell.value <= 1) {
    const p = readPrintedNumber(cell.value);
    return { value: cell.value, numFmt: numberFormatOf(true, Math.max(0, (p?.decimals ?? 2) - 2)) };
  }
  return cell;
}

/** Whether a target compares with the previous result ("Duy trì"): its printed results stay as printed, they are its threshold. */
export function comparesWithPrevious(target: string | undefined): boolean {
  const parsed = target ? parsePhrase(target) : undefined;
  return !!parsed?.ok && parsed.condition.kind === 'relative';
}

const literal = (text: string): string => (text ? `"${text.replace(/"/g, "'")}"` : '');

/**
 * The format of a gap cell: the number between its words, `"còn thiếu "General" điểm phần trăm"`
 * (with "Mục tiêu 2023: " before it when the target is a later year's). Zero and text show as they are.
 */
export function gapNumberFormat(gap: Pick<Gap, 'unit' | 'word' | 'of'> | GapMeasure, targetYear?: string): string {
  const { before, after } = gapAffixes(gap, 'vi', targetYear);
  return `${literal(before)}General${literal(after)};-General;General;@`;
}
