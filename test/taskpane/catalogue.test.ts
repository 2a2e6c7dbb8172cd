/**
 * The pane's start-page catalogue is a copy of the documents' titles and sources (so the start page
 * carries no document data): it must equal what src/rubrics validates from the data files.
 */
import { builtinDocuments } from '../../src/rubrics';
import { CATALOGUE } from '../../src/taskpane/catalogue';

test('the catalogue lists every built-in document, in order, with its title, source and size', () => {
  const expected = builtinDocuments().map((d) => ({
    id: d.id,
    kind: d.kind,
    title: d.title,
    ...(d.titleEn ? { titleEn: d.titleEn } : {}),
    source: { number: d.source.number, date: d.source.date, issuer: d.source.issuer },
    ...(d.kind === 'targets' ? { count: d.groups.reduce((n, g) => n + g.indicators.length, 0) } : d.kind === 'index' ? { count: d.pillars.length } : {}),
  }));
  expect(CATALOGUE).toEqual(expected);
});
