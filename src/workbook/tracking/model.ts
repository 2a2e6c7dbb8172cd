/**
 * The province's tracking as data: a target set's indicators by group, with the years' results, and
 * their evaluation by the engine. Pure: the `targets`/`track` verbs, the tracking sheet reader and the
 * task pane ("Chỉ tiêu" screen: see trackingView) all go through here.
 */
import { citeSource, evaluateTarget, formatGap, gapAffixes, gapInUnit, isBlank, STATUS_LABELS, targetYearOf, statusFromText, type DocumentData, type Gap, type IndicatorData, type Lang, type RawValue, type TargetStatusCode } from '../../engine';
import { isMeasurable } from './interval';

export interface TrackedIndicator {
  id: string;
  row: string;
  text: string;
  target?: string;
  /** Results by year, in the table's year order; the last year is the one the officer fills in. */
  values: Record<string, RawValue>;
  /** The status the officer chose, for targets the engine cannot measure ("Nhân rộng"…). */
  manualStatus?: string;
  printedStatus?: string;
  plans?: Record<string, string | null>;
  lead?: string;
  partners?: string[];
  note?: string;
  /** The document's own printed texts (set only from a document, never from a typed cell): see as-printed.ts. */
  asPrinted?: AsPrinted;
}

/** What the document prints for a row: its results by year ("0.8917", "57,0%") and its target sentence. */
export interface AsPrinted {
  results?: Record<string, string>;
  target?: string;
}

/**
 * What the "Mã" column shows: the document's own number ("1", "I.1"; a pillar's place). Our slugs
 * ("so-ban-nganh.1", "nhan-thuc") are keys, never shown; the reader maps the number back.
 */
export function shownCode(i: Pick<TrackedIndicator, 'id' | 'row'>): string {
  return /[a-z]/.test(i.id) && i.row ? i.row : i.id;
}

/**
 * A document note split in two: what the reader of the sheet needs, and the data-entry remark
 * ("[Nhập liệu: …]", how a blurred scan was read) that belongs in a cell note, not in a column.
 */
export function splitEntryNote(note: string | undefined): { text: string; entry: string } {
  if (!note) return { text: '', entry: '' };
  const entries: string[] = [];
  const text = note
    .replace(/\s*(?:—\s*)?\[Nhập liệu:\s*((?:[^[\]]|\[[^\]]*\])*)\]/g, (_m, inner: string) => {
      entries.push(inner.trim());
      return '';
    })
    .replace(/\s*—\s*$/, '')
    .trim();
  return { text, entry: entries.length ? `Nhập liệu: ${entries.join(' ')}` : '' };
}

export interface TrackedGroup {
  id: string;
  row: string;
  title: string;
  indicators: TrackedIndicator[];
}

export interface TrackingTable {
  setId: string;
  title: string;
  targetLabel: string;
  /** Printed years, then the next year (input). */
  years: string[];
  groups: TrackedGroup[];
  /** The document's own count, when it states one ("11/17"). */
  printedSummary?: Record<string, string>;
  source?: string;
  /** The year the targets are set for, when later than the printed results ("Phấn đấu năm 2023"). */
  targetYear?: string;
}

export interface IndicatorView {
  group: string;
  id: string;
  /** What a sheet shows for it: the document's own number (see shownCode). */
  code: string;
  text: string;
  target: string | null;
  /** The year evaluated: the next year when filled in, else the last printed year. */
  year: string | null;
  result: RawValue;
  status: TargetStatusCode;
  label: string;
  /** How the status was reached: the engine, or the officer's judgement for a qualitative target. */
  basis: 'engine' | 'manual' | 'none';
  gap: number | null;
  /** The gap in the target's unit ("còn thiếu 5,83 điểm phần trăm"), or null when met or unmeasured. */
  gapText: string | null;
  gapInUnit: Gap | null;
  /** Set when the result is of a year before the target's: the gap is to that later target, not a failure. */
  targetYear: string | null;
  printedStatus: string | null;
  lead: string | null;
  partners: string[];
  problem: string | null;
}

export interface GroupCount {
  id: string;
  title: string;
  total: number;
  vuot: number;
  dat: number;
  chuaDat: number;
  unknown: number;
  /** Met or exceeded. */
  met: number;
}

export interface TrackingView {
  setId: string;
  title: string;
  indicators: IndicatorView[];
  groups: GroupCount[];
  total: GroupCount;
  printedSummary: Record<string, string> | null;
}

/** The years of a target set's table: the printed years and the one after. */
export function trackingYears(resultYears: readonly string[], next?: string): string[] {
  const last = resultYears.at(-1);
  const following = next ?? (last && /^\d{4}$/.test(last) ? String(Number(last) + 1) : String(new Date().getFullYear()));
  return [...resultYears.filter((y) => y !== following), following];
}

function indicatorOf(i: IndicatorData, years: string[]): TrackedIndicator {
  const printed = Object.entries(i.results ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].trim() !== '');
  const asPrinted: AsPrinted = { ...(printed.length ? { results: Object.fromEntries(printed) } : {}), ...(i.quote ? { target: i.quote } : {}) };
  return {
    id: i.id,
    row: i.row,
    text: i.text,
    ...(i.target !== undefined ? { target: i.target } : {}),
    values: Object.fromEntries(years.map((y) => [y, i.results?.[y] ?? null])),
    ...(i.status ? { printedStatus: i.status } : {}),
    ...(i.plans ? { plans: i.plans } : {}),
    ...(i.lead ? { lead: i.lead } : {}),
    ...(i.partners ? { partners: i.partners } : {}),
    ...(i.note ? { note: i.note } : {}),
    ...(asPrinted.results || asPrinted.target ? { asPrinted } : {}),
  };
}

/** The year a document's targets are set for, when its target label names one (the DTI plan's 2023). */
export function documentTargetYear(doc: DocumentData | undefined): string | undefined {
  if (!doc) return undefined;
  return targetYearOf(doc.kind === 'targets' ? doc.targetLabel : doc.kind === 'index' ? doc.indicators?.targetLabel : undefined);
}

/** Whether a result of `year` is measured against a later year's target. */
export function towardsLaterTarget(year: string | null | undefined, targetYear: string | undefined): targetYear is string {
  return !!year && !!targetYear && /^\d{4}$/.test(year) && Number(year) < Number(targetYear);
}

/** The tracking table of a built-in document, prefilled with the results it prints. */
export function trackingTableOf(doc: DocumentData, options: { nextYear?: string; groups?: string[] } = {}): TrackingTable | undefined {
  const fields = doc.kind === 'targets' ? doc : doc.kind === 'index' ? doc.indicators : undefined;
  if (!fields) return undefined;
  const years = trackingYears(fields.resultYears, options.nextYear);
  const groups = fields.groups.filter((g) => !options.groups || options.groups.includes(g.id));
  return {
    setId: doc.id,
    title: doc.title,
    targetLabel: fields.targetLabel,
    years,
    groups: groups.map((g) => ({ id: g.id, row: g.row, title: g.title, indicators: g.indicators.map((i) => indicatorOf(i, years)) })),
    ...(doc.kind === 'targets' && doc.summary ? { printedSummary: doc.summary } : {}),
    source: citeSource(doc.source),
    ...(documentTargetYear(doc) ? { targetYear: documentTargetYear(doc) as string } : {}),
  };
}

/** Which year is evaluated, and against which previous result (the sheet's formulas do the same). */
export function evaluatedYear(years: readonly string[], values: Record<string, RawValue>): { year?: string; previous?: string } {
  const n = years.length;
  const last = years[n - 1];
  if (last !== undefined && !isBlank(values[last])) return { year: last, ...(n > 1 ? { previous: years[n - 2] } : {}) };
  if (n < 2) return {};
  return { year: years[n - 2], ...(n > 2 ? { previous: years[n - 3] } : {}) };
}

/** The last printed result of a row: its form sets the unit of the row's gap. */
export function rowForm(table: TrackingTable, i: TrackedIndicator): RawValue {
  const lastPrinted = table.years.at(-2);
  return lastPrinted ? (i.values[lastPrinted] ?? null) : null;
}

export function evaluateIndicator(table: TrackingTable, group: string, i: TrackedIndicator, lang: Lang): IndicatorView {
  const { year, previous } = evaluatedYear(table.years, i.values);
  const result = year ? i.values[year] : null;
  // Only a printed year's result (not the one being filled in) is measured against the later target.
  const later = year !== table.years.at(-1) && towardsLaterTarget(year, table.targetYear) ? (table.targetYear as string) : undefined;
  const base = { group, id: i.id, code: shownCode(i), text: i.text, target: i.target ?? null, year: year ?? null, result: result ?? null, targetYear: later ?? null, printedStatus: i.printedStatus ?? null, lead: i.lead ?? null, partners: i.partners ?? [] };
  if (!isMeasurable(i.target)) {
    const manual = i.manualStatus ? statusFromText(i.manualStatus) : undefined;
    const status = manual ?? 'unknown';
    return { ...base, status, label: STATUS_LABELS[lang][status], basis: manual ? 'manual' : 'none', gap: null, gapText: null, gapInUnit: null, problem: null };
  }
  const e = evaluateTarget(i.target, result ?? null, previous ? i.values[previous] : undefined);
  const error = e.issues.find((x) => x.severity === 'error');
  // The row's unit comes from its printed result ("1/3 cuộc": meetings), as the sheet's gap column says it.
  const form = rowForm(table, i);
  const shape = isBlank(form) ? (result ?? null) : form;
  // A "Duy trì" row's unit is its printed result's, the threshold of the year filled in.
  const gap = gapInUnit(i.target, shape, e.shortfall, shape);
  const gapText = gap ? formatGap(gap, lang, later) : null;
  // Short of a later year's target is the way still to go, not a failure of that year.
  const label = later && e.status === 'chua-dat' ? (gapText ?? gapAffixes({ unit: 'number' }, lang, later).before.trim()) : STATUS_LABELS[lang][e.status];
  return {
    ...base,
    status: e.status,
    label,
    basis: 'engine',
    gap: e.shortfall ?? null,
    gapText,
    gapInUnit: gap ?? null,
    problem: error ? error.code : null,
  };
}

function count(id: string, title: string, views: IndicatorView[]): GroupCount {
  const by = (s: TargetStatusCode) => views.filter((v) => v.status === s).length;
  const vuot = by('vuot');
  const dat = by('dat');
  return { id, title, total: views.length, vuot, dat, chuaDat: by('chua-dat'), unknown: by('unknown'), met: vuot + dat };
}

/** Statuses and counts per group: what `ktd5 track` reports and the task pane shows. */
export function trackingView(table: TrackingTable, lang: Lang = 'vi'): TrackingView {
  const indicators = table.groups.flatMap((g) => g.indicators.map((i) => evaluateIndicator(table, g.id, i, lang)));
  const groups = table.groups.map((g) => count(g.id, g.title, indicators.filter((v) => v.group === g.id)));
  return { setId: table.setId, title: table.title, indicators, groups, total: count('', '', indicators), printedSummary: table.printedSummary ?? null };
}
