/** `ktd5 score`: member workbooks in, a results workbook out (never the inputs). */
import path from 'node:path';
import { formatNumber } from '../../engine';
import { fittedWorkbook } from '../../workbook/khoi/long-texts';
import { resultsWorkbook } from '../../workbook/layouts/results';
import { preloadWriter, renderWorkbook } from '../xlsx-writer';
import { flag, type Verb } from '../context';
import { EXIT_INPUT_ERRORS, EXIT_NOT_WRITTEN, EXIT_OK, terminalText } from '../io';
import { writeOutput } from '../output';
import { readMembers } from './read-members';
import { scoredUnitJson } from './json';
import type { ScoreJson } from '../json';
import { problemLists } from './problem-lists';

function defaultOutput(inputs: string[]): string {
  if (inputs.length === 1) {
    const p = path.parse(inputs[0] as string);
    return path.join(p.dir, `${p.name}.ket-qua.xlsx`);
  }
  return 'ket-qua-cham-diem.xlsx';
}

export const scoreVerb: Verb = {
  flags: { values: ['-o', '--output', '--rubric'], booleans: [] },
  async run(ctx) {
    const requested = flag(ctx, '-o', '--output');
    preloadWriter();
    // The default name is checked against the inputs like a given one: it may be one of them.
    const read = await readMembers(ctx, requested ?? defaultOutput);
    if (!read.ok) {
      ctx.io.err(read.message);
      return read.code;
    }
    const { result, output } = read;
    const spec = fittedWorkbook(() => resultsWorkbook(result, ctx.lang), result.units, result.errors, ctx.lang);
    const failure = writeOutput(ctx, output, await renderWorkbook(spec));
    const { errors, warnings } = problemLists(result.errors);
    for (const e of result.errors) ctx.io.err(terminalText(e.message));
    if (failure) return EXIT_NOT_WRITTEN;
    if (ctx.json) {
      const json: ScoreJson = { output, units: result.units.map(scoredUnitJson), errors, warnings };
      ctx.io.out(JSON.stringify(json, null, 2));
    } else {
      for (const u of result.units) ctx.io.out(`${terminalText(u.unit.unit)}: ${formatNumber(u.score.total, ctx.lang)}/${formatNumber(u.score.max, ctx.lang)} — ${terminalText(u.status.text)}`);
      ctx.io.err(ctx.m.summary(result.units.length, errors.length));
      ctx.io.err(terminalText(ctx.m.written(output)));
    }
    return errors.length > 0 ? EXIT_INPUT_ERRORS : EXIT_OK;
  },
};
