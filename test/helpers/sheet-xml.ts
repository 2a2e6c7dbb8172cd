/**
 * Reads the cached values a spreadsheet engine stored in an .xlsx, straight from the sheet XML: a
 * formula's <v> as written by LibreOffice, including 0 and FALSE (which exceljs drops on load).
 */
import { strFromU8, unzipSync } from 'fflate';
import { decodeXmlReferences } from '../../src/workbook/xml-text';

export type CachedValue = number | string | boolean | null;

const decode = decodeXmlReferences;

/** The XML of the sheet with the given name, and a reader of the package's other parts. */
function sheetPart(bytes: Uint8Array, sheetName: string): { xml: string; text: (name: string) => string } {
  const files = unzipSync(bytes);
  const text = (name: string): string => (files[name] ? strFromU8(files[name] as Uint8Array) : '');
  const rels = new Map<string, string>();
  for (const m of text('xl/_rels/workbook.xml.rels').matchAll(/<Relationship\b[^>]*\bId="([^"]+)"[^>]*\bTarget="([^"]+)"/g)) rels.set(m[1] as string, m[2] as string);
  let part: string | undefined;
  for (const m of text('xl/workbook.xml').matchAll(/<sheet\b[^>]*\bname="([^"]*)"[^>]*\br:id="([^"]+)"/g)) {
    if (decode(m[1] as string) === sheetName) part = rels.get(m[2] as string);
  }
  if (!part) throw new Error(`no sheet named ${sheetName}`);
  const path = part.startsWith('/') ? part.slice(1) : `xl/${part}`;
  return { xml: text(path), text };
}

/** The rows after which the sheet has a manual page break (exceljs does not read them back). */
export function rowBreaks(bytes: Uint8Array, sheetName: string): number[] {
  const { xml } = sheetPart(bytes, sheetName);
  const block = /<rowBreaks\b[\s\S]*?<\/rowBreaks>/.exec(xml)?.[0] ?? '';
  return [...block.matchAll(/<brk\b[^>]*\bid="(\d+)"/g)].map((m) => Number(m[1]));
}

/** Cached values by address ("G12") of the sheet with the given name. */
export function cachedValues(bytes: Uint8Array, sheetName: string): Map<string, CachedValue> {
  const { xml, text } = sheetPart(bytes, sheetName);
  const shared = [...text('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    decode([...(m[1] as string).matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')),
  );
  const values = new Map<string, CachedValue>();
  for (const m of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const attrs = m[1] as string;
    const ref = /\br="([A-Z]+\d+)"/.exec(attrs)?.[1];
    if (!ref) continue;
    const type = /\bt="([a-z]+)"/.exec(attrs)?.[1];
    const body = m[2] ?? '';
    const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
    const inline = /<is>[\s\S]*?<t[^>]*>([\s\S]*?)<\/t>/.exec(body)?.[1];
    if (type === 's') values.set(ref, v === undefined ? null : (shared[Number(v)] ?? null));
    else if (type === 'str' || type === 'e') values.set(ref, v === undefined ? '' : decode(v));
    else if (type === 'inlineStr') values.set(ref, inline === undefined ? '' : decode(inline));
    else if (type === 'b') values.set(ref, v === '1');
    else values.set(ref, v === undefined ? null : Number(v));
  }
  return values;
}
