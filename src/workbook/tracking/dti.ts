/**
 * The DTI part of the tracking: the province's pillars (printed year and the year being filled in)
 * against the plan's targets and the best province of the table, the total from the pillars, the
 * ranks among the table's provinces, and the Phụ lục II indicators not yet at their target.
 */
import { dtiTotal, rankByTotal, readIndexValue, roundTo, DTI_PRINT_TOLERANCE, type IndexData, type IndexTableData, type Lang } from '../../engine';
import { readResult } from './interval';
import { documentTargetYear, evaluateIndicator, trackingYears, type IndicatorView, type TrackingTable, type TrackingView } from './model';

export interface TableRow {
  name: string;
  printedRank: number | null;
  printedTotal: number | null;
  pillars: number[];
}

export interface DtiTable {
  id: string;
  title: string;
  /** The table's name in a sentence ("khu vực Đồng bằng sông Cửu Long"), when the document gives one. */
  name?: string;
  rows: TableRow[];
}

export interface DtiInput {
  subject: string;
  scale: number;
  weights: number[];
  /** One group, one indicator per pillar (id = pillar id, target = the plan's phrase). */
  pillars: TrackingTable;
  tables: DtiTable[];
}

export interface RankedRow extends TableRow {
  computedTotal: number;
  computedRank: number;
  matchesPrinted: boolean | null;
}

export interface PillarView extends IndicatorView {
  weight: number;
  value: number | null;
  best: { name: string; value: number } | null;
}

export interface DtiView {
  subject: string;
  year: string | null;
  total: number | null;
  pillars: PillarView[];
  tables: { id: string; title: string; rows: RankedRow[] }[];
  /** The subject's rank by its evaluated total among the other rows of the comparison table (table: its id; place: its name in words). */
  rank: { table: string; place: string; rank: number; of: number } | null;
  notReached: IndicatorView[];
  unassessed: number;
}

/** The DTI input of the built-in index document: the subject's printed pillars and the tables. */
export function dtiInputOf(doc: IndexData, nextYear?: string): DtiInput {
  const years = trackingYears([doc.year], nextYear);
  const printed = doc.history?.rows;
  const subjectRow = doc.tables.flatMap((t) => t.rows).find((r) => r.name === doc.subject);
  return {
    subject: doc.subject,
    scale: doc.scale,
    weights: doc.pillars.map((p) => p.weight),
    pillars: {
      setId: doc.id,
      title: doc.title,
      targetLabel: 'Mục tiêu trụ cột',
      years,
      ...(documentTargetYear(doc) ? { targetYear: documentTargetYear(doc) as string } : {}),
      groups: [
        {
          id: 'tru-cot',
          row: '',
          title: 'Trụ cột DTI',
          indicators: doc.pillars.map((p, i) => {
            const score = printed?.find((h) => h.pillar === p.id)?.score ?? subjectRow?.pillars[i];
            return {
              id: p.id,
              row: String(i + 1),
              text: p.name,
              ...(p.target ? { target: p.target } : {}),
              values: Object.fromEntries(years.map((y) => [y, y === doc.year ? (score ?? null) : null])),
              // The score and the target as the plan prints them, beside our numbers ("Theo văn bản").
              asPrinted: { ...(score ? { results: { [doc.year]: score } } : {}), ...(p.targetQuote ? { target: p.targetQuote } : {}) },
            };
          }),
        },
      ],
    },
    tables: doc.tables.map((t: IndexTableData) => ({
      id: t.id,
      title: t.title,
      ...(t.name ? { name: t.name } : {}),
      rows: t.rows.map((r) => ({ name: r.name, printedRank: r.rank, printedTotal: readIndexValue(r.total), pillars: r.pillars.map(readIndexValue) })),
    })),
  };
}

export function rankTable(t: DtiTable, weights: number[], scale: number): RankedRow[] {
  const rows = t.rows.map((r) => ({ ...r, computedTotal: dtiTotal(r.pillars, weights, scale) }));
  return rankByTotal(rows, (r) => roundTo(r.computedTotal, 4)).map(({ item, rank }) => ({
    ...item,
    computedRank: rank,
    matchesPrinted: item.printedTotal === null ? null : Math.abs(item.computedTotal - item.printedTotal) <= DTI_PRINT_TOLERANCE + 1e-12,
  }));
}

/** The table to compare the subject with: the largest one it appears in. */
export function comparisonTable(input: DtiInput): DtiTable | undefined {
  return [...input.tables].filter((t) => t.rows.some((r) => r.name === input.subject)).sort((a, b) => b.rows.length - a.rows.length)[0] ?? input.tables[0];
}

export function dtiView(input: DtiInput, indicators: TrackingView | undefined, lang: Lang = 'vi'): DtiView {
  const group = input.pillars.groups[0];
  const compare = comparisonTable(input);
  const pillars: PillarView[] = (group?.indicators ?? []).map((p, i) => {
    const view = evaluateIndicator(input.pillars, group?.id ?? '', p, lang);
    const read = view.year ? readResult(p.values[view.year], 'percent') : { kind: 'missing' as const };
    const value = read.kind === 'interval' && read.interval.lo === read.interval.hi ? read.interval.lo : null;
    const best = compare?.rows.reduce<{ name: string; value: number } | null>((acc, r) => {
      const v = r.pillars[i];
      return v !== undefined && (!acc || v > acc.value) ? { name: r.name, value: v } : acc;
    }, null);
    return { ...view, weight: input.weights[i] ?? 0, value, best: best ?? null };
  });
  const values = pillars.map((p) => p.value);
  const complete = values.length === input.weights.length && values.every((v): v is number => v !== null);
  const total = complete ? dtiTotal(values as number[], input.weights, input.scale) : null;
  let rank: DtiView['rank'] = null;
  if (total !== null && compare) {
    const others = compare.rows.filter((r) => r.name !== input.subject).map((r) => roundTo(dtiTotal(r.pillars, input.weights, input.scale), 4));
    rank = { table: compare.id, place: compare.name ?? compare.title, rank: 1 + others.filter((o) => o > roundTo(total, 4)).length, of: others.length + 1 };
  }
  const all = indicators?.indicators ?? [];
  return {
    subject: input.subject,
    year: pillars.find((p) => p.year)?.year ?? null,
    total,
    pillars,
    tables: input.tables.map((t) => ({ id: t.id, title: t.title, rows: rankTable(t, input.weights, input.scale) })),
    rank,
    notReached: all.filter((v) => v.status === 'chua-dat'),
    unassessed: all.filter((v) => v.status === 'unknown').length,
  };
}
