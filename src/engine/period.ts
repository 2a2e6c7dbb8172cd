/**
 * The period a document is for, as the document states it: "năm 2023" → 2023; "giai đoạn 2021 - 2025"
 * → 2021–2025, ending 2025; "đến năm 2025" → 2025. The default period of every face (the data sheet's
 * "Kỳ đánh giá", the standards checklist's result column), never the current year.
 */

export interface DocumentPeriod {
  /** As printed for people: "2023", "2021–2025". */
  label: string;
  /** The period's (last) year: a result column "Kết quả 2025" is read back by year. */
  year: string;
}

/** From a document's title (either language), else the year of its date. */
export function documentPeriod(doc: { title: string; source?: { date: string } }): DocumentPeriod | undefined {
  const title = doc.title.normalize('NFC');
  const range = /\b((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})\b/.exec(title);
  if (range) return { label: `${range[1]}–${range[2]}`, year: range[2] as string };
  const year = /\bnăm ((?:19|20)\d{2})\b/iu.exec(title)?.[1] ?? [...title.matchAll(/\b((?:19|20)\d{2})\b/g)].at(-1)?.[1] ?? /^(\d{4})/.exec(doc.source?.date ?? '')?.[1];
  return year ? { label: year, year } : undefined;
}
