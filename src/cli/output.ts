/**
 * Writing a verb's output: atomically, and a failure said in words — a sentence naming the path and
 * the reason on stderr, `{"error": {"code", "path", "message"}}` on stdout with --json, exit code 3 —
 * never a stack trace.
 */
import { fitToExcel } from '../workbook/excel-limits';
import { cutWarnings } from '../workbook/khoi/long-texts';
import { workbookTexts } from '../workbook/messages';
import { type WorkbookSpec } from '../workbook/spec';
import { type Context } from './context';
import { isAnInput, writeAtomically } from './files';
import { terminalText } from './io';
import type { WriteFailureJson } from './json';
import { renderWorkbook } from './xlsx-writer';

export type WriteFailure = WriteFailureJson['error'];

/** Writes `bytes` to `target`; on failure reports it (see above) and returns it. */
export function writeOutput(ctx: Context, target: string, bytes: Uint8Array): WriteFailure | undefined {
  try {
    writeAtomically(target, bytes);
    return undefined;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
    const failure = { code, path: target, message: `${ctx.m.cannotWrite(target, workbookTexts(ctx.lang).fsReason(code))} ${ctx.m.nothingWritten}` };
    ctx.io.err(terminalText(failure.message));
    if (ctx.json) {
      const json: WriteFailureJson = { error: failure };
      ctx.io.out(JSON.stringify(json, null, 2));
    }
    return failure;
  }
}

/**
 * The .xlsx bytes of a spec within Excel's limits, each cut text reported on stderr (verbs whose
 * texts come from the command line or documents; member texts go through `fittedWorkbook`).
 */
export async function renderFitted(ctx: Context, wanted: WorkbookSpec): Promise<Uint8Array> {
  const { spec, cuts } = fitToExcel(wanted);
  for (const w of cutWarnings(cuts, [], ctx.lang)) ctx.io.err(terminalText(w.message));
  return renderWorkbook(spec);
}

/** Refuses (usage error, exit 2) an output that is one of the files the verb reads: same path, link or inode. */
export function outputIsAnInput(ctx: Context, output: string, inputs: (string | undefined)[]): boolean {
  const files = inputs.filter((i): i is string => i !== undefined && /\.(json|xlsx)$/i.test(i));
  if (!isAnInput(output, files)) return false;
  ctx.io.err(terminalText(ctx.m.outputIsInput(output)));
  return true;
}
