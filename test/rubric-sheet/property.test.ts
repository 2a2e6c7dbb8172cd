/**
 * Property: any rubric sheet written the way documents write bands (percent cut points with
 * "Từ … trở lên" / "Từ … đến dưới …" / "Dưới …" or "Trên … đến …" / "Không quá …", count bands,
 * Có/Không, named choices, manual criteria) imports cleanly, and the imported rubric scores every
 * value exactly as a direct evaluation of the bands' cut points says. Sheets go through real .xlsx.
 */
import fc from 'fast-check';
import { compileRubric, scoreCriterion, type CompiledRubric } from '../../src/engine';
import { type AppendixRow } from '../../src/workbook/rubric-sheet/contract';
import { importRubricSheet } from '../../src/workbook/rubric-sheet/import';
import { sheetGrid } from './sheets';

type Spec =
  | { kind: 'percent'; open: boolean; cuts: number[]; points: number[] }
  | { kind: 'count'; cuts: number[]; points: number[] }
  | { kind: 'bool'; yes: number; no: number; noFirst: boolean }
  | { kind: 'choice'; names: string[]; points: number[] }
  | { kind: 'manual'; max: number };

const NAMES = ['Triển khai thường xuyên', 'Triển khai định kỳ hằng quý', 'Chưa triển khai'];

const maxOf = (s: Spec): number => (s.kind === 'manual' ? s.max : s.kind === 'bool' ? Math.max(s.yes, s.no) : Math.max(...s.points));

/** Points: the first (highest) band gives the max, the others anything from 0 to the max. */
const pointsFor = (n: number) => fc.integer({ min: 1, max: 10 }).chain((max) => fc.array(fc.integer({ min: 0, max }), { minLength: n - 1, maxLength: n - 1 }).map((rest) => [max, ...rest]));
const cutsArb = (min: number, max: number) => fc.uniqueArray(fc.integer({ min, max }), { minLength: 1, maxLength: 3 }).map((c) => [...c].sort((a, b) => a - b));

const spec: fc.Arbitrary<Spec> = fc.oneof(
  fc.tuple(fc.boolean(), cutsArb(1, 99)).chain(([open, cuts]) => pointsFor(cuts.length + 1).map((points) => ({ kind: 'percent' as const, open, cuts, points }))),
  cutsArb(1, 50).chain((cuts) => pointsFor(cuts.length + 1).map((points) => ({ kind: 'count' as const, cuts, points }))),
  fc.tuple(fc.integer({ min: 1, max: 10 }), fc.boolean()).chain(([yes, noFirst]) => fc.integer({ min: 0, max: yes - 1 }).map((no) => ({ kind: 'bool' as const, yes, no, noFirst }))),
  fc.integer({ min: 2, max: 3 }).chain((n) => pointsFor(n).map((points) => ({ kind: 'choice' as const, names: NAMES.slice(0, n), points }))),
  fc.integer({ min: 1, max: 20 }).map((max) => ({ kind: 'manual' as const, max })),
);

/** The band phrases, top band first, as a document would print them. */
function bandRows(s: Spec): AppendixRow[] {
  switch (s.kind) {
    case 'percent': {
      const c = [...s.cuts].reverse();
      const texts = s.open
        ? [`Trên ${c[0]}%`, ...c.slice(1).map((lo, i) => `Trên ${lo}% đến ${c[i]}%`), `Không quá ${c.at(-1)}%`]
        : [`Từ ${c[0]}% trở lên`, ...c.slice(1).map((lo, i) => `Từ ${lo}% đến dưới ${c[i]}%`), `Dưới ${c.at(-1)}%`];
      return texts.map((t, i) => ['', t, s.points[i] as number]);
    }
    case 'count': {
      const c = [...s.cuts].reverse();
      const texts = [`Từ ${c[0]} tin bài trở lên`, ...c.slice(1).map((lo, i) => `Từ ${lo} đến ${(c[i] as number) - 1} tin bài`), `Dưới ${c.at(-1)} tin bài`];
      return texts.map((t, i) => ['', t, s.points[i] as number]);
    }
    case 'bool':
      return s.noFirst ? [['', 'Không', s.no], ['', 'Có', s.yes]] : [['', 'Có', s.yes], ['', 'Không', s.no]];
    case 'choice':
      return s.names.map((n, i) => ['', n, s.points[i] as number]);
    case 'manual':
      return [];
  }
}

/** The oracle: which band's points a value earns, straight from the cut points (top band first). */
function expected(s: Spec, value: number | boolean | string): number {
  switch (s.kind) {
    case 'percent': {
      // value: per mille (0..1000) to stay in integers; cuts are whole percents.
      const c = [...s.cuts].reverse().map((x) => x * 10);
      const v = value as number;
      const i = s.open ? c.findIndex((cut) => v > cut) : c.findIndex((cut) => v >= cut);
      return s.points[i < 0 ? c.length : i] as number;
    }
    case 'count': {
      const c = [...s.cuts].reverse();
      const i = c.findIndex((cut) => (value as number) >= cut);
      return s.points[i < 0 ? c.length : i] as number;
    }
    case 'bool':
      return value ? s.yes : s.no;
    case 'choice':
      return s.points[s.names.indexOf(value as string)] as number;
    case 'manual':
      return value as number;
  }
}

/** Values to try: every cut point and its neighbours, the ends of the domain, and a few in between. */
function values(s: Spec): (number | boolean | string)[] {
  switch (s.kind) {
    case 'percent':
      return [0, 1000, 500, ...s.cuts.flatMap((c) => [c * 10 - 1, c * 10, c * 10 + 1])];
    case 'count':
      return [0, 1, 60, ...s.cuts.flatMap((c) => [c - 1, c, c + 1]).filter((n) => n >= 0)];
    case 'bool':
      return [true, false];
    case 'choice':
      return s.names;
    case 'manual':
      return [0, s.max, s.max / 2];
  }
}

const sheetArb = fc.array(fc.array(spec, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 });

function rowsOf(sections: Spec[][]): AppendixRow[] {
  const roman = ['I', 'II', 'III'];
  const rows: AppendixRow[] = [];
  let total = 0;
  sections.forEach((criteria, i) => {
    const points = criteria.reduce((a, c) => a + maxOf(c), 0);
    total += points;
    rows.push([roman[i] as string, `Mục ${i + 1}`, points]);
    criteria.forEach((c, j) => rows.push([String(j + 1), `Tiêu chí ${i + 1}.${j + 1}`, maxOf(c)], ...bandRows(c)));
  });
  rows.push(['', 'Tổng cộng', total]);
  return rows;
}

test('generated rubric sheets import cleanly and score exactly as their bands say', async () => {
  await fc.assert(
    fc.asyncProperty(sheetArb, async (sections) => {
      const r = importRubricSheet(await sheetGrid(rowsOf(sections)));
      expect(r.problems).toEqual([]);
      if (!r.ok) return;
      const compiled = compileRubric(r.data);
      if (!compiled.ok) throw new Error('imported rubric does not compile');
      const rubric: CompiledRubric = compiled.rubric;
      sections.forEach((criteria, i) =>
        criteria.forEach((s, j) => {
          const c = rubric.byId.get(`${['I', 'II', 'III'][i]}.${j + 1}`)!;
          for (const v of values(s)) {
            const input = s.kind === 'percent' ? (v as number) / 1000 : v;
            expect([c.id, v, scoreCriterion(c, input).points]).toEqual([c.id, v, expected(s, v)]);
          }
        }),
      );
    }),
    { numRuns: 60 },
  );
}, 60_000);
