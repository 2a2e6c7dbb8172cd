/** Finding a document by built-in id or by the path of a data file the user supplies. */
import { readRegularFile } from '../workbook/xlsx/read-file';
import { workbookTexts } from '../workbook/messages';
import { formatIssue, shortTitle, type CompiledRubric, type DocumentData, type Lang } from '../engine';
import type * as Document from '../engine/document';
import { builtinDocuments, findDocument, getRubric } from '../rubrics';
import type * as Load from '../rubrics/load';
import { type CliMessages } from './messages';

/** Largest document file we read: rubric data is a few tens of KB; anything far larger is not one. */
const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

/** A document as a person refers to it (its short title); a set the sheet names that is not built in keeps its own words. */
export function documentName(id: string, lang: Lang): string {
  const doc = findDocument(id);
  return doc ? shortTitle(doc, lang) : id;
}

export type Found = { ok: true; document: DocumentData } | { ok: false; message: string; usage: boolean };

export function resolveDocument(ref: string, m: CliMessages, lang: Lang): Found {
  const builtin = findDocument(ref);
  if (builtin) return { ok: true, document: builtin };
  if (!/\.json$/i.test(ref)) {
    return { ok: false, usage: true, message: m.unknownDocument(ref, builtinDocuments().map((d) => d.id).join(', ')) };
  }
  // A regular file only (a FIFO would block, /dev/zero never end), read with a bound.
  const read = readRegularFile(ref, MAX_DOCUMENT_BYTES);
  if (!read.ok) return { ok: false, usage: false, message: m.cannotReadFile(ref, 'tooLarge' in read ? `> ${MAX_DOCUMENT_BYTES} bytes` : workbookTexts(lang).fsReason(read.code)) };
  const text = new TextDecoder().decode(read.bytes);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, usage: false, message: m.notJson(ref) };
  }
  // Plain requires (the CLI is CommonJS): validating loads zod and builds the schemas, which a run
  // on the built-in documents never needs (issue 18), so they load only when a file is given.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { parseDocument } = require('../engine/document') as typeof Document;
  const parsed = parseDocument(json, ref);
  if (!parsed.ok) return { ok: false, usage: false, message: parsed.issues.map((i) => formatIssue(i, lang)).join('\n') };
  return { ok: true, document: parsed.document };
}

export type FoundRubric = { ok: true; rubric: CompiledRubric } | { ok: false; message: string; usage: boolean };

/** A rubric by built-in id or by the path of a rubric data file (validated, compiled and linted). */
export function resolveRubric(ref: string, m: CliMessages, lang: Lang): FoundRubric {
  const builtin = getRubric(ref);
  if (builtin) return { ok: true, rubric: builtin };
  const found = resolveDocument(ref, m, lang);
  if (!found.ok) return found;
  if (found.document.kind !== 'rubric') return { ok: false, usage: true, message: m.notARubric(ref, found.document.kind) };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { loadRubricData } = require('../rubrics/load') as typeof Load;
  const loaded = loadRubricData(found.document, ref);
  if (!loaded.ok) return { ok: false, usage: false, message: loaded.issues.map((i) => formatIssue(i, lang)).join('\n') };
  return { ok: true, rubric: loaded.rubric };
}
