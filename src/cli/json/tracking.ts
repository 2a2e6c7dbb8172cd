/** The `--json` shapes of the province's tracking verbs: `targets`, `targets --by-lead`, `standards`, `track`. */
import { z } from 'zod';
import { FileProblemSchema } from './common';

const StatusSchema = z.enum(['vuot', 'dat', 'chua-dat', 'unknown']);
/** A value as the workbook holds it; a date as YYYY-MM-DD. */
const ValueSchema = z.union([z.number(), z.string(), z.boolean()]).nullable();

/** `ktd5 targets --json`: the tracking workbook written. */
export const TargetsJsonSchema = z.strictObject({
  file: z.string(),
  set: z.string(),
  kind: z.enum(['rubric', 'targets', 'index']),
  years: z.array(z.string()),
  sheets: z.array(z.string()),
  indicators: z.number(),
});
export type TargetsJson = z.infer<typeof TargetsJsonSchema>;

/** `ktd5 targets --by-lead --json`: one report workbook per lead unit. */
export const ByLeadJsonSchema = z.strictObject({
  dir: z.string(),
  set: z.string(),
  period: z.string().nullable(),
  targetYear: z.string(),
  files: z.array(z.strictObject({ file: z.string(), lead: z.string(), collective: z.boolean(), indicators: z.number(), coLead: z.number(), unassigned: z.number() })),
  /** Not written: `exists` (a file of that name was kept), `write` (the write failed). */
  skipped: z.array(z.strictObject({ file: z.string(), lead: z.string(), reason: z.enum(['exists', 'write']) })),
  unknownLeads: z.array(z.string()),
});
export type ByLeadJson = z.infer<typeof ByLeadJsonSchema>;

/** `ktd5 standards --json`. */
export const StandardsJsonSchema = z.strictObject({
  file: z.string(),
  set: z.string(),
  year: z.string(),
  categories: z.array(z.strictObject({ id: z.string(), title: z.string(), standards: z.number() })),
  sheets: z.array(z.string()),
});
export type StandardsJson = z.infer<typeof StandardsJsonSchema>;

const counts = { total: z.number(), vuot: z.number(), dat: z.number(), chuaDat: z.number(), unknown: z.number(), met: z.number() };

export const TrackIndicatorSchema = z.strictObject({
  group: z.string(),
  id: z.string(),
  text: z.string(),
  target: z.string().nullable(),
  year: z.string().nullable(),
  result: ValueSchema,
  status: StatusSchema,
  label: z.string(),
  basis: z.enum(['engine', 'manual', 'none']),
  gap: z.number().nullable(),
  /** The gap in the target's unit, in words ("còn thiếu 5,83 điểm phần trăm"); null when reached or unknown. */
  gapText: z.string().nullable(),
  /** The later year whose target a result is measured against (the DTI's 2022 results against 2023); else null. */
  targetYear: z.string().nullable(),
  printedStatus: z.string().nullable(),
  lead: z.string().nullable(),
  partners: z.array(z.string()),
});
export type TrackIndicatorJson = z.infer<typeof TrackIndicatorSchema>;

const TrackSetSchema = z.strictObject({
  file: z.string(),
  sheet: z.string(),
  set: z.string(),
  kind: z.enum(['indicators', 'pillars']),
  title: z.string(),
  year: z.string().nullable(),
  groups: z.array(z.strictObject({ id: z.string(), title: z.string(), ...counts })),
  total: z.strictObject(counts),
  printedSummary: z.record(z.string(), z.string()).nullable(),
  indicators: z.array(TrackIndicatorSchema),
});

const TrackDtiSchema = z.strictObject({
  file: z.string(),
  subject: z.string(),
  year: z.string().nullable(),
  total: z.number().nullable(),
  rank: z.strictObject({ table: z.string(), rank: z.number(), of: z.number() }).nullable(),
  pillars: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      weight: z.number(),
      value: z.number().nullable(),
      target: z.string().nullable(),
      status: StatusSchema,
      label: z.string(),
      gap: z.number().nullable(),
      gapText: z.string().nullable(),
      targetYear: z.string().nullable(),
      best: z.strictObject({ name: z.string(), value: z.number() }).nullable(),
    }),
  ),
  tables: z.array(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      rows: z.array(z.strictObject({ name: z.string(), printedRank: z.number().nullable(), printedTotal: z.number().nullable(), pillars: z.array(z.number()), computedTotal: z.number(), computedRank: z.number(), matchesPrinted: z.boolean().nullable() })),
    }),
  ),
  notReached: z.array(TrackIndicatorSchema),
  unassessed: z.number(),
});

const leadCounts = { lead: z.string(), assigned: z.number(), reported: z.number(), reached: z.number(), notReached: z.number(), missing: z.number() };
const LeadSchema = z.strictObject({ ...leadCounts, collective: z.boolean(), files: z.array(z.string()) });
const HistorySchema = z.strictObject({
  period: z.string(),
  label: z.string(),
  value: ValueSchema,
  units: z.array(z.string()),
  files: z.array(z.string()),
  status: z.enum(['vuot', 'dat', 'chua-dat', 'unknown', 'conflict']),
  statusLabel: z.string(),
  progress: z.number().nullable(),
});

/** One merge of per-lead report workbooks of a set (Kế hoạch 337's monthly reports). */
export const LeadMergeSchema = z.strictObject({
  set: z.string(),
  title: z.string(),
  periods: z.array(z.strictObject({ code: z.string(), label: z.string() })),
  period: z.string().nullable(),
  leads: z.array(LeadSchema),
  notSent: z.array(z.string()),
  byPeriod: z.array(z.strictObject({ period: z.string(), leads: z.array(z.strictObject(leadCounts)) })),
  indicators: z.array(
    z.strictObject({
      id: z.string(),
      text: z.string(),
      group: z.string(),
      target: z.string(),
      leads: z.array(z.string()),
      value: ValueSchema,
      source: z.array(z.string()),
      status: z.enum(['vuot', 'dat', 'chua-dat', 'unknown', 'conflict', 'missing']),
      label: z.string().nullable(),
      trend: z.enum(['up', 'down', 'flat']).nullable(),
      history: z.array(HistorySchema),
    }),
  ),
  unreported: z.array(z.string()),
  conflicts: z.array(z.strictObject({ id: z.string(), period: z.string(), files: z.array(z.string()), units: z.array(z.string()) })),
});
export type LeadMergeJson = z.infer<typeof LeadMergeSchema>;

/** A file problem of `track`, which has always carried its severity. */
const TrackProblemSchema = FileProblemSchema.extend({ severity: z.enum(['error', 'warning']) });

/** `ktd5 track --json`. */
export const TrackJsonSchema = z.strictObject({
  sets: z.array(TrackSetSchema),
  dti: z.array(TrackDtiSchema),
  errors: z.array(TrackProblemSchema),
  warnings: z.array(TrackProblemSchema),
  output: z.string().nullable(),
  /** Every lead of every merge, flat, with its set and latest period. */
  leads: z.array(LeadSchema.extend({ set: z.string(), period: z.string().nullable() })),
  byLead: z.array(LeadMergeSchema),
});
export type TrackJson = z.infer<typeof TrackJsonSchema>;
