/** `ktd5 targets --set ID -o FILE`: a tracking workbook for a target set or the DTI index. */
import { shortTitle } from '../../engine';
import { builtinDocuments } from '../../rubrics';
import { trackingView, trackingTableOf } from '../../workbook/tracking/model';
import { trackingWorkbook } from '../../workbook/tracking/workbooks';
import { UsageError } from '../args';
import { flag, xlsxOutput, type Verb } from '../context';
import { resolveDocument } from '../documents';
import { outputIsAnInput, renderFitted, writeOutput } from '../output';
import { EXIT_INPUT_ERRORS, EXIT_NOT_WRITTEN, EXIT_OK, EXIT_USAGE } from '../io';
import { expectPositionals } from './catalogue';
import type { TargetsJson } from '../json';
import { writeByLead } from './targets-by-lead';

export const targetsVerb: Verb = {
  flags: { values: ['--set', '--year', '--period', '-o', '--output'], booleans: ['--by-lead'] },
  async run(ctx) {
    expectPositionals(ctx, 0, 0, '');
    const ref = flag(ctx, '--set');
    if (!ref) throw new UsageError('missingArgument', ctx.m.needSet);
    const byLead = ctx.args.booleans.has('--by-lead');
    if (!byLead && flag(ctx, '--period') !== undefined) throw new UsageError('badValue', '--period (--by-lead)');
    const output = byLead ? '' : xlsxOutput(ctx);
    if (output === undefined) return EXIT_USAGE;
    const year = flag(ctx, '--year');
    if (year !== undefined && !/^\d{4}$/.test(year)) throw new UsageError('badValue', `--year ${year}`);
    if (outputIsAnInput(ctx, output, [ref])) return EXIT_USAGE;
    const found = resolveDocument(ref, ctx.m, ctx.lang);
    if (!found.ok) {
      ctx.io.err(found.message);
      return found.usage ? EXIT_USAGE : EXIT_INPUT_ERRORS;
    }
    const doc = found.document;
    if (byLead) return writeByLead(ctx, doc, year);
    const spec = trackingWorkbook(doc, year);
    if (!spec) {
      const sets = builtinDocuments().filter((d) => d.kind !== 'rubric').map((d) => d.id);
      ctx.io.err(ctx.m.notATargetSet(ref, sets.join(', ')));
      return EXIT_USAGE;
    }
    if (writeOutput(ctx, output, await renderFitted(ctx, spec))) return EXIT_NOT_WRITTEN;
    const table = trackingTableOf(doc, year ? { nextYear: year } : {});
    const view = table ? trackingView(table, ctx.lang) : undefined;
    if (ctx.json) {
      const json: TargetsJson = { file: output, set: doc.id, kind: doc.kind, years: table?.years ?? [], sheets: spec.sheets.map((s) => s.name), indicators: view?.total.total ?? 0 };
      ctx.io.out(JSON.stringify(json, null, 2));
    } else {
      ctx.io.err(ctx.m.targetsWritten(output, shortTitle(doc, ctx.lang), view?.total.total ?? 0, table?.years.at(-1) ?? ''));
    }
    return EXIT_OK;
  },
};
