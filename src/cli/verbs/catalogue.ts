/** `ktd5 rubrics` and `ktd5 show`: the built-in documents. */
import { builtinDocuments } from '../../rubrics';
import { outlineOf } from '../../rubrics/outline';
import { UsageError } from '../args';
import { type Context, type Verb } from '../context';
import { resolveDocument } from '../documents';
import { EXIT_INPUT_ERRORS, EXIT_OK, EXIT_USAGE } from '../io';
import type { RubricsJson, ShowJson } from '../json';
import { renderDocument, renderDocumentList } from '../render';

export function expectPositionals(ctx: Context, min: number, max: number, what: string): void {
  if (ctx.args.positionals.length < min) throw new UsageError('missingArgument', what);
  if (ctx.args.positionals.length > max) throw new UsageError('tooManyArguments', ctx.args.positionals.slice(max).join(' '));
}

export const rubricsVerb: Verb = {
  flags: { values: [], booleans: [] },
  async run(ctx) {
    expectPositionals(ctx, 0, 0, '');
    const docs = builtinDocuments();
    if (ctx.json) {
      const json: RubricsJson = docs.map((d) => ({ id: d.id, title: d.title, kind: d.kind, source: d.source }));
      ctx.io.out(JSON.stringify(json, null, 2));
    } else ctx.io.out(renderDocumentList(docs, ctx.m, ctx.lang));
    return EXIT_OK;
  },
};

export const showVerb: Verb = {
  flags: { values: [], booleans: [] },
  async run(ctx) {
    expectPositionals(ctx, 1, 1, ctx.m.documentId);
    const found = resolveDocument(ctx.args.positionals[0] as string, ctx.m, ctx.lang);
    if (!found.ok) {
      ctx.io.err(found.message);
      return found.usage ? EXIT_USAGE : EXIT_INPUT_ERRORS;
    }
    if (ctx.json) {
      const { id, kind, title, source, total, items, pillars, groups } = outlineOf(found.document);
      const json: ShowJson = { id, kind, title, source, ...(total !== undefined ? { total } : {}), groups, items, ...(pillars ? { pillars } : {}) };
      ctx.io.out(JSON.stringify(json, null, 2));
    } else {
      ctx.io.out(renderDocument(found.document, ctx.m, ctx.lang));
    }
    return EXIT_OK;
  },
};
