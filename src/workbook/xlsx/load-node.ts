/**
 * loadWorkbookGrid for the parser processes: the same loader on exceljs's Workbook module alone.
 * The package entry also loads its streaming reader and writer (with their zip libraries), which
 * doubled each parser process's start-up (measured: 0.54 s of CPU against 0.23 s) and are never used
 * to read a member file.
 */
import type ExcelJS from 'exceljs';
import { DEFAULT_LIMITS, type WorkbookLimits } from '../guard/limits';
import { type RawInflater } from '../guard/zip';
import { loadGridWith, type LoadResult } from './load-with';

// The same class the package exports as ExcelJS.Workbook (exceljs 4.4.0, lib/exceljs.nodejs.js).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Workbook = require('exceljs/lib/doc/workbook') as typeof ExcelJS.Workbook;

export function loadWorkbookGrid(bytes: Uint8Array, limits: WorkbookLimits = DEFAULT_LIMITS, inflater?: RawInflater): Promise<LoadResult> {
  return loadGridWith(Workbook, bytes, limits, inflater);
}
