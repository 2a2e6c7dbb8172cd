/**
 * The gate in front of exceljs: checks an untrusted .xlsx as a zip (entry count, each entry's size as
 * actually inflated, compression ratio, total) and its XML (no DOCTYPE, so no entity expansion or
 * external entity; cell counts; the areas of merges, data validations, defined names and dimensions)
 * before any parser builds objects from it. Pure: Node and the browser share it.
 */
import { type WorkbookLimits } from './limits';
import { areaOf, areaOfList } from './ranges';
import { inflateEntry, readCentralDirectory, type ZipEntry } from './zip';

export type GuardCode =
  | 'notWorkbook'
  | 'legacyOrEncrypted'
  | 'truncated'
  | 'unsupportedZip'
  | 'tooLarge'
  | 'tooManyEntries'
  | 'entryTooLarge'
  | 'totalTooLarge'
  | 'compressionRatio'
  | 'xmlEntities'
  | 'tooManySheets'
  | 'tooManyCells'
  | 'mergeTooLarge'
  | 'validationTooLarge'
  | 'definedNameTooLarge'
  | 'dimensionTooLarge';

export interface GuardProblem {
  code: GuardCode;
  sheet?: string;
  cell?: string;
  detail: Record<string, string | number>;
}

export type InspectResult = { ok: true; sheets: string[] } | { ok: false; problem: GuardProblem };

const decoder = new TextDecoder();

function fail(code: GuardCode, detail: Record<string, string | number> = {}, sheet?: string, cell?: string): { ok: false; problem: GuardProblem } {
  return { ok: false, problem: { code, detail, ...(sheet !== undefined ? { sheet } : {}), ...(cell !== undefined ? { cell } : {}) } };
}

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return m ? (m[2] ?? m[3]) : undefined;
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** Sheet names by their part path (xl/worksheets/sheet1.xml → "Dữ liệu"), for messages. */
function sheetNames(workbookXml: string, relsXml: string | undefined): Map<string, string> {
  const targets = new Map<string, string>();
  for (const m of (relsXml ?? '').matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attribute(m[0], 'Id');
    const target = attribute(m[0], 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const names = new Map<string, string>();
  for (const m of workbookXml.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attribute(m[0], 'name');
    const rid = attribute(m[0], 'r:id') ?? attribute(m[0], '[A-Za-z0-9]+:id');
    const path = rid ? targets.get(rid) : undefined;
    if (name !== undefined && path) names.set(path.replace(/\/\.\//g, '/'), unescapeXml(name));
  }
  return names;
}

interface SheetTally {
  cells: number;
  merges: number;
  validations: number;
}

function checkSheetXml(xml: string, sheet: string, limits: WorkbookLimits, tally: SheetTally): { ok: false; problem: GuardProblem } | undefined {
  const dimension = /<dimension\b[^>]*>/.exec(xml);
  const ref = dimension ? attribute(dimension[0], 'ref') : undefined;
  if (ref && areaOf(ref) > limits.maxDimensionArea) return fail('dimensionTooLarge', { ref, area: areaOf(ref), limit: limits.maxDimensionArea }, sheet, ref);

  for (const m of xml.matchAll(/<mergeCell\b[^>]*>/g)) {
    const r = attribute(m[0], 'ref') ?? '';
    tally.merges += areaOf(r);
    if (tally.merges > limits.maxMergeArea) return fail('mergeTooLarge', { ref: r, area: areaOf(r), limit: limits.maxMergeArea }, sheet, r);
  }
  for (const m of xml.matchAll(/<(?:[A-Za-z0-9]+:)?dataValidation\b[^>]*>/g)) {
    let sqref = attribute(m[0], 'sqref');
    if (sqref === undefined) {
      // x14 validations keep the range in a child element: <xm:sqref>A1:A9</xm:sqref>
      const rest = xml.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 4096);
      sqref = /<(?:[A-Za-z0-9]+:)?sqref>([^<]*)</.exec(rest)?.[1] ?? '';
    }
    tally.validations += areaOfList(sqref);
    if (tally.validations > limits.maxValidationArea) return fail('validationTooLarge', { ref: sqref, area: areaOfList(sqref), limit: limits.maxValidationArea }, sheet, sqref.split(/\s+/)[0]);
  }
  let at = xml.indexOf('<c ');
  while (at >= 0) {
    tally.cells += 1;
    if (tally.cells > limits.maxCells) return fail('tooManyCells', { limit: limits.maxCells }, sheet);
    at = xml.indexOf('<c ', at + 3);
  }
  return undefined;
}

function checkDefinedNames(workbookXml: string, limits: WorkbookLimits): { ok: false; problem: GuardProblem } | undefined {
  let area = 0;
  for (const m of workbookXml.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)) {
    const formula = unescapeXml(m[2] ?? '');
    area += areaOfList(formula);
    if (area > limits.maxDefinedNameArea) {
      return fail('definedNameTooLarge', { name: unescapeXml(attribute(`<d ${m[1]}>`, 'name') ?? ''), ref: formula.slice(0, 80), limit: limits.maxDefinedNameArea });
    }
  }
  return undefined;
}

function isXmlPart(name: string): boolean {
  return /\.(xml|rels|vml)$/i.test(name);
}

export function inspectXlsx(bytes: Uint8Array, limits: WorkbookLimits): InspectResult {
  if (bytes.length > limits.maxFileBytes) return fail('tooLarge', { bytes: bytes.length, limit: limits.maxFileBytes });
  const directory = readCentralDirectory(bytes);
  if (!directory.ok) {
    const p = directory.problem;
    if (p.code === 'notZip') return fail('notWorkbook', {});
    return fail(p.code, 'entry' in p && p.entry ? { entry: p.entry } : {});
  }
  const entries = directory.entries;
  if (entries.length > limits.maxEntries) return fail('tooManyEntries', { count: entries.length, limit: limits.maxEntries });
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) return fail('notWorkbook', {});

  // Inflate every entry (so the totals are real), keeping the XML we must read.
  const xml = new Map<string, string>();
  let total = 0;
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    const room = Math.min(limits.maxEntryBytes, limits.maxTotalBytes - total);
    const out = inflateEntry(bytes, entry, room, isXmlPart(entry.name));
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
    if (out.data) {
      const text = decoder.decode(out.data);
      // A DOCTYPE is how entities (billion laughs, external files) get in; no part of an .xlsx needs one.
      if (/<!DOCTYPE|<!ENTITY/i.test(text)) return fail('xmlEntities', { entry: entry.name });
      xml.set(entry.name, text);
    }
  }

  const workbookXml = xml.get('xl/workbook.xml') ?? '';
  const names = sheetNames(workbookXml, xml.get('xl/_rels/workbook.xml.rels'));
  const sheetParts = entriesOf(entries, /^xl\/worksheets\/[^/]+\.xml$/);
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

function entriesOf(entries: ZipEntry[], pattern: RegExp): string[] {
  return entries.map((e) => e.name).filter((n) => pattern.test(n));
}
