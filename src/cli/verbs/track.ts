/** `ktd5 track FILE… [--json] [-o OUT]`: statuses, counts per group and the DTI from filled tracking workbooks. */
import { formatNumber } from '../../engine';
import { trackReportWorkbook } from '../../workbook/tracking/report-layout';
import { withLeadSheets } from '../../workbook/tracking/by-lead/report-sheets';
import { trackAll } from '../../workbook/tracking/track-all';
import { flag, type Verb } from '../context';
import { EXIT_INPUT_ERRORS, EXIT_NOT_WRITTEN, EXIT_OK, terminalText } from '../io';
import { renderFitted, writeOutput } from '../output';
import { preloadWriter } from '../xlsx-writer';
import { documentName } from '../documents';
import { findInputs, parseInputs } from './read-members';
import { trackJson } from './track-json';

export const trackVerb: Verb = {
  flags: { values: ['-o', '--output'], booleans: [] },
  async run(ctx) {
    const output = flag(ctx, '-o', '--output');
    const found = findInputs(ctx, output);
    if (!found.ok) {
      ctx.io.err(found.message);
      return found.code;
    }
    const { files, missing, notRead } = found;
    if (output) preloadWriter();
    const outcomes = await parseInputs(ctx, files);
    // Per-lead report workbooks are merged on their own; every other file is read as a tracking workbook.
    const { report, leads } = trackAll(outcomes, ctx.lang);
    report.errors.unshift(...missing.map((m) => ({ file: m, message: ctx.m.noSuchInput(m), severity: 'error' as const })), ...notRead);
    let failure;
    if (output) {
      const wb = trackReportWorkbook(report, ctx.lang);
      wb.sheets = withLeadSheets(wb.sheets, leads.merges, report.sets.length > 0 || report.dti.length > 0);
      failure = writeOutput(ctx, output, await renderFitted(ctx, wb));
    }
    for (const e of report.errors) ctx.io.err(terminalText(e.message));
    if (failure) return EXIT_NOT_WRITTEN;
    if (ctx.json) ctx.io.out(JSON.stringify(trackJson(report, leads, output ?? null), null, 2));
    else {
      const num = (n: number) => formatNumber(n, ctx.lang);
      for (const s of report.sets) {
        // Results of a year before the targets' year are the way still to go, not failures.
        const towards = s.view.indicators.find((i) => i.targetYear)?.targetYear;
        const t = s.view.total;
        const name = documentName(s.view.setId, ctx.lang);
        // Nothing is headlined before it is assessed: a blank checklist says how many wait, not "0/6 met".
        const unassessed = (c: { unknown: number; total: number }) => c.total > 0 && c.unknown === c.total;
        if (unassessed(t)) ctx.io.out(terminalText(ctx.m.trackSetUnassessed(name, s.sheet, s.year ?? '', t.total)));
        else ctx.io.out(terminalText(towards ? ctx.m.trackSetTowards(name, s.sheet, s.year ?? '—', towards, t.met, t.chuaDat, t.unknown, t.total) : ctx.m.trackSet(name, s.sheet, s.year ?? '', t.met, t.chuaDat, t.unknown, t.total)));
        const counts = towards ? ctx.m.trackCountsTowards : ctx.m.trackCounts;
        for (const g of s.view.groups) ctx.io.out(`  ${terminalText(unassessed(g) ? ctx.m.trackGroupUnassessed(g.title, g.total) : `${g.title}: ${g.met}/${g.total} (${counts(g.vuot, g.dat, g.chuaDat, g.unknown)})`)}`);
      }
      for (const d of report.dti) {
        const total = d.total === null ? '?' : num(d.total);
        ctx.io.out(terminalText(ctx.m.trackDti(d.subject, d.year ?? '—', total, d.rank ? `${d.rank.rank}/${d.rank.of}` : '—', d.rank?.place)));
        for (const p of d.pillars) ctx.io.out(`  ${terminalText(`${p.text}: ${p.value === null ? '—' : num(p.value)} / ${p.target ?? '—'} → ${p.label}${p.best ? ` (${ctx.m.trackBest(p.best.name, num(p.best.value))})` : ''}`)}`);
        const towards = d.notReached.find((i) => i.targetYear)?.targetYear;
        ctx.io.out(towards ? ctx.m.trackNotReachedTowards(towards, d.notReached.length, d.unassessed) : ctx.m.trackNotReached(d.notReached.length, d.unassessed));
      }
      for (const m of leads.merges) {
        ctx.io.out(terminalText(ctx.m.trackLeads(documentName(m.setId, ctx.lang), m.periods.at(-1)?.label ?? '—', m.leads.filter((l) => l.files.length > 0).length, m.leads.length)));
        for (const l of m.leads) ctx.io.out(terminalText(ctx.m.trackLead(l.lead, l.reported, l.assigned, l.reached, l.notReached)));
        if (m.notSent.length > 0) ctx.io.out(terminalText(ctx.m.trackNotSent(m.notSent.join('; '))));
        ctx.io.out(ctx.m.trackUnreported(m.unreported.length, m.unreported.map((i) => i.id).join(', ')));
      }
      if (output) ctx.io.err(terminalText(ctx.m.written(output)));
    }
    return report.errors.some((e) => e.severity === 'error') ? EXIT_INPUT_ERRORS : EXIT_OK;
  },
};
