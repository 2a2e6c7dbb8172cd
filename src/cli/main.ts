/** The `ktd5` command: verbs over the engine, the built-in documents and the workbook layer. */
import { type Lang } from '../engine';
import { parseArgs, UsageError } from './args';
import { type Verb } from './context';
import { EXIT_OK, EXIT_USAGE, processOutput, type Output } from './io';
import { cliMessages } from './messages';
import { type ParserPool } from '../workbook/xlsx/pool';
import type * as Appraise from './verbs/appraise';
import type * as Catalogue from './verbs/catalogue';
import type * as Consolidate from './verbs/consolidate';
import type * as Notices from './verbs/notices';
import type * as Roster from './verbs/roster';
import type * as RubricImport from './verbs/rubric-import';
import type * as RubricTemplate from './verbs/rubric-template';
import type * as Score from './verbs/score';
import type * as Standards from './verbs/standards';
import type * as Targets from './verbs/targets';
import type * as Template from './verbs/template';
import type * as Track from './verbs/track';
import type * as Verify from './verbs/verify';

const COMMON = { values: ['--lang'], booleans: ['--json', '--help', '-h'] } as const;

/*
 * Each verb's module is loaded only when that verb runs: a run pays the start-up cost of its own verb,
 * not of the fourteen (issue 18: `consolidate` need not load what `track` or `rubric-import` use).
 * Plain requires, the CLI being CommonJS.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const verbs: Record<string, () => Verb> = {
  rubrics: () => (require('./verbs/catalogue') as typeof Catalogue).rubricsVerb,
  show: () => (require('./verbs/catalogue') as typeof Catalogue).showVerb,
  template: () => (require('./verbs/template') as typeof Template).templateVerb,
  score: () => (require('./verbs/score') as typeof Score).scoreVerb,
  consolidate: () => (require('./verbs/consolidate') as typeof Consolidate).consolidateVerb,
  'rubric-template': () => (require('./verbs/rubric-template') as typeof RubricTemplate).rubricTemplateVerb,
  'rubric-import': () => (require('./verbs/rubric-import') as typeof RubricImport).rubricImportVerb,
  targets: () => (require('./verbs/targets') as typeof Targets).targetsVerb,
  track: () => (require('./verbs/track') as typeof Track).trackVerb,
  standards: () => (require('./verbs/standards') as typeof Standards).standardsVerb,
  'roster-template': () => (require('./verbs/roster') as typeof Roster).rosterTemplateVerb,
  appraise: () => (require('./verbs/appraise') as typeof Appraise).appraiseVerb,
  notices: () => (require('./verbs/notices') as typeof Notices).noticesVerb,
  verify: () => (require('./verbs/verify') as typeof Verify).verifyVerb,
};
/* eslint-enable @typescript-eslint/no-require-imports */

function languageOf(argv: readonly string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? undefined : argv[i]?.includes('=') ? argv[i]?.split('=')[1] : argv[i + 1];
  return value === 'en' ? 'en' : 'vi';
}

/**
 * Runs the command; resolves to the exit code. `pool`, when given (bin/ktd5.js starts one early:
 * early-start.ts), parses every workbook of the run and is closed when the run ends.
 */
export async function run(argv: readonly string[], io: Output = processOutput, pool?: ParserPool): Promise<number> {
  try {
    return await runVerb(argv, io, pool);
  } finally {
    pool?.close();
  }
}

async function runVerb(argv: readonly string[], io: Output, pool: ParserPool | undefined): Promise<number> {
  const m = cliMessages(languageOf(argv));
  const [verbName, ...rest] = argv;
  if (verbName === undefined || verbName === '--help' || verbName === '-h') {
    io.out(m.usage);
    return verbName === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const verb = Object.hasOwn(verbs, verbName) ? verbs[verbName]?.() : undefined;
  try {
    if (!verb) throw new UsageError('unknownVerb', verbName);
    const args = parseArgs(rest, { values: [...COMMON.values, ...verb.flags.values], booleans: [...COMMON.booleans, ...verb.flags.booleans] });
    const langValue = args.values.get('--lang')?.at(-1);
    if (langValue !== undefined && langValue !== 'vi' && langValue !== 'en') {
      io.err(m.badLang(langValue));
      return EXIT_USAGE;
    }
    if (args.booleans.has('--help') || args.booleans.has('-h')) {
      io.out(m.usage);
      return EXIT_OK;
    }
    return await verb.run({ args, json: args.booleans.has('--json'), lang: langValue ?? 'vi', m, io, ...(pool ? { pool } : {}) });
  } catch (e) {
    if (e instanceof UsageError) {
      const messages: Record<UsageError['code'], (d: string) => string> = {
        unknownVerb: m.unknownVerb,
        unknownFlag: m.unknownFlag,
        missingValue: m.missingValue,
        badValue: m.badValue,
        missingArgument: m.missingArgument,
        tooManyArguments: m.tooManyArguments,
      };
      io.err(messages[e.code](e.detail));
      return EXIT_USAGE;
    }
    throw e;
  }
}

if (require.main === module) {
  void run(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
