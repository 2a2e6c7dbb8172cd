/** The manifest check's texts by locale, and a problem as one printed line. */
import { en } from './en';
import { type ProblemCode, type Params, type Texts } from './types';
import { vi } from './vi';

export type { Params, ProblemCode, Texts } from './types';

export type Lang = 'vi' | 'en';
export type Severity = 'error' | 'warning' | 'notice';

export interface Problem {
  severity: Severity;
  code: ProblemCode;
  params: Params;
}

export const TEXTS: Record<Lang, Texts> = { vi, en };

/** "LỖI: …" / "ERROR: …". */
export function formatProblem(p: Problem, lang: Lang = 'vi'): string {
  const texts = TEXTS[lang];
  return `${texts.severity[p.severity]}: ${texts.problems[p.code](p.params)}`;
}
