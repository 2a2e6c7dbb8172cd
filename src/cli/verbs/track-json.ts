/** Builds `ktd5 track --json` as the declared shape (src/cli/json/tracking.ts): the sets, the DTI, the per-lead merges. */
import { type RawValue } from '../../engine';
import { type FileError } from '../../workbook/khoi/score-files';
import { type LeadMerge } from '../../workbook/tracking/by-lead/merge';
import { type LeadTrack } from '../../workbook/tracking/by-lead/track';
import { type TrackReport } from '../../workbook/tracking/report';
import { type TrackingView } from '../../workbook/tracking/model';
import type { LeadMergeJson, TrackIndicatorJson, TrackJson } from '../json';

/** A value as JSON: a date as YYYY-MM-DD, blank as null. */
const valueJson = (v: RawValue): string | number | boolean | null => (v instanceof Date ? v.toISOString().slice(0, 10) : (v ?? null));

function indicatorJson(i: TrackingView['indicators'][number]): TrackIndicatorJson {
  return { group: i.group, id: i.id, text: i.text, target: i.target, year: i.year, result: valueJson(i.result), status: i.status, label: i.label, basis: i.basis, gap: i.gap, gapText: i.gapText, targetYear: i.targetYear, printedStatus: i.printedStatus, lead: i.lead, partners: i.partners };
}

/** The per-lead merges (a contract: keys keep their names). */
function leadMergeJson(m: LeadMerge): LeadMergeJson {
  const entry = (h: LeadMerge['indicators'][number]['history'][number]) => ({
    period: h.period,
    label: h.label,
    value: valueJson(h.value),
    units: h.units,
    files: h.files,
    status: h.conflict ? ('conflict' as const) : h.status,
    statusLabel: h.statusLabel,
    progress: h.progress,
  });
  return {
    set: m.setId,
    title: m.title,
    periods: m.periods,
    period: m.periods.at(-1)?.code ?? null,
    leads: m.leads.map(({ lead, assigned, reported, reached, notReached, missing, files, collective }) => ({ lead, assigned, reported, reached, notReached, missing, collective, files })),
    notSent: m.notSent,
    byPeriod: m.byPeriod.map((p) => ({ period: p.period, leads: p.leads.map(({ lead, assigned, reported, reached, notReached, missing }) => ({ lead, assigned, reported, reached, notReached, missing })) })),
    indicators: m.indicators.map((i) => ({
      id: i.id,
      text: i.text,
      group: i.group,
      target: i.target,
      leads: i.leads,
      value: i.latest ? entry(i.latest).value : null,
      source: i.latest?.units ?? [],
      status: i.latest ? entry(i.latest).status : 'missing',
      label: i.latest?.statusLabel ?? null,
      trend: i.trend,
      history: i.history.map(entry),
    })),
    unreported: m.unreported.map((i) => i.id),
    conflicts: m.conflicts.map((c) => ({ id: c.id, period: c.period, files: [c.a.file, c.b.file], units: [c.a.unit, c.b.unit] })),
  };
}

const problemJson = ({ file, sheet, cell, message, severity }: FileError) => ({ file, sheet: sheet ?? null, cell: cell ?? null, message, severity });

export function trackJson(report: TrackReport, leads: LeadTrack, output: string | null): TrackJson {
  const byLead = leads.merges.map(leadMergeJson);
  return {
    sets: report.sets.map((s) => {
      const { total, vuot, dat, chuaDat, unknown, met } = s.view.total;
      return {
        file: s.file,
        sheet: s.sheet,
        set: s.view.setId,
        kind: s.kind,
        title: s.view.title,
        year: s.year,
        groups: s.view.groups,
        total: { total, vuot, dat, chuaDat, unknown, met },
        printedSummary: s.view.printedSummary,
        indicators: s.view.indicators.map(indicatorJson),
      };
    }),
    dti: report.dti.map((d) => ({
      file: d.file,
      subject: d.subject,
      year: d.year,
      total: d.total,
      rank: d.rank ? { table: d.rank.table, rank: d.rank.rank, of: d.rank.of } : null,
      pillars: d.pillars.map((p) => ({ id: p.id, name: p.text, weight: p.weight, value: p.value, target: p.target, status: p.status, label: p.label, gap: p.gap, gapText: p.gapText, targetYear: p.targetYear, best: p.best })),
      tables: d.tables,
      notReached: d.notReached.map(indicatorJson),
      unassessed: d.unassessed,
    })),
    errors: report.errors.filter((e) => e.severity === 'error').map(problemJson),
    warnings: report.errors.filter((e) => e.severity === 'warning').map(problemJson),
    output,
    leads: byLead.flatMap((m) => m.leads.map((l) => ({ set: m.set, period: m.period, ...l }))),
    byLead,
  };
}
