import { type Lang } from '../../engine';
import { en } from './en';
import { vi, type WorkbookTexts } from './vi';

export { type WorkbookTexts } from './vi';

export function workbookTexts(lang: Lang): WorkbookTexts {
  return lang === 'en' ? en : vi;
}
