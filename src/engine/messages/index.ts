import { type Issue } from '../issues';
import { en } from './en';
import { type Lang, type MessageCatalog } from './types';
import { vi } from './vi';

export { type Lang, type MessageCatalog } from './types';

const catalogs: Record<Lang, MessageCatalog> = { vi, en };

/** The issue as a sentence in `lang`, prefixed with where it is when known. */
export function formatIssue(i: Issue, lang: Lang = 'vi'): string {
  const text = catalogs[lang][i.code](i.params);
  return i.where ? `${i.where}: ${text}` : text;
}
