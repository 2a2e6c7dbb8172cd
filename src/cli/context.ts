/** What every verb receives. */
import { type Lang } from '../engine';
import { UsageError, type ParsedArgs } from './args';
import { type Output } from './io';
import { type CliMessages } from './messages';
import { type ParserPool } from '../workbook/xlsx/pool';

export interface Context {
  args: ParsedArgs;
  json: boolean;
  lang: Lang;
  m: CliMessages;
  io: Output;
  /** The run's parser processes, shared by every read of the run and closed when it ends (main.ts). */
  pool?: ParserPool;
}

export interface Verb {
  flags: { values: string[]; booleans: string[] };
  run(ctx: Context): Promise<number>;
}

/** The last value of a flag (`-o` and `--output` are the same flag). */
export function flag(ctx: Context, ...names: string[]): string | undefined {
  for (const n of names) {
    const v = ctx.args.values.get(n)?.at(-1);
    if (v !== undefined) return v;
  }
  return undefined;
}

/**
 * The required `-o FILE.xlsx` of a verb that writes a workbook: missing is a usage error (thrown);
 * another extension is reported here and gives undefined (the verb exits with the usage code).
 */
export function xlsxOutput(ctx: Context): string | undefined {
  const output = flag(ctx, '-o', '--output');
  if (!output) throw new UsageError('missingArgument', ctx.m.needOutput);
  if (!/\.xlsx$/i.test(output)) {
    ctx.io.err(ctx.m.notXlsxOutput(output));
    return undefined;
  }
  return output;
}
