/**
 * The "Theo văn bản" cell of a tracking row: the document's own printed text where our cells do not
 * show it as printed, so a reader can check our number against the paper. A printed result the sheet
 * holds as a number is given when its look depends on the reader's separators ("0.8917" shows
 * "0,8917" in a Vietnamese profile, "57,0%" shows "57.0%" in an English one); a printed target
 * sentence when it says more than the row's "Mục tiêu" and "Chỉ tiêu" cells ("100% cơ sở dữ liệu dùng
 * chung và 80% …" against the target 80%). Values the user typed never come here: only a document's.
 */
import { fold } from '../../engine';
import { TRACK_HEADERS } from './contract';
import { type TrackedIndicator } from './model';
import { comparesWithPrevious, printedResultCell } from './number-cells';

/** A sentence as compared: folded, spaces collapsed, closing punctuation and quotes dropped. */
const plain = (t: string): string =>
  fold(t)
    .replace(/[“”"«»]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s.;:,]+$/, '')
    .trim();

/** The printed target sentence, when the row's target and text do not already read as it. */
function targetLine(i: TrackedIndicator): string | undefined {
  const quote = i.asPrinted?.target?.trim();
  if (!quote) return undefined;
  const q = plain(quote);
  const shown = [plain(i.text), plain(`${i.target ?? ''} ${i.text}`)];
  return shown.includes(q) ? undefined : quote;
}

/** A printed result held as a number whose printed separators a reader's profile may show otherwise. */
function resultShownOtherwise(printed: string, target: string | undefined): boolean {
  if (comparesWithPrevious(target)) return false;
  return typeof printedResultCell(printed).value === 'number' && /\d[.,]\d/.test(printed);
}

/** The cell's text (lines: "2022: 0.8917" per printed year, then the target sentence), or null. */
export function asPrintedText(i: TrackedIndicator, printedYears: readonly string[]): string | null {
  const results = printedYears.flatMap((y) => {
    const printed = i.asPrinted?.results?.[y];
    return printed && resultShownOtherwise(printed, i.target) ? [[y, printed] as const] : [];
  });
  const target = targetLine(i);
  const labelled = printedYears.length > 1 || (target !== undefined && results.length > 0);
  const lines = [...results.map(([y, printed]) => (labelled ? `${y}: ${printed}` : printed)), ...(target ? [results.length > 0 ? `${TRACK_HEADERS.target}: “${target}”` : target] : [])];
  return lines.length > 0 ? lines.join('\n') : null;
}
