/**
 * The KTD5 engine: pure TypeScript, no I/O, no Office, no DOM.
 *
 * The document schemas (zod) are not in this barrel, only their types: validating a user's document is
 * `./document` (parseDocument) or `./schema`, imported by the few modules that validate, so a command run
 * on the built-in documents never loads zod (issue 18: the CLI's start-up cost).
 */
export type {
  Band,
  CriterionData,
  DocumentData,
  DocumentKind,
  IndexData,
  IndexTableData,
  IndicatorData,
  IndicatorGroupData,
  PillarData,
  RubricData,
  SectionData,
  Source,
  TargetSetData,
} from './schema';
export * from './condition';
export * from './issues';
export * from './text';
export * from './identity';
export * from './look-alike';
export * from './numbers';
export * from './phrase';
export * from './coerce';
export * from './compile';
export * from './score';
export * from './next-band';
export * from './rank';
export * from './status';
export * from './gap';
export * from './printed-number';
export * from './period';
export * from './dti';
export * from './lint';
export type { DocumentResult } from './document';
export * from './citation';
export * from './messages';
