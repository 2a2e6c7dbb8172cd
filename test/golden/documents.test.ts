/** Every built-in document (validated against the schemas by test/rubrics/builtins.test.ts) compiles and lints clean; every measurable phrase parses. */
import { compileRubric, formatIssue, lintRubric, parsePhrase, scoreUnit, type DocumentData, type IndicatorGroupData } from '../../src/engine';
import { builtinDocuments } from '../../src/rubrics';
import { loadRubricData } from '../../src/rubrics/load';

const docs = builtinDocuments();

test('the five documents of DESIGN.md, with their kinds', () => {
  expect(docs.map((d) => [d.id, d.kind])).toEqual([
    ['ktd5-2023', 'rubric'],
    ['dongthap-207-2022', 'targets'],
    ['tuyenquang-154-2022', 'targets'],
    ['dti-province-2022', 'index'],
    ['nq04-dongthap', 'targets'],
  ]);
});

test.each(docs.map((d) => [d.id, d]))('%s carries its source: number, date, issuer', (_id, doc) => {
  const d = doc as DocumentData;
  expect(d.source.issuer.length).toBeGreaterThan(3);
  expect(d.source.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(d.source.number).toMatch(/\d+.*\//);
});

function groupsOf(d: DocumentData): IndicatorGroupData[] {
  if (d.kind === 'targets') return d.groups;
  if (d.kind === 'index') return d.indicators?.groups ?? [];
  return [];
}

test.each(docs.filter((d) => d.kind !== 'rubric').map((d) => [d.id, d]))('%s: every measurable target phrase parses; ids are unique', (_id, doc) => {
  const d = doc as DocumentData;
  const indicators = groupsOf(d).flatMap((g) => g.indicators);
  expect(new Set(indicators.map((i) => i.id)).size).toBe(indicators.length);
  const failures = indicators
    .filter((i) => !i.qualitative && i.target !== undefined)
    .map((i) => ({ id: i.id, target: i.target as string, r: parsePhrase(i.target as string) }))
    .filter((x) => !x.r.ok)
    .map((x) => `${x.id}: ${x.target} — ${x.r.ok ? '' : formatIssue(x.r.issue, 'en')}`);
  expect(failures).toEqual([]);
});

test('ktd5-2023 compiles and lints clean; every criterion has its row number', () => {
  const doc = docs[0]!;
  if (doc.kind !== 'rubric') throw new Error('not a rubric');
  const compiled = compileRubric(doc);
  expect(compiled.ok).toBe(true);
  if (compiled.ok) expect(lintRubric(compiled.rubric).map((i) => formatIssue(i, 'en'))).toEqual([]);
  for (const s of doc.sections) for (const c of s.criteria) expect(c.id).toBe(`${s.row}.${c.row}`);
});

test('a new year\'s rubric as a data file alone: validates, lints clean and scores, with no code change', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const json = require('../fixtures/rubric-2024-example.json');
  const loaded = loadRubricData(json, 'rubric-2024-example.json');
  expect(loaded.ok).toBe(true);
  if (!loaded.ok) return;
  const s = scoreUnit(loaded.rubric, { self: { 'I.1': '96%', 'I.2': 'co', 'II.1': '7,5' } });
  expect([s.total, s.sections.map((x) => x.points)]).toEqual([27.5, [20, 7.5]]);
  expect(scoreUnit(loaded.rubric, { self: { 'I.1': 0.8, 'I.2': 'Không', 'II.1': 0 } }).total).toBe(6);
});

test('a broken data file is refused with the field that is wrong', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const loaded = loadRubricData(require('../fixtures/broken-rubric.json'), 'broken-rubric.json');
  expect(loaded.ok).toBe(false);
  if (!loaded.ok) expect(formatIssue(loaded.issues[0]!)).toMatch(/^broken-rubric\.json: Dữ liệu văn bản không hợp lệ tại sections\.0\.points/);
});
