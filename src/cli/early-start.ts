/**
 * The command's first step, before the rest of it loads: a verb that reads many member workbooks
 * gets its parser processes started now, parsing its inputs, so that they boot (about a quarter of
 * a second each) and work while the command loads the engine, the layouts and the documents. Light
 * on purpose: it loads the pool and the input finder alone.
 */
import { ParserPool } from '../workbook/xlsx/pool';
import { collectXlsx } from './files';

/** The verbs that parse a folder of member workbooks. */
const READS_MEMBERS = new Set(['consolidate', 'score', 'appraise', 'notices', 'track']);

/** The flags of those verbs that take no value; any other flag is taken to have one. */
const BOOLEANS = new Set(['--json', '--help', '-h', '--final']);

/**
 * The FILE|DIR arguments, as the verb's parser will most likely see them. Only a guess (the verb's
 * flags load with it): a wrong guess costs a file parsed for nothing or parsed later, never a result.
 */
function likelyInputs(args: readonly string[]): string[] {
  const inputs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') {
      inputs.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith('-') && arg !== '-') {
      if (!BOOLEANS.has(arg) && !arg.includes('=')) i++;
      continue;
    }
    inputs.push(arg);
  }
  return inputs;
}

/**
 * A started pool for the run (main.ts closes it), already parsing the inputs; undefined when the
 * verb reads no members.
 */
export function startParsers(argv: readonly string[]): ParserPool | undefined {
  const [verb, ...rest] = argv;
  if (verb === undefined || !READS_MEMBERS.has(verb) || rest.includes('--help') || rest.includes('-h')) return undefined;
  try {
    const pool = new ParserPool();
    pool.warm();
    pool.prefetch(collectXlsx(likelyInputs(rest)).files);
    return pool;
  } catch {
    return undefined; // the verb's own read says what is wrong
  }
}
