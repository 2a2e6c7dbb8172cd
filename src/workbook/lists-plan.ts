/**
 * Dropdown lists live on a hidden sheet in every host (items may hold commas, and inline lists stop
 * at 255 characters): one column per distinct list, shared by every validation that uses it.
 */
import { columnLetter } from './a1';
import { type SheetSpec } from './spec';

export const LISTS_SHEET = '_DanhMuc';

export interface ListsPlan {
  columns: string[][];
  /** The absolute reference of a list's column, e.g. `'_DanhMuc'!$A$1:$A$3`. */
  rangeOf(items: string[]): string;
}

export function planLists(specs: SheetSpec[]): ListsPlan {
  const ranges = new Map<string, string>();
  const columns: string[][] = [];
  for (const items of specs.flatMap((s) => s.validations.flatMap((v) => (v.items ? [v.items] : [])))) {
    const key = JSON.stringify(items);
    if (ranges.has(key)) continue;
    columns.push(items);
    const letter = columnLetter(columns.length);
    ranges.set(key, `'${LISTS_SHEET}'!$${letter}$1:$${letter}$${items.length}`);
  }
  return { columns, rangeOf: (items) => ranges.get(JSON.stringify(items)) ?? '' };
}
