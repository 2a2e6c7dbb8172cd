/** The rows the pane lists: every built-in document with the official document it comes from. */
import { type DocumentData } from '../engine';
import { builtinDocuments } from '../rubrics';

export interface DocumentRow {
  id: string;
  kind: DocumentData['kind'];
  title: string;
  /** "741/KH-KTĐ5, 25/07/2023, Khối thi đua 5, tỉnh Đồng Tháp" */
  source: string;
}

/** An ISO date (or year-month, or year) as Vietnamese documents write it: 25/07/2023. */
export function vietnameseDate(iso: string): string {
  return iso.split('-').reverse().join('/');
}

export function sourceLine(doc: DocumentData): string {
  const s = doc.source;
  return [s.number, vietnameseDate(s.date), s.issuer].filter((x) => x && x.trim() !== '').join(', ');
}

export function documentList(): DocumentRow[] {
  return builtinDocuments().map((d) => ({ id: d.id, kind: d.kind, title: d.title, source: sourceLine(d) }));
}
