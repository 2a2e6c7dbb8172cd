/**
 * The copy of a checked member file that exceljs reads. Readers keep only a formula's first 80
 * characters (enough to say a formula is there), yet a data sheet's native formulas are most of its
 * XML (about 150 KB of 180 KB), and parsing them was most of exceljs's time. So each formula's text is
 * cut to its first 81 characters (as the guard inflates each sheet, before its checks read it), and
 * the parts are zipped again uncompressed so that exceljs does not inflate them a second time; after
 * the guard's checks, data validations and conditional formats are left out too (readers take values). Values, cached results, styles and
 * everything else stay byte for byte. Shared formulas keep their text: exceljs rewrites it for the
 * cells that share it.
 */
import { zipSync, type Zippable } from 'fflate';
import { isWorksheetEntry } from '../guard/inspect';

/** One more than the 80 characters readers keep, so they still see that the text was longer. */
const KEEP_CHARACTERS = 81;
const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const AMP = 0x26;
const SEMI = 0x3b;

/** Where the text after `from` reaches `characters` characters: an entity or a UTF-8 sequence is one. */
function afterCharacters(xml: Uint8Array, from: number, end: number, characters: number): number {
  let i = from;
  for (let n = 0; n < characters && i < end; n++) {
    const b = xml[i] as number;
    if (b === AMP) {
      const semi = xml.indexOf(SEMI, i);
      i = semi < 0 || semi >= end ? end : semi + 1;
    } else if (b >= 0xc0) {
      i++;
      while (i < end && ((xml[i] as number) & 0xc0) === 0x80) i++;
    } else {
      i++;
    }
  }
  return i;
}

const CLOSE = [LT, SLASH, 0x66, GT]; // "</f>"

function startsWith(xml: Uint8Array, at: number, bytes: readonly number[]): boolean {
  for (let k = 0; k < bytes.length; k++) if (xml[at + k] !== bytes[k]) return false;
  return true;
}

/** The sheet XML with each unshared `<f>` element's text cut short; the same array when nothing is cut. */
export function shortenFormulas(xml: Uint8Array): Uint8Array {
  const pieces: Uint8Array[] = [];
  let copied = 0;
  let size = 0;
  for (let i = xml.indexOf(LT); i >= 0 && i < xml.length; i = xml.indexOf(LT, i + 1)) {
    // "<f>" or "<f " (an unprefixed formula element), not "<font" or "</f>"
    if (xml[i + 1] !== 0x66 || (xml[i + 2] !== GT && xml[i + 2] !== 0x20)) continue;
    const tagEnd = xml.indexOf(GT, i);
    if (tagEnd < 0) break;
    if (xml[tagEnd - 1] === SLASH || tagEnd - i > 512) continue; // <f .../> has no text; odd tags stay as they are
    const tag = String.fromCharCode(...xml.subarray(i, tagEnd));
    if (/\bt\s*=\s*["']shared["']/.test(tag)) continue;
    const close = xml.indexOf(LT, tagEnd);
    if (close < 0 || !startsWith(xml, close, CLOSE)) continue; // unexpected markup: leave it as it is
    const cut = afterCharacters(xml, tagEnd + 1, close, KEEP_CHARACTERS);
    if (cut < close) {
      pieces.push(xml.subarray(copied, cut));
      size += cut - copied;
      copied = close;
    }
    i = close;
  }
  if (copied === 0) return xml;
  pieces.push(xml.subarray(copied));
  size += xml.length - copied;
  return concat(pieces, size);
}

// One character per byte (browsers decode "latin1" as windows-1252, still one code unit per byte), so
// a match's index is its byte offset; the bytes kept are copied from the original, never re-encoded.
const latin1 = new TextDecoder('latin1');
// An element with content (not `<dataValidations count="0"/>`), up to its own closing tag: neither nests.
const UNREAD = /<(dataValidations|conditionalFormatting)\b[^>]*(?<!\/)>[\s\S]*?<\/\1>/g;

/**
 * A checked worksheet without what readers never use: data validations and conditional formats
 * (a quarter of exceljs's time on a data sheet).
 */
export function withoutUnreadParts(xml: Uint8Array): Uint8Array {
  const text = latin1.decode(xml);
  const kept: Uint8Array[] = [];
  let from = 0;
  let size = 0;
  for (const m of text.matchAll(UNREAD)) {
    kept.push(xml.subarray(from, m.index));
    size += m.index - from;
    from = m.index + m[0].length;
  }
  if (from === 0) return xml;
  kept.push(xml.subarray(from));
  size += xml.length - from;
  return concat(kept, size);
}

function concat(pieces: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Parts never read into a grid. A theme (colours and fonts for drawing cells): exceljs copies each one
 * into a fresh zero-filled 1 MB buffer, which was a third of its time on a member file (measured).
 * The document properties and the content types: each part costs exceljs a stream and a parse of its
 * own. Only plain names are matched: an odd name that exceljs might also take for another part stays in.
 */
const UNREAD_PART = /^\/?(xl\/theme\/[A-Za-z0-9]+\.xml|docProps\/(app|core)\.xml|\[Content_Types\]\.xml)$/;

/** The checked parts (entry name → inflated bytes) as an uncompressed zip, without the parts and elements readers never use. */
export function storedZip(parts: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const files: Zippable = {};
  for (const [name, data] of parts) {
    if (UNREAD_PART.test(name)) continue;
    files[name] = [isWorksheetEntry(name) ? withoutUnreadParts(data) : data, { level: 0 }];
  }
  return zipSync(files, { level: 0 });
}
