/**
 * Rubrics the user supplies at run time (a .json file loaded in the pane, or kept in the workbook's
 * settings): the store they live in and what reads it by name, with no validation here (so no zod:
 * the workbook layer names documents through this module, and the CLI, which never registers a
 * rubric, must not load the schemas to do it; issue 18). Registering and compiling is ./registry.ts.
 *
 * In Excel's shared runtime the task pane and the custom functions are two webpack bundles on one
 * page, each with its own copy of this module. So the registered documents live in one store on
 * globalThis (under a Symbol.for key, invisible to Object.keys).
 */
import { fold, shortTitle, type DocumentData, type Lang, type RubricData } from '../engine';
import { builtinDocuments, findDocument } from './index';

/** One registered rubric as shared between bundles: the validated document and the file it came from. */
export interface SharedRubric {
  readonly document: RubricData;
  /** The file name the user loaded (shown as the rubric's source in the pane). */
  readonly origin: string;
}

/** What is kept in storage (workbook settings, localStorage): documents as imported, with their file. */
export interface StoredRubric {
  origin: string;
  document: unknown;
}

const STORE_KEY = Symbol.for('ktd5.userRubrics');

/** The one store of registered rubrics on this page (created on first use). */
export function sharedStore(): Map<string, SharedRubric> {
  const g = globalThis as unknown as Record<symbol, Map<string, SharedRubric> | undefined>;
  let store = g[STORE_KEY];
  if (!(store instanceof Map)) {
    store = new Map();
    g[STORE_KEY] = store;
  }
  return store;
}

export function unregisterRubric(id: string): boolean {
  return sharedStore().delete(id.toLowerCase());
}

/** The registered rubrics in the order they were registered. */
export function registeredRubrics(): { id: string; origin: string; document: RubricData }[] {
  return [...sharedStore().entries()].map(([id, e]) => ({ id, origin: e.origin, document: e.document }));
}

/**
 * The id of the document a sheet names in words: its id, or its short or full title as our sheets print
 * it ("Kế hoạch 741/KH-KTĐ5 của Khối thi đua 5"), among the built-ins and the registered rubrics;
 * "… (mã ID)" names the id outright. A name two documents share names neither.
 */
export function documentIdByName(text: string): string | undefined {
  const given = /\((?:mã|id) ([a-z0-9][a-z0-9-]*)\)\s*$/i.exec(text);
  if (given) return (given[1] as string).toLowerCase();
  const key = fold(text);
  if (!key) return undefined;
  const docs: DocumentData[] = [...builtinDocuments(), ...registeredRubrics().map((r) => r.document)];
  const names = (d: DocumentData) => [d.id, shortTitle(d, 'vi'), shortTitle(d, 'en'), d.title, d.titleEn ?? ''];
  const ids = new Set(docs.filter((d) => names(d).some((n) => n && fold(n) === key)).map((d) => d.id));
  return ids.size === 1 ? [...ids][0] : undefined;
}

/** How a sheet names a document for a person and for our readers: its short title, with "(mã ID)" only when another document has the same name. */
export function documentLabel(doc: DocumentData, lang: Lang = 'vi'): string {
  const name = shortTitle(doc, lang);
  return documentIdByName(name) === doc.id ? name : `${name} (mã ${doc.id})`;
}

/** A document's short title by its id (built-in or registered); an id we do not know is the sheet's own words. */
export function documentNameById(id: string, lang: Lang = 'vi'): string {
  const doc: DocumentData | undefined = findDocument(id) ?? registeredRubrics().find((r) => r.id === id.toLowerCase())?.document;
  return doc ? shortTitle(doc, lang) : id;
}

/** Every registered rubric as storage entries (JSON-safe). */
export function storedRubrics(): StoredRubric[] {
  return registeredRubrics().map((r) => ({ origin: r.origin, document: r.document }));
}
