/** `ktd5 notices`: one "Thông báo kết quả thẩm định" workbook per unit, for the unit to explain. */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { mostCommon } from '../../workbook/season/collection';
import { seasonTexts } from '../../workbook/season/messages';
import { noticeFiles } from '../../workbook/season/notices';
import { renderWorkbook } from '../xlsx-writer';
import { UsageError } from '../args';
import { flag, type Verb } from '../context';
import { writeAtomically } from '../files';
import { EXIT_INPUT_ERRORS, EXIT_OK, EXIT_USAGE } from '../io';
import { readMembers } from './read-members';
import { loadSeason, seasonRun } from './season';

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
    const loaded = await loadSeason(ctx, undefined);
    if (!loaded.ok) {
      ctx.io.err(loaded.message);
      return loaded.code;
    }
    const season = seasonRun(ctx, loaded.value);
    const read = await readMembers(ctx, undefined, season);
    if (!read.ok) {
      ctx.io.err(read.message);
      return read.code;
    }
    const { result } = read;
    const info = { khoi: flag(ctx, '--khoi') ?? mostCommon(result.units.map((u) => u.unit.khoi)), period: flag(ctx, '--ky') ?? mostCommon(result.units.map((u) => u.unit.period)) };
    mkdirSync(dir, { recursive: true });
    const written: { unit: string; file: string; written: boolean }[] = [];
    for (const n of noticeFiles(result, info, (unit, id) => season.reason(unit, id), ctx.lang)) {
      const file = path.join(dir, n.fileName);
      if (existsSync(file)) {
        ctx.io.err(s.templateSkipped(file));
        written.push({ unit: n.unit, file, written: false });
        continue;
      }
      writeAtomically(file, await renderWorkbook(n.spec));
      written.push({ unit: n.unit, file, written: true });
    }
    for (const w of loaded.value.warnings) ctx.io.err(w);
    for (const e of result.errors) ctx.io.err(e.message);
    const errors = result.errors.filter((e) => e.severity === 'error');
    if (ctx.json) ctx.io.out(JSON.stringify({ notices: written, errors: errors.map(({ file, sheet, cell, message }) => ({ file, sheet: sheet ?? null, cell: cell ?? null, message })) }, null, 2));
    else ctx.io.err(s.noticesWritten(written.filter((w) => w.written).length, dir));
    return errors.length > 0 ? EXIT_INPUT_ERRORS : EXIT_OK;
  },
};
