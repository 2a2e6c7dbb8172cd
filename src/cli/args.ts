/** A small, strict argument parser: unknown flags are usage errors (exit code 2), never ignored. */

export interface FlagSpec {
  /** Flags that take a value (`--rubric ID`), with their short aliases. */
  values: readonly string[];
  /** Boolean flags (`--json`). */
  booleans: readonly string[];
}

export interface ParsedArgs {
  positionals: string[];
  values: Map<string, string[]>;
  booleans: Set<string>;
}

export class UsageError extends Error {
  constructor(
    readonly code: 'unknownFlag' | 'missingValue' | 'unknownVerb' | 'missingArgument' | 'badValue' | 'tooManyArguments',
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
  }
}

export function parseArgs(argv: readonly string[], spec: FlagSpec): ParsedArgs {
  const result: ParsedArgs = { positionals: [], values: new Map(), booleans: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      result.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('-') && arg !== '-') {
      const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
      if (spec.booleans.includes(name)) {
        if (inline !== undefined) throw new UsageError('badValue', arg);
        result.booleans.add(name);
      } else if (spec.values.includes(name)) {
        const value = inline ?? argv[++i];
        if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new UsageError('missingValue', name);
        result.values.set(name, [...(result.values.get(name) ?? []), value]);
      } else {
        throw new UsageError('unknownFlag', name);
      }
    } else {
      result.positionals.push(arg);
    }
  }
  return result;
}
