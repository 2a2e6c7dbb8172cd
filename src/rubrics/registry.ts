/**
 * Rubrics the user supplies at run time (a .json file loaded in the pane, or kept in the workbook's
 * settings), next to the built-ins: registered, compiled and restored here, validated by ./load.ts.
 * Host-neutral: no Office, DOM or storage here. The store and what reads it by name are
 * ./shared-store.ts (re-exported), which loads no schema.
 *
 * Each webpack bundle on the page (task pane, custom functions) compiles the shared entries with its
 * own engine, validating again (what another bundle put there is data, not trusted code).
 */
import { issue, type CompiledRubric, type Issue } from '../engine';
import { findDocument, getRubric } from './index';
import { loadRubricData } from './load';
import { sharedStore, type SharedRubric } from './shared-store';

export {
  documentIdByName,
  documentLabel,
  documentNameById,
  registeredRubrics,
  storedRubrics,
  unregisterRubric,
  type SharedRubric,
  type StoredRubric,
} from './shared-store';

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
  const replaced = sharedStore().has(id);
  sharedStore().set(id, entry);
  compiled.set(entry, loaded.rubric);
  return { ok: true, rubric: loaded.rubric, warnings: loaded.warnings, replaced };
}

/** A registered rubric by id (any case), compiled; undefined when none or when it no longer validates. */
export function registeredRubric(id: string): CompiledRubric | undefined {
  const entry = sharedStore().get(id.toLowerCase());
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

/** Built-in rubrics first (they cannot be shadowed), then the registered ones. */
export function resolveRubric(id: string): CompiledRubric | undefined {
  return getRubric(id) ?? registeredRubric(id);
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
