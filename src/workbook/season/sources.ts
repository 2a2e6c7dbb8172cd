/** Reads back the "Nguồn dữ liệu" sheet of a sealed consolidation (for `ktd5 verify`). */
import { fold } from '../../engine';
import { cellAt, cellText, type WorkbookGrid } from '../grid';
import { SOURCES_HEADERS, SOURCES_SHEET, SOURCE_KINDS } from './contract';
import { type SourceFile } from './sheets';

export function readSources(grid: WorkbookGrid): SourceFile[] | undefined {
  const sheet = grid.sheets.find((s) => s.name === SOURCES_SHEET);
  if (!sheet) return undefined;
  const folded = SOURCES_HEADERS.map((h) => fold(h));
  for (let r = 1; r <= Math.min(sheet.rows.length, 20); r++) {
    const texts = (sheet.rows[r - 1] ?? []).map((c) => fold(cellText(c)));
    const cols = folded.map((h) => texts.indexOf(h) + 1);
    if (cols.some((c) => c === 0)) continue;
    const [file, unit, hash, kind] = cols as [number, number, number, number];
    const out: SourceFile[] = [];
    for (let row = r + 1; row <= sheet.rows.length; row++) {
      const name = cellText(cellAt(sheet, row, file));
      const sha256 = cellText(cellAt(sheet, row, hash)).toLowerCase();
      if (!name || !/^[0-9a-f]{64}$/.test(sha256)) continue;
      out.push({ file: name, unit: cellText(cellAt(sheet, row, unit)), sha256, kind: cellText(cellAt(sheet, row, kind)) === SOURCE_KINDS.appraisal ? 'appraisal' : 'member' });
    }
    return out;
  }
  return [];
}
