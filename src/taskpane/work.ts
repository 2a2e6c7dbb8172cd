/**
 * Everything the pane does beyond showing itself: the engine, the documents, the workbook layouts,
 * the Excel and download hosts and the .xlsx client. Loaded on the first action (lazy.ts), so the
 * start page carries none of it.
 */
export { getRubric } from '../rubrics';
export { resolveRubric } from '../rubrics/registry';
export { loadRubricText, removeUserRubric, restoreStored, storedRubrics, userRubrics } from './model/user-rubrics';
export { createDataSheet, scoreOpenWorkbook, selectInput, writeConsolidation } from './host/excel-host';
export { downloadConsolidation, downloadResults, downloadTemplate } from './host/standalone';
export { loadFiles, readFiles } from './io/xlsx-client';
export { scoreOutcomes } from './model/score-files';
// The "Chỉ tiêu" screen.
export { writeTracking } from './host/excel-host';
export { downloadTracking } from './host/standalone';
export { targetCategories, targetsPaneView } from './model/targets-view';
// The "Chỉ tiêu" screen's per-lead reports.
export { writeLeadSheet } from './host/excel-host';
export { downloadLeadZip } from './host/standalone';
export { leadUnitsOf, periodOf } from './model/lead-reports';
// The "Chỉ tiêu" screen's filled workbooks, read back as `ktd5 track` reads them.
export { readOpenWorkbook } from './host/excel-host';
export { trackedPaneView } from './model/tracked-view';
// The Tổng hợp screen's season (roster, collection, appraisal, notices, explanations, seal, last year).
export { controlInput, noticeAnswers, seasonResult, seasonView, seasonWorkbook } from './model/season';
export { readAppraisalSheet, readRosterSheet, writeAppraisalSheet, writeRosterSheet, writeSeasonWorkbook } from './host/season-excel';
export { downloadAppraisal, downloadNotices, downloadRosterTemplate, downloadSpec } from './host/season-standalone';
export { sha256Hex } from './io/sha256';
