/** What every verb receives. */
import { type Lang } from '../engine';
import { type ParsedArgs } from './args';
import { type Output } from './io';
import { type CliMessages } from './messages';

export interface Context {
  args: ParsedArgs;
  json: boolean;
  lang: Lang;
  m: CliMessages;
  io: Output;
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
