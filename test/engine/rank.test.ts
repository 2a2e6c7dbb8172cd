import fc from 'fast-check';
import { proposeTop, rankByTotal, rankOf } from '../../src/engine';

test('competition ranking 1, 2, 2, 4 with ties flagged', () => {
  const ranked = rankByTotal([{ u: 'A', t: 95 }, { u: 'B', t: 90 }, { u: 'C', t: 97 }, { u: 'D', t: 95 }], (x) => x.t);
  expect(ranked.map((r) => [r.item.u, r.rank, r.tie])).toEqual([
    ['C', 1, false],
    ['A', 2, true],
    ['D', 2, true],
    ['B', 4, false],
  ]);
  expect(proposeTop(ranked)).toEqual({ kind: 'unit', item: { u: 'C', t: 97 } });
});

test('a tie at the top is handed to the Khối, never broken', () => {
  const ranked = rankByTotal([{ u: 'A', t: 88.5 }, { u: 'B', t: 88.5 }, { u: 'C', t: 70 }], (x) => x.t);
  const p = proposeTop(ranked);
  expect(p.kind).toBe('tie');
  expect(p.kind === 'tie' && p.items.map((i) => i.u)).toEqual(['A', 'B']);
});

test('totals equal up to floating error share a rank', () => {
  const ranked = rankByTotal([0.1 + 0.2, 0.3], (x) => x);
  expect(ranked.map((r) => r.rank)).toEqual([1, 1]);
});

test('rankOf agrees with rankByTotal for every value (property)', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 30 }), (totals) => {
      const ranked = rankByTotal(totals, (x) => x);
      for (const r of ranked) expect(rankOf(r.total, totals)).toBe(r.rank);
      // a rank is 1 + the number of strictly greater totals
      for (const r of ranked) expect(r.rank).toBe(1 + totals.filter((t) => t > r.total).length);
    }),
  );
});

test('an empty list proposes nobody', () => {
  expect(proposeTop(rankByTotal([], (x: number) => x))).toEqual({ kind: 'none' });
});
