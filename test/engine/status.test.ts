import { evaluateTarget } from '../../src/engine';

describe('target status semantics', () => {
  test.each([
    ['100%', '100%', 'dat'],
    ['100%', '60,2%', 'chua-dat'],
    ['Trên 55%', '58%', 'vuot'],
    ['Trên 55%', '55%', 'chua-dat'],
    ['Từ 60% trở lên', '60%', 'dat'],
    ['Từ 60% trở lên', 0.61, 'vuot'],
    ['Tăng tối thiểu 7%', '7,5%', 'vuot'],
    ['Tăng tối thiểu 7%', '7%', 'dat'],
    ['Tăng tối thiểu 7%', '6,08%', 'chua-dat'],
    ['Trên 60%', 'Trên 75%', 'vuot'],
    ['Trên 60%', 'Trên 60%', 'dat'],
    ['Từ 60% trở lên', 'Trên 60%', 'vuot'],
    ['60%', 'Trên 80%', 'vuot'],
    ['Trên 60%', 'Dưới 10%', 'chua-dat'],
    ['Duy trì trên 75%', 'Trên 75%', 'dat'],
    ['Tối thiểu 80%', '79,9%', 'chua-dat'],
    ['Có', 'Có', 'dat'],
    ['Có', 'Không', 'chua-dat'],
    // money targets: plain numbers are đồng, written bare or in a phrase, with dot-grouped thousands
    ['4 tỷ đồng', '4.000.000.000', 'dat'],
    ['4 tỷ đồng', 'Trên 4.000.000.000', 'vuot'],
    ['4 tỷ đồng', 'Dưới 4.000.000.000', 'chua-dat'],
    ['4 tỷ đồng', 'Trên 4 tỷ đồng', 'vuot'],
  ])('target %p, result %p → %s', (target, result, status) => {
    expect(evaluateTarget(target, result).status).toBe(status);
  });

  test('ceilings: below is beyond the target, at it is met, above is not met', () => {
    expect(evaluateTarget('Dưới 10%', '5%').status).toBe('vuot');
    expect(evaluateTarget('Tối đa 10%', '10%').status).toBe('dat');
    expect(evaluateTarget('Tối đa 10%', '12%').status).toBe('chua-dat');
    expect(evaluateTarget('Không quá 5 ngày', 7).status).toBe('chua-dat');
  });

  test('relative targets need the previous result', () => {
    expect(evaluateTarget('Duy trì', '100%', '100%').status).toBe('dat');
    expect(evaluateTarget('Duy trì', '90%', '100%').status).toBe('chua-dat');
    expect(evaluateTarget('Có tăng trưởng', '7%', '6,45%').status).toBe('dat');
    expect(evaluateTarget('Có tăng trưởng', '6%', '6,45%').status).toBe('chua-dat');
    expect(evaluateTarget('Duy trì', '100%').status).toBe('unknown');
  });

  test('the shortfall says how far a result is from the target', () => {
    expect(evaluateTarget('100%', '81,5%').shortfall).toBeCloseTo(0.185, 12);
    expect(evaluateTarget('100%', '100%').shortfall).toBeUndefined();
  });

  test('bare percent points are read as percents for a percent target', () => {
    expect(evaluateTarget('Trên 80%', 83.66).status).toBe('vuot');
  });

  test('a blank result or an unreadable target is undetermined, with the reason', () => {
    expect(evaluateTarget('100%', null).status).toBe('unknown');
    const bad = evaluateTarget('Theo hướng dẫn của Bộ TTTT', '50%');
    expect(bad.status).toBe('unknown');
    expect(bad.issues[0]?.code).toBe('phrase.noNumber');
  });
});
