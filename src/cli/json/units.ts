/** The `--json` shapes of `score` and `consolidate` (with the season flags): units, criteria, ranking. */
import { z } from 'zod';
import { SourceFileSchema } from './season';
import { FileProblemSchema } from './common';

const PointStateSchema = z.enum(['full', 'partial', 'zero', 'missing', 'error']);
/** A problem of a unit's sheet that keeps it provisional. */
const UnitProblemSchema = z.strictObject({ sheet: z.string(), cell: z.string().nullable(), criterion: z.string().nullable(), message: z.string() });
/** One side of a criterion's score: points, state and the band's text as the document words it. */
const ScoreSideSchema = z.strictObject({ points: z.number(), state: PointStateSchema, band: z.string().nullable() });

/** A criterion in `consolidate`: the final points (appraised where appraised, else self). */
export const CriterionSchema = z.strictObject({
  id: z.string(),
  points: z.number(),
  max: z.number(),
  state: PointStateSchema,
  /** --appraisal: the appraisal workbook's value and reason; null when the criterion is not appraised. */
  appraised: z
    .strictObject({ value: z.union([z.number(), z.string(), z.boolean()]).nullable(), points: z.number().nullable(), state: PointStateSchema, band: z.string().nullable(), reason: z.string().nullable() })
    .nullable()
    .optional(),
  /** --explanations: the unit's answer on its notice, null when it wrote none. */
  explanation: z.string().nullable().optional(),
});
export type CriterionJson = z.infer<typeof CriterionSchema>;

/** A criterion in `score`: the same, with how it was reached and what the next band would give. */
export const DetailedCriterionSchema = z.strictObject({
  id: z.string(),
  points: z.number(),
  max: z.number(),
  state: PointStateSchema,
  band: z.string().nullable(),
  source: z.enum(['self', 'appraised']),
  self: ScoreSideSchema,
  appraised: ScoreSideSchema.nullable(),
  evidence: z.enum(['missing', 'present', 'none']),
  next: z.strictObject({ band: z.string().nullable(), gain: z.number() }).nullable(),
});
export type DetailedCriterionJson = z.infer<typeof DetailedCriterionSchema>;

/** What every unit carries: its total and whether the total is complete or provisional. */
const unitCore = {
  unit: z.string(),
  file: z.string(),
  total: z.number(),
  complete: z.boolean(),
  /** The total with every problem criterion at full points: how far a provisional unit could still go. */
  maxPossible: z.number(),
  problems: z.array(UnitProblemSchema),
};

export const ScoredUnitSchema = z.strictObject({
  ...unitCore,
  selfTotal: z.number(),
  max: z.number(),
  rubric: z.string(),
  sections: z.array(z.strictObject({ id: z.string(), points: z.number(), selfPoints: z.number(), max: z.number() })),
  criteria: z.array(DetailedCriterionSchema),
  missing: z.array(z.string()),
  missingEvidence: z.array(z.string()),
});
export type ScoredUnitJson = z.infer<typeof ScoredUnitSchema>;

/** `ktd5 score --json`. */
export const ScoreJsonSchema = z.strictObject({
  output: z.string(),
  units: z.array(ScoredUnitSchema),
  errors: z.array(FileProblemSchema),
  warnings: z.array(FileProblemSchema),
});
export type ScoreJson = z.infer<typeof ScoreJsonSchema>;

export const RankedUnitSchema = z.strictObject({
  ...unitCore,
  rank: z.number(),
  tie: z.boolean(),
  criteria: z.array(CriterionSchema),
  /** --previous: last year's total and rank (rank null when last year's file had none), null for a new unit. */
  previous: z.strictObject({ total: z.number(), rank: z.number().nullable() }).nullable().optional(),
  change: z.strictObject({ points: z.number(), rank: z.number().nullable() }).nullable().optional(),
  newThisYear: z.boolean().optional(),
});
export type RankedUnitJson = z.infer<typeof RankedUnitSchema>;

const RosterStatusSchema = z.enum(['submitted', 'missing', 'duplicate', 'error', 'wrong-rubric', 'wrong-period']);

/** `ktd5 consolidate --json`. */
export const ConsolidateJsonSchema = z.strictObject({
  units: z.array(RankedUnitSchema),
  proposed: z.union([z.strictObject({ unit: z.string(), tie: z.literal(false) }), z.strictObject({ units: z.array(z.string()), tie: z.literal(true) })]).nullable(),
  proposalCertain: z.boolean(),
  notCounted: z.array(z.strictObject({ file: z.string(), unit: z.string().nullable(), reason: z.string() })),
  errors: z.array(FileProblemSchema),
  warnings: z.array(FileProblemSchema),
  /** --roster: each member's status and file (`files` only when it sent more than one). */
  roster: z.array(z.strictObject({ unit: z.string(), status: RosterStatusSchema, file: z.string().nullable(), files: z.array(z.string()).optional() })).optional(),
  unknownUnits: z.array(z.strictObject({ unit: z.string(), file: z.string(), suggestion: z.string().nullable() })).optional(),
  /** --final: the files sealed into the "Nguồn dữ liệu" sheet. */
  final: z.strictObject({ sources: z.array(SourceFileSchema) }).optional(),
  output: z.string(),
});
export type ConsolidateJson = z.infer<typeof ConsolidateJsonSchema>;
