/** The season on the standalone page: each workbook rendered off the main thread and downloaded. */
import { type KhoiResult } from '../../workbook/khoi/score-files';
import { appraisalUnits, appraisalWorkbook } from '../../workbook/season/appraisal';
import { noticeFiles } from '../../workbook/season/notices';
import { rosterWorkbook, type Roster } from '../../workbook/season/roster';
import { type SeasonRun } from '../../workbook/season/run';
import { type WorkbookSpec } from '../../workbook/spec';
import { type PaneLang } from '../i18n';
import { downloadBytes } from '../io/download';
import { renderSpec } from '../io/xlsx-client';
import { consolidationInfo } from '../../workbook/layouts/consolidation';

/** The file names the CLI's examples use (README, `ktd5 roster-template -o thanh-vien.xlsx`). */
export const SEASON_FILES = { roster: 'thanh-vien.xlsx', appraisal: 'tham-dinh.xlsx', notices: 'thong-bao.zip' } as const;

export async function downloadRosterTemplate(lang: PaneLang): Promise<string> {
  downloadBytes(await renderSpec(rosterWorkbook(lang)), SEASON_FILES.roster);
  return SEASON_FILES.roster;
}

export async function downloadAppraisal(result: KhoiResult, roster: Roster | undefined, lang: PaneLang): Promise<string> {
  downloadBytes(await renderSpec(appraisalWorkbook(appraisalUnits(result, roster?.members), consolidationInfo(result.units), lang)), SEASON_FILES.appraisal);
  return SEASON_FILES.appraisal;
}

/** One notice per ranked unit in one .zip, named as `ktd5 notices` names them. */
export async function downloadNotices(result: KhoiResult, run: SeasonRun, lang: PaneLang): Promise<{ file: string; count: number }> {
  const { zipSync } = await import(/* webpackChunkName: "zip" */ 'fflate');
  const parts: Record<string, Uint8Array> = {};
  const notices = noticeFiles(result, consolidationInfo(result.units), (unit, id) => run.reason(unit, id), lang);
  for (const n of notices) parts[n.fileName] = await renderSpec(n.spec);
  downloadBytes(zipSync(parts, { level: 6 }), SEASON_FILES.notices, 'application/zip');
  return { file: SEASON_FILES.notices, count: notices.length };
}

export async function downloadSpec(spec: WorkbookSpec, name: string): Promise<string> {
  downloadBytes(await renderSpec(spec), name);
  return name;
}
