/**
 * What a reader must never meet in a workbook or on a printed page: an internal code (every id of the
 * built-in documents' data: documents, groups, indicators, pillars, tables, sections, criteria) or an
 * ISO date. Shared by the workbook scan (test/cli/no-codes.test.ts) and the PDF scan
 * (test/workbook/pdf-no-codes.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const DATA = path.resolve(__dirname, '..', '..', 'src', 'rubrics', 'data');

function documentIds(): string[] {
  const ids = new Set<string>();
  const walk = (o: unknown): void => {
    if (Array.isArray(o)) o.forEach(walk);
    else if (o && typeof o === 'object') {
      const id = (o as { id?: unknown }).id;
      if (typeof id === 'string') ids.add(id);
      Object.values(o).forEach(walk);
    }
  };
  for (const f of readdirSync(DATA).filter((n) => n.endsWith('.json'))) walk(JSON.parse(readFileSync(path.join(DATA, f), 'utf8')));
  // The documents' own numbering ("12", "I.1", "IV") is what they print: it is shown on purpose.
  return [...ids].filter((id) => /[a-z]/.test(id));
}

export const IDS = documentIds();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A code with a dash, dot or digit is found inside text; a one-word code ("xa", "attt") only as a whole cell, since "từ xa" is Vietnamese. */
const inText = IDS.filter((id) => /[-.\d]/.test(id)).map((id) => ({ id, re: new RegExp(`(^|[^\\p{L}\\p{N}-])${escape(id)}($|[^\\p{L}\\p{N}-])`, 'u') }));
const wholeOnly = new Set(IDS.filter((id) => !/[-.\d]/.test(id)));
const ISO = /\b\d{4}-\d{2}(-\d{2})?\b/;

/** A file or folder path is the user's own name for it; header/footer codes (&P, &N, &L…) are not text. */
function readable(text: string): string {
  return text.replace(/\S*\.(xlsx|json)\b/g, ' ').replace(/&[LCRPNDTAFZ]/g, ' ').replace(/&"[^"]*"/g, ' ');
}

/** The codes and ISO dates a text shows; `whole` is false for a page's line, where a one-word code is a word. */
export function leaks(text: string, whole = true): string[] {
  const t = readable(text);
  const found: string[] = [];
  if (whole && wholeOnly.has(t.trim())) found.push(t.trim());
  for (const { id, re } of inText) if (re.test(t)) found.push(id);
  if (ISO.test(t)) found.push(`ISO date ${ISO.exec(t)![0]}`);
  return found;
}
