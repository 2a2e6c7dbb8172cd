/**
 * The DTI index: the weighted total of the 8 pillar indices (each 0..1) with the weights of
 * 922/QĐ-BTTTT for provinces, of 1000 points. Ranks within a table and each pillar against the
 * plan's targets (a share of the pillar's points).
 */
import { type IndexData, type IndexTableData } from './schema';
import { parseVietnameseNumber, roundTo } from './numbers';
import { rankByTotal } from './rank';
import { evaluateTarget, type TargetEvaluation } from './status';

/** Σ weight × pillar / scale; pillars in the index's pillar order. */
export function dtiTotal(pillars: readonly number[], weights: readonly number[], scale: number): number {
  if (pillars.length !== weights.length) throw new RangeError(`expected ${weights.length} pillar values, got ${pillars.length}`);
  return pillars.reduce((acc, p, i) => acc + p * (weights[i] as number), 0) / scale;
}

/** Reads a printed index value ("0.8002", OCR's "1,0000"). */
export function readIndexValue(text: string): number {
  const n = parseVietnameseNumber(text.replace(/\s/g, ''), true);
  if (n === undefined) throw new RangeError(`not an index value: ${text}`);
  return n;
}

export interface TableRowCheck {
  name: string;
  printedRank: number;
  printedTotal: number;
  computedTotal: number;
  /** Rank among the rows of this table by the computed total (competition ranking). */
  computedRank: number;
  /** The computed total rounds to the printed one at 4 decimals. */
  roundsExactly: boolean;
  /**
   * The printed total is consistent with the printed pillars: they are themselves rounded to 4
   * decimals, so the weighted sum carries up to ±0.00005 and the printed total another ±0.00005.
   */
  totalMatches: boolean;
}

/** Rounding slack of a total computed from 4-decimal pillars and printed at 4 decimals. */
export const DTI_PRINT_TOLERANCE = 1e-4;

/** Recomputes every row of a printed table: totals from the pillars, and ranks among the rows. */
export function checkTable(index: IndexData, table: IndexTableData): TableRowCheck[] {
  const weights = index.pillars.map((p) => p.weight);
  const rows = table.rows.map((row) => {
    const computedTotal = dtiTotal(row.pillars.map(readIndexValue), weights, index.scale);
    const printedTotal = readIndexValue(row.total);
    return { row, computedTotal, printedTotal };
  });
  const ranked = rankByTotal(rows, (r) => roundTo(r.computedTotal, 4));
  return ranked.map(({ item, rank }) => ({
    name: item.row.name,
    printedRank: item.row.rank,
    printedTotal: item.printedTotal,
    computedTotal: item.computedTotal,
    computedRank: rank,
    roundsExactly: roundTo(item.computedTotal, 4) === roundTo(item.printedTotal, 4),
    totalMatches: Math.abs(item.computedTotal - item.printedTotal) <= DTI_PRINT_TOLERANCE + 1e-12,
  }));
}

export interface PillarCheck {
  id: string;
  name: string;
  value: number;
  target?: string;
  evaluation?: TargetEvaluation;
}

/** Each pillar of one province against the plan's pillar targets ("Từ 95% trở lên" of the pillar's points). */
export function checkPillars(index: IndexData, values: readonly number[]): PillarCheck[] {
  return index.pillars.map((p, i) => {
    const value = values[i] as number;
    const base = { id: p.id, name: p.name, value };
    return p.target ? { ...base, target: p.target, evaluation: evaluateTarget(p.target, value) } : base;
  });
}
