/**
 * The Tổng hợp screen's season (part of the work chunk): the control files read into the season's
 * inputs, the member files scored through the same SeasonRun as `ktd5 consolidate`, and what the
 * screen shows of it (collection status, appraisal differences with reasons and explanations, last
 * year). No rule of its own: every decision is the workbook layer's.
 */
import { resolveRubric } from '../../rubrics/registry';
import { scoreFiles, fileFailure, type FileOutcome, type KhoiResult } from '../../workbook/khoi/score-files';
import { answersInput, appraisalInput, previousInput, rosterInput, type SeasonInput } from '../../workbook/season/inputs';
import { seasonTexts } from '../../workbook/season/messages';
import { SeasonRun, type SeasonInputs } from '../../workbook/season/run';
import { appraisalRows, changeText, type AppraisalRow } from '../../workbook/season/sheets';
import { type RosterStatus } from '../../workbook/season/contract';
import { seasonConsolidation, type SealInput } from '../../workbook/season/consolidation';
import { type PaneLang } from '../i18n';
import { consolidationInfo } from '../../workbook/layouts/consolidation';

/** The season's inputs as the page holds them, with the appraisal workbook's hash when it is a file. */
export type PageSeason = SeasonInputs & { appraisalSha256?: string };

export interface SeasonResult {
  result: KhoiResult;
  run: SeasonRun;
}

/** Scores the members as `ktd5 consolidate` with the season's flags does: filter, score, add. */
export function seasonResult(outcomes: FileOutcome[], season: PageSeason, lang: PaneLang): SeasonResult {
  const run = new SeasonRun(season, { lang, resolveRubric: (id) => resolveRubric(id) });
  const prepared = run.prepare(outcomes, undefined);
  const result = scoreFiles(prepared.outcomes, { ...prepared.options, resolveRubric: (id) => resolveRubric(id), lang });
  run.finish(result);
  return { result, run };
}

type Kind = 'roster' | 'appraisal' | 'previous';

/** One control file read into its input, or why it cannot be used (a file that could not be read included). */
export function controlInput(kind: 'roster', outcome: FileOutcome, lang: PaneLang): SeasonInput<NonNullable<SeasonInputs['roster']>>;
export function controlInput(kind: 'appraisal', outcome: FileOutcome, lang: PaneLang): SeasonInput<NonNullable<SeasonInputs['appraisal']>>;
export function controlInput(kind: 'previous', outcome: FileOutcome, lang: PaneLang): SeasonInput<NonNullable<SeasonInputs['previous']>>;
export function controlInput(kind: Kind, outcome: FileOutcome, lang: PaneLang): SeasonInput<unknown> {
  if (!outcome.ok) return { ok: false, message: seasonTexts(lang).notAWorkbook(outcome.file, fileFailure(outcome, lang).message) };
  if (kind === 'roster') return rosterInput(outcome.file, outcome.grid, lang);
  if (kind === 'appraisal') return appraisalInput(outcome.file, outcome.grid, lang);
  return previousInput(outcome.file, outcome.grid, lang);
}

/** Answered notices read back; other workbooks named and left out. */
export function noticeAnswers(outcomes: FileOutcome[], lang: PaneLang): { answers: NonNullable<SeasonInputs['answers']>; warnings: string[] } {
  const read = answersInput(outcomes.map((o) => ({ file: o.file, ...(o.ok ? { grid: o.grid } : {}) })), lang);
  return { answers: read.answers, warnings: read.warnings.map((w) => w.message) };
}

export interface CollectionRow {
  unit: string;
  status: RosterStatus;
  statusText: string;
  files: string[];
}

export interface SeasonView {
  collection?: { rows: CollectionRow[]; unknown: { unit: string; file: string; suggestion: string | null }[] };
  /** Criteria appraised differently, or with a reason or an explanation. */
  differences: AppraisalRow[];
  /** By file: last year's rank and total and the change ("▲ 2,5", "Mới năm nay"). */
  previous?: Map<string, { change: string; direction: 'up' | 'down' | 'same' | 'new'; rank: number | null; total: number | null }>;
}

export function seasonView({ result, run }: SeasonResult, lang: PaneLang): SeasonView {
  const s = seasonTexts(lang);
  const view: SeasonView = { differences: [] };
  if (run.statuses) {
    view.collection = {
      rows: run.statuses.roster.map((e) => ({ unit: e.unit, status: e.status, statusText: s.status[e.status], files: e.files })),
      unknown: run.statuses.unknownUnits,
    };
  }
  if (run.inputs.appraisal || run.inputs.answers) view.differences = appraisalRows(result, { reason: (u, id) => run.reason(u, id), explanation: (u, id) => run.explanation(u, id) });
  if (run.comparisons) {
    const byUnit = new Map(result.ranked.map((r) => [r.item.unit.unit, r.item.file]));
    view.previous = new Map(
      run.comparisons.map((c) => {
        const d = c.previous ? Math.round((c.total - c.previous.total) * 100) / 100 : 0;
        const direction = !c.previous ? 'new' : d > 0 ? 'up' : d < 0 ? 'down' : 'same';
        return [byUnit.get(c.unit) ?? c.unit, { change: changeText(c, lang), direction, rank: c.previous?.rank ?? null, total: c.previous?.total ?? null }] as const;
      }),
    );
  }
  return view;
}

/** The consolidation of the season (the season's sheets; sealed with `seal`): the CLI's builder. */
export function seasonWorkbook({ result, run }: SeasonResult, lang: PaneLang, seal?: SealInput): ReturnType<typeof seasonConsolidation> {
  return seasonConsolidation(result, run, consolidationInfo(result.units), lang, seal);
}
