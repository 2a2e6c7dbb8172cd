/** `ktd5 appraise`: the secretariat's appraisal workbook (sheet "Thẩm định") from the members' files. */
import { appraisalUnits, appraisalWorkbook } from '../../workbook/season/appraisal';
import { mostCommon } from '../../workbook/season/collection';
import { seasonTexts } from '../../workbook/season/messages';
import { renderWorkbook } from '../xlsx-writer';
import { flag, xlsxOutput, type Verb } from '../context';
import { writeAtomically } from '../files';
import { EXIT_INPUT_ERRORS, EXIT_OK, EXIT_USAGE } from '../io';
import { readMembers } from './read-members';
import { loadSeason, seasonRun } from './season';

export const appraiseVerb: Verb = {
  flags: { values: ['-o', '--output', '--rubric', '--khoi', '--ky', '--roster'], booleans: [] },
  async run(ctx) {
    const output = xlsxOutput(ctx);
    if (output === undefined) return EXIT_USAGE;
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
    const units = appraisalUnits(result, loaded.value.roster?.roster.members);
    const info = { khoi: flag(ctx, '--khoi') ?? mostCommon(units.map((u) => u.unit.khoi)), period: flag(ctx, '--ky') ?? mostCommon(units.map((u) => u.unit.period)) };
    writeAtomically(output, await renderWorkbook(appraisalWorkbook(units, info, ctx.lang)));
    for (const w of loaded.value.warnings) ctx.io.err(w);
    for (const e of result.errors) ctx.io.err(e.message);
    const errors = result.errors.filter((e) => e.severity === 'error');
    const rows = units.reduce((n, u) => n + u.score.criteria.length, 0);
    if (ctx.json) {
      ctx.io.out(JSON.stringify({ output, units: units.map((u) => ({ unit: u.unit.unit, file: u.file, missingEvidence: u.missingEvidence })), rows, errors: errors.map(({ file, sheet, cell, message }) => ({ file, sheet: sheet ?? null, cell: cell ?? null, message })) }, null, 2));
    } else ctx.io.err(seasonTexts(ctx.lang).appraisalWritten(output, rows));
    return errors.length > 0 ? EXIT_INPUT_ERRORS : EXIT_OK;
  },
};
