/**
 * Last year's results from a consolidation KTD5 wrote: its ranking sheet, found by its header texts
 * (Vietnamese or English), read as rank, unit and total. Units are matched by identity.
 */
import { fold, printableName, unitIdentity } from '../../engine';
import { cellAt, cellText, plainValue, type SheetGrid, type WorkbookGrid } from '../grid';
import { en } from '../messages/en';
import { vi } from '../messages/vi';

export interface PreviousResult {
  unit: string;
  total: number;
  rank: number | null;
}

export interface PreviousYear {
  sheet: string;
  units: Map<string, PreviousResult>;
}

function headerOf(sheet: SheetGrid): { row: number; rank: number; unit: number; total: number } | undefined {
  for (const texts of [vi, en]) {
    for (let r = 1; r <= Math.min(sheet.rows.length, 30); r++) {
      const row = (sheet.rows[r - 1] ?? []).map((c) => fold(cellText(c)));
      const rank = row.indexOf(fold(texts.labels.rank));
      const unit = row.indexOf(fold(texts.labels.unit));
      const total = row.findIndex((h) => h.startsWith(fold(texts.labels.total)));
      if (rank >= 0 && unit >= 0 && total >= 0) return { row: r, rank: rank + 1, unit: unit + 1, total: total + 1 };
    }
  }
  return undefined;
}

/** The ranking of a KTD5 consolidation, or undefined when the workbook has none. */
export function readPreviousYear(grid: WorkbookGrid): PreviousYear | undefined {
  const names = new Set([vi.sheets.ranking, en.sheets.ranking]);
  const sheets = [...grid.sheets].sort((a, b) => Number(names.has(b.name)) - Number(names.has(a.name)));
  for (const sheet of sheets) {
    const h = headerOf(sheet);
    if (!h) continue;
    const units = new Map<string, PreviousResult>();
    for (let r = h.row + 1; r <= sheet.rows.length; r++) {
      const unit = printableName(cellText(cellAt(sheet, r, h.unit)));
      const total = plainValue(cellAt(sheet, r, h.total));
      const rank = plainValue(cellAt(sheet, r, h.rank));
      if (!unit || typeof total !== 'number') continue;
      units.set(unitIdentity(unit), { unit, total, rank: typeof rank === 'number' ? rank : null });
    }
    return { sheet: sheet.name, units };
  }
  return undefined;
}
