/**
 * Ranking: competition ranking (1, 2, 2, 4) on totals, descending. Ties are flagged, never broken;
 * the award goes to the single top unit, or the tie is handed to the Khối to decide.
 */
import { nearlyEqual } from './numbers';

export interface Ranked<T> {
  item: T;
  total: number;
  rank: number;
  /** Another unit has the same total. */
  tie: boolean;
}

export type Proposal<T> = { kind: 'unit'; item: T } | { kind: 'tie'; items: T[] } | { kind: 'none' };

/** Competition ranks of `items` by `total`, highest first; equal totals (within floating error) share a rank. */
export function rankByTotal<T>(items: readonly T[], total: (item: T) => number): Ranked<T>[] {
  const sorted = items.map((item) => ({ item, total: total(item) })).sort((a, b) => b.total - a.total);
  const ranked: Ranked<T>[] = [];
  sorted.forEach((entry, index) => {
    const previous = ranked[index - 1];
    const rank = previous && nearlyEqual(previous.total, entry.total) ? previous.rank : index + 1;
    ranked.push({ ...entry, rank, tie: false });
  });
  for (const r of ranked) r.tie = ranked.some((o) => o !== r && o.rank === r.rank);
  return ranked;
}

/** Competition rank of one value within a list (Excel's RANK, descending, ties share the best rank). */
export function rankOf(value: number, values: readonly number[]): number {
  return 1 + values.filter((v) => v > value && !nearlyEqual(v, value)).length;
}

/** The unit proposed for the award: the single top unit, or every unit tied at the top. */
export function proposeTop<T>(ranked: readonly Ranked<T>[]): Proposal<T> {
  const top = ranked.filter((r) => r.rank === 1);
  if (top.length === 0) return { kind: 'none' };
  if (top.length === 1) return { kind: 'unit', item: (top[0] as Ranked<T>).item };
  return { kind: 'tie', items: top.map((r) => r.item) };
}
