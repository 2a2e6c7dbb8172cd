/** Reads member workbooks through the parser pool and scores them, with a progress line per file. */
import path from 'node:path';
import { getRubric } from '../../rubrics';
import { scoreFiles, type FileOutcome, type KhoiResult } from '../../workbook/khoi/score-files';
import { workbookTexts } from '../../workbook/messages';
import { ParserPool } from '../../workbook/xlsx/pool';
import { UsageError } from '../args';
import { flag, type Context } from '../context';
import { resolveRubric } from '../documents';
import { collectXlsx, isAnInput } from '../files';

export type MembersRead = { ok: true; result: KhoiResult; files: string[] } | { ok: false; code: number; message: string };

/** Shows paths relative to the working directory, as the user typed them. */
function display(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel : file;
}

export async function readMembers(ctx: Context, output: string | undefined): Promise<MembersRead> {
  if (ctx.args.positionals.length === 0) throw new UsageError('missingArgument', ctx.m.needInputs);
  const { files, missing } = collectXlsx(ctx.args.positionals);
  for (const f of missing) ctx.io.err(ctx.m.noSuchInput(f));
  if (files.length === 0) return { ok: false, code: 2, message: ctx.m.noXlsxFound };
  if (output && isAnInput(output, files)) return { ok: false, code: 2, message: ctx.m.outputIsInput(output) };
  if (output && !/\.xlsx$/i.test(output)) return { ok: false, code: 2, message: ctx.m.notXlsxOutput(output) };

  const rubricRef = flag(ctx, '--rubric');
  let rubric;
  if (rubricRef) {
    const found = resolveRubric(rubricRef, ctx.m, ctx.lang);
    if (!found.ok) return { ok: false, code: found.usage ? 2 : 1, message: found.message };
    rubric = found.rubric;
  }

  const t = workbookTexts(ctx.lang);
  const pool = new ParserPool();
  let done = 0;
  try {
    const outcomes: FileOutcome[] = await Promise.all(
      files.map(async (file) => {
        const r = await pool.parse(file);
        done++;
        if (files.length > 1) ctx.io.err(t.progress(done, files.length, display(file)));
        return { file: display(file), ...r } as FileOutcome;
      }),
    );
    const result = scoreFiles(outcomes, { ...(rubric ? { rubric } : {}), resolveRubric: (id) => getRubric(id), lang: ctx.lang });
    for (const m of missing) result.errors.unshift({ file: m, message: ctx.m.noSuchInput(m), severity: 'error' });
    return { ok: true, result, files };
  } finally {
    pool.close();
  }
}
