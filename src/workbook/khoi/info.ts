/**
 * The Khối and period a consolidation is titled with: as given, else what most members wrote. A
 * module of its own, free of layouts and readers, because the pane's start page needs it.
 */
import { type ScoredUnit } from './score-files';

export interface ConsolidationInfo {
  khoi: string;
  period: string;
}

/** The most common non-empty value, the first seen on a tie; '' when there is none. */
export function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values.filter(Boolean)) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

/** The title's Khối and period: as given (--khoi, --ky), else the most common the members wrote (in `units`' order on a tie). */
export function consolidationInfo(units: readonly ScoredUnit[], given: Partial<ConsolidationInfo> = {}): ConsolidationInfo {
  return { khoi: given.khoi ?? mostCommon(units.map((u) => u.unit.khoi)), period: given.period ?? mostCommon(units.map((u) => u.unit.period)) };
}
