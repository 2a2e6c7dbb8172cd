/**
 * The command's first step, before the rest of it loads: a verb that reads many member workbooks
 * gets its parser processes started now, so that they boot (about a quarter of a second each)
 * while the command loads the engine, the layouts and the documents. Light on purpose: it loads the
 * pool alone.
 */
import { ParserPool } from '../workbook/xlsx/pool';

/** The verbs that parse a folder of member workbooks. */
const READS_MEMBERS = new Set(['consolidate', 'score', 'appraise', 'notices', 'track']);

/** A started pool for the run (main.ts closes it), or undefined when the verb reads no members. */
export function startParsers(argv: readonly string[]): ParserPool | undefined {
  const [verb, ...rest] = argv;
  if (verb === undefined || !READS_MEMBERS.has(verb) || rest.includes('--help') || rest.includes('-h')) return undefined;
  try {
    const pool = new ParserPool();
    pool.warm();
    return pool;
  } catch {
    return undefined; // the verb's own read says what is wrong
  }
}
