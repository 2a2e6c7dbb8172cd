/** The `--json` shapes of the document verbs: `rubrics`, `show`, `rubric-template`, `rubric-import`. */
import { z } from 'zod';
import { SourceSchema } from '../../engine/schema';

const KindSchema = z.enum(['rubric', 'targets', 'index']);

/** `ktd5 rubrics --json`: the built-in documents (an array). */
export const RubricsJsonSchema = z.array(z.strictObject({ id: z.string(), title: z.string(), kind: KindSchema, source: SourceSchema.strict() }));
export type RubricsJson = z.infer<typeof RubricsJsonSchema>;

/** `ktd5 show ID|FILE.json --json`: the document's outline, as `show` prints it. */
export const ShowJsonSchema = z.strictObject({
  id: z.string(),
  kind: KindSchema,
  title: z.string(),
  source: SourceSchema.strict(),
  /** A rubric's total points. */
  total: z.number().optional(),
  groups: z.array(z.strictObject({ id: z.string(), title: z.string(), points: z.number().optional() })),
  items: z.array(
    z.strictObject({
      id: z.string(),
      text: z.string(),
      group: z.string(),
      /** The row label as printed ("1.", "a)"). */
      row: z.string(),
      max: z.number().optional(),
      bands: z.array(z.strictObject({ text: z.string(), points: z.number() })).optional(),
      manual: z.boolean().optional(),
      target: z.string().optional(),
      results: z.record(z.string(), z.string().nullable()).optional(),
      status: z.string().optional(),
      lead: z.string().optional(),
    }),
  ),
  /** The DTI index's pillars. */
  pillars: z.array(z.strictObject({ id: z.string(), name: z.string(), weight: z.number(), target: z.string().optional() })).optional(),
});
export type ShowJson = z.infer<typeof ShowJsonSchema>;

/** A problem of the rubric sheet; `code` names the rule (an engine issue's code for the engine's checks). */
export const RubricProblemSchema = z.strictObject({ sheet: z.string().nullable(), cell: z.string().nullable(), severity: z.enum(['error', 'warning']), code: z.string(), message: z.string() });
export type RubricProblemJson = z.infer<typeof RubricProblemSchema>;

/** `ktd5 rubric-import --json`: the rubric written, or (exit 1) `output` and `rubric` null and the problems. */
export const RubricImportJsonSchema = z.union([
  z.strictObject({ output: z.string(), rubric: z.string(), total: z.number(), sections: z.number(), criteria: z.number(), problems: z.array(RubricProblemSchema) }),
  z.strictObject({ output: z.null(), rubric: z.null(), problems: z.array(RubricProblemSchema) }),
]);
export type RubricImportJson = z.infer<typeof RubricImportJsonSchema>;
