/**
 * The gate in front of exceljs: checks an untrusted .xlsx as a zip (entry count, each entry's size as
 * actually inflated, compression ratio, total) and its XML (no DOCTYPE, so no entity expansion or
 * external entity; cell counts; the areas of merges, data validations, defined names and dimensions;
 * declared columns) before any parser builds objects from it. Parts are found and read the way
 * exceljs (over JSZip and saxes) will find and read them — names resolved, unanchored patterns,
 * attributes in order with character references decoded, lenient addresses — so that nothing it
 * expands goes unchecked. Pure: Node and the browser share it.
 */
import { SHEET_COLUMNS, type WorkbookLimits } from './limits';
import { areaOf, areaOfList } from './ranges';
import { nextStartTag, startTags, tagFinder } from './tags';
import { inflateEntry, readCentralDirectory, type RawInflater } from './zip';

export type GuardCode =
  | 'notWorkbook'
  | 'damaged'
  | 'xmlEncoding'
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
  | 'dimensionTooLarge'
  | 'columnsTooLarge';

export interface GuardProblem {
  code: GuardCode;
  sheet?: string;
  cell?: string;
  detail: Record<string, string | number>;
}

export type InspectResult = { ok: true; sheets: string[] } | { ok: false; problem: GuardProblem };

const decoder = new TextDecoder();
const latin1 = new TextDecoder('latin1');

/**
 * Sheet XML read byte for byte: the checks only look at ASCII tags and references, so there is no
 * need to pay for UTF-8 decoding of every cell's text.
 */
function asciiView(bytes: Uint8Array): string {
  return latin1.decode(bytes);
}

function fail(code: GuardCode, detail: Record<string, string | number> = {}, sheet?: string, cell?: string): { ok: false; problem: GuardProblem } {
  return { ok: false, problem: { code, detail, ...(sheet !== undefined ? { sheet } : {}), ...(cell !== undefined ? { cell } : {}) } };
}

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };

/** Predefined entities and character references decoded, as the XML parser does (`&#65;1` is `A1`). */
function unescapeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#([0-9]+)|#[xX]([0-9a-fA-F]+)|(lt|gt|quot|apos|amp));/g, (whole, dec?: string, hex?: string, named?: string) => {
    if (named) return NAMED_ENTITIES[named] ?? whole;
    const code = dec !== undefined ? Number(dec) : parseInt(hex ?? '', 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

// One attribute after the element name or the previous attribute (XML whitespace only).
// Attribute names are bounded: an unbounded greedy name over an 18 MB run of letters backtracks
// through every one of them, which V8's regexp interpreter (before a pattern is compiled) cannot
// always hold, and throws. A longer "name" is not an attribute; the scan below still finds the rest.
const NAME = `[^ \\t\\r\\n=/>"'<]{1,${1024}}`;
const ATTRIBUTE = new RegExp(`[ \\t\\r\\n]+(${NAME})[ \\t\\r\\n]*=[ \\t\\r\\n]*(?:"([^"<]*)"|'([^'<]*)')`, 'y');
const ATTRIBUTE_ANYWHERE = new RegExp(`[ \\t\\r\\n](${NAME})[ \\t\\r\\n]*=[ \\t\\r\\n]*(?:"([^"]*)"|'([^']*)')`, 'g');
const ATTRIBUTE_END = /[ \t\r\n]*\/?>$/y;

/**
 * Every value the XML parser could give attribute `name` of a start tag: the attributes are read in
 * order (so a `ref='…'` inside another attribute's value is not taken for the attribute); a tag the
 * reader cannot follow to its end — the XML parser rejects such a file anyway — also yields every
 * `name=…` found anywhere in it, so nothing is missed.
 */
function attributeValues(tag: string, name: string | RegExp): string[] {
  const wanted = (n: string): boolean => (typeof name === 'string' ? n === name : name.test(n));
  const values: string[] = [];
  let at = /^<[^ \t\r\n/>]*/.exec(tag)?.[0].length ?? 0;
  for (;;) {
    ATTRIBUTE.lastIndex = at;
    const m = ATTRIBUTE.exec(tag);
    if (!m) break;
    if (wanted(m[1] as string)) values.push(unescapeXml(m[2] ?? m[3] ?? ''));
    at = ATTRIBUTE.lastIndex;
  }
  ATTRIBUTE_END.lastIndex = at;
  if (!ATTRIBUTE_END.test(tag)) {
    for (const m of tag.matchAll(ATTRIBUTE_ANYWHERE)) {
      if (wanted(m[1] as string)) values.push(unescapeXml(m[2] ?? m[3] ?? ''));
    }
  }
  return values;
}

function attribute(tag: string, name: string | RegExp): string | undefined {
  return attributeValues(tag, name)[0];
}

/** The reference among `values` covering the most cells, with its area. */
function largest(values: string[], area: (ref: string) => number): { ref: string; area: number } {
  let best = { ref: values[0] ?? '', area: 0 };
  for (const ref of values) {
    const a = area(ref);
    if (a > best.area) best = { ref, area: a };
  }
  return best;
}

/** Sheet names by their part path (xl/worksheets/sheet1.xml → "Dữ liệu"), for messages. */
function sheetNames(workbookXml: string, relsXml: string | undefined): Map<string, string> {
  const targets = new Map<string, string>();
  for (const m of startTags(relsXml ?? '', 'Relationship')) {
    const id = attribute(m.text, 'Id');
    const target = attribute(m.text, 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const names = new Map<string, string>();
  for (const m of startTags(workbookXml, 'sheet')) {
    const name = attribute(m.text, 'name');
    const rid = attribute(m.text, 'r:id') ?? attribute(m.text, /^[A-Za-z0-9]+:id$/);
    const path = rid ? targets.get(rid) : undefined;
    if (name !== undefined && path) names.set(partName(path), name);
  }
  return names;
}

interface SheetTally {
  cells: number;
  merges: number;
  validations: number;
}

/** `<dataValidation …>` tags and `<xm:sqref>…<` elements, in document order. */
function validationsInOrder(xml: string): ({ index: number; text: string; sqref?: undefined } | { index: number; sqref: string })[] {
  const tags: { index: number; text: string; sqref?: undefined }[] = [...startTags(xml, '(?:[A-Za-z0-9]+:)?dataValidation')];
  const elements = [...xml.matchAll(/<(?:[A-Za-z0-9]+:)?sqref>([^<]*)</g)].map((m) => ({ index: m.index, sqref: m[1] as string }));
  return elements.length === 0 ? tags : [...tags, ...elements].sort((a, b) => a.index - b.index);
}

function checkSheetXml(xml: string, sheet: string, limits: WorkbookLimits, tally: SheetTally): { ok: false; problem: GuardProblem } | undefined {
  const dimension = nextStartTag(xml, tagFinder('dimension'));
  if (dimension) {
    const d = largest(attributeValues(dimension.text, 'ref'), areaOf);
    if (d.area > limits.maxDimensionArea) return fail('dimensionTooLarge', { ref: d.ref, area: d.area, limit: limits.maxDimensionArea }, sheet, d.ref);
  }
  // exceljs makes one object per column up to the highest <col> min or max, whatever the sheet holds.
  for (const m of startTags(xml, 'col')) {
    for (const v of [...attributeValues(m.text, 'min'), ...attributeValues(m.text, 'max')]) {
      const n = parseInt(v, 10);
      if (n > SHEET_COLUMNS) return fail('columnsTooLarge', { column: n, limit: SHEET_COLUMNS }, sheet);
    }
  }
  for (const m of startTags(xml, 'mergeCell')) {
    const r = largest(attributeValues(m.text, 'ref'), areaOf);
    tally.merges += r.area;
    if (tally.merges > limits.maxMergeArea) return fail('mergeTooLarge', { ref: r.ref, area: r.area, limit: limits.maxMergeArea }, sheet, r.ref);
  }
  // A validation's range is its sqref attribute, or for x14 validations the next <xm:sqref> element.
  let awaiting = false;
  for (const m of validationsInOrder(xml)) {
    let refs: string[];
    if (m.sqref === undefined) {
      refs = attributeValues(m.text, 'sqref');
      awaiting = refs.length === 0;
      if (awaiting) continue;
    } else {
      if (!awaiting) continue;
      awaiting = false;
      refs = [unescapeXml(m.sqref)];
    }
    const r = largest(refs, areaOfList);
    tally.validations += r.area;
    if (tally.validations > limits.maxValidationArea) return fail('validationTooLarge', { ref: r.ref, area: r.area, limit: limits.maxValidationArea }, sheet, r.ref.trim().split(/\s+/)[0]);
  }
  // Cells: <c followed by whitespace, "/" or ">" (a tab or a line break is as good as a space).
  const cell = /<c[ \t\r\n/>]/g;
  while (cell.exec(xml)) {
    tally.cells += 1;
    if (tally.cells > limits.maxCells) return fail('tooManyCells', { limit: limits.maxCells }, sheet);
  }
  return undefined;
}

/**
 * A defined name's text as the XML parser delivers it, pieces joined: comments, processing
 * instructions and tags dropped, CDATA kept (one pass, so hostile nesting cannot make it slow).
 */
function elementText(inner: string): string {
  let out = '';
  let at = 0;
  while (at < inner.length) {
    const lt = inner.indexOf('<', at);
    if (lt < 0) {
      out += inner.slice(at);
      break;
    }
    out += inner.slice(at, lt);
    const [open, close] = inner.startsWith('<!--', lt) ? ['<!--', '-->'] : inner.startsWith('<![CDATA[', lt) ? ['<![CDATA[', ']]>'] : ['<', '>'];
    const end = inner.indexOf(close, lt + open.length);
    if (end < 0) break;
    if (open === '<![CDATA[') out += inner.slice(lt + open.length, end);
    at = end + close.length;
  }
  return unescapeXml(out);
}

function checkDefinedNames(workbookXml: string, limits: WorkbookLimits): { ok: false; problem: GuardProblem } | undefined {
  let area = 0;
  const open = tagFinder('definedName');
  for (let m = nextStartTag(workbookXml, open); m; ) {
    const tag = m;
    const from = tag.index + tag.text.length;
    const close = tag.text.endsWith('/>') ? -1 : workbookXml.indexOf('</definedName', from);
    if (close < 0 && !tag.text.endsWith('/>')) break;
    m = nextStartTag(workbookXml, open, close < 0 ? from : close);
    if (close < 0) continue;
    const formula = elementText(workbookXml.slice(from, close));
    area += areaOfList(formula);
    if (area > limits.maxDefinedNameArea) {
      return fail('definedNameTooLarge', { name: attribute(tag.text, 'name') ?? '', ref: formula.slice(0, 80), limit: limits.maxDefinedNameArea });
    }
  }
  return undefined;
}

/**
 * A part's name as exceljs sees it: JSZip resolves "." and ".." segments and empty segments
 * (`xl/./worksheets//sheet1.xml`), and exceljs drops a leading "/".
 */
export function partName(name: string): string {
  const parts = name.split('/');
  const out: string[] = [];
  parts.forEach((part, i) => {
    if (part === '.' || (part === '' && i !== 0 && i !== parts.length - 1)) return;
    if (part === '..') out.pop();
    else out.push(part);
  });
  const resolved = out.join('/');
  return resolved.startsWith('/') ? resolved.slice(1) : resolved;
}

/** exceljs parses as a worksheet every part whose name merely contains `xl/worksheets/sheetN.xml` (its pattern is not anchored). */
function isSheetPart(part: string): boolean {
  return /^xl\/worksheets\/[^/]+\.xml$/.test(part) || /xl\/worksheets\/sheet\d+[.]xml/.test(part);
}

/** Whether exceljs reads this zip entry as a worksheet (by its part name, as the checks do). */
export function isWorksheetEntry(name: string): boolean {
  return isSheetPart(partName(name));
}

/** Other parts exceljs parses as XML, found by the same unanchored patterns. */
const EXCELJS_XML = [/xl\/worksheets\/_rels\/sheet\d+[.]xml.rels/, /xl\/drawings\/[a-zA-Z0-9]+[.]xml/, /xl\/comments\d+[.]xml/, /xl\/tables\/table\d+[.]xml/, /xl\/drawings\/_rels\/[a-zA-Z0-9]+[.]xml[.]rels/, /xl\/drawings\/vmlDrawing\d+[.]vml/];

function isXmlPart(name: string): boolean {
  const part = partName(name);
  return /\.(xml|rels|vml)$/i.test(part) || isSheetPart(part) || EXCELJS_XML.some((p) => p.test(part));
}

/** The parts whose content the checks read: the workbook, its relationships, the worksheets. */
function mustRead(name: string): boolean {
  const part = partName(name);
  return part === 'xl/workbook.xml' || part === 'xl/_rels/workbook.xml.rels' || isSheetPart(part);
}

/**
 * The encoding of an XML part when it is not UTF-8 (or ASCII): UTF-16 or UTF-32 by byte-order mark,
 * by the byte pattern of `<?` in the first four bytes, or by the declaration's `encoding`. The checks
 * scan bytes for ASCII markup, which such parts hide (`<\0!\0D\0…`), so they are refused: Excel and
 * LibreOffice write UTF-8 only.
 */
function wideEncoding(bytes: Uint8Array): string | undefined {
  const [a, b, c, d] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if (a === 0x00 && b === 0x00 && c === 0xfe && d === 0xff) return 'UTF-32BE';
  if (a === 0xff && b === 0xfe && c === 0x00 && d === 0x00) return 'UTF-32LE';
  if (a === 0xfe && b === 0xff) return 'UTF-16BE';
  if (a === 0xff && b === 0xfe) return 'UTF-16LE';
  if (a === 0x00 && b === 0x00 && c === 0x00 && d === 0x3c) return 'UTF-32BE';
  if (a === 0x3c && b === 0x00 && c === 0x00 && d === 0x00) return 'UTF-32LE';
  if (a === 0x00 && b === 0x3c) return 'UTF-16BE';
  if (a === 0x3c && b === 0x00) return 'UTF-16LE';
  // `<?xml version="1.0" encoding="UTF-16"?>` in single bytes: a parser that honours it reads on in UTF-16.
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (bytes[start] !== 0x3c || bytes[start + 1] !== 0x3f) return undefined;
  const end = bytes.indexOf(0x3e, start);
  const declaration = String.fromCharCode(...bytes.subarray(start, end < 0 ? Math.min(bytes.length, start + 200) : Math.min(end, start + 200)));
  const declared = /encoding[ \t\r\n]*=[ \t\r\n]*["']([^"']*)["']/i.exec(declaration)?.[1];
  return declared && /^(?:utf-?(?:16|32)|ucs-?[24]|iso-10646)/i.test(declared.trim()) ? declared.trim() : undefined;
}

/** True when the bytes hold "<!DOCTYPE" or "<!ENTITY" (any case); scanned as bytes, no decoding. */
function declaresDoctype(bytes: Uint8Array): boolean {
  // "!" is rare in spreadsheet XML, so look for it and check its neighbours.
  for (let i = bytes.indexOf(0x21, 1); i >= 0; i = bytes.indexOf(0x21, i + 1)) {
    if (bytes[i - 1] !== 0x3c) continue;
    const word = String.fromCharCode(...bytes.subarray(i + 1, i + 8)).toUpperCase();
    if (word.startsWith('DOCTYPE') || word.startsWith('ENTITY')) return true;
  }
  return false;
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
