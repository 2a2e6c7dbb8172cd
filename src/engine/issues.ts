/**
 * Problems found by the engine, language-neutral: a code and its parameters. The locale files in
 * ./messages turn them into sentences, so the engine never hard-codes a language.
 */

export type Severity = 'error' | 'warning';

export type IssueCode =
  // phrase parser
  | 'phrase.empty'
  | 'phrase.noNumber'
  | 'phrase.unknownWords'
  | 'phrase.tooManyNumbers'
  | 'phrase.rangeWithoutDen'
  | 'phrase.reversedRange'
  | 'phrase.badNumber'
  // value coercion
  | 'value.notPercent'
  | 'value.percentOutOfRange'
  | 'value.percentPoints'
  | 'value.notCount'
  | 'value.notWholeCount'
  | 'value.negative'
  | 'value.notYesNo'
  | 'value.unknownChoice'
  | 'value.ambiguousChoice'
  | 'value.notNumber'
  | 'value.manualAboveMax'
  | 'value.unsupportedType'
  // scoring
  | 'score.missing'
  | 'score.noBand'
  | 'score.unknownCriterion'
  // document validation and lint
  | 'doc.schema'
  | 'doc.duplicateId'
  | 'doc.builtinId'
  | 'lint.gap'
  | 'lint.missingPoint'
  | 'lint.overlap'
  | 'lint.bandAboveMax'
  | 'lint.maxUnreachable'
  | 'lint.sectionSum'
  | 'lint.totalSum'
  | 'lint.choiceDuplicate'
  | 'lint.boolBands'
  | 'lint.mixedQuantities'
  | 'lint.noBands';

export type IssueParams = Record<string, string | number>;

export interface Issue {
  code: IssueCode;
  severity: Severity;
  params: IssueParams;
  /** Where: a document id, criterion id, band index, … joined by the caller into a path. */
  where?: string;
}

export function issue(code: IssueCode, params: IssueParams = {}, severity: Severity = 'error', where?: string): Issue {
  return where === undefined ? { code, severity, params } : { code, severity, params, where };
}
