/**
 * Every verb's `--json` output, declared once (docs/cli-json.md explains each field). The verbs
 * build their JSON as these inferred types; test/cli/json-schemas.test.ts parses their real output.
 */
import { type z } from 'zod';
import { WriteFailureSchema } from './common';
import { ByLeadJsonSchema, StandardsJsonSchema, TargetsJsonSchema, TrackJsonSchema } from './tracking';
import { RubricImportJsonSchema, RubricsJsonSchema, ShowJsonSchema } from './documents';
import { AppraiseJsonSchema, FileWrittenJsonSchema, NoticesJsonSchema, RosterTemplatesJsonSchema, TemplateJsonSchema, VerifyJsonSchema } from './season';
import { ConsolidateJsonSchema, ScoreJsonSchema } from './units';

export * from './common';
export * from './documents';
export * from './season';
export * from './tracking';
export * from './units';

/** Each verb (and variant) with the schema of its stdout under --json. */
export const VERB_JSON = {
  rubrics: RubricsJsonSchema,
  show: ShowJsonSchema,
  template: TemplateJsonSchema,
  'template --roster': RosterTemplatesJsonSchema,
  score: ScoreJsonSchema,
  consolidate: ConsolidateJsonSchema,
  'rubric-template': FileWrittenJsonSchema,
  'rubric-import': RubricImportJsonSchema,
  targets: TargetsJsonSchema,
  'targets --by-lead': ByLeadJsonSchema,
  track: TrackJsonSchema,
  standards: StandardsJsonSchema,
  'roster-template': FileWrittenJsonSchema,
  appraise: AppraiseJsonSchema,
  notices: NoticesJsonSchema,
  verify: VerifyJsonSchema,
  /** Exit 3 of any verb that writes a file. */
  'write failure': WriteFailureSchema,
} as const satisfies Record<string, z.ZodType>;
