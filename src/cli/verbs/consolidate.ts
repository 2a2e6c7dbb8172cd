/** `ktd5 consolidate`: the secretariat's ranking workbook from the members' workbooks. */
import { fittedWorkbook } from '../../workbook/khoi/long-texts';
import { consolidationWorkbook, proposalText } from '../../workbook/layouts/consolidation';
import { renderWorkbook } from '../xlsx-writer';
import { UsageError } from '../args';
import { flag, type Verb } from '../context';
import { EXIT_INPUT_ERRORS, EXIT_NOT_WRITTEN, EXIT_OK, terminalText } from '../io';
import { writeOutput } from '../output';
import { consolidateJson } from './json';
import { openSeason, sealWithHashes, seasonInfo, seasonProblems, SEASON_FLAGS } from './season';

export const consolidateVerb: Verb = {
  flags: { values: ['-o', '--output', '--rubric', '--khoi', '--ky', ...SEASON_FLAGS], booleans: ['--final'] },
  async run(ctx) {
    const output = flag(ctx, '-o', '--output');
    if (!output) throw new UsageError('missingArgument', ctx.m.needOutput);
    const season = await openSeason(ctx, output);
    if (typeof season === 'number') return season;
    const { result, run } = season;
    const info = seasonInfo(ctx, result.units);
    let sources: ReturnType<typeof sealWithHashes> | undefined;
    const spec = fittedWorkbook(
      () => {
        const built = consolidationWorkbook(result, info, ctx.lang);
        run.decorateWorkbook(built, result, proposalText(result, ctx.lang));
        if (ctx.args.booleans.has('--final')) sources = sealWithHashes(run, season.inputs, built, season.files, result);
        return built;
      },
      result.units,
      result.errors,
      ctx.lang,
    );
    const failure = writeOutput(ctx, output, await renderWorkbook(spec));
    const problems = seasonProblems(ctx, season);
    if (failure) return EXIT_NOT_WRITTEN;
    if (ctx.json) {
      ctx.io.out(JSON.stringify(consolidateJson(result, run, output, problems, sources), null, 2));
    } else {
      for (const r of result.ranked) ctx.io.out(`${String(r.rank).padStart(3)}  ${terminalText(r.item.unit.unit)}  ${r.item.score.total}${r.tie ? ' (=)' : ''}  ${terminalText(r.item.status.text)}`);
      for (const n of result.notCounted) ctx.io.out(`  -  ${terminalText(n.file)}${n.unit ? ` (${terminalText(n.unit)})` : ''}: ${terminalText(n.reason)}`);
      ctx.io.out(terminalText(proposalText(result, ctx.lang)));
      for (const line of run.textLines()) ctx.io.out(terminalText(line));
      ctx.io.err(ctx.m.summary(result.units.length, problems.errors.length));
      ctx.io.err(terminalText(ctx.m.written(output)));
    }
    return problems.errors.length > 0 ? EXIT_INPUT_ERRORS : EXIT_OK;
  },
};
