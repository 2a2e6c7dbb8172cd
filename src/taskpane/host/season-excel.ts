/**
 * The season in Excel, through the workbook layer's Office.js adapter: the roster from a "Thành viên"
 * sheet of the open workbook (or an empty one written into it), the appraisal sheet "Thẩm định"
 * written into it and read back after the secretariat fills it, and the consolidation (sealed or
 * not) written beside them. Each job is one Excel.run.
 */
import { type KhoiResult } from '../../workbook/khoi/score-files';
import { type WorkbookGrid } from '../../workbook/grid';
import { readWorkbookGrid } from '../../workbook/office/read-grid';
import { writeWorkbookSpec, type WriteResult } from '../../workbook/office/write-spec';
import { appraisalUnits, appraisalWorkbook } from '../../workbook/season/appraisal';
import { APPRAISAL_SHEET, ROSTER_SHEET } from '../../workbook/season/contract';
import { appraisalInput, rosterInput } from '../../workbook/season/inputs';
import { rosterWorkbook, type Roster } from '../../workbook/season/roster';
import { type WorkbookSpec } from '../../workbook/spec';
import { type PaneLang } from '../i18n';
import { consolidationInfo } from '../../workbook/layouts/consolidation';
import { type ExcelRun } from './pane-host';

/** Only the named sheet, when the workbook has it (so a sheet of ours beside it is never taken instead). */
function only(grid: WorkbookGrid, name: string): WorkbookGrid | undefined {
  const sheet = grid.sheets.find((s) => s.name === name);
  return sheet ? { ...grid, sheets: [sheet] } : undefined;
}

/** The roster on the open workbook's "Thành viên" sheet; `label` names the workbook in messages. */
export function readRosterSheet(run: ExcelRun, label: string, lang: PaneLang): Promise<ReturnType<typeof rosterInput>> {
  return run(async (context) => {
    const grid = only(await readWorkbookGrid(context), ROSTER_SHEET) ?? { sheets: [] };
    return rosterInput(label, grid, lang);
  });
}

/** An empty "Thành viên" sheet written into the open workbook for the secretariat to list the members. */
export function writeRosterSheet(run: ExcelRun, lang: PaneLang): Promise<WriteResult> {
  return run((context) => writeWorkbookSpec(context, rosterWorkbook(lang)));
}

/** The appraisal sheet (and its totals) written into the open workbook, the units in roster order. */
export function writeAppraisalSheet(run: ExcelRun, result: KhoiResult, roster: Roster | undefined, lang: PaneLang): Promise<WriteResult> {
  const spec = appraisalWorkbook(appraisalUnits(result, roster?.members), consolidationInfo(result.units), lang);
  return run((context) => writeWorkbookSpec(context, spec));
}

/** The filled appraisal read back from the sheet written (`sheet`), else any sheet with its header row. */
export function readAppraisalSheet(run: ExcelRun, sheet: string | undefined, label: string, lang: PaneLang): Promise<ReturnType<typeof appraisalInput>> {
  return run(async (context) => {
    const grid = await readWorkbookGrid(context);
    return appraisalInput(label, only(grid, sheet ?? APPRAISAL_SHEET) ?? grid, lang);
  });
}

/** A built consolidation (the season's sheets, sealed or not) written into the open workbook. */
export function writeSeasonWorkbook(run: ExcelRun, spec: WorkbookSpec): Promise<WriteResult> {
  return run((context) => writeWorkbookSpec(context, spec));
}
