/** `ktd5 template`: a member unit's data sheet. */
import { documentPeriod } from '../../engine';
import { templateWorkbook } from '../../workbook/layouts/data-sheet';
import { UsageError } from '../args';
import { flag, xlsxOutput, type Verb } from '../context';
import { resolveRubric } from '../documents';
import { outputIsAnInput, renderFitted, writeOutput } from '../output';
import { EXIT_INPUT_ERRORS, EXIT_NOT_WRITTEN, EXIT_OK, EXIT_USAGE } from '../io';
import type { TemplateJson } from '../json';
import { expectPositionals } from './catalogue';
import { rosterTemplates } from './roster';

export const templateVerb: Verb = {
  flags: { values: ['--rubric', '--unit', '--khoi', '--ky', '--category', '-o', '--output', '--roster'], booleans: [] },
  async run(ctx) {
    const roster = flag(ctx, '--roster');
    if (roster) return rosterTemplates(ctx, roster);
    expectPositionals(ctx, 0, 0, '');
    const rubricRef = flag(ctx, '--rubric');
    const unit = flag(ctx, '--unit');
    if (!rubricRef) throw new UsageError('missingArgument', ctx.m.needRubric);
    if (!unit) throw new UsageError('missingArgument', ctx.m.needUnit);
    const output = xlsxOutput(ctx);
    if (output === undefined) return EXIT_USAGE;
    if (outputIsAnInput(ctx, output, [rubricRef])) return EXIT_USAGE;
    const found = resolveRubric(rubricRef, ctx.m, ctx.lang);
    if (!found.ok) {
      ctx.io.err(found.message);
      return found.usage ? EXIT_USAGE : EXIT_INPUT_ERRORS;
    }
    const khoi = flag(ctx, '--khoi');
    // The rubric's own period (ktd5-2023 → 2023) unless one is given.
    const period = flag(ctx, '--ky') ?? documentPeriod(found.rubric.data)?.label;
    const category = flag(ctx, '--category');
    const spec = templateWorkbook(found.rubric, { unit, ...(khoi ? { khoi } : {}), ...(period ? { period } : {}), ...(category ? { category } : {}) });
    if (writeOutput(ctx, output, await renderFitted(ctx, spec))) return EXIT_NOT_WRITTEN;
    if (ctx.json) {
      const json: TemplateJson = { file: output, rubric: found.rubric.id, unit };
      ctx.io.out(JSON.stringify(json));
    } else ctx.io.err(ctx.m.templateWritten(output, unit));
    return EXIT_OK;
  },
};
