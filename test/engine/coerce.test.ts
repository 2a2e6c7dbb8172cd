import fc from 'fast-check';
import { coerceChoice, coerceCount, coerceManualPoints, coercePercent, coerceYesNo, formatIssue, type Coerced } from '../../src/engine';

function value<T>(c: Coerced<T>): T {
  if (c.state !== 'ok') throw new Error(`not ok: ${c.state}`);
  return c.value;
}

describe('percent', () => {
  test.each([
    [0.95, 0.95],
    ['95%', 0.95],
    ['95,5%', 0.955],
    [' 95.5 % ', 0.955],
    ['0,95', 0.95],
    [1, 1],
    [0, 0],
    ['100%', 1],
  ])('%p → %p', (raw, expected) => {
    expect(value(coercePercent(raw))).toBeCloseTo(expected, 12);
  });

  test('a bare number 1 < x ≤ 100 is percent points, with a warning that says so', () => {
    const c = coercePercent(95);
    expect(c.state).toBe('ok');
    if (c.state === 'ok') {
      expect(c.value).toBeCloseTo(0.95, 12);
      expect(c.warnings.map((w) => w.code)).toEqual(['value.percentPoints']);
      expect(formatIssue(c.warnings[0]!)).toContain('95%');
    }
    expect(value(coercePercent('92,5'))).toBeCloseTo(0.925, 12);
  });

  test.each([['abc'], ['95%%'], [true], [150], ['-5%'], ['101%']])('%p is an error with a Vietnamese message, not 0', (raw) => {
    const c = coercePercent(raw as never);
    expect(c.state).toBe('error');
    if (c.state === 'error') expect(formatIssue(c.issue)).toMatch(/tỷ lệ|phần trăm/i);
  });

  test('blank is missing', () => {
    for (const raw of [null, undefined, '', '   ']) expect(coercePercent(raw).state).toBe('missing');
  });

  test('property: "x%" reads back as x/100 for any percent with up to 2 decimals, comma or dot', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10000 }), fc.boolean(), (hundredths, comma) => {
        const text = (hundredths / 100).toFixed(2);
        const c = coercePercent(`${comma ? text.replace('.', ',') : text}%`);
        expect(value(c)).toBeCloseTo(hundredths / 10000, 12);
      }),
    );
  });

  test('property: no input throws; the result is ok in [0, 1], missing, or an error', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null)), (raw) => {
        const c = coercePercent(raw);
        if (c.state === 'ok') {
          expect(c.value).toBeGreaterThanOrEqual(0);
          expect(c.value).toBeLessThanOrEqual(1 + 1e-9);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('counts', () => {
  test.each([[20, 20], ['20', 20], ['20 bài', 20], ['1.500', 1500], ['0', 0]])('%p → %p', (raw, expected) => {
    expect(value(coerceCount(raw))).toBe(expected);
  });
  test.each([['nhiều'], [2.5], [-1], ['12,5']])('%p is an error', (raw) => {
    expect(coerceCount(raw).state).toBe('error');
  });
});

describe('Có / Không', () => {
  test.each([['Có', true], ['co', true], ['CÓ', true], ['x', true], ['X', true], [true, true], [1, true], ['Không', false], ['khong', false], [false, false], [0, false]])(
    '%p → %p',
    (raw, expected) => {
      expect(value(coerceYesNo(raw))).toBe(expected);
    },
  );
  test('other text is an error that names the value', () => {
    const c = coerceYesNo('có lẽ');
    expect(c.state).toBe('error');
    if (c.state === 'error') expect(formatIssue(c.issue)).toContain('có lẽ');
  });
});

describe('named choices', () => {
  const labels = ['Triển khai thường xuyên', 'Triển khai ít nhất 2 lần/năm', 'Không triển khai'];
  test.each([
    ['Triển khai thường xuyên', 0],
    ['trien khai thuong xuyen', 0],
    ['TRIỂN KHAI ÍT NHẤT 2 LẦN/NĂM', 1],
    ['thuong xuyen', 0],
    ['khong trien khai', 2],
  ])('%p → choice %p', (raw, index) => {
    expect(value(coerceChoice(raw, labels))).toBe(index);
  });
  test('ambiguous and unknown choices are errors listing the options', () => {
    const ambiguous = coerceChoice('triển khai', labels);
    expect(ambiguous.state === 'error' && ambiguous.issue.code).toBe('value.ambiguousChoice');
    const unknown = coerceChoice('thỉnh thoảng', labels);
    expect(unknown.state === 'error' && formatIssue(unknown.issue)).toContain('Triển khai thường xuyên');
  });
});

describe('manual points', () => {
  test('0..max, decimal comma allowed; above max is an error', () => {
    expect(value(coerceManualPoints('4,5', 5))).toBe(4.5);
    expect(value(coerceManualPoints(10, 10))).toBe(10);
    const above = coerceManualPoints(6, 5);
    expect(above.state === 'error' && formatIssue(above.issue)).toBe('Điểm 6 vượt quá điểm tối đa 5 của tiêu chí.');
    expect(above.state === 'error' && formatIssue(above.issue, 'en')).toBe("6 points exceed the criterion's maximum of 5.");
  });
});
