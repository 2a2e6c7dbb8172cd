/** `ktd5 notices`: one "Thông báo kết quả thẩm định" workbook per unit, for the unit to explain. */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { seasonTexts } from '../../workbook/season/messages';
import { noticeWorkbook } from '../../workbook/season/notices';
import { slug } from '../../workbook/season/roster';
import { renderWorkbook } from '../xlsx-writer';
import { UsageError } from '../args';
import { flag, type Verb } from '../context';
import { writeAtomically } from '../files';
import { EXIT_INPUT_ERRORS, EXIT_OK, EXIT_USAGE } from '../io';
import { type NoticesJson } from '../json';
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
    const season = await openSeason(ctx, undefined);
    if (typeof season === 'number') return season;
    const { result } = season;
    const info = seasonInfo(ctx, result.units);
    mkdirSync(dir, { recursive: true });
    const written: NoticesJson['notices'] = [];
    const taken = new Set<string>();
    for (const r of result.ranked) {
      const u = r.item;
      let name = `thong-bao-${slug(u.unit.unit)}`;
      for (let i = 2; taken.has(name); i++) name = `thong-bao-${slug(u.unit.unit)}-${i}`;
      taken.add(name);
      const file = path.join(dir, `${name}.xlsx`);
      if (existsSync(file)) {
        ctx.io.err(s.templateSkipped(file));
        written.push({ unit: u.unit.unit, file, written: false });
        continue;
      }
      const spec = noticeWorkbook(u, { ...info, rank: r.rank, units: result.ranked.length, reason: (id) => season.run.reason(u.unit.unit, id) }, ctx.lang);
      writeAtomically(file, await renderWorkbook(spec));
      written.push({ unit: u.unit.unit, file, written: true });
    }
    const problems = seasonProblems(ctx, season);
    if (ctx.json) {
      const json: NoticesJson = { notices: written, ...problems };
      ctx.io.out(JSON.stringify(json, null, 2));
    } else ctx.io.err(s.noticesWritten(written.filter((w) => w.written).length, dir));
    return problems.errors.length > 0 ? EXIT_INPUT_ERRORS : EXIT_OK;
  },
};
