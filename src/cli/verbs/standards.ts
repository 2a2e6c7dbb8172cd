/** `ktd5 standards [--set ID] [--category ID] [--unit NAME] [--ky YEAR] -o FILE`: checklist sheets of the emulation standards by unit category. */
import { documentPeriod, type TargetSetData } from '../../engine';
import { matchCategories, standardsWorkbook } from '../../workbook/tracking/standards';
import { UsageError } from '../args';
import { flag, xlsxOutput, type Verb } from '../context';
import { resolveDocument } from '../documents';
import { outputIsAnInput, renderFitted, writeOutput } from '../output';
import { EXIT_INPUT_ERRORS, EXIT_NOT_WRITTEN, EXIT_OK, EXIT_USAGE } from '../io';
import type { StandardsJson } from '../json';
import { expectPositionals } from './catalogue';

export const DEFAULT_STANDARDS = 'dongthap-207-2022';

export const standardsVerb: Verb = {
  flags: { values: ['--set', '--category', '--unit', '--ky', '-o', '--output'], booleans: [] },
  async run(ctx) {
    expectPositionals(ctx, 0, 0, '');
    const output = xlsxOutput(ctx);
    if (output === undefined) return EXIT_USAGE;
    const given = flag(ctx, '--ky');
    if (given !== undefined && !/^\d{4}$/.test(given)) throw new UsageError('badValue', `--ky ${given}`);
    const ref = flag(ctx, '--set') ?? DEFAULT_STANDARDS;
    if (outputIsAnInput(ctx, output, [ref])) return EXIT_USAGE;
    const found = resolveDocument(ref, ctx.m, ctx.lang);
    if (!found.ok) {
      ctx.io.err(found.message);
      return found.usage ? EXIT_USAGE : EXIT_INPUT_ERRORS;
    }
    if (found.document.kind !== 'targets') {
      ctx.io.err(ctx.m.notATargetSet(ref, 'dongthap-207-2022, tuyenquang-154-2022'));
      return EXIT_USAGE;
    }
    const doc: TargetSetData = found.document;
    const wanted = ctx.args.values.get('--category') ?? [];
    let categories = doc.groups.map((g) => g.id);
    if (wanted.length > 0) {
      const matched = wanted.flatMap((w) => w.split(',')).map((w) => ({ w, ids: matchCategories(doc, w.trim()) }));
      const unknown = matched.filter((m) => m.ids.length === 0);
      if (unknown.length > 0) {
        ctx.io.err(ctx.m.unknownCategory(unknown.map((u) => u.w).join(', '), doc.groups.map((g) => `${g.id} (${g.title})`).join('; ')));
        return EXIT_USAGE;
      }
      categories = [...new Set(matched.flatMap((m) => m.ids))];
    }
    const unit = flag(ctx, '--unit');
    // The plan's own period (its final year: 2025 for 2021–2025), not the current year.
    const year = given ?? documentPeriod(doc)?.year ?? String(new Date().getFullYear());
    const spec = standardsWorkbook(doc, categories, { year, ...(unit ? { unit } : {}) });
    if (writeOutput(ctx, output, await renderFitted(ctx, spec))) return EXIT_NOT_WRITTEN;
    if (ctx.json) {
      const json: StandardsJson = { file: output, set: doc.id, year, categories: categories.map((id) => ({ id, title: doc.groups.find((g) => g.id === id)?.title ?? id, standards: doc.groups.find((g) => g.id === id)?.indicators.length ?? 0 })), sheets: spec.sheets.map((s) => s.name) };
      ctx.io.out(JSON.stringify(json, null, 2));
    } else ctx.io.err(ctx.m.standardsWritten(output, categories.length));
    return EXIT_OK;
  },
};
