/**
 * How a date and a document's source are printed, in one place: every sheet, screen, function and
 * terminal line that cites a document says it the same way (dd/mm/yyyy, as Vietnamese documents do).
 */
import { citationWords } from './messages/citation';
import { type Lang } from './messages/types';
import { type DocumentData } from './schema';

type Source = DocumentData['source'];

/** "2023-07-25" → "25/07/2023"; "2023-07" → "07/2023"; "2023" → "2023". */
export function printedDate(iso: string): string {
  return iso.split('-').reverse().join('/');
}

/** "741/KH-KTĐ5, ngày 25/07/2023": the number and date by which a document is referred to. */
export function sourceReference(s: Source, lang: Lang = 'vi'): string {
  const w = citationWords[lang];
  return s.number ? `${s.number}, ${w.dated(printedDate(s.date))}` : w.dated(printedDate(s.date));
}

/** "Title (số 741/KH-KTĐ5, ngày 25/07/2023, Issuer; Part)": the full citation printed under a table. */
export function citeSource(s: Source, lang: Lang = 'vi'): string {
  const w = citationWords[lang];
  const facts = [s.number ? w.numbered(s.number) : '', w.dated(printedDate(s.date)), s.issuer].filter(Boolean).join(', ');
  return `${s.title} (${facts}${s.part ? `; ${s.part}` : ''})`;
}

/** The document as a person refers to it in a header, footer or sentence: its short title, else "number, issuer". */
export function shortTitle(doc: Pick<DocumentData, 'shortTitle' | 'shortTitleEn' | 'title' | 'source'>, lang: Lang = 'vi'): string {
  const given = lang === 'en' ? (doc.shortTitleEn ?? doc.shortTitle) : doc.shortTitle;
  if (given) return given;
  return doc.source.number ? `${doc.source.number}, ${doc.source.issuer}` : doc.title;
}
