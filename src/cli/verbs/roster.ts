/** `ktd5 roster-template` and `ktd5 template --roster`: the Khối's member list and one data sheet per member. */
import { documentPeriod } from '../../engine';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { templateWorkbook } from '../../workbook/layouts/data-sheet';
import { rosterWorkbook, slug } from '../../workbook/season/roster';
import { seasonTexts } from '../../workbook/season/messages';
import { readRoster } from '../../workbook/season/roster';
import { renderWorkbook } from '../xlsx-writer';
import { UsageError } from '../args';
import { flag, xlsxOutput, type Context, type Verb } from '../context';
import { resolveRubric } from '../documents';
import { writeAtomically } from '../files';
import { EXIT_INPUT_ERRORS, EXIT_OK, EXIT_USAGE } from '../io';
import { expectPositionals } from './catalogue';
import type { FileWrittenJson, RosterTemplatesJson } from '../json';
import { parseInputs } from './read-members';

export const rosterTemplateVerb: Verb = {
  flags: { values: ['-o', '--output'], booleans: [] },
  async run(ctx) {
    expectPositionals(ctx, 0, 0, '');
    const output = xlsxOutput(ctx);
    if (output === undefined) return EXIT_USAGE;
    if (existsSync(output)) {
      ctx.io.err(seasonTexts(ctx.lang).templateSkipped(output));
      return EXIT_USAGE;
    }
    writeAtomically(output, await renderWorkbook(rosterWorkbook(ctx.lang)));
    if (ctx.json) {
      const json: FileWrittenJson = { file: output };
      ctx.io.out(JSON.stringify(json));
    } else ctx.io.err(seasonTexts(ctx.lang).rosterWritten(output));
    return EXIT_OK;
  },
};

/** One data sheet per roster member in the -o folder, named by the member's slug; existing files are kept. */
export async function rosterTemplates(ctx: Context, rosterFile: string): Promise<number> {
  const s = seasonTexts(ctx.lang);
  expectPositionals(ctx, 0, 0, '');
  const rubricRef = flag(ctx, '--rubric');
  if (!rubricRef) throw new UsageError('missingArgument', ctx.m.needRubric);
  const dir = flag(ctx, '-o', '--output');
  if (!dir) throw new UsageError('missingArgument', s.needOutputDir);
  if (existsSync(dir) && !statSync(dir).isDirectory()) {
    ctx.io.err(s.outputNotDir(dir));
    return EXIT_USAGE;
  }
  const found = resolveRubric(rubricRef, ctx.m, ctx.lang);
  if (!found.ok) {
    ctx.io.err(found.message);
    return found.usage ? EXIT_USAGE : EXIT_INPUT_ERRORS;
  }
  if (!existsSync(rosterFile)) {
    ctx.io.err(ctx.m.noSuchInput(rosterFile));
    return EXIT_USAGE;
  }
  const [outcome] = await parseInputs(ctx, [rosterFile]);
  if (!outcome?.ok) {
    ctx.io.err(ctx.m.noSuchInput(rosterFile));
    return EXIT_USAGE;
  }
  const roster = readRoster(outcome.grid);
  for (const p of roster.problems) ctx.io.err(`${rosterFile}${p.cell ? ` ${p.cell}` : ''}: ${s.rosterProblems[p.code](p.detail)}`);
  if (roster.members.length === 0) {
    ctx.io.err(s.emptyRoster(rosterFile));
    return EXIT_USAGE;
  }
  mkdirSync(dir, { recursive: true });
  const khoi = flag(ctx, '--khoi');
  // The rubric's own period (ktd5-2023 → 2023) unless one is given.
  const period = flag(ctx, '--ky') ?? documentPeriod(found.rubric.data)?.label;
  const taken = new Set<string>();
  const files: RosterTemplatesJson['files'] = [];
  for (const m of roster.members) {
    let name = slug(m.unit);
    for (let i = 2; taken.has(name); i++) name = `${slug(m.unit)}-${i}`;
    taken.add(name);
    const file = path.join(dir, `${name}.xlsx`);
    if (existsSync(file)) {
      ctx.io.err(s.templateSkipped(file));
      files.push({ unit: m.unit, file, written: false });
      continue;
    }
    const spec = templateWorkbook(found.rubric, { unit: m.unit, ...(khoi ? { khoi } : {}), ...(period ? { period } : {}) });
    writeAtomically(file, await renderWorkbook(spec));
    files.push({ unit: m.unit, file, written: true });
  }
  if (ctx.json) {
    const json: RosterTemplatesJson = { rubric: found.rubric.id, files };
    ctx.io.out(JSON.stringify(json, null, 2));
  } else ctx.io.err(s.templatesWritten(files.filter((f) => f.written).length, dir));
  return EXIT_OK;
}
