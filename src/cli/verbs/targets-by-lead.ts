/** `ktd5 targets --set ID --by-lead [--period 2023-11] -o DIR/`: one report workbook per lead unit, never over an existing file. */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { type DocumentData } from '../../engine';
import { periodCode, parsePeriod } from '../../workbook/tracking/by-lead/period';
import { leadProblemText } from '../../workbook/tracking/by-lead/texts';
import { leadPlanOf, leadWorkbooks } from '../../workbook/tracking/by-lead/workbooks';
import { renderWorkbook } from '../xlsx-writer';
import { UsageError } from '../args';
import { flag, type Context } from '../context';
import { writeAtomically } from '../files';
import { workbookTexts } from '../../workbook/messages';
import { EXIT_INPUT_ERRORS, EXIT_OK, EXIT_USAGE } from '../io';
import type { ByLeadJson } from '../json';

export async function writeByLead(ctx: Context, doc: DocumentData, year: string | undefined): Promise<number> {
  const dir = flag(ctx, '-o', '--output');
  if (!dir) throw new UsageError('missingArgument', ctx.m.needOutputDir);
  if (/\.xlsx$/i.test(dir) || (existsSync(dir) && !statSync(dir).isDirectory())) {
    ctx.io.err(ctx.m.byLeadNeedsDir(dir));
    return EXIT_USAGE;
  }
  const periodFlag = flag(ctx, '--period');
  const period = periodFlag === undefined ? undefined : parsePeriod(periodFlag);
  if (periodFlag !== undefined && !period) {
    ctx.io.err(ctx.m.badPeriodFlag(periodFlag));
    return EXIT_USAGE;
  }
  const plan = leadPlanOf(doc, year);
  if (!plan) {
    ctx.io.err(ctx.m.noLeads(doc.id));
    return EXIT_USAGE;
  }
  if (plan.split.unknown.length > 0) ctx.io.err(leadProblemText('unknownLeads', { names: plan.split.unknown.join('; ') }, ctx.lang));
  const books = leadWorkbooks(doc, plan, period);
  const written: ByLeadJson['files'] = [];
  const skipped: ByLeadJson['skipped'] = [];
  let failed = false;
  for (const b of books) {
    const file = path.join(dir, b.fileName);
    if (existsSync(file)) {
      ctx.io.err(ctx.m.leadExists(file));
      skipped.push({ file, lead: b.book.name, reason: 'exists' });
      failed = true;
      continue;
    }
    try {
      writeAtomically(file, await renderWorkbook(b.spec), { noOverwrite: true });
    } catch (e) {
      ctx.io.err(ctx.m.cannotWrite(file, workbookTexts(ctx.lang).fsReason((e as NodeJS.ErrnoException).code ?? 'EIO')));
      skipped.push({ file, lead: b.book.name, reason: 'write' });
      failed = true;
      continue;
    }
    const count = (role: string) => b.book.assignments.filter((a) => a.role === role).length;
    written.push({ file, lead: b.book.name, collective: b.book.collective, indicators: b.book.assignments.length, coLead: count('co-lead'), unassigned: count('unassigned') });
    if (!ctx.json) ctx.io.err(ctx.m.leadWritten(file, b.book.name, b.book.assignments.length));
  }
  if (ctx.json) {
    const json: ByLeadJson = { dir, set: doc.id, period: period ? periodCode(period) : null, targetYear: plan.targetYear, files: written, skipped, unknownLeads: plan.split.unknown };
    ctx.io.out(JSON.stringify(json, null, 2));
  } else {
    ctx.io.err(ctx.m.leadsSummary(written.length, books.length, dir));
  }
  return failed ? EXIT_INPUT_ERRORS : EXIT_OK;
}
