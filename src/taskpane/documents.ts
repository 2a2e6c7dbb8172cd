/**
 * The rows the pane lists: the built-in documents with the official document each comes from. Read
 * from the catalogue (no schemas or document data at start).
 */
import { printedDate } from '../engine/citation';
import { CATALOGUE, type CatalogueEntry } from './catalogue';
import { type PaneLang } from './i18n';

export interface DocumentRow {
  id: string;
  kind: CatalogueEntry['kind'];
  title: string;
  /** "741/KH-KTĐ5, 25/07/2023, Khối thi đua 5, tỉnh Đồng Tháp" */
  source: string;
}

export function sourceLine(doc: Pick<CatalogueEntry, 'source'>): string {
  const s = doc.source;
  return [s.number, printedDate(s.date), s.issuer].filter((x) => x && x.trim() !== '').join(', ');
}

function row(d: CatalogueEntry, lang: PaneLang): DocumentRow {
  return { id: d.id, kind: d.kind, title: lang === 'en' && d.titleEn ? d.titleEn : d.title, source: sourceLine(d) };
}

export function documentList(lang: PaneLang = 'vi'): DocumentRow[] {
  return CATALOGUE.map((d) => row(d, lang));
}

export interface TargetSetRow extends DocumentRow {
  /** Indicators (target sets) or pillars (an index). */
  count: number;
  countKind: 'indicators' | 'pillars';
}

/** The province's target sets and indices (the "Chỉ tiêu" screen), with their source documents. */
export function targetSetList(lang: PaneLang = 'vi'): TargetSetRow[] {
  return CATALOGUE.filter((d) => d.kind !== 'rubric').map((d) => ({ ...row(d, lang), count: d.count ?? 0, countKind: d.kind === 'index' ? 'pillars' : 'indicators' }));
}

/** The built-in rubrics (the "Chấm điểm" picker), with their source documents. */
export function rubricList(lang: PaneLang = 'vi'): DocumentRow[] {
  return CATALOGUE.filter((d) => d.kind === 'rubric').map((d) => row(d, lang));
}
