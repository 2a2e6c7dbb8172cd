/**
 * The three kinds of official document as data (zod schemas; the types are inferred from them).
 * Phrases stay as the documents print them; the compiler parses them into conditions.
 */
import { z } from 'zod';

const nonEmpty = z.string().trim().min(1);

export const SourceSchema = z.object({
  number: z.string(),
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'ISO date: YYYY, YYYY-MM or YYYY-MM-DD'),
  issuer: nonEmpty,
  title: nonEmpty,
  part: z.string().optional(),
});

const header = {
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes'),
  title: nonEmpty,
  titleEn: z.string().optional(),
  /** How a person refers to the document in a header, footer or line ("Kế hoạch 741/KH-KTĐ5 của Khối thi đua 5"). */
  shortTitle: z.string().optional(),
  shortTitleEn: z.string().optional(),
  source: SourceSchema,
};

// ---- rubric ---------------------------------------------------------------------------------

export const BandSchema = z.object({
  text: nonEmpty,
  points: z.number().min(0),
});

export const CriterionSchema = z
  .object({
    id: nonEmpty,
    row: nonEmpty,
    text: nonEmpty,
    textEn: z.string().optional(),
    max: z.number().positive(),
    bands: z.array(BandSchema).min(1).optional(),
    manual: z.literal(true).optional(),
    hint: z.string().optional(),
  })
  .refine((c) => (c.bands === undefined) !== (c.manual === undefined), {
    message: 'a criterion has either bands or "manual": true',
  });

export const SectionSchema = z.object({
  id: nonEmpty,
  row: nonEmpty,
  title: nonEmpty,
  titleEn: z.string().optional(),
  points: z.number().positive(),
  criteria: z.array(CriterionSchema).min(1),
});

export const RubricSchema = z.object({
  ...header,
  kind: z.literal('rubric'),
  total: z.number().positive(),
  sections: z.array(SectionSchema).min(1),
});

// ---- target set ---------------------------------------------------------------------------

const phraseOrNull = z.string().nullable();

export const IndicatorSchema = z.object({
  id: nonEmpty,
  row: nonEmpty,
  text: nonEmpty,
  textEn: z.string().optional(),
  quote: z.string().optional(),
  target: z.string().optional(),
  qualitative: z.boolean().optional(),
  results: z.record(z.string(), phraseOrNull).optional(),
  status: z.string().optional(),
  plans: z.record(z.string(), phraseOrNull).optional(),
  forecast: z.string().optional(),
  lead: z.string().optional(),
  partners: z.array(z.string()).optional(),
  note: z.string().optional(),
  ocrUncertain: z.boolean().optional(),
});

export const IndicatorGroupSchema = z.object({
  id: nonEmpty,
  row: z.string(),
  title: nonEmpty,
  titleEn: z.string().optional(),
  indicators: z.array(IndicatorSchema).min(1),
});

const targetFields = {
  resultYears: z.array(z.string()),
  planYears: z.array(z.string()),
  targetLabel: z.string(),
  groups: z.array(IndicatorGroupSchema).min(1),
};

export const TargetSetSchema = z.object({
  ...header,
  kind: z.literal('targets'),
  ...targetFields,
  summary: z.record(z.string(), z.string()).optional(),
});

// ---- index (DTI) --------------------------------------------------------------------------

export const PillarSchema = z.object({
  id: nonEmpty,
  name: nonEmpty,
  nameEn: z.string().optional(),
  weight: z.number().positive(),
  target: z.string().optional(),
  targetQuote: z.string().optional(),
});

export const IndexRowSchema = z.object({
  rank: z.number().int().positive(),
  name: nonEmpty,
  total: nonEmpty,
  pillars: z.array(nonEmpty),
  nationalRank: z.number().int().positive().optional(),
});

export const IndexTableSchema = z.object({
  id: nonEmpty,
  title: nonEmpty,
  /** The table's name in a sentence: "Hạng 9/13 khu vực Đồng bằng sông Cửu Long". */
  name: z.string().optional(),
  nameEn: z.string().optional(),
  rankLabel: z.string().optional(),
  rows: z.array(IndexRowSchema).min(1),
});

const HistoryRowSchema = z.object({
  score: nonEmpty,
  nationalRank: z.number().int().positive(),
  regionalRank: z.number().int().positive(),
  previousScore: nonEmpty,
});

export const IndexSchema = z.object({
  ...header,
  kind: z.literal('index'),
  subject: nonEmpty,
  year: nonEmpty,
  scale: z.number().positive(),
  pillars: z.array(PillarSchema).min(1),
  tables: z.array(IndexTableSchema),
  history: z
    .object({
      title: z.string(),
      rows: z.array(HistoryRowSchema.extend({ pillar: nonEmpty })),
      overall: HistoryRowSchema,
    })
    .optional(),
  indicators: z.object(targetFields).optional(),
});

export const DocumentSchema = z.discriminatedUnion('kind', [RubricSchema, TargetSetSchema, IndexSchema]);

export type Source = z.infer<typeof SourceSchema>;
export type Band = z.infer<typeof BandSchema>;
export type CriterionData = z.infer<typeof CriterionSchema>;
export type SectionData = z.infer<typeof SectionSchema>;
export type RubricData = z.infer<typeof RubricSchema>;
export type IndicatorData = z.infer<typeof IndicatorSchema>;
export type IndicatorGroupData = z.infer<typeof IndicatorGroupSchema>;
export type TargetSetData = z.infer<typeof TargetSetSchema>;
export type PillarData = z.infer<typeof PillarSchema>;
export type IndexTableData = z.infer<typeof IndexTableSchema>;
export type IndexData = z.infer<typeof IndexSchema>;
export type DocumentData = z.infer<typeof DocumentSchema>;
export type DocumentKind = DocumentData['kind'];
