/**
 * Loads an untrusted .xlsx into a grid with a given exceljs Workbook class: the guard checks the zip
 * and the sheet XML against limits first, and only a file that passes is handed to exceljs (a
 * slimmed copy: see slim.ts). No Node APIs and no exceljs import of its own, so each caller loads
 * exceljs the way its platform does it best (load.ts: the package; load-node.ts: its Workbook alone).
 */
import type ExcelJS from 'exceljs';
import { inspectXlsx, internalReason, type GuardProblem } from '../guard/inspect';
import { DEFAULT_LIMITS, type WorkbookLimits } from '../guard/limits';
import { type RawInflater } from '../guard/zip';
import { type WorkbookGrid } from '../grid';
import { shortenFormulas, storedZip } from './slim';
import { gridFromWorkbook } from './to-grid';

export type LoadResult = { ok: true; grid: WorkbookGrid } | { ok: false; problem: GuardProblem };

export type WorkbookClass = new () => ExcelJS.Workbook;

export async function loadGridWith(Workbook: WorkbookClass, bytes: Uint8Array, limits: WorkbookLimits = DEFAULT_LIMITS, inflater?: RawInflater): Promise<LoadResult> {
  const parts = new Map<string, Uint8Array>();
  const checked = inspectXlsx(bytes, limits, inflater, { parts, sheet: shortenFormulas });
  if (!checked.ok) return checked;
  const slim = storedZip(parts);
  const wb = new Workbook();
  try {
    await wb.xlsx.load(slim.buffer.slice(slim.byteOffset, slim.byteOffset + slim.byteLength) as ArrayBuffer);
  } catch (e) {
    // The guard found a zip holding a workbook: what exceljs cannot read in it is damage, not another kind of file.
    return { ok: false, problem: { code: 'damaged', detail: { reason: internalReason(e) } } };
  }
  return { ok: true, grid: gridFromWorkbook(wb) };
}
