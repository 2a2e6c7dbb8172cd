/**
 * A rubric the user supplies as data (a .json file, a rubric sheet, the pane's library): validated by
 * the engine's schema, compiled and linted. Its own module because validating loads zod, which a
 * command run on the built-in documents never needs (issue 18): the CLI requires it only when given a file.
 */
import { compileRubric, lintRubric, type CompiledRubric, type Issue } from '../engine';
import { parseDocument } from '../engine/document';

export type LoadedRubric = { ok: true; rubric: CompiledRubric; warnings: Issue[] } | { ok: false; issues: Issue[] };

/** Validates, compiles and lints a document given as data (a file the user supplies). */
export function loadRubricData(json: unknown, origin: string): LoadedRubric {
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
