import fc from 'fast-check';
import { parsePhrase, rangeContains, type Condition, type RangeCondition } from '../../src/engine';

function range(phrase: string): RangeCondition {
  const r = parsePhrase(phrase);
  if (!r.ok) throw new Error(`${phrase}: ${r.issue.code}`);
  if (r.condition.kind !== 'range') throw new Error(`${phrase}: not a range`);
  return r.condition;
}

/** Compact view of a range: "[0.9,1)" style, with quantity. */
function show(c: Condition): string {
  if (c.kind === 'bool') return c.value ? 'yes' : 'no';
  if (c.kind === 'relative') return c.relation;
  const lo = c.min ? `${c.min.inclusive ? '[' : '('}${c.min.value}` : '(-inf';
  const hi = c.max ? `${c.max.value}${c.max.inclusive ? ']' : ')'}` : 'inf)';
  return `${c.quantity} ${lo},${hi}${c.growth ? ' growth' : ''}${c.maintain ? ' maintain' : ''}`;
}

describe('the documents\' phrases (golden)', () => {
  const golden: [string, string][] = [
    // Kế hoạch 741/KH-KTĐ5 bands
    ['Đạt 100%', 'percent [1,1]'],
    ['100%', 'percent [1,1]'],
    ['100% các cuộc họp không có tài liệu giấy', 'percent [1,1]'],
    ['100% thủ tục hành chính được đánh giá hài lòng', 'percent [1,1]'],
    ['Từ 90% đến dưới 100%', 'percent [0.9,1)'],
    ['Dưới 90%', 'percent (-inf,0.9)'],
    ['Dưới 100%', 'percent (-inf,1)'],
    ['Trên 80%', 'percent (0.8,inf)'],
    ['Từ 50% đến 80%', 'percent [0.5,0.8]'],
    ['Đạt 70% trở lên', 'percent [0.7,inf)'],
    ['Từ 50% đến dưới 70%', 'percent [0.5,0.7)'],
    ['Từ 80% trở lên', 'percent [0.8,inf)'],
    ['Có', 'yes'],
    ['Không', 'no'],
    ['Đăng tải từ 20 văn bản, tin bài có liên quan đến chuyển đổi số trở lên', 'number [20,inf)'],
    ['Từ 10 đến 19 văn bản, tin bài', 'number [10,19]'],
    ['Dưới 10 văn bản, tin bài', 'number (-inf,10)'],
    // targets (Kế hoạch 207/KH-UBND, 154/KH-UBND, Báo cáo 07-BC/BCSD)
    ['Trên 55%', 'percent (0.55,inf)'],
    ['Từ 60% trở lên', 'percent [0.6,inf)'],
    ['Tăng tối thiểu 7%', 'percent [0.07,inf) growth'],
    ['Tăng tối thiểu 7,0%', 'percent [0.07,inf) growth'],
    ['Duy trì 100%', 'percent [1,1] maintain'],
    ['Duy trì trên 75%', 'percent (0.75,inf) maintain'],
    ['Tối thiểu 80%', 'percent [0.8,inf)'],
    ['Duy trì', 'maintain'],
    ['Có tăng trưởng', 'grow'],
    // results and DTI indicators
    ['60,2%', 'percent [0.602,0.602]'],
    ['75.35%', 'percent [0.7535,0.7535]'],
    ['4.380', 'number [4380,4380]'],
    ['50.000', 'number [50000,50000]'],
    ['15/15 điểm', 'percent [1,1]'],
    ['1 tỷ đồng', 'money [1000000000,1000000000]'],
    ['1.323 (26,93%)', 'number [1323,1323]'],
  ];

  test.each(golden)('%s → %s', (phrase, expected) => {
    const r = parsePhrase(phrase);
    expect(r.ok).toBe(true);
    if (r.ok) expect(show(r.condition)).toBe(expected);
  });

  test('reads phrases without diacritics and in any case exactly as with them', () => {
    for (const [phrase, expected] of golden) {
      const stripped = phrase.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
      for (const variant of [stripped, stripped.toUpperCase(), phrase.toLowerCase()]) {
        const r = parsePhrase(variant);
        expect(r.ok && show(r.condition)).toBe(expected);
      }
    }
  });

  test('ratios: "1/3 cuộc" is a third, "7,5/15 điểm" is half', () => {
    expect(range('1/3 cuộc').min?.value).toBeCloseTo(1 / 3, 12);
    expect(range('7,5/15 điểm').min?.value).toBeCloseTo(0.5, 12);
  });
});

describe('unparseable phrases are errors that say why', () => {
  const bad: [string, string][] = [
    ['', 'phrase.empty'],
    ['   ', 'phrase.empty'],
    ['Triển khai thường xuyên', 'phrase.noNumber'],
    ['Khoảng 90%', 'phrase.unknownWords'],
    ['Triển khai ít nhất 2 lần/năm', 'phrase.unknownWords'],
    ['Từ 90% 100%', 'phrase.rangeWithoutDen'],
    ['Từ 100% đến 90%', 'phrase.reversedRange'],
    ['10%, 20% hoặc 30%', 'phrase.tooManyNumbers'],
    ['5/0', 'phrase.badNumber'],
  ];
  test.each(bad)('"%s" → %s', (phrase, code) => {
    const r = parsePhrase(phrase);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issue.code).toBe(code);
      expect(r.issue.params.phrase).toBe(phrase);
    }
  });
});

describe('properties', () => {
  test('no input crashes the parser', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        const r = parsePhrase(s);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 3000 },
    );
  });

  test('round trip: "Từ a% đến dưới b%" contains exactly [a, b)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 100 }), (a, b) => {
        fc.pre(a < b);
        const c = range(`Từ ${a}% đến dưới ${b}%`);
        expect(rangeContains(c, a / 100)).toBe(true);
        expect(rangeContains(c, b / 100)).toBe(false);
        expect(rangeContains(c, (a + b) / 200)).toBe(true);
        expect(rangeContains(c, a / 100 - 0.001)).toBe(false);
      }),
    );
  });

  test('monotone: a value above a "Từ x% trở lên" threshold is inside, below is outside; "Trên x%" excludes x', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.double({ min: 0, max: 2, noNaN: true }), (tenths, v) => {
        const x = tenths / 1000;
        const text = `${String(tenths / 10).replace('.', ',')}%`;
        const from = range(`Từ ${text} trở lên`);
        const above = range(`Trên ${text}`);
        expect(rangeContains(from, v)).toBe(v >= x - 1e-9);
        if (Math.abs(v - x) > 1e-9) expect(rangeContains(above, v)).toBe(v > x);
        expect(rangeContains(above, x)).toBe(false);
      }),
    );
  });
});
