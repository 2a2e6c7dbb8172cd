/**
 * The gate in front of exceljs: checks an untrusted .xlsx as a zip (entry count, each entry's size as
 * actually inflated, compression ratio, total) and its XML (no DOCTYPE, so no entity expansion or
 * external entity; cell counts; the areas of merges, data validations, defined names and dimensions;
 * declared columns) before any parser builds objects from it. Parts are found and read the way
 * exceljs (over JSZip and saxes) will find and read them — names resolved, unanchored patterns,
 * attributes in order with character references decoded, lenient addresses — so that nothing it
 * expands goes unchecked. Pure: Node and the browser share it.
 */
import { type WorkbookLimits } from './limits';
import { declaresDoctype, isSheetPart, isXmlPart, mustRead, partName, wideEncoding } from './parts';
import { fail, type InspectResult } from './problems';
import { checkDefinedNames, checkSheetXml, sheetNames, type SheetTally } from './sheet-checks';
import { inflateEntry, readCentralDirectory, type RawInflater } from './zip';

export type { GuardCode, GuardProblem, InspectResult } from './problems';
export { isWorksheetEntry } from './parts';

const decoder = new TextDecoder();
const latin1 = new TextDecoder('latin1');

/**
 * Sheet XML read byte for byte: the checks only look at ASCII tags and references, so there is no
 * need to pay for UTF-8 decoding of every cell's text.
 */
function asciiView(bytes: Uint8Array): string {
  return latin1.decode(bytes);
}

/** What a reader keeps of the checked file: every entry's inflated bytes, sheets as `sheet` rewrites them. */
export interface KeptParts {
  parts: Map<string, Uint8Array>;
  /** A rewrite of each worksheet's XML that only drops text the checks do not read (formula text). */
  sheet?: (xml: Uint8Array) => Uint8Array;
}

/**
 * Checks an untrusted .xlsx against the limits before any parser sees it. With `keep`, the inflated
 * entries are also kept by entry name, and the checks read the worksheets as kept, which is what the
 * parser will read.
 */
export function inspectXlsx(bytes: Uint8Array, limits: WorkbookLimits, inflater?: RawInflater, keep?: KeptParts): InspectResult {
  try {
    return inspectChecked(bytes, limits, inflater, keep);
  } catch (e) {
    // No check should throw; if one does, the owner still gets a sentence, not a stack trace.
    return fail('damaged', { reason: internalReason(e) });
  }
}

/** An internal error's own words, short, for the "damaged file" message. */
export function internalReason(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).slice(0, 160);
}

function inspectChecked(bytes: Uint8Array, limits: WorkbookLimits, inflater?: RawInflater, keep?: KeptParts): InspectResult {
  if (bytes.length > limits.maxFileBytes) return fail('tooLarge', { bytes: bytes.length, limit: limits.maxFileBytes });
  const directory = readCentralDirectory(bytes);
  if (!directory.ok) {
    const p = directory.problem;
    if (p.code === 'notZip') return fail('notWorkbook', {});
    return fail(p.code, 'entry' in p && p.entry ? { entry: p.entry } : {});
  }
  const entries = directory.entries;
  if (entries.length > limits.maxEntries) return fail('tooManyEntries', { count: entries.length, limit: limits.maxEntries });
  if (!entries.some((e) => partName(e.name) === 'xl/workbook.xml')) return fail('notWorkbook', {});

  // Inflate every entry (so the totals are real), keeping the XML we must read.
  const xml = new Map<string, string>();
  let total = 0;
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    const room = Math.min(limits.maxEntryBytes, limits.maxTotalBytes - total);
    const out = inflateEntry(bytes, entry, room, keep !== undefined || isXmlPart(entry.name), inflater);
    if (!out.ok) {
      if ('tooLarge' in out) {
        return limits.maxTotalBytes - total < limits.maxEntryBytes
          ? fail('totalTooLarge', { entry: entry.name, limit: limits.maxTotalBytes })
          : fail('entryTooLarge', { entry: entry.name, limit: limits.maxEntryBytes });
      }
      const p = out.problem;
      return fail(p.code === 'notZip' ? 'notWorkbook' : p.code, { entry: entry.name });
    }
    total += out.size;
    if (out.size > limits.ratioFloorBytes && out.size > limits.maxRatio * Math.max(1, entry.compressedSize)) {
      return fail('compressionRatio', { entry: entry.name, ratio: Math.round(out.size / Math.max(1, entry.compressedSize)), limit: limits.maxRatio });
    }
    let data = out.data;
    if (data && keep) {
      if (keep.sheet && isSheetPart(partName(entry.name))) data = keep.sheet(data);
      keep.parts.set(entry.name, data);
    }
    if (data && isXmlPart(entry.name)) {
      const encoding = wideEncoding(data);
      if (encoding) return fail('xmlEncoding', { entry: entry.name, encoding });
      // A DOCTYPE is how entities (billion laughs, external files) get in; no part of an .xlsx needs one.
      if (declaresDoctype(data)) return fail('xmlEntities', { entry: entry.name });
      // By the name exceljs will use: of two entries under one name, JSZip keeps the last, and so does this map.
      if (mustRead(entry.name)) xml.set(partName(entry.name), isSheetPart(partName(entry.name)) ? asciiView(data) : decoder.decode(data));
    }
  }

  const workbookXml = xml.get('xl/workbook.xml') ?? '';
  const names = sheetNames(workbookXml, xml.get('xl/_rels/workbook.xml.rels'));
  const sheetParts = [...xml.keys()].filter(isSheetPart);
  if (sheetParts.length > limits.maxSheets) return fail('tooManySheets', { count: sheetParts.length, limit: limits.maxSheets });
  const tally: SheetTally = { cells: 0, merges: 0, validations: 0 };
  for (const part of sheetParts) {
    const problem = checkSheetXml(xml.get(part) ?? '', names.get(part) ?? part, limits, tally);
    if (problem) return problem;
  }
  const named = checkDefinedNames(workbookXml, limits);
  if (named) return named;
  return { ok: true, sheets: [...names.values()] };
}
