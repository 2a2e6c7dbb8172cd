/** What the standalone page does instead of writing into a workbook: it renders .xlsx and downloads it. */
import { type CompiledRubric } from '../../engine';
import { type KhoiResult } from '../../workbook/khoi/score-files';
import { consolidationInfo } from '../../workbook/khoi/info';
import { consolidationWorkbook } from '../../workbook/layouts/consolidation';
import { templateWorkbook, type TemplateInfo } from '../../workbook/layouts/data-sheet';
import { resultsWorkbook } from '../../workbook/layouts/results';
import { type PaneLang, type Messages } from '../i18n';
import { downloadBytes } from '../io/download';
import { renderSpec } from '../io/xlsx-client';
import { slug } from '../model/khoi-view';
import { trackingFile } from '../model/tracking-spec';
import { leadFiles } from '../model/lead-reports';
import { periodCode, type Period } from '../../workbook/tracking/by-lead/period';

export async function downloadTemplate(rubric: CompiledRubric, info: TemplateInfo): Promise<string> {
  const name = `${slug(info.unit) || 'don-vi'}.${rubric.id}.xlsx`;
  downloadBytes(await renderSpec(templateWorkbook(rubric, info)), name);
  return name;
}

export async function downloadResults(result: KhoiResult, lang: PaneLang): Promise<string> {
  const unit = result.units[0]?.unit.unit ?? '';
  const name = `${slug(unit) || 'don-vi'}.ket-qua.xlsx`;
  downloadBytes(await renderSpec(resultsWorkbook(result, lang)), name);
  return name;
}

export async function downloadConsolidation(result: KhoiResult, lang: PaneLang, m: Messages): Promise<string> {
  const info = consolidationInfo(result.units);
  const name = `${m.khoi.fileName}${info.khoi ? `.${slug(info.khoi)}` : ''}${info.period ? `.${slug(info.period)}` : ''}.xlsx`;
  downloadBytes(await renderSpec(consolidationWorkbook(result, info, lang)), name);
  return name;
}

/** The tracking workbook of a target set, rendered off the main thread (without charts: see ChartSpec). */
export async function downloadTracking(setId: string, category: string | undefined): Promise<string> {
  const { spec, name } = trackingFile(setId, category);
  downloadBytes(await renderSpec(spec), name);
  return name;
}

/** Every lead unit's report workbook in one .zip (ASCII names as `ktd5 targets --by-lead` writes them). */
export async function downloadLeadZip(setId: string, period: Period | undefined): Promise<string> {
  const { zipSync } = await import(/* webpackChunkName: "zip" */ 'fflate');
  const parts: Record<string, Uint8Array> = {};
  for (const f of leadFiles(setId, period)) parts[f.fileName] = await renderSpec(f.spec);
  const name = `bao-cao-theo-don-vi.${setId}${period ? `.${periodCode(period)}` : ''}.zip`;
  downloadBytes(zipSync(parts, { level: 6 }), name, 'application/zip');
  return name;
}
