/** The `ktd5` command: verbs over the engine, the built-in documents and the workbook layer. */
import { type Lang } from '../engine';
import { parseArgs, UsageError } from './args';
import { type Verb } from './context';
import { EXIT_OK, EXIT_USAGE, processOutput, type Output } from './io';
import { cliMessages } from './messages';
import { type ParserPool } from '../workbook/xlsx/pool';
import { rubricsVerb, showVerb } from './verbs/catalogue';
import { consolidateVerb } from './verbs/consolidate';
import { rubricImportVerb } from './verbs/rubric-import';
import { rubricTemplateVerb } from './verbs/rubric-template';
import { scoreVerb } from './verbs/score';
import { standardsVerb } from './verbs/standards';
import { targetsVerb } from './verbs/targets';
import { templateVerb } from './verbs/template';
import { trackVerb } from './verbs/track';
import { appraiseVerb } from './verbs/appraise';
import { noticesVerb } from './verbs/notices';
import { rosterTemplateVerb } from './verbs/roster';
import { verifyVerb } from './verbs/verify';

const COMMON = { values: ['--lang'], booleans: ['--json', '--help', '-h'] } as const;

const verbs: Record<string, Verb> = {
  rubrics: rubricsVerb,
  show: showVerb,
  template: templateVerb,
  score: scoreVerb,
  consolidate: consolidateVerb,
  'rubric-template': rubricTemplateVerb,
  'rubric-import': rubricImportVerb,
  targets: targetsVerb,
  track: trackVerb,
  standards: standardsVerb,
  'roster-template': rosterTemplateVerb,
  appraise: appraiseVerb,
  notices: noticesVerb,
  verify: verifyVerb,
};

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
  const verb = verbs[verbName];
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
