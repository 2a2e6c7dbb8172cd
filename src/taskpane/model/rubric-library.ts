/**
 * The pane's rubric files, start to end: a chosen .json file is validated and registered (by the
 * work chunk), then remembered in the store (workbook settings or localStorage); at start, what the
 * store holds is validated and registered again. Data-free (types only from the work chunk), so it
 * sits in the start page; the work chunk is handed in, which lets tests use a fake store.
 */
import { type RubricStore } from '../host/rubric-store';
import { type Messages } from '../i18n';
import { type RubricFileResult, type UserRubricInfo } from './user-rubrics';
import { type StoredRubric } from '../../rubrics/registry';

/** A rubric file is a few tens of KB; much larger is not one (and would not fit in the settings). */
export const MAX_RUBRIC_BYTES = 2 * 1024 * 1024;

/** The work chunk's part used here (see work.ts). */
export interface RubricWork {
  loadRubricText(file: string, text: string, m: Messages): RubricFileResult;
  restoreStored(stored: unknown, m: Messages): { rubrics: UserRubricInfo[]; problems: string[] };
  storedRubrics(): StoredRubric[];
  userRubrics(): UserRubricInfo[];
  removeUserRubric(id: string): boolean;
}

export interface LibraryOutcome {
  kind: 'done' | 'error';
  text: string;
  /** Problems or notes, one sentence each. */
  details: string[];
  /** The rubric just loaded (to select it). */
  rubric?: UserRubricInfo;
  /** Every user rubric now registered. */
  rubrics: UserRubricInfo[];
}

/** Anything worth validating: a non-empty list (settings) or non-empty text (localStorage). */
export function hasStored(stored: unknown): boolean {
  if (Array.isArray(stored)) return stored.length > 0;
  return typeof stored === 'string' ? stored.trim() !== '' && stored.trim() !== '[]' : stored !== undefined && stored !== null;
}

export interface PickedFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

export async function loadRubricFile(work: RubricWork, store: RubricStore | undefined, file: PickedFile, m: Messages): Promise<LibraryOutcome> {
  if (file.size > MAX_RUBRIC_BYTES) return { kind: 'error', text: m.rubricFile.tooBig(file.name), details: [], rubrics: work.userRubrics() };
  const r = work.loadRubricText(file.name, await file.text(), m);
  if (!r.ok) return { kind: 'error', text: r.problems[0] ?? m.rubricFile.invalid(file.name), details: r.problems.slice(1), rubrics: work.userRubrics() };
  const loaded = r.replaced ? m.rubricFile.replaced(r.rubric.id, file.name) : m.rubricFile.loaded(r.rubric.id, file.name);
  const saved = await save(work, store, m);
  return { kind: 'done', text: `${loaded} ${saved}`, details: r.warnings, rubric: r.rubric, rubrics: work.userRubrics() };
}

/** Forgets a loaded rubric (a wrong file, last year's): no longer offered, no longer stored. */
export async function removeRubric(work: RubricWork, store: RubricStore | undefined, id: string, m: Messages): Promise<LibraryOutcome> {
  if (!work.removeUserRubric(id)) return { kind: 'error', text: m.rubricFile.notLoaded(id), details: [], rubrics: work.userRubrics() };
  const saved = await save(work, store, m);
  return { kind: 'done', text: `${m.rubricFile.removed(id)} ${saved}`, details: [], rubrics: work.userRubrics() };
}

async function save(work: RubricWork, store: RubricStore | undefined, m: Messages): Promise<string> {
  if (!store) return m.rubricFile.notSaved('—');
  try {
    await store.write(work.storedRubrics());
    return store.where === 'workbook' ? m.rubricFile.savedWorkbook : m.rubricFile.savedBrowser;
  } catch (e) {
    return m.rubricFile.notSaved(e instanceof Error ? e.message : String(e));
  }
}

/** Registers the stored rubrics again (each validated); undefined when nothing was stored. */
export function restoreFromStore(work: RubricWork, store: RubricStore, m: Messages): LibraryOutcome | undefined {
  const stored = store.read();
  if (!hasStored(stored)) return undefined;
  const r = work.restoreStored(stored, m);
  const text = r.problems.length > 0 ? (r.problems[0] as string) : m.rubricFile.restored(r.rubrics.length);
  return { kind: r.problems.length > 0 ? 'error' : 'done', text, details: r.problems.slice(1), rubrics: r.rubrics };
}
