/** What the guard reports: the problem's code, where it is, the figures for the message. */
export type GuardCode =
  | 'notWorkbook'
  | 'damaged'
  | 'xmlEncoding'
  | 'legacyOrEncrypted'
  | 'truncated'
  | 'unsupportedZip'
  | 'tooLarge'
  | 'tooManyEntries'
  | 'entryTooLarge'
  | 'totalTooLarge'
  | 'compressionRatio'
  | 'xmlEntities'
  | 'tooManySheets'
  | 'tooManyCells'
  | 'mergeTooLarge'
  | 'validationTooLarge'
  | 'definedNameTooLarge'
  | 'dimensionTooLarge'
  | 'columnsTooLarge';

export interface GuardProblem {
  code: GuardCode;
  sheet?: string;
  cell?: string;
  detail: Record<string, string | number>;
}

export type InspectResult = { ok: true; sheets: string[] } | { ok: false; problem: GuardProblem };

/** A refusal with its detail, and the sheet and cell when known. */
export function fail(code: GuardCode, detail: Record<string, string | number> = {}, sheet?: string, cell?: string): { ok: false; problem: GuardProblem } {
  return { ok: false, problem: { code, detail, ...(sheet !== undefined ? { sheet } : {}), ...(cell !== undefined ? { cell } : {}) } };
}
