/**
 * Round trip: Kế hoạch 741/KH-KTĐ5's appendix, typed into a rubric sheet (examples/rubric-sheets, made by
 * scripts/make-rubric-example.js), imports to exactly the built-in ktd5-2023 — the same texts, bands,
 * points and maxima — and so scores every unit exactly as the built-in does, band boundaries included.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { scoreCriterion, scoreUnit, type RawValue, type RubricData } from '../../src/engine';
import { getRubric } from '../../src/rubrics';
import { loadRubricData } from '../../src/rubrics/load';
import builtinJson from '../../src/rubrics/data/ktd5-2023.json';
import { importRubricSheet } from '../../src/workbook/rubric-sheet/import';
import { loadWorkbookGrid } from '../../src/workbook/xlsx/load';

const EXAMPLE = path.join(__dirname, '..', '..', 'examples', 'rubric-sheets', 'ktd5-2023-phu-luc.xlsx');
const builtin = getRubric('ktd5-2023')!;

/** The built-in data without what a rubric sheet does not carry (English titles and short titles). */
const withoutExtras = (o: unknown): unknown => JSON.parse(JSON.stringify(o, (k, v) => (['titleEn', 'textEn', 'shortTitle', 'shortTitleEn'].includes(k) ? undefined : v)));

let imported: RubricData;
beforeAll(async () => {
  const loaded = await loadWorkbookGrid(new Uint8Array(readFileSync(EXAMPLE)));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problem));
  const r = importRubricSheet(loaded.grid, { knownIds: ['ktd5-2023'] });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  expect(r.problems.map((p) => p.code)).toEqual(['builtinId']); // the example keeps the built-in's id on purpose
  imported = r.data;
});

test('the typed appendix is the built-in rubric, phrase for phrase', () => {
  expect(imported).toEqual(withoutExtras(builtinJson));
});

// Values a unit might type: fractions, percent texts with a decimal comma, bare percent points, counts,
// Có/Không in any spelling, choice names, manual points, junk and blanks — plus every band boundary.
const boundaries = [0, 0.5, 0.7, 0.8, 0.9, 1, 0.8999999999999999, 0.49999, 0.69999, 0.79999, 0.80001, 9, 10, 19, 20, 21];
const raw: fc.Arbitrary<RawValue> = fc.oneof(
  fc.constantFrom(...boundaries),
  fc.integer({ min: 0, max: 1000 }).map((k) => k / 1000),
  fc.integer({ min: 0, max: 1000 }).map((k) => `${String(k / 10).replace('.', ',')}%`),
  fc.integer({ min: 2, max: 100 }),
  fc.integer({ min: -3, max: 40 }),
  fc.constantFrom('Có', 'Không', 'co', 'khong', 'x', true, false, 'Triển khai thường xuyên', 'trien khai it nhat 2 lan/nam', 'Không triển khai', '18 bài', '', null, undefined, 'abc', '120%', 2.5, 5.5, 10.5),
);

test('every criterion scores every value exactly as the built-in (points, state, band)', () => {
  const rubric = loadRubricData(imported, 'example');
  if (!rubric.ok) throw new Error('example does not load');
  for (const c of builtin.criteria) {
    const mine = rubric.rubric.byId.get(c.id)!;
    expect(mine.kind).toBe(c.kind);
    fc.assert(
      fc.property(raw, (v) => {
        const a = scoreCriterion(c, v);
        const b = scoreCriterion(mine, v);
        expect([b.points, b.state, b.band?.text]).toEqual([a.points, a.state, a.band?.text]);
      }),
      { numRuns: 300 },
    );
  }
});

test('whole units, self-assessed and appraised, total exactly as the built-in', () => {
  const rubric = loadRubricData(imported, 'example');
  if (!rubric.ok) throw new Error('example does not load');
  const values = fc.dictionary(fc.constantFrom(...builtin.criteria.map((c) => c.id)), raw);
  fc.assert(
    fc.property(values, values, (self, appraised) => {
      const a = scoreUnit(builtin, { self, appraised });
      const b = scoreUnit(rubric.rubric, { self, appraised });
      expect([b.total, b.selfTotal, b.sections.map((s) => s.points), b.missing, b.errors]).toEqual([a.total, a.selfTotal, a.sections.map((s) => s.points), a.missing, a.errors]);
    }),
    { numRuns: 500 },
  );
});
