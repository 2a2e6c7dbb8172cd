/**
 * The season's inputs beside the member files for the command: reads the roster, the appraisal
 * workbook, the answered notices and last year's consolidation given by flags, and builds the
 * season run (src/workbook/season/run.ts) that `consolidate`, `appraise` and `notices` share:
 * `openSeason` reads them and the members, `seasonProblems` reports what was found once.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { getRubric } from '../../rubrics';
import { fileFailure, type KhoiResult, type ScoredUnit } from '../../workbook/khoi/score-files';
import { consolidationInfo, type ConsolidationInfo } from '../../workbook/khoi/info';
import { answersInput, appraisalInput, previousInput, rosterInput, type SeasonInput } from '../../workbook/season/inputs';
import { seasonTexts } from '../../workbook/season/messages';
import { SeasonRun, type SeasonInputs } from '../../workbook/season/run';
import { type SealInput } from '../../workbook/season/consolidation';
import { type WorkbookGrid } from '../../workbook/grid';
import { flag, type Context } from '../context';
import { collectXlsx, isAnInput } from '../files';
import { EXIT_USAGE, terminalText } from '../io';
import type { ProblemListsJson } from '../json';
import { problemLists } from './problem-lists';
import { display, parseInputs, readMembers } from './read-members';

export const SEASON_FLAGS = ['--roster', '--appraisal', '--explanations', '--previous'];

type Loaded<T> = { ok: true; value: T } | { ok: false; code: number; message: string };

/** The season inputs plus where the appraisal workbook is on disk (to hash it for the seal). */
export type CliSeasonInputs = SeasonInputs & { appraisalPath?: string };

/** Parses one control file; a file that cannot be used stops the verb (exit 2), nothing is written. */
async function parseControl(ctx: Context, file: string): Promise<Loaded<{ display: string; grid: WorkbookGrid }>> {
  const s = seasonTexts(ctx.lang);
  if (!existsSync(file) || !statSync(file).isFile()) return { ok: false, code: EXIT_USAGE, message: ctx.m.noSuchInput(file) };
  const [outcome] = await parseInputs(ctx, [file]);
  if (!outcome) return { ok: false, code: EXIT_USAGE, message: ctx.m.noSuchInput(file) };
  if (!outcome.ok) return { ok: false, code: EXIT_USAGE, message: s.notAWorkbook(file, fileFailure(outcome, ctx.lang).message) };
  return { ok: true, value: { display: outcome.file, grid: outcome.grid } };
}

/** The control file a flag names (undefined without the flag), read by `read`; its warnings join `warnings`. */
async function readControl<T>(ctx: Context, name: string, read: (file: string, grid: WorkbookGrid, lang: Context['lang']) => SeasonInput<T>, warnings: SeasonInputs['warnings']): Promise<Loaded<T | undefined>> {
  const file = flag(ctx, name);
  if (!file) return { ok: true, value: undefined };
  const parsed = await parseControl(ctx, file);
  if (!parsed.ok) return parsed;
  const result = read(parsed.value.display, parsed.value.grid, ctx.lang);
  if (!result.ok) return { ok: false, code: EXIT_USAGE, message: result.message };
  warnings.push(...result.warnings);
  return { ok: true, value: result.value };
}

/** Reads the season flags' files; an output path equal to any of them is refused. */
export async function loadSeason(ctx: Context, output: string | undefined): Promise<Loaded<CliSeasonInputs>> {
  const inputs: CliSeasonInputs = { warnings: [] };
  for (const f of ['--roster', '--appraisal', '--previous']) {
    const file = flag(ctx, f);
    if (file && output && isAnInput(output, [file])) return { ok: false, code: EXIT_USAGE, message: ctx.m.outputIsInput(output) };
  }
  const roster = await readControl(ctx, '--roster', rosterInput, inputs.warnings);
  if (!roster.ok) return roster;
  if (roster.value) inputs.roster = roster.value;
  const appraisal = await readControl(ctx, '--appraisal', appraisalInput, inputs.warnings);
  if (!appraisal.ok) return appraisal;
  if (appraisal.value) {
    inputs.appraisal = appraisal.value;
    inputs.appraisalPath = flag(ctx, '--appraisal');
  }
  const explanations = flag(ctx, '--explanations');
  if (explanations) {
    const { files, missing } = collectXlsx([explanations]);
    if (missing.length > 0) return { ok: false, code: EXIT_USAGE, message: ctx.m.noSuchInput(explanations) };
    const outcomes = files.length > 0 ? await parseInputs(ctx, files) : [];
    const read = answersInput(outcomes.map((o) => ({ file: o.file, ...(o.ok ? { grid: o.grid } : {}) })), ctx.lang);
    inputs.answers = read.answers;
    inputs.warnings.push(...read.warnings);
  }
  const previous = await readControl(ctx, '--previous', previousInput, inputs.warnings);
  if (!previous.ok) return previous;
  if (previous.value) inputs.previous = previous.value;
  return { ok: true, value: inputs };
}


/** The season run for this command's flags. */
export function seasonRun(ctx: Context, inputs: SeasonInputs): SeasonRun {
  const period = flag(ctx, '--ky');
  return new SeasonRun(inputs, { lang: ctx.lang, resolveRubric: (id) => getRubric(id), ...(period !== undefined ? { period } : {}) });
}

/** The seal's inputs: the SHA-256 of every member file and of the appraisal workbook, as read now. */
export function sealInput(inputs: CliSeasonInputs, files: readonly string[]): SealInput {
  const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
  return { files: files.map((f) => ({ file: display(f), sha256: sha(f) })), ...(inputs.appraisalPath ? { appraisalSha256: sha(inputs.appraisalPath) } : {}), date: new Date() };
}

/** The season flags' files, the season run and the members read with it. */
export interface OpenSeason {
  inputs: CliSeasonInputs;
  run: SeasonRun;
  result: KhoiResult;
  files: string[];
}

/**
 * Reads the season flags' files, then the members through the season run (`output`, when the verb
 * writes one file, is refused if it is any input). A failure is said here; it gives the exit code.
 */
export async function openSeason(ctx: Context, output: string | undefined): Promise<OpenSeason | number> {
  const loaded = await loadSeason(ctx, output);
  if (!loaded.ok) {
    ctx.io.err(loaded.message);
    return loaded.code;
  }
  const run = seasonRun(ctx, loaded.value);
  const read = await readMembers(ctx, output, run);
  if (!read.ok) {
    ctx.io.err(read.message);
    return read.code;
  }
  return { inputs: loaded.value, run, result: read.result, files: read.files };
}

/** The title's Khối and period: --khoi and --ky, else what most members wrote. */
export function seasonInfo(ctx: Context, units: readonly ScoredUnit[]): ConsolidationInfo {
  const khoi = flag(ctx, '--khoi');
  const period = flag(ctx, '--ky');
  return consolidationInfo(units, { ...(khoi !== undefined ? { khoi } : {}), ...(period !== undefined ? { period } : {}) });
}

/** Says every note of the control files and problem of the members once (stderr), split for --json. */
export function seasonProblems(ctx: Context, season: OpenSeason): ProblemListsJson {
  const all = [...season.inputs.warnings, ...season.result.errors];
  for (const p of all) ctx.io.err(terminalText(p.message));
  return problemLists(all);
}
