/**
 * Loads an untrusted .xlsx into a grid: the guard checks the zip and the sheet XML against limits
 * first, and only a file that passes is handed to exceljs (a slimmed copy: see slim.ts). No Node APIs:
 * the browser uses it too.
 */
import ExcelJS from 'exceljs';
import { inspectXlsx, internalReason } from '../guard/inspect';
import { DEFAULT_LIMITS, type WorkbookLimits } from '../guard/limits';
import { type GuardProblem } from '../guard/inspect';
import { type RawInflater } from '../guard/zip';
import { type WorkbookGrid } from '../grid';
import { shortenFormulas, storedZip } from './slim';
import { gridFromWorkbook } from './to-grid';

export type LoadResult = { ok: true; grid: WorkbookGrid } | { ok: false; problem: GuardProblem };

export async function loadWorkbookGrid(bytes: Uint8Array, limits: WorkbookLimits = DEFAULT_LIMITS, inflater?: RawInflater): Promise<LoadResult> {
  const parts = new Map<string, Uint8Array>();
  const checked = inspectXlsx(bytes, limits, inflater, { parts, sheet: shortenFormulas });
  if (!checked.ok) return checked;
  const wb = new ExcelJS.Workbook();
  try {
    const slim = storedZip(parts);
    await wb.xlsx.load(slim.buffer.slice(slim.byteOffset, slim.byteOffset + slim.byteLength) as ArrayBuffer);
    // The guard found a zip holding a workbook: what exceljs cannot read in it is damage, not another kind of file.
    return { ok: true, grid: gridFromWorkbook(wb) };
  } catch (e) {
    return { ok: false, problem: { code: 'damaged', detail: { reason: internalReason(e) } } };
  }
}
