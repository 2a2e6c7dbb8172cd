/** The per-lead reading and merging problems as sentences, by locale (texts.vi.ts, texts.en.ts). */
import { type Lang } from '../../../engine';
import { trackProblemText } from '../texts';
import { type TrackProblemCode } from '../reader';
import { type LeadProblemCode } from './reader';
import { en, enConflictLabel } from './texts.en';
import { type MergeProblemCode, type Params } from './texts.types';
import { vi, viConflictLabel } from './texts.vi';

export type { MergeProblemCode } from './texts.types';

export function leadProblemText(code: LeadProblemCode | MergeProblemCode | TrackProblemCode, params: Params, lang: Lang): string {
  const table = lang === 'en' ? en : vi;
  return code in table ? table[code as LeadProblemCode](params) : trackProblemText(code as TrackProblemCode, params, lang);
}

/** The status shown for a period whose reports disagree. */
export function conflictLabel(lang: Lang): string {
  return lang === 'en' ? enConflictLabel : viConflictLabel;
}
