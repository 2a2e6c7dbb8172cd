/**
 * The province's merge of per-lead reports: per indicator and period the value reported, by which
 * unit (two units or files with different values are a conflict, never a pick), its status against
 * the target (the engine's), its history over the periods and trend; per lead unit what it was given
 * and what it reported in the latest period, and who sent nothing. Pure.
 */
import { fold, isBlank, STATUS_LABELS, unitIdentity, type Lang, type RawValue, type TargetStatusCode } from '../../../engine';
import { type UnitTable } from '../../../rubrics/units';
import { readResult, thresholdOf } from '../interval';
import { evaluateIndicator, type TrackingTable } from '../model';
import { periodCode, periodLabel, periodOrder, type Period } from './period';
import { type LeadRead, type LeadRow } from './reader';
import { resolveUnit, type LeadSplit } from './split';
import { conflictLabel } from './texts';

export interface LeadFileRead {
  file: string;
  read: LeadRead;
}

/** What the merge knows of a set: the split (expected leads) when the set is built in. */
export interface SetPlan {
  title: string;
  units: UnitTable | undefined;
  split: LeadSplit | undefined;
  printedYear: string;
  /** The document's order of indicators. */
  order: string[];
}

export interface Report {
  unit: string;
  file: string;
  value: RawValue;
  manualStatus: string;
  evidence: string;
  note: string;
}

export interface HistoryEntry {
  period: string;
  label: string;
  value: RawValue;
  units: string[];
  files: string[];
  status: TargetStatusCode;
  statusLabel: string;
  conflict: boolean;
  /** Share of the target reached (0..1), for the data bars; null when it cannot be measured. */
  progress: number | null;
  evidence: string;
}

export type Trend = 'up' | 'down' | 'flat';

export interface MergedIndicator {
  id: string;
  text: string;
  group: string;
  target: string;
  printed: RawValue;
  leads: string[];
  history: HistoryEntry[];
  /** The latest period's entry; null when it has no report for that period. */
  latest: HistoryEntry | null;
  trend: Trend | null;
}

export interface LeadCount {
  lead: string;
  collective: boolean;
  assigned: number;
  reported: number;
  reached: number;
  notReached: number;
  missing: number;
  files: string[];
}

export interface Conflict {
  id: string;
  period: string;
  a: Report;
  b: Report;
}

export interface LeadMerge {
  setId: string;
  title: string;
  periods: { code: string; label: string }[];
  indicators: MergedIndicator[];
  /** Per lead, for the latest period. */
  leads: LeadCount[];
  byPeriod: { period: string; leads: LeadCount[] }[];
  /** Leads with no file for the latest period. */
  notSent: string[];
  /** Indicators nobody reported for the latest period. */
  unreported: MergedIndicator[];
  conflicts: Conflict[];
  /** Units of files that are not among the set's leads. */
  strangers: { unit: string; file: string }[];
}

const quantityOf = (target: string, printed: RawValue) => {
  const t = thresholdOf(target, printed);
  return t.kind === 'threshold' ? t.threshold.quantity : 'percent';
};

/** A reading's comparable number: the interval's finite end. */
function numberOf(value: RawValue, target: string, printed: RawValue): number | null {
  const r = readResult(value, quantityOf(target, printed));
  if (r.kind !== 'interval') return null;
  const { lo, hi } = r.interval;
  return Math.abs(lo) < 1e299 ? lo : Math.abs(hi) < 1e299 ? hi : null;
}

function sameReport(a: Report, b: Report, target: string, printed: RawValue): boolean {
  if (fold(a.manualStatus) !== fold(b.manualStatus)) return false;
  if (isBlank(a.value) || isBlank(b.value)) return isBlank(a.value) && isBlank(b.value);
  const ra = readResult(a.value, quantityOf(target, printed));
  const rb = readResult(b.value, quantityOf(target, printed));
  if (ra.kind === 'interval' && rb.kind === 'interval') return JSON.stringify(ra.interval) === JSON.stringify(rb.interval);
  return fold(String(a.value)) === fold(String(b.value));
}

function progressOf(status: TargetStatusCode, value: RawValue, target: string, printed: RawValue): number | null {
  if (status === 'vuot' || status === 'dat') return 1;
  const n = numberOf(value, target, printed);
  const t = thresholdOf(target, printed);
  if (n === null || t.kind !== 'threshold') return null;
  const { mode, min, max } = t.threshold;
  if (mode === 'ceiling') return n <= 0 ? 1 : Math.min(1, Math.max(0, max.value / n));
  return min.value > 0 ? Math.min(1, Math.max(0, n / min.value)) : null;
}

interface Meta {
  text: string;
  group: string;
  target: string;
  printed: RawValue;
  leads: string[];
}

export function mergeLeadReports(setId: string, plan: SetPlan, files: LeadFileRead[], lang: Lang): LeadMerge {
  const unitName = (u: string) => resolveUnit(u, plan.units).name;
  const dated = files.filter((f): f is LeadFileRead & { read: { period: Period } } => f.read.period !== undefined);
  const periods = [...new Map(dated.map((f) => [periodCode(f.read.period), f.read.period])).values()].sort((a, b) => periodOrder(a) - periodOrder(b));
  const latestCode = periods.length ? periodCode(periods.at(-1) as Period) : '';

  // The indicators: the plan's order, then any a file adds.
  const meta = new Map<string, Meta>();
  for (const b of plan.split?.books ?? []) {
    for (const a of b.assignments) {
      const m = meta.get(a.indicator.id) ?? { text: a.indicator.text, group: a.group.title, target: a.indicator.target ?? '', printed: a.indicator.values[plan.printedYear] ?? null, leads: [] };
      m.leads.push(b.name);
      meta.set(a.indicator.id, m);
    }
  }
  const order = [...meta.keys()];
  for (const f of dated) {
    for (const r of f.read.rows) {
      if (!meta.has(r.id)) {
        meta.set(r.id, { text: r.text, group: r.group, target: r.target, printed: r.printed, leads: [] });
        order.push(r.id);
      }
      const m = meta.get(r.id) as Meta;
      if (!plan.split && !m.leads.some((l) => unitIdentity(l) === unitIdentity(unitName(f.read.unit)))) m.leads.push(unitName(f.read.unit));
    }
  }
  const rank = new Map(plan.order.map((id, n) => [id, n]));
  order.sort((a, b) => (rank.get(a) ?? 1e9) - (rank.get(b) ?? 1e9));

  const conflicts: Conflict[] = [];
  const reported = (r: LeadRow) => !isBlank(r.value) || r.manualStatus !== '';
  const reportsOf = (id: string, code: string): Report[] =>
    dated
      .filter((f) => periodCode(f.read.period) === code)
      .flatMap((f) => f.read.rows.filter((r) => r.id === id && reported(r)).map((r) => ({ unit: unitName(f.read.unit), file: f.file, value: r.value, manualStatus: r.manualStatus, evidence: r.evidence, note: r.note })));

  const indicators: MergedIndicator[] = order.map((id) => {
    const m = meta.get(id) as Meta;
    const history: HistoryEntry[] = [];
    for (const p of periods) {
      const code = periodCode(p);
      const reports = reportsOf(id, code);
      if (reports.length === 0) continue;
      const first = reports[0] as Report;
      const other = reports.find((r) => !sameReport(first, r, m.target, m.printed));
      if (other) conflicts.push({ id, period: code, a: first, b: other });
      const units = [...new Map(reports.map((r) => [unitIdentity(r.unit), r.unit])).values()];
      const files = [...new Set(reports.map((r) => r.file))];
      let status: TargetStatusCode = 'unknown';
      if (!other) {
        const table: TrackingTable = { setId, title: '', targetLabel: '', years: ['P', 'T'], groups: [] };
        const view = evaluateIndicator(table, m.group, { id, row: id, text: m.text, ...(m.target ? { target: m.target } : {}), values: { P: m.printed, T: first.value }, ...(first.manualStatus ? { manualStatus: first.manualStatus } : {}) }, lang);
        status = view.status;
      }
      history.push({
        period: code,
        label: periodLabel(p),
        value: other ? null : first.value,
        units,
        files,
        status,
        statusLabel: other ? conflictLabel(lang) : STATUS_LABELS[lang][status],
        conflict: Boolean(other),
        progress: other ? null : progressOf(status, first.value, m.target, m.printed),
        evidence: [...new Set(reports.map((r) => r.evidence).filter(Boolean))].join('; '),
      });
    }
    const numbers = history.filter((h) => !h.conflict).map((h) => numberOf(h.value, m.target, m.printed)).filter((n): n is number => n !== null);
    const [x, y] = numbers.slice(-2);
    const trend: Trend | null = numbers.length < 2 ? null : Math.abs((y as number) - (x as number)) <= 1e-9 * Math.max(1, Math.abs(x as number)) ? 'flat' : (y as number) > (x as number) ? 'up' : 'down';
    const latest = history.find((h) => h.period === latestCode) ?? null;
    return { id, text: m.text, group: m.group, target: m.target, printed: m.printed, leads: m.leads, history, latest, trend };
  });

  const byId = new Map(indicators.map((i) => [i.id, i]));
  const countsFor = (code: string): LeadCount[] => {
    const inPeriod = dated.filter((f) => periodCode(f.read.period) === code);
    const leads = new Map<string, { lead: string; collective: boolean; ids: Set<string> }>();
    for (const b of plan.split?.books ?? []) leads.set(unitIdentity(b.name), { lead: b.name, collective: b.collective, ids: new Set(b.assignments.map((a) => a.indicator.id)) });
    const seenLeads = dated.map((f) => f.read.unit);
    for (const u of seenLeads) {
      const name = unitName(u);
      if (!leads.has(unitIdentity(name))) leads.set(unitIdentity(name), { lead: name, collective: resolveUnit(u, plan.units).collective, ids: new Set() });
    }
    for (const f of dated) {
      const entry = leads.get(unitIdentity(unitName(f.read.unit)));
      if (entry && !plan.split?.books.some((b) => unitIdentity(b.name) === unitIdentity(entry.lead))) f.read.rows.forEach((r) => entry.ids.add(r.id));
    }
    return [...leads.values()].map(({ lead, collective, ids }) => {
      const own = inPeriod.filter((f) => unitIdentity(unitName(f.read.unit)) === unitIdentity(lead));
      const got = [...ids].filter((id) => own.some((f) => f.read.rows.some((r) => r.id === id && reported(r))));
      const statusAt = (id: string) => byId.get(id)?.history.find((h) => h.period === code);
      const reached = got.filter((id) => ['vuot', 'dat'].includes(statusAt(id)?.status ?? '') && !statusAt(id)?.conflict).length;
      const notReached = got.filter((id) => statusAt(id)?.status === 'chua-dat' && !statusAt(id)?.conflict).length;
      return { lead, collective, assigned: ids.size, reported: got.length, reached, notReached, missing: ids.size - got.length, files: own.map((f) => f.file) };
    });
  };
  const byPeriod = periods.map((p) => ({ period: periodCode(p), leads: countsFor(periodCode(p)) }));
  const leads = byPeriod.at(-1)?.leads ?? countsFor('');
  const known = new Set((plan.split?.books ?? []).map((b) => unitIdentity(b.name)));
  const strangers = plan.split ? dated.filter((f) => !known.has(unitIdentity(unitName(f.read.unit)))).map((f) => ({ unit: f.read.unit, file: f.file })) : [];
  return {
    setId,
    title: plan.title,
    periods: periods.map((p) => ({ code: periodCode(p), label: periodLabel(p) })),
    indicators,
    leads,
    byPeriod,
    notSent: leads.filter((l) => l.files.length === 0).map((l) => l.lead),
    unreported: indicators.filter((i) => !i.latest),
    conflicts,
    strangers,
  };
}
