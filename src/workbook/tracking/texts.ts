/** The tracking reader's problems as sentences, by locale (texts.vi.ts, texts.en.ts). */
import { type Lang } from '../../engine';
import { type TrackProblemCode } from './reader';
import { en } from './texts.en';
import { type Params } from './texts.types';
import { vi } from './texts.vi';

export function trackProblemText(code: TrackProblemCode, params: Params, lang: Lang): string {
  return (lang === 'en' ? en : vi)[code](params);
}
