/** The words of a citation (the sentences are built in ../citation.ts); each locale file has its own. */
import { enCitation } from './en';
import { type CitationWords, type Lang } from './types';
import { viCitation } from './vi';

export const citationWords: Record<Lang, CitationWords> = { vi: viCitation, en: enCitation };
