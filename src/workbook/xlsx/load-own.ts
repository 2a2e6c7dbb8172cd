/**
 * Loads an untrusted .xlsx into a grid with our own reader (sax/read.ts): the guard checks the zip and
 * the sheet XML against limits first and hands over the parts it inflated (formula text cut, as for
 * exceljs: slim.ts), and only a file that passes is parsed. Pure: no Node APIs, no exceljs object model.
 */
import { inspectXlsx, internalReason } from '../guard/inspect';
import { DEFAULT_LIMITS, type WorkbookLimits } from '../guard/limits';
import { type RawInflater } from '../guard/zip';
import { type LoadResult } from './load-with';
import { gridFromParts } from './sax/read';
import { shortenFormulas } from './slim';

export function loadGridOwn(bytes: Uint8Array, limits: WorkbookLimits = DEFAULT_LIMITS, inflater?: RawInflater): LoadResult {
  const parts = new Map<string, Uint8Array>();
  const checked = inspectXlsx(bytes, limits, inflater, { parts, sheet: shortenFormulas });
  if (!checked.ok) return checked;
  try {
    return { ok: true, grid: gridFromParts(parts) };
  } catch (e) {
    // The guard found a zip holding a workbook: what cannot be read in it is damage, not another kind of file.
    return { ok: false, problem: { code: 'damaged', detail: { reason: internalReason(e) } } };
  }
}
