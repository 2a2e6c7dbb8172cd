/** The `ktd5` command: verbs over the engine and the built-in documents. */
import { type Lang } from '../engine';
import { builtinDocuments } from '../rubrics';
import { outlineOf } from '../rubrics/outline';
import { parseArgs, UsageError, type ParsedArgs } from './args';
import { resolveDocument } from './documents';
import { EXIT_INPUT_ERRORS, EXIT_OK, EXIT_USAGE, processOutput, type Output } from './io';
import { cliMessages, type CliMessages } from './messages';
import { renderDocument, renderDocumentList } from './render';

const COMMON = { values: ['--lang'], booleans: ['--json', '--help', '-h'] } as const;

interface Context {
  args: ParsedArgs;
  json: boolean;
  lang: Lang;
  m: CliMessages;
  io: Output;
}

type Verb = (ctx: Context) => number;

function expectPositionals(ctx: Context, min: number, max: number, what: string): void {
  if (ctx.args.positionals.length < min) throw new UsageError('missingArgument', what);
  if (ctx.args.positionals.length > max) throw new UsageError('tooManyArguments', ctx.args.positionals.slice(max).join(' '));
}

const verbs: Record<string, { flags: { values: string[]; booleans: string[] }; run: Verb }> = {
  rubrics: {
    flags: { values: [], booleans: [] },
    run: (ctx) => {
      expectPositionals(ctx, 0, 0, '');
      const docs = builtinDocuments();
      if (ctx.json) {
        ctx.io.out(JSON.stringify(docs.map((d) => ({ id: d.id, title: d.title, kind: d.kind, source: d.source })), null, 2));
      } else {
        ctx.io.out(renderDocumentList(docs, ctx.m));
      }
      return EXIT_OK;
    },
  },
  show: {
    flags: { values: [], booleans: [] },
    run: (ctx) => {
      expectPositionals(ctx, 1, 1, ctx.m.documentId);
      const found = resolveDocument(ctx.args.positionals[0] as string, ctx.m, ctx.lang);
      if (!found.ok) {
        ctx.io.err(found.message);
        return found.usage ? EXIT_USAGE : EXIT_INPUT_ERRORS;
      }
      if (ctx.json) {
        const { id, kind, title, source, total, items, pillars, groups } = outlineOf(found.document);
        ctx.io.out(JSON.stringify({ id, kind, title, source, ...(total !== undefined ? { total } : {}), groups, items, ...(pillars ? { pillars } : {}) }, null, 2));
      } else {
        ctx.io.out(renderDocument(found.document, ctx.m));
      }
      return EXIT_OK;
    },
  },
};

function languageOf(argv: readonly string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? undefined : argv[i]?.includes('=') ? argv[i]?.split('=')[1] : argv[i + 1];
  return value === 'en' ? 'en' : 'vi';
}

/** Runs the command; returns the exit code. */
export function run(argv: readonly string[], io: Output = processOutput): number {
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
    return verb.run({ args, json: args.booleans.has('--json'), lang: langValue ?? 'vi', m, io });
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
  process.exitCode = run(process.argv.slice(2));
}
