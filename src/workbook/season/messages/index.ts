import { type Lang } from '../../../engine';
import { en } from './en';
import { vi, type SeasonTexts } from './vi';

export type { SeasonTexts };

export function seasonTexts(lang: Lang): SeasonTexts {
  return lang === 'en' ? en : vi;
}
