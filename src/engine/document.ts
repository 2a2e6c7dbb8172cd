/** Reading a document's data: schema validation, with every problem reported by its path. */
import { DocumentSchema, type DocumentData } from './schema';
import { issue, type Issue } from './issues';

export type DocumentResult = { ok: true; document: DocumentData } | { ok: false; issues: Issue[] };

/** Validates untrusted JSON as a KTD5 document (rubric, target set or index). `origin` names the file. */
export function parseDocument(json: unknown, origin = ''): DocumentResult {
  const parsed = DocumentSchema.safeParse(json);
  if (parsed.success) return { ok: true, document: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((i) =>
      issue('doc.schema', { path: i.path.join('.') || '(gốc)', message: i.message }, 'error', origin || undefined),
    ),
  };
}
