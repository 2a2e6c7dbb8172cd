/** Human-readable views of documents for the terminal. */
import { formatNumber, printedDate, printedText, sourceReference, type DocumentData, type Lang } from '../engine';
import { outlineOf } from '../rubrics/outline';
import { table, wrap } from './io';
import { type CliMessages } from './messages';

const TEXT_WIDTH = 76;

export function renderDocumentList(docs: DocumentData[], m: CliMessages, lang: Lang): string {
  const rows = docs.map((d) => [d.id, m.kinds[d.kind] ?? d.kind, sourceReference(d.source, lang), d.title]);
  return table([m.headers.id, m.headers.kind, m.headers.source, m.headers.title], rows);
}

export function renderDocument(doc: DocumentData, m: CliMessages, lang: Lang = 'vi'): string {
  const outline = outlineOf(doc);
  const lines: string[] = [`${doc.id} — ${doc.title}`, m.sourceLine(doc.source.number, printedDate(doc.source.date), doc.source.issuer)];
  if (outline.total !== undefined) lines.push(m.total(outline.total));
  if (outline.pillars) {
    lines.push('', m.pillarsTitle);
    lines.push(
      table(
        ['#', m.headers.title, 'w', m.pillarTarget],
        outline.pillars.map((p, i) => [String(i + 1), p.name, String(p.weight), p.target ?? '']),
      ),
    );
  }
  if (doc.kind === 'index') {
    for (const t of doc.tables) lines.push('', `${t.title} (${m.tableRows(t.rows.length)})`, table(['#', m.headers.title, 'DTI'], t.rows.map((r) => [String(r.rank), r.name, printedText(r.total, lang)])));
    if (outline.items.length > 0) lines.push('', m.indicatorsTitle);
  }
  for (const group of outline.groups) {
    lines.push('', `${group.id}  ${group.title}${group.points !== undefined ? ` (${m.points(group.points)})` : ''}`);
    for (const item of outline.items.filter((i) => i.group === group.id)) {
      const head = `  ${item.id.padEnd(6)}${item.max !== undefined ? `(${m.points(item.max)}) ` : ''}`;
      const [first = '', ...rest] = wrap(item.text, TEXT_WIDTH - head.length);
      lines.push(head + first, ...rest.map((l) => ' '.repeat(head.length) + l));
      const indent = ' '.repeat(8);
      for (const band of item.bands ?? []) lines.push(`${indent}• ${band.text} → ${formatNumber(band.points, lang)}`);
      if (item.manual) lines.push(`${indent}• ${m.manual(item.max ?? 0)}`);
      const facts: string[] = [];
      if (item.target) facts.push(`${m.target}: ${item.target}`);
      for (const [year, value] of Object.entries(item.results ?? {})) facts.push(`${year}: ${value === null || value === undefined ? '—' : printedText(value, lang)}`);
      if (item.status) facts.push(`${m.status}: ${item.status}`);
      if (item.lead) facts.push(`${m.lead}: ${item.lead}`);
      if (facts.length > 0) lines.push(...wrap(facts.join(' | '), TEXT_WIDTH - indent.length).map((l) => indent + l));
    }
  }
  return lines.join('\n');
}
