/**
 * The built-in documents: the five official documents as data, validated by the engine's schemas
 * when first used. A new rubric is a data file like these (see docs/data-format.md); the command's
 * verbs also take a path to such a file, so a new year's rubric needs no release.
 */
import {
  compileRubric,
  formatIssue,
  lintRubric,
  parseDocument,
  type CompiledRubric,
  type DocumentData,
  type Issue,
} from '../engine';
import dongthap207 from './data/dongthap-207-2022.json';
import dti2022 from './data/dti-province-2022.json';
import ktd52023 from './data/ktd5-2023.json';
import nq04 from './data/nq04-dongthap.json';
import tuyenquang154 from './data/tuyenquang-154-2022.json';

/** In the order the command lists them: the Khối's rubric first, then the province's documents. */
const RAW_DOCUMENTS: readonly unknown[] = [ktd52023, dongthap207, tuyenquang154, dti2022, nq04];

export const DEFAULT_RUBRIC_ID = 'ktd5-2023';

let cache: DocumentData[] | undefined;

/** Every built-in document, validated. A built-in that fails validation is a bug: it throws. */
export function builtinDocuments(): DocumentData[] {
  if (!cache) {
    cache = RAW_DOCUMENTS.map((raw, i) => {
      const parsed = parseDocument(raw, `built-in #${i + 1}`);
      if (!parsed.ok) throw new Error(parsed.issues.map((x) => formatIssue(x, 'en')).join('\n'));
      return parsed.document;
    });
  }
  return cache;
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

/** Validates, compiles and lints a document given as data (a file the user supplies). */
export function loadRubricData(json: unknown, origin: string): { ok: true; rubric: CompiledRubric; warnings: Issue[] } | { ok: false; issues: Issue[] } {
  const parsed = parseDocument(json, origin);
  if (!parsed.ok) return parsed;
  if (parsed.document.kind !== 'rubric') return { ok: false, issues: [{ code: 'doc.schema', severity: 'error', params: { path: 'kind', message: `"${parsed.document.kind}" is not "rubric"` }, where: origin }] };
  const result = compileRubric(parsed.document);
  if (!result.ok) return result;
  const lint = lintRubric(result.rubric);
  const errors = lint.filter((i) => i.severity === 'error');
  if (errors.length > 0) return { ok: false, issues: errors };
  return { ok: true, rubric: result.rubric, warnings: [...result.warnings, ...lint] };
}
