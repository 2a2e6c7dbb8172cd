/**
 * Loads an untrusted .xlsx into a grid (guard first, then exceljs on a slimmed copy: load-with.ts),
 * with the exceljs package as the platform provides it. No Node APIs: the browser uses it too.
 */
import ExcelJS from 'exceljs';
import { DEFAULT_LIMITS, type WorkbookLimits } from '../guard/limits';
import { type RawInflater } from '../guard/zip';
import { loadGridWith, type LoadResult } from './load-with';

export type { LoadResult } from './load-with';

export function loadWorkbookGrid(bytes: Uint8Array, limits: WorkbookLimits = DEFAULT_LIMITS, inflater?: RawInflater): Promise<LoadResult> {
  return loadGridWith(ExcelJS.Workbook, bytes, limits, inflater);
}
