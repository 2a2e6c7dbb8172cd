/** `ktd5 rubric-import`: a rubric sheet (the appendix typed as printed) to a checked rubric data file. */
import { type Lang } from '../../engine';
import { builtinDocuments } from '../../rubrics';
import { loadRubricData } from '../../rubrics/load';
import { fileFailure } from '../../workbook/khoi/score-files';
import { importRubricSheet } from '../../workbook/rubric-sheet/import';
import { describeRubricProblem, type RubricProblem } from '../../workbook/rubric-sheet/messages';
import { ParserPool } from '../../workbook/xlsx/pool';
import { UsageError } from '../args';
import { flag, type Verb } from '../context';
import { statSync } from 'node:fs';
import { fileKind, notRegularCode, type FileKind } from '../../workbook/xlsx/read-file';
import { EXIT_INPUT_ERRORS, EXIT_NOT_WRITTEN, EXIT_OK, EXIT_USAGE, terminalText } from '../io';
import { outputIsAnInput, writeOutput } from '../output';
import { workbookTexts } from '../../workbook/messages';
import type { RubricImportJson, RubricProblemJson } from '../json';
import { expectPositionals } from './catalogue';

function problemJson(p: RubricProblem, file: string, lang: Lang): RubricProblemJson {
  return { sheet: p.sheet ?? null, cell: p.cell ?? null, severity: p.severity, code: p.code === 'engine' ? p.issue.code : p.code, message: describeRubricProblem(p, file, lang) };
}

export const rubricImportVerb: Verb = {
  flags: { values: ['--sheet', '-o', '--output'], booleans: [] },
  async run(ctx) {
    expectPositionals(ctx, 1, 1, ctx.m.needRubricSheet);
    const input = ctx.args.positionals[0] as string;
    const output = flag(ctx, '-o', '--output');
    if (!output) throw new UsageError('missingArgument', ctx.m.needJsonOutput);
    if (!/\.json$/i.test(output)) {
      ctx.io.err(ctx.m.notJsonOutput(output));
      return EXIT_USAGE;
    }
    // One regular file: a folder, FIFO or device given here is named and not read.
    let kind: FileKind | undefined;
    try {
      kind = fileKind(statSync(input));
    } catch {
      kind = undefined;
    }
    if (kind !== 'file') {
      const t = workbookTexts(ctx.lang);
      ctx.io.err(terminalText(kind === undefined ? ctx.m.noSuchInput(input) : `${t.location(input)}: ${t.fsReason(notRegularCode(kind))}.`));
      return EXIT_USAGE;
    }
    if (outputIsAnInput(ctx, output, [input])) return EXIT_USAGE;
    const sheet = flag(ctx, '--sheet');
    const fail = (messages: string[], problems: RubricProblemJson[]): number => {
      for (const m of messages) ctx.io.err(terminalText(m));
      ctx.io.err(terminalText(ctx.m.rubricNotWritten(output)));
      if (ctx.json) {
        const json: RubricImportJson = { output: null, rubric: null, problems };
        ctx.io.out(JSON.stringify(json, null, 2));
      }
      return EXIT_INPUT_ERRORS;
    };

    // Untrusted file: guarded and parsed in a child process, like the members' workbooks.
    const pool = new ParserPool({ size: 1 });
    let parsed;
    try {
      parsed = await pool.parse(input);
    } finally {
      pool.close();
    }
    if (!parsed.ok) {
      const e = fileFailure({ file: input, ...parsed }, ctx.lang);
      return fail([e.message], [{ sheet: e.sheet ?? null, cell: e.cell ?? null, severity: 'error', code: 'file', message: e.message }]);
    }

    const result = importRubricSheet(parsed.grid, { ...(sheet !== undefined ? { sheet } : {}), knownIds: builtinDocuments().map((d) => d.id) });
    const problems = result.problems.map((p) => problemJson(p, input, ctx.lang));
    if (!result.ok) return fail(problems.map((p) => p.message), problems);
    // The same gate every verb applies to `--rubric FILE.json`: what is written will load.
    const loaded = loadRubricData(result.data, output);
    if (!loaded.ok) throw new Error(`rubric-import produced an unloadable rubric: ${JSON.stringify(loaded.issues)}`);

    for (const p of problems) ctx.io.err(terminalText(p.message));
    if (writeOutput(ctx, output, new TextEncoder().encode(`${JSON.stringify(result.data, null, 2)}\n`))) return EXIT_NOT_WRITTEN;
    const { id, total, sections } = result.data;
    const criteria = sections.reduce((n, s) => n + s.criteria.length, 0);
    if (ctx.json) {
      const json: RubricImportJson = { output, rubric: id, total, sections: sections.length, criteria, problems };
      ctx.io.out(JSON.stringify(json, null, 2));
    } else ctx.io.err(ctx.m.rubricImported(output, id, sections.length, criteria, total));
    return EXIT_OK;
  },
};
