/** Báo cáo 07-BC/BCSD, Phụ lục 02: the engine's status for all 17 indicators against the document's "So với KH 5 năm". */
import { evaluateTarget, statusFromText, STATUS_LABELS, type TargetSetData } from '../../src/engine';
import { findDocument } from '../../src/rubrics';

const doc = findDocument('nq04-dongthap') as TargetSetData;
const indicators = doc.groups.flatMap((g) => g.indicators.map((i) => ({ ...i, group: g.id })));

test('the report has 17 indicators in 3 groups (4 / 5 / 8)', () => {
  expect(doc.kind).toBe('targets');
  expect(indicators).toHaveLength(17);
  expect(doc.groups.map((g) => g.indicators.length)).toEqual([4, 5, 8]);
});

test.each(indicators.map((i) => [i.id, i.target, i.results?.['2023'], i.status]))(
  'indicator %s: target %p, 2023 result %p → %p as printed',
  (id, target, result, printed) => {
    const evaluation = evaluateTarget(target as string, result as string);
    expect(STATUS_LABELS.vi[evaluation.status]).toBe(printed);
  },
);

test('11/17 met or exceeded and 6/17 not yet, as the report states', () => {
  const statuses = indicators.map((i) => evaluateTarget(i.target as string, i.results?.['2023'] ?? null).status);
  const met = statuses.filter((s) => s === 'dat' || s === 'vuot').length;
  const notMet = statuses.filter((s) => s === 'chua-dat').length;
  expect([met, notMet]).toEqual([11, 6]);
  expect(doc.summary?.metOrExceeded).toBe(`${met}/17`);
  expect(doc.summary?.notMet).toBe(`0${notMet}/17`);
});

test('every printed status is one the engine knows', () => {
  for (const i of indicators) expect(statusFromText(i.status ?? '')).toBeDefined();
});
