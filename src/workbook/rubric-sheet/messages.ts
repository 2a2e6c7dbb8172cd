/**
 * What the secretariat is told about a rubric sheet: Vietnamese (English with --lang en), always with
 * the file, sheet and cell. Engine problems (phrases, lint) keep the engine's own sentences.
 */
import { formatIssue, type Issue, type Lang } from '../../engine';
import { workbookTexts } from '../messages';
import { en } from './messages.en';
import { vi } from './messages.vi';

export type SheetProblemCode =
  | 'noRubricSheet'
  | 'sheetNotFound'
  | 'noTable'
  | 'missingField'
  | 'badId'
  | 'builtinId'
  | 'badDate'
  | 'badTT'
  | 'criterionOutsideSection'
  | 'bandOutsideCriterion'
  | 'missingTitle'
  | 'missingText'
  | 'missingSectionPoints'
  | 'missingMax'
  | 'bandNoPoints'
  | 'badPoints'
  | 'zeroPoints'
  | 'phraseIsNumber'
  | 'pointsWithoutText'
  | 'duplicateSection'
  | 'duplicateCriterion'
  | 'emptySection'
  | 'noSections'
  | 'missingTotal'
  | 'errorValue';

export type RubricProblem = { severity: 'error' | 'warning'; sheet?: string; cell?: string } & (
  | { code: SheetProblemCode; params: Params }
  | { code: 'engine'; issue: Issue }
);

export type Params = Record<string, string | number>;
export type Texts = Record<SheetProblemCode, (p: Params) => string>;

/** The problem's sentence alone, in `lang`. */
export function problemText(p: RubricProblem, lang: Lang): string {
  if (p.code === 'engine') return formatIssue({ ...p.issue, where: undefined }, lang);
  return (lang === 'en' ? en : vi)[p.code](p.params);
}

/** The problem as told to the user: file, sheet and cell first. */
export function describeRubricProblem(p: RubricProblem, file: string, lang: Lang): string {
  return `${workbookTexts(lang).location(file, p.sheet, p.cell)}: ${problemText(p, lang)}`;
}
