/** ktd5-2023 against Kế hoạch 741/KH-KTĐ5: maxima, every band boundary, self vs appraised, missing and errors. */
import { nextStep, scoreCriterion, scoreUnit, type RawValue } from '../../src/engine';
import { getRubric } from '../../src/rubrics';

const rubric = getRubric('ktd5-2023')!;
const criterion = (id: string) => rubric.byId.get(id)!;
const points = (id: string, raw: RawValue) => scoreCriterion(criterion(id), raw).points;

test('the maxima printed in the appendix: sections 20/40/20/20, total 100, 20 criteria I.1…IV.3', () => {
  expect(rubric.sections.map((s) => [s.id, s.points, s.criteria.reduce((a, c) => a + c.max, 0)])).toEqual([
    ['I', 20, 20],
    ['II', 40, 40],
    ['III', 20, 20],
    ['IV', 20, 20],
  ]);
  expect(rubric.total).toBe(100);
  expect(rubric.criteria.map((c) => c.id)).toEqual([
    'I.1', 'I.2', 'I.3', 'I.4', 'I.5',
    'II.1', 'II.2', 'II.3', 'II.4', 'II.5', 'II.6', 'II.7', 'II.8',
    'III.1', 'III.2', 'III.3', 'III.4',
    'IV.1', 'IV.2', 'IV.3',
  ]);
  expect(rubric.criteria.map((c) => c.kind).join(',')).toBe(
    'choice,bool,bool,bool,count,bool,bool,bool,percent,percent,percent,percent,bool,percent,percent,percent,percent,manual,manual,manual',
  );
});

describe('every band boundary of the appendix', () => {
  const cases: [string, RawValue, number][] = [
    ['I.1', 'Triển khai thường xuyên', 4],
    ['I.1', 'Triển khai ít nhất 2 lần/năm', 2],
    ['I.1', 'Không triển khai', 0],
    ['I.2', 'Có', 4],
    ['I.2', 'Không', 0],
    ['I.5', 20, 4],
    ['I.5', 19, 2],
    ['I.5', 10, 2],
    ['I.5', 9, 0],
    ['I.5', 0, 0],
    ['II.1', 'x', 5],
    ['II.4', 1, 5],
    ['II.4', '100%', 5],
    ['II.4', 0.9999, 3],
    ['II.4', 0.9, 3],
    ['II.4', 0.8999999999999999, 3], // floating error: this is 90 %
    ['II.4', 0.8999, 0],
    ['II.5', 1, 5],
    ['II.5', 0.99, 0],
    ['II.6', '100%', 5],
    ['II.6', '99,9%', 0],
    ['II.7', 1, 5],
    ['II.7', '90%', 3],
    ['II.7', '89,9%', 0],
    ['III.1', 1, 5],
    ['III.1', 0.8, 3],
    ['III.1', 0.95, 3],
    ['III.1', 0.7999, 0],
    ['III.2', 0.8, 3], // "Từ 50% đến 80%": 80 % exactly is 3 points
    ['III.2', 0.8001, 5], // "Trên 80%": above 80 % is 5
    ['III.2', 0.5, 3],
    ['III.2', 0.4999, 0],
    ['III.3', 0.7, 5],
    ['III.3', 0.6999, 3],
    ['III.3', 0.5, 3],
    ['III.3', 0.49, 0],
    ['III.4', 1, 5],
    ['III.4', 0.9, 3],
    ['III.4', 0.89, 0],
    ['IV.1', 5, 5],
    ['IV.3', '7,5', 7.5],
  ];
  test.each(cases)('%s with %p → %p points', (id, raw, expected) => {
    expect(points(id, raw)).toBe(expected);
  });

  test('the band that matched is reported in the document\'s words', () => {
    expect(scoreCriterion(criterion('III.2'), 0.8).band?.text).toBe('Từ 50% đến 80%');
    expect(scoreCriterion(criterion('II.4'), '95%').band?.text).toBe('Từ 90% đến dưới 100%');
  });
});

describe('bad and missing values', () => {
  test('a manual score above its max is an error, never clipped', () => {
    const s = scoreCriterion(criterion('IV.1'), 6);
    expect(s.state).toBe('error');
    expect(s.issues[0]?.code).toBe('value.manualAboveMax');
  });
  test('a blank value is missing: 0 points, flagged', () => {
    const s = scoreCriterion(criterion('II.4'), '');
    expect([s.state, s.points, s.issues[0]?.code]).toEqual(['missing', 0, 'score.missing']);
  });
  test('an unreadable value is an error, not a silent 0', () => {
    const s = scoreCriterion(criterion('II.4'), 'nhiều');
    expect(s.state).toBe('error');
    expect(s.issues[0]?.code).toBe('value.notPercent');
  });
});

describe('a unit', () => {
  const full: Record<string, RawValue> = {
    'I.1': 'Triển khai thường xuyên', 'I.2': 'Có', 'I.3': 'Có', 'I.4': 'Có', 'I.5': 25,
    'II.1': 'Có', 'II.2': 'Có', 'II.3': 'Có', 'II.4': '100%', 'II.5': 1, 'II.6': '100%', 'II.7': 1, 'II.8': 'Có',
    'III.1': 1, 'III.2': 0.9, 'III.3': 0.75, 'III.4': 1,
    'IV.1': 5, 'IV.2': 5, 'IV.3': 10,
  };

  test('full marks add up to 100 with section subtotals', () => {
    const s = scoreUnit(rubric, { self: full });
    expect(s.total).toBe(100);
    expect(s.sections.map((x) => x.points)).toEqual([20, 40, 20, 20]);
    expect(s.missing).toEqual([]);
    expect(s.criteria.every((c) => c.final.state === 'full')).toBe(true);
  });

  test('appraised values win where present; self points are kept side by side', () => {
    const s = scoreUnit(rubric, { self: full, appraised: { 'II.4': '95%', 'IV.3': 6, 'I.2': '' } });
    const ii4 = s.criteria.find((c) => c.id === 'II.4')!;
    expect([ii4.self.points, ii4.appraised?.points, ii4.final.points, ii4.source]).toEqual([5, 3, 3, 'appraised']);
    expect(s.criteria.find((c) => c.id === 'I.2')!.source).toBe('self');
    expect(s.selfTotal).toBe(100);
    expect(s.total).toBe(100 - 2 - 4);
  });

  test('missing inputs are listed and count 0', () => {
    const partial = { ...full, 'II.7': null, 'III.3': '' };
    const s = scoreUnit(rubric, { self: partial });
    expect(s.missing).toEqual(['II.7', 'III.3']);
    expect(s.total).toBe(90);
  });
});

describe('what it takes', () => {
  test('next band up and the points it adds', () => {
    const ii4 = criterion('II.4');
    expect(nextStep(ii4, scoreCriterion(ii4, 0.95))).toMatchObject({ band: '100% các cuộc họp không có tài liệu giấy', gain: 2, reachAt: 1 });
    expect(nextStep(ii4, scoreCriterion(ii4, 0.85))).toMatchObject({ band: 'Từ 90% đến dưới 100%', gain: 3, reachAt: 0.9 });
    const i5 = criterion('I.5');
    expect(nextStep(i5, scoreCriterion(i5, 12))).toMatchObject({ gain: 2, reachAt: 20, distance: 8 });
    const iii2 = criterion('III.2');
    expect(nextStep(iii2, scoreCriterion(iii2, 0.8))).toMatchObject({ band: 'Trên 80%', gain: 2 });
    expect(nextStep(criterion('I.2'), scoreCriterion(criterion('I.2'), 'Không'))).toMatchObject({ band: 'Có', gain: 4 });
    expect(nextStep(criterion('IV.3'), scoreCriterion(criterion('IV.3'), 6))).toEqual({ id: 'IV.3', gain: 4 });
    expect(nextStep(ii4, scoreCriterion(ii4, 1))).toBeUndefined();
  });
});
