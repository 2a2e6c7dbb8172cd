/** The `--json` shapes of the season's verbs: `roster-template`, `template`, `appraise`, `notices`, `verify`. */
import { z } from 'zod';
import { FileProblemSchema } from './common';

/** A file sealed by `consolidate --final`: its unit (empty for the appraisal workbook) and SHA-256. */
export const SourceFileSchema = z.strictObject({ file: z.string(), unit: z.string(), sha256: z.string(), kind: z.enum(['member', 'appraisal']) });
export type SourceFileJson = z.infer<typeof SourceFileSchema>;

/** `ktd5 roster-template --json` and `ktd5 rubric-template --json` (one line). */
export const FileWrittenJsonSchema = z.strictObject({ file: z.string() });
export type FileWrittenJson = z.infer<typeof FileWrittenJsonSchema>;

/** `ktd5 template --json` (one line): the member's data sheet. */
export const TemplateJsonSchema = z.strictObject({ file: z.string(), rubric: z.string(), unit: z.string() });
export type TemplateJson = z.infer<typeof TemplateJsonSchema>;

/** A workbook per unit: `written` false when the file already existed and was kept. */
const PerUnitFileSchema = z.strictObject({ unit: z.string(), file: z.string(), written: z.boolean() });

/** `ktd5 template --roster --json`: one data sheet per member. */
export const RosterTemplatesJsonSchema = z.strictObject({ rubric: z.string(), files: z.array(PerUnitFileSchema) });
export type RosterTemplatesJson = z.infer<typeof RosterTemplatesJsonSchema>;

/** `ktd5 appraise --json`. */
export const AppraiseJsonSchema = z.strictObject({
  output: z.string(),
  units: z.array(z.strictObject({ unit: z.string(), file: z.string(), missingEvidence: z.array(z.string()) })),
  /** Rows of the "Thẩm định" sheet: one per unit and criterion. */
  rows: z.number(),
  errors: z.array(FileProblemSchema),
  warnings: z.array(FileProblemSchema),
});
export type AppraiseJson = z.infer<typeof AppraiseJsonSchema>;

/** `ktd5 notices --json`. */
export const NoticesJsonSchema = z.strictObject({
  notices: z.array(PerUnitFileSchema),
  errors: z.array(FileProblemSchema),
  warnings: z.array(FileProblemSchema),
});
export type NoticesJson = z.infer<typeof NoticesJsonSchema>;

/** `ktd5 verify --json`: the files as the sealed consolidation recorded them. */
export const VerifyJsonSchema = z.strictObject({
  ok: z.boolean(),
  changed: z.array(z.string()),
  missing: z.array(z.string()),
  extra: z.array(z.string()),
});
export type VerifyJson = z.infer<typeof VerifyJsonSchema>;
