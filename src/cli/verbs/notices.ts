/** `ktd5 notices`: one "Thông báo kết quả thẩm định" workbook per unit, for the unit to explain. */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { seasonTexts } from '../../workbook/season/messages';
import { noticeFiles } from '../../workbook/season/notices';
import { preloadWriter, renderWorkbook } from '../xlsx-writer';
import { UsageError } from '../args';
import { flag, type Verb } from '../context';
import { writeAtomically } from '../files';
import { EXIT_INPUT_ERRORS, EXIT_OK, EXIT_USAGE } from '../io';
import type { NoticesJson } from '../json';
import { openSeason, seasonInfo, seasonProblems } from './season';

export const noticesVerb: Verb = {
  flags: { values: ['-o', '--output', '--rubric', '--khoi', '--ky', '--roster', '--appraisal'], booleans: [] },
  async run(ctx) {
    const s = seasonTexts(ctx.lang);
    const dir = flag(ctx, '-o', '--output');
    if (!dir) throw new UsageError('missingArgument', s.needOutputDir);
    if (!flag(ctx, '--appraisal')) throw new UsageError('missingArgument', s.needAppraisal);
    if (existsSync(dir) && !statSync(dir).isDirectory()) {
      ctx.io.err(s.outputNotDir(dir));
      return EXIT_USAGE;
    }
    preloadWriter();
    const season = await openSeason(ctx, undefined);
    if (typeof season === 'number') return season;
    const { result } = season;
    const info = seasonInfo(ctx, result.units);
    mkdirSync(dir, { recursive: true });
    const written: NoticesJson['notices'] = [];
    for (const n of noticeFiles(result, info, (unit, id) => season.run.reason(unit, id), ctx.lang)) {
      const file = path.join(dir, n.fileName);
      if (existsSync(file)) {
        ctx.io.err(s.templateSkipped(file));
        written.push({ unit: n.unit, file, written: false });
        continue;
      }
      writeAtomically(file, await renderWorkbook(n.spec));
      written.push({ unit: n.unit, file, written: true });
    }
    const problems = seasonProblems(ctx, season);
    if (ctx.json) {
      const json: NoticesJson = { notices: written, ...problems };
      ctx.io.out(JSON.stringify(json, null, 2));
    } else ctx.io.err(s.noticesWritten(written.filter((w) => w.written).length, dir));
    return problems.errors.length > 0 ? EXIT_INPUT_ERRORS : EXIT_OK;
  },
};
