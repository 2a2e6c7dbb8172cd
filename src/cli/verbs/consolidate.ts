/** `ktd5 consolidate`: the secretariat's ranking workbook from the members' workbooks. */
import { formatNumber } from '../../engine';
import { proposalText } from '../../workbook/layouts/consolidation';
import { seasonConsolidation } from '../../workbook/season/consolidation';
import { preloadWriter, renderWorkbook } from '../xlsx-writer';
import { UsageError } from '../args';
import { flag, type Verb } from '../context';
import { EXIT_INPUT_ERRORS, EXIT_NOT_WRITTEN, EXIT_OK, terminalText } from '../io';
import { writeOutput } from '../output';
import { consolidateJson } from './json';
import { openSeason, sealInput, seasonInfo, seasonProblems, SEASON_FLAGS } from './season';

export const consolidateVerb: Verb = {
  flags: { values: ['-o', '--output', '--rubric', '--khoi', '--ky', ...SEASON_FLAGS], booleans: ['--final'] },
  async run(ctx) {
    const output = flag(ctx, '-o', '--output');
    if (!output) throw new UsageError('missingArgument', ctx.m.needOutput);
    preloadWriter();
    const season = await openSeason(ctx, output);
    if (typeof season === 'number') return season;
    const { result, run } = season;
    const info = seasonInfo(ctx, result.units);
    const final = ctx.args.booleans.has('--final');
    const { spec, sources } = seasonConsolidation(result, run, info, ctx.lang, final ? sealInput(season.inputs, season.files) : undefined);
    const failure = writeOutput(ctx, output, await renderWorkbook(spec));
    const problems = seasonProblems(ctx, season);
    if (failure) return EXIT_NOT_WRITTEN;
    if (ctx.json) {
      ctx.io.out(JSON.stringify(consolidateJson(result, run, output, problems, sources), null, 2));
    } else {
      for (const r of result.ranked) ctx.io.out(`${String(r.rank).padStart(3)}  ${terminalText(r.item.unit.unit)}  ${formatNumber(r.item.score.total, ctx.lang)}${r.tie ? ' (=)' : ''}  ${terminalText(r.item.status.text)}`);
      for (const n of result.notCounted) ctx.io.out(`  -  ${terminalText(n.file)}${n.unit ? ` (${terminalText(n.unit)})` : ''}: ${terminalText(n.reason)}`);
      ctx.io.out(terminalText(proposalText(result, ctx.lang)));
      for (const line of run.textLines()) ctx.io.out(terminalText(line));
      ctx.io.err(ctx.m.summary(result.units.length, problems.errors.length));
      ctx.io.err(terminalText(ctx.m.written(output)));
    }
    return problems.errors.length > 0 ? EXIT_INPUT_ERRORS : EXIT_OK;
  },
};
