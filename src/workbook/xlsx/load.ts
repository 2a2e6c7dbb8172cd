/**
 * Loads an untrusted .xlsx into a grid: the guard checks the zip and the sheet XML against limits
 * first, and only a file that passes is handed to exceljs. No Node APIs: the browser uses it too.
 */
import ExcelJS from 'exceljs';
import { inspectXlsx } from '../guard/inspect';
import { DEFAULT_LIMITS, type WorkbookLimits } from '../guard/limits';
import { type GuardProblem } from '../guard/inspect';
import { type RawInflater } from '../guard/zip';
import { type WorkbookGrid } from '../grid';
import { gridFromWorkbook } from './to-grid';

export type LoadResult = { ok: true; grid: WorkbookGrid } | { ok: false; problem: GuardProblem };

export async function loadWorkbookGrid(bytes: Uint8Array, limits: WorkbookLimits = DEFAULT_LIMITS, inflater?: RawInflater): Promise<LoadResult> {
  const checked = inspectXlsx(bytes, limits, inflater);
  if (!checked.ok) return checked;
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (e) {
    return { ok: false, problem: { code: 'notWorkbook', detail: { reason: e instanceof Error ? e.message.slice(0, 200) : String(e) } } };
  }
  return { ok: true, grid: gridFromWorkbook(wb) };
}
