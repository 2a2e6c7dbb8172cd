/**
 * Rubrics the user supplies at run time (a .json file loaded in the pane, or kept in the workbook's
 * settings), next to the built-ins. Host-neutral: no Office, DOM or storage here.
 *
 * In Excel's shared runtime the task pane and the custom functions are two webpack bundles on one
 * page, each with its own copy of this module. So the registered documents live in one store on
 * globalThis (under a Symbol.for key, invisible to Object.keys); each bundle compiles them with its
 * own engine, validating again (what another bundle put there is data, not trusted code).
 */
import { fold, issue, shortTitle, type CompiledRubric, type DocumentData, type Issue, type Lang, type RubricData } from '../engine';
import { builtinDocuments, findDocument, getRubric, loadRubricData } from './index';

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

function shared(): Map<string, SharedRubric> {
  const g = globalThis as unknown as Record<symbol, Map<string, SharedRubric> | undefined>;
  let store = g[STORE_KEY];
  if (!(store instanceof Map)) {
    store = new Map();
    g[STORE_KEY] = store;
  }
  return store;
}

/** Compiled per bundle, once per shared entry (a re-registered id is a new entry). */
const compiled = new WeakMap<SharedRubric, CompiledRubric | null>();

export type RegisterResult = { ok: true; rubric: CompiledRubric; warnings: Issue[]; replaced: boolean } | { ok: false; issues: Issue[] };

/**
 * Validates, compiles and lints a rubric document (as loadRubricData) and registers it under its id.
 * A built-in document's id is refused; a user rubric with the same id is replaced (a newer file).
 */
export function registerRubric(json: unknown, origin: string): RegisterResult {
  const loaded = loadRubricData(json, origin);
  if (!loaded.ok) return loaded;
  const id = loaded.rubric.id;
  if (findDocument(id)) return { ok: false, issues: [issue('doc.builtinId', { id }, 'error', origin || undefined)] };
  const entry: SharedRubric = { document: loaded.rubric.data, origin };
  const replaced = shared().has(id);
  shared().set(id, entry);
  compiled.set(entry, loaded.rubric);
  return { ok: true, rubric: loaded.rubric, warnings: loaded.warnings, replaced };
}

export function unregisterRubric(id: string): boolean {
  return shared().delete(id.toLowerCase());
}

/** A registered rubric by id (any case), compiled; undefined when none or when it no longer validates. */
export function registeredRubric(id: string): CompiledRubric | undefined {
  const entry = shared().get(id.toLowerCase());
  if (!entry) return undefined;
  let hit = compiled.get(entry);
  if (hit === undefined) {
    // Registered by the other bundle: check it again with this bundle's engine.
    const loaded = loadRubricData(entry.document, entry.origin);
    hit = loaded.ok && !findDocument(loaded.rubric.id) ? loaded.rubric : null;
    compiled.set(entry, hit);
  }
  return hit ?? undefined;
}

/** The registered rubrics in the order they were registered. */
export function registeredRubrics(): { id: string; origin: string; document: RubricData }[] {
  return [...shared().entries()].map(([id, e]) => ({ id, origin: e.origin, document: e.document }));
}

/** Built-in rubrics first (they cannot be shadowed), then the registered ones. */
export function resolveRubric(id: string): CompiledRubric | undefined {
  return getRubric(id) ?? registeredRubric(id);
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

export interface RestoreResult {
  restored: CompiledRubric[];
  /** Stored entries that did not validate (reported, never fatal), by their file. */
  problems: { origin: string; issues: Issue[] }[];
}

const MAX_STORED = 50;

/** Registers what storage held, validating each entry again; a bad entry is reported and skipped. */
export function restoreRubrics(stored: unknown, where = 'ktd5.rubrics'): RestoreResult {
  const out: RestoreResult = { restored: [], problems: [] };
  if (stored === undefined || stored === null) return out;
  const list = typeof stored === 'string' ? parseJson(stored) : stored;
  if (!Array.isArray(list)) {
    out.problems.push({ origin: where, issues: [issue('doc.schema', { path: '(gốc)', message: 'not a list of rubrics' }, 'error', where)] });
    return out;
  }
  for (const [i, item] of list.slice(0, MAX_STORED).entries()) {
    const origin = isRecord(item) && typeof item.origin === 'string' && item.origin.trim() !== '' ? item.origin.slice(0, 200) : `${where}[${i}]`;
    const document = isRecord(item) && 'document' in item ? item.document : item;
    const r = registerRubric(document, origin);
    if (r.ok) out.restored.push(r.rubric);
    else out.problems.push({ origin, issues: r.issues });
  }
  return out;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
