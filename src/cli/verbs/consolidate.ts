/** `ktd5 consolidate`: the secretariat's ranking workbook from the members' workbooks. */
import { proposalText } from '../../workbook/layouts/consolidation';
import { seasonConsolidation } from '../../workbook/season/consolidation';
import { renderWorkbook } from '../xlsx-writer';
import { UsageError } from '../args';
import { flag, type Verb } from '../context';
import { EXIT_INPUT_ERRORS, EXIT_NOT_WRITTEN, EXIT_OK, terminalText } from '../io';
import { writeOutput } from '../output';
import { notCountedJson, unitJson } from './json';
import { readMembers } from './read-members';
import { loadSeason, sealInput, seasonRun, SEASON_FLAGS } from './season';

/** The most common non-empty value (the Khối and period the members wrote), for the title. */
function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values.filter(Boolean)) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

export const consolidateVerb: Verb = {
  flags: { values: ['-o', '--output', '--rubric', '--khoi', '--ky', ...SEASON_FLAGS], booleans: ['--final'] },
  async run(ctx) {
    const output = flag(ctx, '-o', '--output');
    if (!output) throw new UsageError('missingArgument', ctx.m.needOutput);
    const loaded = await loadSeason(ctx, output);
    if (!loaded.ok) {
      ctx.io.err(loaded.message);
      return loaded.code;
    }
    const season = seasonRun(ctx, loaded.value);
    const read = await readMembers(ctx, output, season);
    if (!read.ok) {
      ctx.io.err(read.message);
      return read.code;
    }
    const { result } = read;
    const info = {
      khoi: flag(ctx, '--khoi') ?? mostCommon(result.units.map((u) => u.unit.khoi)),
      period: flag(ctx, '--ky') ?? mostCommon(result.units.map((u) => u.unit.period)),
    };
    const final = ctx.args.booleans.has('--final');
    const { spec, sources } = seasonConsolidation(result, season, info, ctx.lang, final ? sealInput(loaded.value, read.files) : undefined);
    const failure = writeOutput(ctx, output, await renderWorkbook(spec));
    for (const w of loaded.value.warnings) ctx.io.err(terminalText(w));
    const errors = result.errors.filter((e) => e.severity === 'error');
    for (const e of result.errors) ctx.io.err(terminalText(e.message));
    if (failure) return EXIT_NOT_WRITTEN;
    const p = result.proposal;
    if (ctx.json) {
      const units = result.ranked.map((r) => {
        const { unit, file, total, complete, maxPossible, problems, criteria } = unitJson(r.item, false);
        return { unit, file, total, rank: r.rank, tie: r.tie, complete, maxPossible, problems, criteria } as Record<string, unknown>;
      });
      const extra = { ...season.decorateJson(units, result), ...(sources ? { final: { sources } } : {}) };
      const proposed = p.kind === 'unit' ? { unit: p.item.unit.unit, tie: false } : p.kind === 'tie' ? { units: p.items.map((u) => u.unit.unit), tie: true } : null;
      ctx.io.out(JSON.stringify({ units, proposed, proposalCertain: result.proposalCertain, notCounted: result.notCounted.map(notCountedJson), errors: errors.map(({ file, sheet, cell, message }) => ({ file, sheet: sheet ?? null, cell: cell ?? null, message })), ...extra, output }, null, 2));
    } else {
      for (const r of result.ranked) ctx.io.out(`${String(r.rank).padStart(3)}  ${terminalText(r.item.unit.unit)}  ${r.item.score.total}${r.tie ? ' (=)' : ''}  ${terminalText(r.item.status.text)}`);
      for (const n of result.notCounted) ctx.io.out(`  -  ${terminalText(n.file)}${n.unit ? ` (${terminalText(n.unit)})` : ''}: ${terminalText(n.reason)}`);
      ctx.io.out(terminalText(proposalText(result, ctx.lang)));
      for (const line of season.textLines()) ctx.io.out(terminalText(line));
      ctx.io.err(ctx.m.summary(result.units.length, errors.length));
      ctx.io.err(terminalText(ctx.m.written(output)));
    }
    return errors.length > 0 ? EXIT_INPUT_ERRORS : EXIT_OK;
  },
};
