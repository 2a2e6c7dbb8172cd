/**
 * The one number formatter (decimal comma in Vietnamese, point in English; the text reads back through
 * the engine's own number coercion) and gaps in the target's unit, against the documents' own targets
 * and results (Kế hoạch 337/KH-UBND Phụ lục II, Báo cáo 07-BC/BCSD Phụ lục 02).
 */
import fc from 'fast-check';
import {
  coercePercent,
  evaluateTarget,
  formatFixed,
  formatGap,
  formatNumber,
  gapInUnit,
  parseVietnameseNumber,
  targetYearOf,
  type DocumentData,
  type IndexData,
} from '../../src/engine';
import { findDocument } from '../../src/rubrics';

const fourDecimals = fc.integer({ min: -10_000_000_000, max: 10_000_000_000 }).map((k) => k / 10_000);

describe('formatNumber', () => {
  it('writes the decimal comma in Vietnamese and the point in English', () => {
    expect(formatNumber(64.5, 'vi')).toBe('64,5');
    expect(formatNumber(64.5, 'en')).toBe('64.5');
    expect(formatNumber(0.5649, 'vi')).toBe('0,5649');
    expect(formatNumber(100, 'vi')).toBe('100');
    expect(formatNumber(45620, 'vi')).toBe('45.620');
    expect(formatNumber(45620, 'en')).toBe('45620');
    expect(formatNumber(-0.00001, 'vi')).toBe('0');
    expect(formatFixed(2, 'vi')).toBe('2,0');
    expect(formatFixed(2, 'en')).toBe('2.0');
  });

  it('Vietnamese text reads back through the engine coercion to the same number', () => {
    fc.assert(
      fc.property(fourDecimals, (n) => {
        const text = formatNumber(n, 'vi');
        expect(text).toMatch(/^-?\d{1,3}(\.\d{3})*(,\d+)?$/);
        expect(parseVietnameseNumber(text)).toBeCloseTo(n, 9);
      }),
    );
  });

  it('English text reads back as a decimal point (the percent context of the coercion) and through Number', () => {
    fc.assert(
      fc.property(fourDecimals, (n) => {
        const text = formatNumber(n, 'en');
        expect(text).not.toContain(',');
        expect(Number(text)).toBeCloseTo(n, 9);
        if (n >= 0 && n <= 100) {
          const c = coercePercent(`${text}%`);
          expect(c.state === 'ok' && c.value).toBeCloseTo(n / 100, 9);
        }
      }),
    );
  });

  it('rounds to at most the given decimals, never printing an exponent', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e15, max: 1e15, noNaN: true }), fc.integer({ min: 0, max: 6 }), (n, d) => {
        const text = formatNumber(n, 'vi', d);
        expect(text).toMatch(/^-?\d{1,3}(\.\d{3})*(,\d+)?$/);
        expect((text.split(',')[1] ?? '').length).toBeLessThanOrEqual(d);
      }),
    );
  });
});

type Row = { target?: string; results?: Record<string, string | null> };
function rowsOf(doc: DocumentData): Row[] {
  const groups = doc.kind === 'index' ? doc.indicators?.groups : doc.kind === 'targets' ? doc.groups : [];
  return (groups ?? []).flatMap((g) => g.indicators as Row[]);
}

function gapOfRow(target: string, result: string) {
  const e = evaluateTarget(target, result);
  return gapInUnit(target, result, e.shortfall);
}

describe('gap in the target unit, from the documents', () => {
  const dti = findDocument('dti-province-2022') as IndexData;
  const nq04 = findDocument('nq04-dongthap') as DocumentData;
  const find = (doc: DocumentData, result: string, target?: string) => {
    const r = rowsOf(doc).find((x) => Object.values(x.results ?? {}).includes(result) && (!target || x.target === target));
    if (!r?.target) throw new Error(`no row with ${result}`);
    return { target: r.target, result };
  };

  it('counts for a count: "1/3 cuộc" against 100% is 2 meetings short', () => {
    const { target, result } = find(dti, '1/3 cuộc');
    expect(target).toBe('100%');
    const gap = gapOfRow(target, result);
    expect(gap).toEqual({ amount: 2, unit: 'count', word: 'cuộc', of: 3 });
    expect(formatGap(gap!, 'vi')).toBe('còn thiếu 2 cuộc');
    expect(formatGap(gap!, 'en')).toBe('short by 2 cuộc');
  });

  it('points for points: "7,5/15 điểm" against "15/15 điểm" is 7,5 points short', () => {
    const { target, result } = find(dti, '7,5/15 điểm');
    expect(target).toBe('15/15 điểm');
    const gap = gapOfRow(target, result)!;
    expect(formatGap(gap, 'vi')).toBe('còn thiếu 7,5 điểm');
    expect(formatGap(gap, 'en')).toBe('short by 7.5 points');
  });

  it('a bare count target in thousands: "4.380" against "50.000"', () => {
    expect(formatGap(gapOfRow('50.000', '4.380')!, 'vi')).toBe('còn thiếu 45.620');
    expect(formatGap(gapOfRow('1 điểm', '0,23 điểm (tối đa 5 điểm)')!, 'vi')).toBe('còn thiếu 0,77 điểm');
  });

  it('a bare ratio counts out of its whole: "5/7" against "6/7"', () => {
    const gap = gapOfRow(find(dti, '5/7').target, '5/7')!;
    expect(formatGap(gap, 'vi')).toBe('còn thiếu 1 (trên tổng 7)');
  });

  it('percentage points for a percent: 4.49% against "Trên 90%", 41,67% against "50% trở lên"', () => {
    const a = find(dti, '4.49%');
    expect(formatGap(gapOfRow(a.target, a.result)!, 'vi')).toBe('còn thiếu 85,51 điểm phần trăm');
    const b = find(dti, '41,67%');
    expect(b.target).toBe('50% trở lên');
    expect(formatGap(gapOfRow(b.target, b.result)!, 'vi')).toBe('còn thiếu 8,33 điểm phần trăm');
    const c = find(nq04, '75,35%');
    expect(formatGap(gapOfRow(c.target, c.result)!, 'en')).toBe('short by 24.65 percentage points');
  });

  it('the DTI pillar "Nhận thức số" 0.8917 against "Từ 95% trở lên" is 5,83 points to the 2023 target', () => {
    const pillar = dti.pillars.find((p) => p.id === 'nhan-thuc')!;
    const score = dti.history?.rows.find((h) => h.pillar === 'nhan-thuc')?.score ?? null;
    expect(score).toBe('0.8917');
    const year = targetYearOf(dti.indicators?.targetLabel);
    expect(year).toBe('2023');
    const gap = gapOfRow(pillar.target as string, score as string)!;
    expect(formatGap(gap, 'vi', year)).toBe('Mục tiêu 2023: còn thiếu 5,83 điểm phần trăm');
    expect(formatGap(gap, 'en', year)).toBe('Target 2023: short by 5.83 percentage points');
  });

  it('money for money, in the target\'s scale', () => {
    const gap = gapOfRow('4 tỷ đồng', '3,5 tỷ đồng')!;
    expect(gap).toEqual({ amount: 0.5, unit: 'money', word: 'tỷ đồng' });
    expect(formatGap(gap, 'vi')).toBe('còn thiếu 0,5 tỷ đồng');
    expect(formatGap(gap, 'en')).toBe('short by 0.5 billion VND');
  });

  it('no gap when met, and none for a yes/no target', () => {
    expect(gapOfRow('100%', '4/4 cuộc')).toBeUndefined();
    expect(gapInUnit('Có', 'Không', 1)).toBeUndefined();
  });

  it('every gap the documents give is positive and worded with a unit or its whole', () => {
    for (const doc of [dti, nq04]) {
      for (const r of rowsOf(doc)) {
        for (const v of Object.values(r.results ?? {})) {
          if (!r.target || typeof v !== 'string') continue;
          const e = evaluateTarget(r.target, v);
          if (e.status !== 'chua-dat' || e.shortfall === undefined) continue;
          const gap = gapInUnit(r.target, v, e.shortfall);
          if (!gap) continue;
          expect(gap.amount).toBeGreaterThan(0);
          // A bare count target ("50.000") has no unit word to repeat; every other gap names its unit.
          expect(formatGap(gap, 'vi')).toMatch(gap.unit === 'number' && !gap.word ? /^còn thiếu [\d.]+(,\d+)?$/ : /^còn thiếu [\d.]+(,\d+)? \S/);
        }
      }
    }
  });
});
