/**
 * Hostile member workbooks for the guard's tests, each made from a good template: its zip entries
 * are read with fflate, one part's XML is changed, and the entries are zipped again. A few files are
 * written byte by byte (see `RawZip`): the whitespace bomb, and zip tricks that would make a naive
 * reader and exceljs's zip reader (JSZip) see different entries. Nothing here touches the disk.
 */
import { constants as zlibConstants, crc32 as zlibCrc32, deflateRawSync } from 'node:zlib';
import { deflateSync, strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { type GuardCode } from '../../src/workbook/guard/inspect';
import { DATA_SHEET_NAME } from '../../src/workbook/layouts/data-sheet-contract';
import { memberBytes, templateBytes } from './members';

/** The data sheet's part in a template (the first sheet). */
export const DATA_SHEET_PART = 'xl/worksheets/sheet1.xml';
export const WORKBOOK_PART = 'xl/workbook.xml';
/** The whole sheet, as Excel writes it. */
export const WHOLE_SHEET = 'A1:XFD1048576';

export type Parts = Record<string, Uint8Array>;

// ---------------------------------------------------------------------------------------------
// Good files

export function goodTemplate(unit = 'Đơn vị Mẫu'): Promise<Uint8Array> {
  return templateBytes({ unit, period: 'Năm 2023' });
}

/** Realistic self-assessed values for ktd5-2023, typed the way units type them (as in scripts/make-examples.js). */
export const MEMBER_VALUES: Record<string, string | number> = {
  'I.1': 'Triển khai thường xuyên', 'I.2': 'Có', 'I.3': 'co', 'I.4': 'Có', 'I.5': 18,
  'II.1': 'Có', 'II.2': 'x', 'II.3': 'Có', 'II.4': '95,5%', 'II.5': '100%', 'II.6': '100%', 'II.7': '92%', 'II.8': 'Có',
  'III.1': '100%', 'III.2': '85%', 'III.3': '72%', 'III.4': '100%',
  'IV.1': 4, 'IV.2': 4, 'IV.3': 8,
};

/** A member's filled data sheet: every criterion answered, with evidence. */
export function goodMember(unit: string): Promise<Uint8Array> {
  const evidence = Object.fromEntries(Object.keys(MEMBER_VALUES).map((id, i) => [id, `Văn bản số ${100 + i}/BC ngày 15/11/2023`]));
  return memberBytes({ unit, self: MEMBER_VALUES, evidence, period: 'Năm 2023' });
}

// ---------------------------------------------------------------------------------------------
// Re-zipping

export function readParts(xlsx: Uint8Array): Parts {
  return unzipSync(xlsx);
}

/** Zips parts again, in the given order (directories included as they came). */
export function writeParts(parts: Parts): Uint8Array {
  return zipSync(parts, { level: 6 });
}

/** The good file with one part's XML rewritten. */
export function withPart(xlsx: Uint8Array, part: string, edit: (xml: string) => string): Uint8Array {
  const parts = readParts(xlsx);
  const data = parts[part];
  if (!data) throw new Error(`no part ${part}`);
  const edited = edit(strFromU8(data));
  if (edited === strFromU8(data)) throw new Error(`editing ${part} changed nothing`);
  parts[part] = strToU8(edited);
  return writeParts(parts);
}

function insertBefore(xml: string, marker: string, text: string): string {
  const at = xml.indexOf(marker);
  if (at < 0) throw new Error(`${marker} not found`);
  return xml.slice(0, at) + text + xml.slice(at);
}

// ---------------------------------------------------------------------------------------------
// Hostile files made from a good template

/** One more `<mergeCell>` in the data sheet, over the whole sheet. */
export function wholeSheetMerge(template: Uint8Array, ref = WHOLE_SHEET): Uint8Array {
  return withPart(template, DATA_SHEET_PART, (xml) =>
    insertBefore(xml, '</mergeCells>', `<mergeCell ref="${ref}"/>`).replace(/<mergeCells count="(\d+)"/, (_, n: string) => `<mergeCells count="${Number(n) + 1}"`),
  );
}

/** One more data validation in the data sheet, over the whole sheet. */
export function wholeSheetValidation(template: Uint8Array, sqref = WHOLE_SHEET): Uint8Array {
  return withPart(template, DATA_SHEET_PART, (xml) =>
    insertBefore(xml, '</dataValidations>', `<dataValidation type="whole" allowBlank="1" sqref="${sqref}"><formula1>0</formula1><formula2>9</formula2></dataValidation>`).replace(
      /<dataValidations count="(\d+)"/,
      (_, n: string) => `<dataValidations count="${Number(n) + 1}"`,
    ),
  );
}

/** A defined name over the whole data sheet. */
export function wholeSheetDefinedName(template: Uint8Array, name = 'TatCa'): Uint8Array {
  return withPart(template, WORKBOOK_PART, (xml) => insertBefore(xml, '</definedNames>', `<definedName name="${name}">&apos;${DATA_SHEET_NAME}&apos;!$A$1:$XFD$1048576</definedName>`));
}

/** The data sheet declares a used range of the whole sheet. */
export function wholeSheetDimension(template: Uint8Array): Uint8Array {
  return withPart(template, DATA_SHEET_PART, (xml) => xml.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${WHOLE_SHEET}"/>`));
}

const MB = 1024 * 1024;

/**
 * The data sheet padded with `megabytes` MB of spaces before `<sheetData>` (valid XML), the file
 * itself near 1 KB per MB. Nothing that size is ever held: 1 MB of spaces is deflated once with a
 * full flush (a self-contained, byte-aligned run of blocks), that run is repeated, and the CRC-32
 * of the repeats is computed from the block's (CRC-32 is affine in its state, see `crcRepeated`).
 */
export function whitespaceBomb(template: Uint8Array, megabytes = 300): Uint8Array {
  const zip = new RawZip();
  const records = rawEntries(readParts(template)).map((entry) => {
    if (entry.name !== DATA_SHEET_PART) return zip.local(entry);
    const xml = strFromU8(entry.data);
    const at = xml.indexOf('<sheetData>');
    const head = strToU8(xml.slice(0, at));
    const tail = strToU8(xml.slice(at));
    const block = new Uint8Array(MB).fill(0x20);
    const flush = { finishFlush: zlibConstants.Z_FULL_FLUSH };
    const repeated = deflateRawSync(block, flush);
    const deflated = concat([deflateRawSync(head, flush), ...new Array<Uint8Array>(megabytes).fill(repeated), deflateRawSync(tail)]);
    const state = crcUpdate(crcRepeated(crcUpdate(0xffffffff, head), block, megabytes), tail);
    return zip.local({ name: entry.name, data: new Uint8Array(0), deflated: { data: deflated, crc: (state ^ 0xffffffff) >>> 0, size: head.length + megabytes * MB + tail.length } });
  });
  const directory = zip.central(records);
  return zip.end({ count: records.length, ...directory }).bytes();
}

/** The data sheet with an internal DTD of nested entities ("billion laughs"), one used in a cell. */
export function billionLaughs(template: Uint8Array): Uint8Array {
  const entities = ['<!ENTITY lol0 "lol">'];
  for (let i = 1; i <= 9; i++) entities.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
  return withPart(template, DATA_SHEET_PART, (xml) =>
    xml
      .replace('?>', `?>\n<!DOCTYPE worksheet [\n${entities.join('\n')}\n]>`)
      .replace(/<c r="A1"([^>]*?)(\/>|>.*?<\/c>)/, '<c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c>'),
  );
}

/** The data sheet with an external entity reading /etc/passwd, used in a cell. */
export function externalEntity(template: Uint8Array): Uint8Array {
  return withPart(template, DATA_SHEET_PART, (xml) =>
    xml
      .replace('?>', '?>\n<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>')
      .replace(/<c r="A1"([^>]*?)(\/>|>.*?<\/c>)/, '<c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c>'),
  );
}

/** The good file cut in half, as an interrupted download leaves it. */
export function truncatedZip(good: Uint8Array): Uint8Array {
  return good.slice(0, Math.floor(good.length / 2));
}

/** A CSV export saved under an .xlsx name. */
export function csvRenamed(): Uint8Array {
  return strToU8('Mã,Tiêu chí,Giá trị tự đánh giá\nI.1,Tuyên truyền,Có\nI.2,Kế hoạch,Có\n');
}

/** The start of an OLE2 compound file: an .xls, or an .xlsx saved with a password to open. */
export function ole2File(): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  bytes.set(strToU8('EncryptedPackage'), 1024);
  return bytes;
}

/** A zip with every part but xl/workbook.xml. */
export function withoutWorkbookXml(template: Uint8Array): Uint8Array {
  const parts = readParts(template);
  delete parts[WORKBOOK_PART];
  return writeParts(parts);
}

/** `<col>` widths declared up to column `max` (Excel stops at 16384; exceljs makes one object per column). */
export function columnBomb(template: Uint8Array, max = 50_000_000): Uint8Array {
  return withPart(template, DATA_SHEET_PART, (xml) => xml.replace(/<col min="1" max="1" /, `<col min="1" max="${max}" `));
}

export interface HostileKind {
  /** File name to write it under. */
  file: string;
  make: (template: Uint8Array) => Uint8Array;
  /** The guard's expected code, and where it must point. */
  code: GuardCode;
  sheet?: string;
  cell?: string;
}

/** Every hostile file of the issue's list (and a sheet-wide validation, defined name, OLE2 file, missing workbook part). */
export const HOSTILE: readonly HostileKind[] = [
  { file: 'gop-o-toan-trang.xlsx', make: (t) => wholeSheetMerge(t), code: 'mergeTooLarge', sheet: DATA_SHEET_NAME, cell: WHOLE_SHEET },
  { file: 'kiem-tra-toan-trang.xlsx', make: (t) => wholeSheetValidation(t), code: 'validationTooLarge', sheet: DATA_SHEET_NAME, cell: WHOLE_SHEET },
  { file: 'ten-vung-toan-trang.xlsx', make: (t) => wholeSheetDefinedName(t), code: 'definedNameTooLarge' },
  { file: 'vung-du-lieu-toan-trang.xlsx', make: wholeSheetDimension, code: 'dimensionTooLarge', sheet: DATA_SHEET_NAME, cell: WHOLE_SHEET },
  { file: 'khoang-trang-300mb.xlsx', make: (t) => whitespaceBomb(t), code: 'entryTooLarge' },
  { file: 'billion-laughs.xlsx', make: billionLaughs, code: 'xmlEntities' },
  { file: 'thuc-the-ngoai.xlsx', make: externalEntity, code: 'xmlEntities' },
  { file: 'bi-cat-cut.xlsx', make: truncatedZip, code: 'truncated' },
  { file: 'bang-tinh-csv.xlsx', make: () => csvRenamed(), code: 'notWorkbook' },
  { file: 'co-mat-khau.xlsx', make: () => ole2File(), code: 'legacyOrEncrypted' },
  { file: 'thieu-workbook-xml.xlsx', make: withoutWorkbookXml, code: 'notWorkbook' },
];

// ---------------------------------------------------------------------------------------------
// Zips written byte by byte, for tricks fflate will not produce

/** The CRC-32 register after `data`, from `state` (no pre- or post-inversion), through node:zlib. */
function crcUpdate(state: number, data: Uint8Array): number {
  return (zlibCrc32(data, (state ^ 0xffffffff) >>> 0) ^ 0xffffffff) >>> 0;
}

export function crc32(data: Uint8Array): number {
  return zlibCrc32(data);
}

/**
 * The register after `block` repeated `times` times. One pass over a block maps the register
 * affinely (the table is linear over GF(2)): s -> L(s) ^ c. L's columns come from 32 passes over
 * the block, after which each repeat costs 32 XORs instead of a pass.
 */
function crcRepeated(state: number, block: Uint8Array, times: number): number {
  const constant = crcUpdate(0, block);
  const columns = Array.from({ length: 32 }, (_, i) => (crcUpdate((1 << i) >>> 0, block) ^ constant) >>> 0);
  let s = state;
  for (let t = 0; t < times; t++) {
    let next = constant;
    for (let i = 0; i < 32; i++) if ((s >>> i) & 1) next ^= columns[i] as number;
    s = next >>> 0;
  }
  return s;
}

/** Each entry's CRC-32 as the central directory records it (for checking what this file writes). */
export function centralCrcs(zip: Uint8Array): Map<string, number> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = zip.length - 22;
  while (eocd >= 0 && view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  const crcs = new Map<string, number>();
  for (let o = view.getUint32(eocd + 16, true), i = 0; i < view.getUint16(eocd + 10, true); i++) {
    const nameLength = view.getUint16(o + 28, true);
    crcs.set(strFromU8(zip.subarray(o + 46, o + 46 + nameLength)), view.getUint32(o + 16, true));
    o += 46 + nameLength + view.getUint16(o + 30, true) + view.getUint16(o + 32, true);
  }
  return crcs;
}

export interface RawEntry {
  /** Name in the central directory. */
  name: string | Uint8Array;
  data: Uint8Array;
  /** Name in the local header, when it should differ from the central one. */
  localName?: string | Uint8Array;
  /** Extra field of the central record. */
  centralExtra?: Uint8Array;
  /** General purpose flags; 0x0800 (names in UTF-8) unless given. */
  flags?: number;
  /** Data already deflated (then `data` is ignored), with the CRC-32 and size of what it inflates to. */
  deflated?: { data: Uint8Array; crc: number; size: number };
}

/** What the central directory needs to know about a written local entry. */
export interface LocalRecord {
  name: Uint8Array;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
  extra: Uint8Array;
  flags: number;
}

const asBytes = (name: string | Uint8Array): Uint8Array => (typeof name === 'string' ? strToU8(name) : name);

/** A little-endian byte writer producing a zip piece by piece. */
export class RawZip {
  private readonly chunks: Uint8Array[] = [];
  offset = 0;

  private put(bytes: Uint8Array): void {
    this.chunks.push(bytes);
    this.offset += bytes.length;
  }

  private fields(...values: [number, 2 | 4][]): void {
    const out = new Uint8Array(values.reduce((n, [, size]) => n + size, 0));
    const view = new DataView(out.buffer);
    let at = 0;
    for (const [value, size] of values) {
      if (size === 2) view.setUint16(at, value, true);
      else view.setUint32(at, value >>> 0, true);
      at += size;
    }
    this.put(out);
  }

  raw(bytes: Uint8Array): this {
    this.put(bytes);
    return this;
  }

  /** A local header and the entry's deflated data. */
  local(entry: RawEntry): LocalRecord {
    const name = asBytes(entry.name);
    const localName = asBytes(entry.localName ?? entry.name);
    const compressed = entry.deflated?.data ?? deflateSync(entry.data);
    const record: LocalRecord = {
      name,
      crc: entry.deflated?.crc ?? crc32(entry.data),
      compressedSize: compressed.length,
      size: entry.deflated?.size ?? entry.data.length,
      offset: this.offset,
      extra: entry.centralExtra ?? new Uint8Array(0),
      flags: entry.flags ?? 0x0800,
    };
    this.fields([0x04034b50, 4], [20, 2], [record.flags, 2], [8, 2], [0, 2], [0x21, 2], [record.crc, 4], [record.compressedSize, 4], [record.size, 4], [localName.length, 2], [0, 2]);
    this.put(localName);
    this.put(compressed);
    return record;
  }

  /** Central records; `shift` is subtracted from every local header offset. Returns where they start and their size. */
  central(records: LocalRecord[], shift = 0): { start: number; size: number } {
    const start = this.offset;
    for (const r of records) {
      this.fields(
        [0x02014b50, 4], [20, 2], [20, 2], [r.flags, 2], [8, 2], [0, 2], [0x21, 2], [r.crc, 4], [r.compressedSize, 4], [r.size, 4],
        [r.name.length, 2], [r.extra.length, 2], [0, 2], [0, 2], [0, 2], [0, 4], [r.offset - shift, 4],
      );
      this.put(r.name);
      this.put(r.extra);
    }
    return { start, size: this.offset - start };
  }

  /** The end of central directory record. */
  end(o: { count: number; start: number; size: number; disk?: number }): this {
    this.fields([0x06054b50, 4], [o.disk ?? 0, 2], [o.disk ?? 0, 2], [o.count, 2], [o.count, 2], [o.size, 4], [o.start, 4], [0, 2]);
    return this;
  }

  /** A zip64 end of central directory record and its locator (64-bit fields written as low/high words). */
  zip64End(o: { count: number; start: number; size: number }): this {
    const record = this.offset;
    this.fields([0x06064b50, 4], [44, 4], [0, 4], [45, 2], [45, 2], [0, 4], [0, 4], [o.count, 4], [0, 4], [o.count, 4], [0, 4], [o.size, 4], [0, 4], [o.start, 4], [0, 4]);
    this.fields([0x07064b50, 4], [0, 4], [record, 4], [0, 4], [1, 4]);
    return this;
  }

  bytes(): Uint8Array {
    return concat(this.chunks);
  }
}

/** Parts as raw entries, in order, directories left out. */
export function rawEntries(parts: Parts): RawEntry[] {
  return Object.entries(parts)
    .filter(([name]) => !name.endsWith('/'))
    .map(([name, data]) => ({ name, data }));
}

/** A plain, well-formed zip of raw entries. */
export function rawZip(entries: RawEntry[]): Uint8Array {
  const zip = new RawZip();
  const records = entries.map((e) => zip.local(e));
  const cd = zip.central(records);
  return zip.end({ count: records.length, ...cd }).bytes();
}

/** An Info-ZIP Unicode Path extra field (0x7075) naming `unicodeName` for an entry whose header name is `headerName`. */
export function unicodePathExtra(headerName: string, unicodeName: string): Uint8Array {
  const name = strToU8(unicodeName);
  const out = new Uint8Array(4 + 5 + name.length);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0x7075, true);
  view.setUint16(2, 5 + name.length, true);
  out[4] = 1;
  view.setUint32(5, crc32(strToU8(headerName)), true);
  out.set(name, 9);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Smuggled parts: a data sheet (`xml`) placed where JSZip and exceljs will read it but a reader
// that takes zip names and offsets at face value would not look

export interface Smuggler {
  name: string;
  make: (template: Uint8Array, xml: string) => Uint8Array;
  /** What the guard must say when the smuggled sheet holds a whole-sheet merge. */
  code: GuardCode;
}

/** The template's parts with `xml` as one more (or a replaced) entry named `name`. */
function withEntry(template: Uint8Array, name: string, xml: string, replace = false): Uint8Array {
  const parts = readParts(template);
  if (replace) delete parts[DATA_SHEET_PART];
  parts[name] = strToU8(xml);
  return writeParts(parts);
}

/** Good entries and, written after them, the same entries with the data sheet replaced by `xml`. */
function twoSets(template: Uint8Array, xml: string): { zip: RawZip; good: LocalRecord[]; hidden: LocalRecord[] } {
  const zip = new RawZip();
  const entries = rawEntries(readParts(template));
  const good = entries.map((e) => zip.local(e));
  const hidden = entries.map((e) => zip.local(e.name === DATA_SHEET_PART ? { ...e, data: strToU8(xml) } : e));
  return { zip, good, hidden };
}

export const SMUGGLERS: readonly Smuggler[] = [
  // exceljs drops a leading "/" from entry names.
  { name: 'a name with a leading "/"', make: (t, xml) => withEntry(t, `/${DATA_SHEET_PART}`, xml, true), code: 'mergeTooLarge' },
  // exceljs's worksheet pattern is not anchored: any name containing xl/worksheets/sheetN.xml is a sheet.
  { name: 'a name inside another folder', make: (t, xml) => withEntry(t, 'x/xl/worksheets/sheet9.xml', xml), code: 'mergeTooLarge' },
  { name: 'a name with a suffix', make: (t, xml) => withEntry(t, 'xl/worksheets/sheet9.xml.bak', xml), code: 'mergeTooLarge' },
  // JSZip resolves "." segments.
  { name: 'a name with a "." segment', make: (t, xml) => withEntry(t, 'xl/./worksheets/sheet9.xml', xml), code: 'mergeTooLarge' },
  // JSZip takes each name from the local header, not the central directory.
  {
    name: 'a local header naming another part',
    make: (t, xml) => rawZip([...rawEntries(readParts(t)), { name: 'xl/media/image9.png', localName: 'xl/worksheets/sheet9.xml', data: strToU8(xml) }]),
    code: 'unsupportedZip',
  },
  // JSZip uses an Info-ZIP Unicode Path extra field in place of a name not flagged UTF-8.
  {
    name: 'a Unicode Path extra field naming another part',
    make: (t, xml) =>
      rawZip([...rawEntries(readParts(t)), { name: 'xl/media/image9.png', flags: 0, centralExtra: unicodePathExtra('xl/media/image9.png', 'xl/worksheets/sheet9.xml'), data: strToU8(xml) }]),
    code: 'unsupportedZip',
  },
  // JSZip reads directory records for as long as their signature follows, whatever the count says.
  {
    name: 'a directory record past the declared count',
    make: (t, xml) => {
      const zip = new RawZip();
      const records = rawEntries(readParts(t)).map((e) => zip.local(e));
      const extra = zip.local({ name: 'xl/worksheets/sheet9.xml', data: strToU8(xml) });
      const cd = zip.central([...records, extra]);
      return zip.end({ count: records.length, ...cd }).bytes();
    },
    code: 'unsupportedZip',
  },
  // When the directory does not end where the end record starts, JSZip shifts every offset by the gap.
  {
    name: 'a gap between the directory and the end record',
    make: (t, xml) => {
      const { zip, good, hidden } = twoSets(t, xml);
      const goodDirectory = zip.central(good);
      const hiddenDirectory = zip.central(hidden, goodDirectory.size);
      return zip.end({ count: good.length, start: goodDirectory.start, size: hiddenDirectory.size }).bytes();
    },
    code: 'unsupportedZip',
  },
  // A disk number of 0xFFFF sends JSZip to the zip64 end record, which may name another directory.
  {
    name: 'a zip64 end record naming another directory',
    make: (t, xml) => {
      const { zip, good, hidden } = twoSets(t, xml);
      const goodDirectory = zip.central(good);
      const hiddenDirectory = zip.central(hidden);
      zip.zip64End({ count: hidden.length, ...hiddenDirectory });
      return zip.end({ count: good.length, ...goodDirectory, disk: 0xffff }).bytes();
    },
    code: 'unsupportedZip',
  },
];

export function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Slow files that pass the guard

/** Column letters of a 1-based column number. */
function columnName(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/**
 * A member file that passes the guard but is slow to read: `rows` rows of `columns` numbers below
 * the data (from row 1001, columns AA on, where no reader looks) and, if asked, a defined name over
 * one whole column (exceljs makes an object per named cell). Every count stays under the limits it
 * is built for; the caller says which.
 */
export function slowButAllowed(member: Uint8Array, { rows, columns, wholeColumnName = true }: { rows: number; columns: number; wholeColumnName?: boolean }): Uint8Array {
  const row = (r: number) => {
    let cells = '';
    for (let c = 0; c < columns; c++) cells += `<c r="${columnName(27 + c)}${r}"><v>${(r * 7 + c) % 1000}</v></c>`;
    return `<row r="${r}">${cells}</row>`;
  };
  let extra = '';
  for (let r = 1001; r < 1001 + rows; r++) extra += row(r);
  const filled = withPart(member, DATA_SHEET_PART, (xml) => insertBefore(xml, '</sheetData>', extra));
  if (!wholeColumnName) return filled;
  return withPart(filled, WORKBOOK_PART, (xml) => insertBefore(xml, '</definedNames>', `<definedName name="CotPhu">&apos;${DATA_SHEET_NAME}&apos;!$AZ:$AZ</definedName>`));
}
