/**
 * A minimal, defensive zip reader: the central directory is parsed by hand and each entry is
 * inflated in small chunks while counting, so an entry claiming 1 KB that inflates to 1 GB is caught
 * at the limit, not after. Pure TypeScript over fflate: runs in Node and in the browser.
 */
import { Inflate } from 'fflate';

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  localHeaderOffset: number;
}

export type ZipProblem =
  | { code: 'notZip' }
  | { code: 'legacyOrEncrypted' }
  | { code: 'truncated' }
  | { code: 'unsupportedZip'; entry?: string };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function u16(b: Uint8Array, o: number): number {
  return (b[o] as number) | ((b[o + 1] as number) << 8);
}
function u32(b: Uint8Array, o: number): number {
  return (((b[o] as number) | ((b[o + 1] as number) << 8) | ((b[o + 2] as number) << 16)) >>> 0) + (b[o + 3] as number) * 0x1000000;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lossyUtf8 = new TextDecoder();

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Names given by Info-ZIP Unicode Path extra fields (0x7075): JSZip uses one in place of the header's name. */
function unicodePaths(extra: Uint8Array): string[] {
  const names: string[] = [];
  for (let p = 0; p + 4 <= extra.length; ) {
    const id = u16(extra, p);
    const length = u16(extra, p + 2);
    if (id === 0x7075 && length >= 5) names.push(lossyUtf8.decode(extra.subarray(p + 4 + 5, Math.min(extra.length, p + 4 + length))));
    p += 4 + length;
  }
  return names;
}

const unsupported = (entry?: string): { ok: false; problem: ZipProblem } => ({ ok: false, problem: { code: 'unsupportedZip', ...(entry !== undefined ? { entry } : {}) } });

/**
 * Reads the central directory; nothing is inflated yet. exceljs reads the same bytes with JSZip,
 * which is lenient in ways that would let it see entries this reader does not: it follows a zip64
 * record when any end-record field is at its maximum, shifts every offset when the directory does
 * not end where the end record starts, reads directory records past the declared count, takes each
 * name from the local header, and honours Unicode Path extra fields. Each of these is refused here,
 * so both readers see exactly the same entries under the same names.
 */
export function readCentralDirectory(bytes: Uint8Array): { ok: true; entries: ZipEntry[] } | { ok: false; problem: ZipProblem } {
  if (OLE2.every((v, i) => bytes[i] === v)) return { ok: false, problem: { code: 'legacyOrEncrypted' } };
  if (bytes.length < 4 || u32(bytes, 0) !== LOCAL) return { ok: false, problem: { code: bytes.length >= 2 && bytes[0] === 0x50 && bytes[1] === 0x4b ? 'truncated' : 'notZip' } };
  // The end record sits in the last 22 + 65535 bytes (its comment is at most 64 KB).
  let eocd = -1;
  for (let o = bytes.length - 22; o >= Math.max(0, bytes.length - 22 - 0xffff); o--) {
    if (u32(bytes, o) === EOCD) {
      eocd = o;
      break;
    }
  }
  if (eocd < 0) return { ok: false, problem: { code: 'truncated' } };
  const disks = [u16(bytes, eocd + 4), u16(bytes, eocd + 6), u16(bytes, eocd + 8)];
  const count = u16(bytes, eocd + 10);
  const size = u32(bytes, eocd + 12);
  const start = u32(bytes, eocd + 16);
  if (count === 0xffff || disks.includes(0xffff) || size === 0xffffffff || start === 0xffffffff) return unsupported();
  if (start + size > eocd) return { ok: false, problem: { code: 'truncated' } };
  if (start + size < eocd) return unsupported();
  const entries: ZipEntry[] = [];
  let o = start;
  for (let i = 0; i < count; i++) {
    if (o + 46 > eocd || u32(bytes, o) !== CENTRAL) return { ok: false, problem: { code: 'truncated' } };
    const flags = u16(bytes, o + 8);
    const method = u16(bytes, o + 10);
    const compressedSize = u32(bytes, o + 20);
    const nameLength = u16(bytes, o + 28);
    const extraLength = u16(bytes, o + 30);
    const commentLength = u16(bytes, o + 32);
    const localHeaderOffset = u32(bytes, o + 42);
    if (o + 46 + nameLength + extraLength + commentLength > eocd) return { ok: false, problem: { code: 'truncated' } };
    const nameBytes = bytes.subarray(o + 46, o + 46 + nameLength);
    let name: string;
    try {
      name = strictUtf8.decode(nameBytes);
    } catch {
      return unsupported(lossyUtf8.decode(nameBytes));
    }
    if (compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) return unsupported(name);
    if (unicodePaths(bytes.subarray(o + 46 + nameLength, o + 46 + nameLength + extraLength)).some((alias) => alias !== name)) return unsupported(name);
    const h = localHeaderOffset;
    if (h + 30 > bytes.length || u32(bytes, h) !== LOCAL || h + 30 + u16(bytes, h + 26) > bytes.length) return { ok: false, problem: { code: 'truncated' } };
    if (!sameBytes(bytes.subarray(h + 30, h + 30 + u16(bytes, h + 26)), nameBytes)) return unsupported(name);
    entries.push({ name, method, flags, compressedSize, localHeaderOffset });
    o += 46 + nameLength + extraLength + commentLength;
  }
  if (o !== eocd) return unsupported();
  return { ok: true, entries };
}

/**
 * A raw-DEFLATE inflater that stops past `limit` bytes: Node passes its native zlib (with
 * maxOutputLength, much faster); the browser uses the chunked fflate one below.
 */
export type RawInflater = (compressed: Uint8Array, limit: number) => Uint8Array | 'tooLarge';

export type InflateOutcome =
  | { ok: true; data?: Uint8Array; size: number }
  | { ok: false; problem: ZipProblem }
  | { ok: false; tooLarge: true; size: number };

// Small pushes bound how far past the limit one push can inflate (deflate tops out near 1032:1).
const CHUNK = 16 * 1024;

/**
 * Inflates one entry, stopping as soon as more than `limit` bytes come out. With `keep` the bytes
 * are returned (for XML we must read); otherwise only counted.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, limit: number, keep: boolean, native?: RawInflater): InflateOutcome {
  if (entry.flags & 0x1) return { ok: false, problem: { code: 'legacyOrEncrypted' } };
  const h = entry.localHeaderOffset;
  if (h + 30 > bytes.length || u32(bytes, h) !== LOCAL) return { ok: false, problem: { code: 'truncated' } };
  const dataStart = h + 30 + u16(bytes, h + 26) + u16(bytes, h + 28);
  const dataEnd = dataStart + entry.compressedSize;
  if (dataEnd > bytes.length) return { ok: false, problem: { code: 'truncated' } };
  const compressed = bytes.subarray(dataStart, dataEnd);
  if (entry.method === 0) {
    if (compressed.length > limit) return { ok: false, tooLarge: true, size: compressed.length };
    return { ok: true, size: compressed.length, ...(keep ? { data: compressed } : {}) };
  }
  if (entry.method !== 8) return { ok: false, problem: { code: 'unsupportedZip', entry: entry.name } };
  if (native) {
    try {
      const data = native(compressed, limit);
      if (data === 'tooLarge') return { ok: false, tooLarge: true, size: limit + 1 };
      return { ok: true, size: data.length, ...(keep ? { data } : {}) };
    } catch {
      return { ok: false, problem: { code: 'truncated' } };
    }
  }

  const parts: Uint8Array[] = [];
  let size = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    if (size > limit) over = true;
    else if (keep) parts.push(chunk);
  });
  try {
    for (let o = 0; o < compressed.length && !over; o += CHUNK) {
      const end = Math.min(o + CHUNK, compressed.length);
      inflater.push(compressed.subarray(o, end), end === compressed.length);
    }
  } catch {
    return { ok: false, problem: { code: 'truncated' } };
  }
  if (over) return { ok: false, tooLarge: true, size };
  if (!keep) return { ok: true, size };
  const data = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    data.set(p, at);
    at += p.length;
  }
  return { ok: true, data, size };
}
