/**
 * What the pane does in Excel, through the workbook layer's Office.js adapter only: each job is one
 * `Excel.run` with few syncs. `run` is Excel.run in Office and a recording fake in the tests.
 */
import { type CompiledRubric } from '../../engine';
import { type FileOutcome, type KhoiResult } from '../../workbook/khoi/score-files';
import { consolidationInfo } from '../../workbook/khoi/info';
import { consolidationWorkbook } from '../../workbook/layouts/consolidation';
import { templateWorkbook, type TemplateInfo } from '../../workbook/layouts/data-sheet';
import { resultsWorkbook } from '../../workbook/layouts/results';
import { readWorkbookGrid } from '../../workbook/office/read-grid';
import { selectCell, writeWorkbookSpec, type WriteResult } from '../../workbook/office/write-spec';
import { type PaneLang } from '../i18n';
import { scoreOutcomes } from '../model/score-files';
import { trackingFile } from '../model/tracking-spec';
import { leadFiles } from '../model/lead-reports';
import { type Period } from '../../workbook/tracking/by-lead/period';
import { type ExcelRun } from './pane-host';

/** Writes the unit's data sheet (and its instructions) into the open workbook. */
export function createDataSheet(run: ExcelRun, rubric: CompiledRubric, info: TemplateInfo): Promise<WriteResult> {
  return run((context) => writeWorkbookSpec(context, templateWorkbook(rubric, info)));
}

export interface ScoredWorkbook {
  /** The open workbook as read (kept so the pane can re-score it in another language). */
  outcomes: FileOutcome[];
  result: KhoiResult;
  written?: WriteResult;
}

/** Reads the open workbook, scores its data sheet and writes the colour-coded results sheet: one Excel.run. */
export function scoreOpenWorkbook(run: ExcelRun, label: string, lang: PaneLang): Promise<ScoredWorkbook> {
  return run(async (context) => {
    const grid = await readWorkbookGrid(context);
    const outcomes: FileOutcome[] = [{ file: label, ok: true, grid }];
    const result = scoreOutcomes(outcomes, lang);
    if (result.units.length === 0) return { outcomes, result };
    const written = await writeWorkbookSpec(context, resultsWorkbook(result, lang));
    return { outcomes, result, written };
  });
}

/** The open workbook as one loaded file (for reading a filled tracking workbook back). */
export function readOpenWorkbook(run: ExcelRun, label: string): Promise<FileOutcome[]> {
  return run(async (context) => [{ file: label, ok: true, grid: await readWorkbookGrid(context) }]);
}

/** Writes the consolidation sheets (ranking, matrix, appraisal, errors) into the open workbook. */
export function writeConsolidation(run: ExcelRun, result: KhoiResult, lang: PaneLang): Promise<WriteResult> {
  return run((context) => writeWorkbookSpec(context, consolidationWorkbook(result, consolidationInfo(result.units), lang)));
}

/** Selects a criterion's input cell (clicking it in the pane). */
export function selectInput(run: ExcelRun, sheet: string, cell: string): Promise<void> {
  return run((context) => selectCell(context, sheet, cell));
}

/** Writes a target set's tracking sheets (the ones `ktd5 targets` writes, charts included) into the open workbook. */
export function writeTracking(run: ExcelRun, setId: string, category: string | undefined): Promise<WriteResult> {
  const { spec } = trackingFile(setId, category);
  return run((context) => writeWorkbookSpec(context, spec));
}

/** The selected lead unit's report sheet, written into the open workbook. */
export function writeLeadSheet(run: ExcelRun, setId: string, lead: string, period: Period | undefined): Promise<WriteResult> {
  const [file] = leadFiles(setId, period, lead);
  if (!file) return Promise.reject(new Error(lead));
  return run((context) => writeWorkbookSpec(context, file.spec));
}
