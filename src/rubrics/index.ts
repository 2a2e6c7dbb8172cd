/**
 * The built-in documents: the five official documents as data. They are not validated at run time:
 * test/rubrics/builtins.test.ts proves that each one passes the engine's schema and that what the
 * schema returns is the data as shipped, so loading them needs no zod (issue 18). A new rubric is a
 * data file like these (see docs/data-format.md); the command's verbs also take a path to such a file,
 * validated by ./load.ts, so a new year's rubric needs no release.
 */
import { compileRubric, formatIssue, type CompiledRubric, type DocumentData } from '../engine';
import dongthap207 from './data/dongthap-207-2022.json';
import dti2022 from './data/dti-province-2022.json';
import ktd52023 from './data/ktd5-2023.json';
import nq04 from './data/nq04-dongthap.json';
import tuyenquang154 from './data/tuyenquang-154-2022.json';

/**
 * In the order the command lists them: the Khối's rubric first, then the province's documents.
 * Typed as the schema's type without parsing: test/rubrics/builtins.test.ts is what makes that true.
 */
const BUILTIN_DOCUMENTS = [ktd52023, dongthap207, tuyenquang154, dti2022, nq04] as unknown as DocumentData[];

export const DEFAULT_RUBRIC_ID = 'ktd5-2023';

/** Every built-in document, as shipped (proven valid by test/rubrics/builtins.test.ts). */
export function builtinDocuments(): DocumentData[] {
  return BUILTIN_DOCUMENTS;
}

export function findDocument(id: string): DocumentData | undefined {
  return builtinDocuments().find((d) => d.id === id);
}

const compiled = new Map<string, CompiledRubric>();

/** A compiled rubric by id, from the built-ins or an already registered document. */
export function getRubric(id: string): CompiledRubric | undefined {
  const hit = compiled.get(id);
  if (hit) return hit;
  const doc = findDocument(id);
  if (!doc || doc.kind !== 'rubric') return undefined;
  const result = compileRubric(doc);
  if (!result.ok) throw new Error(result.issues.map((x) => formatIssue(x, 'en')).join('\n'));
  compiled.set(id, result.rubric);
  return result.rubric;
}
