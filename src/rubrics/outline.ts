/**
 * A document as a flat outline in its own order: the shape `ktd5 show --json` prints and the task
 * pane lists. Criteria carry max and bands; indicators carry their target and results.
 */
import { type DocumentData, type IndicatorGroupData } from '../engine';

export interface OutlineItem {
  id: string;
  text: string;
  /** The section or group the item belongs to. */
  group: string;
  row: string;
  max?: number;
  bands?: { text: string; points: number }[];
  manual?: boolean;
  target?: string;
  results?: Record<string, string | null>;
  status?: string;
  lead?: string;
}

export interface Outline {
  id: string;
  kind: DocumentData['kind'];
  title: string;
  source: DocumentData['source'];
  total?: number;
  groups: { id: string; title: string; points?: number }[];
  items: OutlineItem[];
  pillars?: { id: string; name: string; weight: number; target?: string }[];
}

function indicatorItems(groups: IndicatorGroupData[]): OutlineItem[] {
  return groups.flatMap((g) =>
    g.indicators.map((i) => ({
      id: i.id,
      text: i.text,
      group: g.id,
      row: i.row,
      ...(i.target !== undefined ? { target: i.target } : {}),
      ...(i.results ? { results: i.results } : {}),
      ...(i.status !== undefined ? { status: i.status } : {}),
      ...(i.lead !== undefined ? { lead: i.lead } : {}),
    })),
  );
}

export function outlineOf(doc: DocumentData): Outline {
  const base = { id: doc.id, kind: doc.kind, title: doc.title, source: doc.source };
  switch (doc.kind) {
    case 'rubric':
      return {
        ...base,
        total: doc.total,
        groups: doc.sections.map((s) => ({ id: s.id, title: s.title, points: s.points })),
        items: doc.sections.flatMap((s) =>
          s.criteria.map((c) => ({
            id: c.id,
            text: c.text,
            group: s.id,
            row: c.row,
            max: c.max,
            ...(c.bands ? { bands: c.bands.map((b) => ({ text: b.text, points: b.points })) } : { manual: true }),
          })),
        ),
      };
    case 'targets':
      return { ...base, groups: doc.groups.map((g) => ({ id: g.id, title: g.title })), items: indicatorItems(doc.groups) };
    case 'index':
      return {
        ...base,
        groups: (doc.indicators?.groups ?? []).map((g) => ({ id: g.id, title: g.title })),
        items: indicatorItems(doc.indicators?.groups ?? []),
        pillars: doc.pillars.map((p) => ({ id: p.id, name: p.name, weight: p.weight, ...(p.target ? { target: p.target } : {}) })),
      };
  }
}
