/** Finds the .xlsx inputs, parses them in the parser pool with a progress line per file, and scores member workbooks. */
import path from 'node:path';
import { getRubric } from '../../rubrics';
import { type CompiledRubric } from '../../engine';
import { scoreFiles, type FileError, type FileOutcome, type KhoiResult, type ScoreOptions } from '../../workbook/khoi/score-files';
import { workbookTexts } from '../../workbook/messages';
import { ParserPool } from '../../workbook/xlsx/pool';
import { UsageError } from '../args';
import { flag, type Context } from '../context';
import { resolveRubric } from '../documents';
import { collectXlsx, isAnInput } from '../files';
import { EXIT_INPUT_ERRORS, EXIT_USAGE, terminalText } from '../io';

export type MembersRead = { ok: true; result: KhoiResult; files: string[]; output: string } | { ok: false; code: number; message: string };
export type InputsFound = { ok: true; files: string[]; missing: string[]; notRead: FileError[]; output: string | undefined } | { ok: false; code: number; message: string };
/** The output path: the `-o` given, or a default named from the inputs (checked against them all the same). */
export type OutputChoice = string | undefined | ((files: string[]) => string);

/** Shows paths relative to the working directory, as the user typed them. */
export function display(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel : file;
}

/**
 * The .xlsx inputs of FILE|DIR arguments (missing ones and what is not a regular file returned for
 * the verb to report with its other problems, once), and a check of the output path, given or
 * default, against every input. When the verb cannot go on, the missing inputs are said here.
 */
export function findInputs(ctx: Context, choice: OutputChoice, otherInputs: string[] = []): InputsFound {
  if (ctx.args.positionals.length === 0) throw new UsageError('missingArgument', ctx.m.needInputs);
  const t = workbookTexts(ctx.lang);
  const { files, missing, skipped } = collectXlsx(ctx.args.positionals);
  const notRead: FileError[] = skipped.map((s) => ({ file: display(s.path), message: `${t.location(display(s.path))}: ${t.fsReason(s.code)}.`, severity: 'error' }));
  const stop = (message: string): InputsFound => {
    for (const f of missing) ctx.io.err(terminalText(ctx.m.noSuchInput(f)));
    return { ok: false, code: EXIT_USAGE, message };
  };
  if (files.length === 0) return stop(ctx.m.noXlsxFound);
  const output = typeof choice === 'function' ? choice(files) : choice;
  if (output && isAnInput(output, [...files, ...otherInputs])) return stop(typeof choice === 'function' ? ctx.m.defaultOutputIsInput(output) : ctx.m.outputIsInput(output));
  if (output && !/\.xlsx$/i.test(output)) return stop(ctx.m.notXlsxOutput(output));
  return { ok: true, files, missing, notRead, output };
}

/**
 * Parses each input in the parser pool, with a progress line per file when there are several;
 * `parsed` sees each outcome as it arrives.
 */
export async function parseInputs(ctx: Context, files: string[], parsed?: (outcome: FileOutcome) => void): Promise<FileOutcome[]> {
  const t = workbookTexts(ctx.lang);
  const pool = ctx.pool ?? new ParserPool();
  let done = 0;
  try {
    return await Promise.all(
      files.map(async (file) => {
        const outcome = { file: display(file), ...(await pool.parse(file)) } as FileOutcome;
        done++;
        if (files.length > 1) ctx.io.err(terminalText(t.progress(done, files.length, outcome.file)));
        parsed?.(outcome);
        return outcome;
      }),
    );
  } finally {
    if (pool !== ctx.pool) pool.close();
  }
}

/** The season's hooks (roster, appraisal…): which parsed files to score and with what, then additions to the result. */
export interface MemberHooks {
  /** A member file as soon as it is parsed (work that need not wait for the others). */
  parsed?(outcome: FileOutcome): void;
  prepare(outcomes: FileOutcome[], rubric: CompiledRubric | undefined): { outcomes: FileOutcome[]; options: Partial<ScoreOptions> };
  finish(result: KhoiResult): void;
}

export async function readMembers(ctx: Context, choice: OutputChoice, hooks?: MemberHooks): Promise<MembersRead> {
  const rubricRef = flag(ctx, '--rubric');
  const found = findInputs(ctx, choice, rubricRef && /\.json$/i.test(rubricRef) ? [rubricRef] : []);
  if (!found.ok) return found;
  const { files, missing, notRead } = found;

  let rubric;
  if (rubricRef) {
    const resolved = resolveRubric(rubricRef, ctx.m, ctx.lang);
    if (!resolved.ok) {
      for (const m of missing) ctx.io.err(terminalText(ctx.m.noSuchInput(m)));
      return { ok: false, code: resolved.usage ? EXIT_USAGE : EXIT_INPUT_ERRORS, message: resolved.message };
    }
    rubric = resolved.rubric;
  }

  const parsed = await parseInputs(ctx, files, hooks?.parsed?.bind(hooks));
  const prepared = hooks?.prepare(parsed, rubric);
  const result = scoreFiles(prepared?.outcomes ?? parsed, { ...prepared?.options, ...(rubric ? { rubric } : {}), resolveRubric: (id) => getRubric(id), lang: ctx.lang });
  hooks?.finish(result);
  result.errors.unshift(...missing.map((m): FileError => ({ file: m, message: ctx.m.noSuchInput(m), severity: 'error' })), ...notRead);
  return { ok: true, result, files, output: found.output ?? '' };
}
