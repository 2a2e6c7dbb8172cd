/**
 * What the "Chỉ tiêu" screen shows of a target set, an emulation standards category or the DTI
 * index: the engine's statuses, gaps and counts through the tracking model (the same as `ktd5 track`),
 * shaped for the pane. Needs the documents' data: part of the work chunk, never the start page.
 */
import { type DocumentData, type IndexData, type RawValue, type TargetSetData, type TargetStatusCode } from '../../engine';
import { printedText } from '../../engine/printed-number';
import { findDocument } from '../../rubrics';
import { dtiInputOf, dtiView, type DtiView } from '../../workbook/tracking/dti';
import { targetFloor } from '../../workbook/tracking/charts';
import { thresholdOf } from '../../workbook/tracking/interval';
import { trackingTableOf, trackingView, type GroupCount, type IndicatorView } from '../../workbook/tracking/model';
import { type PaneLang } from '../i18n';

export interface PaneIndicator {
  group: string;
  id: string;
  text: string;
  target: string | null;
  year: string | null;
  /** The result as the document (or the officer) wrote it. */
  result: string | null;
  status: TargetStatusCode;
  label: string;
  /** What is missing to the target, in the target's quantity. */
  gap: number | null;
  /** The gap in the target's unit, in the pane's language ("còn thiếu 5,83 điểm phần trăm"). */
  gapText: string | null;
  quantity: 'percent' | 'number';
}

export type PaneGroup = Omit<GroupCount, 'title'> & { title: string };

export interface PanePillar {
  id: string;
  name: string;
  weight: number;
  value: number | null;
  target: string | null;
  /** The target's lower end as a number (0..1), for the chart. */
  targetValue: number | null;
  status: TargetStatusCode;
  label: string;
  gap: number | null;
  gapText: string | null;
  best: { name: string; value: number } | null;
}

export interface PaneDti {
  subject: string;
  year: string | null;
  total: number | null;
  /** Recomputed from the pillars among the comparison table's provinces. */
  rank: { rank: number; of: number; table: string } | null;
  /** The ranks the document prints. */
  printed: { national: number; regional: number } | null;
  pillars: PanePillar[];
}

export interface TargetsPaneView {
  setId: string;
  title: string;
  kind: 'targets' | 'standards' | 'index';
  category: { id: string; title: string } | null;
  groups: PaneGroup[];
  total: PaneGroup;
  /** The document's own count ("11/17"), when it states one. */
  printedSummary: { metOrExceeded?: string; notMet?: string } | null;
  indicators: PaneIndicator[];
  dti: PaneDti | null;
}

/** Emulation standards by unit category (Kế hoạch 207/KH-UBND, 154/KH-UBND): target sets without printed results. */
export function isStandards(doc: DocumentData): doc is TargetSetData {
  return doc.kind === 'targets' && doc.resultYears.length === 0;
}

/** The unit categories (groups) of a standards document, for the picker. */
export function targetCategories(setId: string, lang: PaneLang): { id: string; title: string }[] {
  const doc = findDocument(setId);
  if (!doc || !isStandards(doc)) return [];
  return doc.groups.map((g) => ({ id: g.id, title: lang === 'en' && g.titleEn ? g.titleEn : g.title }));
}

/** A result as the pane prints it: a number with `lang`'s separators and the document's decimals, a date dd/mm/yyyy. */
function shown(v: RawValue, lang: PaneLang = 'vi'): string | null {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'boolean') return v ? 'Có' : 'Không';
  return printedText(v, lang);
}

function quantityOf(v: IndicatorView): 'percent' | 'number' {
  const t = thresholdOf(v.target ?? undefined, null);
  if (t.kind === 'threshold') return t.threshold.quantity === 'percent' ? 'percent' : 'number';
  return /%/.test(`${v.target ?? ''}${shown(v.result) ?? ''}`) ? 'percent' : 'number';
}

export function indicatorRow(v: IndicatorView, lang: PaneLang = 'vi'): PaneIndicator {
  return { group: v.group, id: v.id, text: v.text, target: v.target, year: v.year, result: shown(v.result, lang), status: v.status, label: v.label, gap: v.gap, gapText: v.gapText, quantity: quantityOf(v) };
}

function dtiPart(doc: IndexData, lang: PaneLang): PaneDti {
  const table = trackingTableOf(doc);
  return paneDtiOf(dtiView(dtiInputOf(doc), table ? trackingView(table, lang) : undefined, lang), doc, lang);
}

/** The DTI as the screen shows it, from the tracking model's view (of the document, or of a filled workbook). */
export function paneDtiOf(view: DtiView, doc: IndexData | undefined, lang: PaneLang): PaneDti {
  const compare = view.rank ? view.tables.find((t) => t.id === view.rank?.table) : undefined;
  const overall = doc?.history?.overall;
  return {
    subject: view.subject,
    year: view.year,
    total: view.total,
    rank: view.rank && compare ? { rank: view.rank.rank, of: view.rank.of, table: compare.title } : null,
    printed: overall ? { national: overall.nationalRank, regional: overall.regionalRank } : null,
    pillars: view.pillars.map((p) => {
      const pillar = doc?.pillars.find((x) => x.id === p.id);
      return {
        id: p.id,
        name: lang === 'en' && pillar?.nameEn ? pillar.nameEn : p.text,
        weight: p.weight,
        value: p.value,
        target: p.target,
        targetValue: targetFloor(p.target ?? undefined),
        status: p.status,
        label: p.label,
        gap: p.gap,
        gapText: p.gapText,
        best: p.best,
      };
    }),
  };
}

/** The screen's view of a built-in target set (with a category for the standards documents). */
export function targetsPaneView(setId: string, category: string | undefined, lang: PaneLang): TargetsPaneView | undefined {
  const doc = findDocument(setId);
  if (!doc || doc.kind === 'rubric') return undefined;
  const standards = isStandards(doc);
  const group = standards ? (doc.groups.find((g) => g.id === category) ?? doc.groups[0]) : undefined;
  const table = trackingTableOf(doc, group ? { groups: [group.id] } : {});
  if (!table) return undefined;
  const view = trackingView(table, lang);
  const titles = new Map((doc.kind === 'targets' ? doc.groups : (doc.indicators?.groups ?? [])).map((g) => [g.id, lang === 'en' && g.titleEn ? g.titleEn : g.title]));
  const retitle = (g: GroupCount): PaneGroup => ({ ...g, title: titles.get(g.id) ?? g.title });
  const printed = view.printedSummary;
  return {
    setId: doc.id,
    title: doc.title,
    kind: doc.kind === 'index' ? 'index' : standards ? 'standards' : 'targets',
    category: group ? { id: group.id, title: titles.get(group.id) ?? group.title } : null,
    groups: view.groups.map(retitle),
    total: view.total,
    printedSummary: printed ? { ...(printed.metOrExceeded ? { metOrExceeded: printed.metOrExceeded } : {}), ...(printed.notMet ? { notMet: printed.notMet } : {}) } : null,
    indicators: view.indicators.map((i) => indicatorRow(i, lang)),
    dti: doc.kind === 'index' ? dtiPart(doc, lang) : null,
  };
}
