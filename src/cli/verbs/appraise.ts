/** `ktd5 appraise`: the secretariat's appraisal workbook (sheet "Thẩm định") from the members' files. */
import { appraisalUnits, appraisalWorkbook } from '../../workbook/season/appraisal';
import { seasonTexts } from '../../workbook/season/messages';
import { preloadWriter, renderWorkbook } from '../xlsx-writer';
import { xlsxOutput, type Verb } from '../context';
import { writeAtomically } from '../files';
import { EXIT_INPUT_ERRORS, EXIT_OK, EXIT_USAGE } from '../io';
import type { AppraiseJson } from '../json';
import { openSeason, seasonInfo, seasonProblems } from './season';

export const appraiseVerb: Verb = {
  flags: { values: ['-o', '--output', '--rubric', '--khoi', '--ky', '--roster'], booleans: [] },
  async run(ctx) {
    const output = xlsxOutput(ctx);
    if (output === undefined) return EXIT_USAGE;
    preloadWriter();
    const season = await openSeason(ctx, output);
    if (typeof season === 'number') return season;
    const units = appraisalUnits(season.result, season.inputs.roster?.roster.members);
    writeAtomically(output, await renderWorkbook(appraisalWorkbook(units, seasonInfo(ctx, units), ctx.lang)));
    const problems = seasonProblems(ctx, season);
    const rows = units.reduce((n, u) => n + u.score.criteria.length, 0);
    if (ctx.json) {
      const json: AppraiseJson = { output, units: units.map((u) => ({ unit: u.unit.unit, file: u.file, missingEvidence: u.missingEvidence })), rows, ...problems };
      ctx.io.out(JSON.stringify(json, null, 2));
    } else ctx.io.err(seasonTexts(ctx.lang).appraisalWritten(output, rows));
    return problems.errors.length > 0 ? EXIT_INPUT_ERRORS : EXIT_OK;
  },
};
