/**
 * The engine's sentences print their numbers in their own language: a decimal comma in Vietnamese, a
 * point in English (lint of a rubric typed with decimals, the hint for a percent typed as 95, a value in
 * no band). The oracle is the formatter's rule itself: "90,5%" and "2,5" in Vietnamese, "90.5%", "2.5".
 */
import { coercePercent, compileRubric, formatIssue, lintRubric, scoreCriterion, type RubricData } from '../../src/engine';
import { oneCriterionRubric as rubric } from '../helpers/one-criterion-rubric';

function lint(data: RubricData, lang: 'vi' | 'en'): string[] {
  const compiled = compileRubric(data);
  if (!compiled.ok) throw new Error(compiled.issues.map((i) => formatIssue(i)).join('\n'));
  return lintRubric(compiled.rubric).map((i) => formatIssue({ ...i, where: undefined }, lang));
}

test('lint: a gap, a band above the maximum and sums with decimals, in each language', () => {
  const data = rubric([{ text: 'Từ 90,5% trở lên', points: 2.5 }, { text: 'Dưới 80%', points: 0 }], 2, 2.25, 4.5);
  expect(lint(data, 'vi')).toEqual([
    'Tiêu chí I.1: mức "Từ 90,5% trở lên" cho 2,5 điểm, vượt điểm tối đa 2.',
    'Tiêu chí I.1: không mức nào đạt điểm tối đa 2.',
    'Tiêu chí I.1: các mức chấm bỏ sót khoảng giá trị từ 80% đến 90,5% (gần mức "Từ 90,5% trở lên").',
    'Mục I: tổng điểm các tiêu chí là 2, khác với 2,25 điểm ghi cho mục.',
    'Tổng điểm các mục là 2,25, khác với tổng cộng 4,5 điểm.',
  ]);
  expect(lint(data, 'en')).toEqual([
    'Criterion I.1: band "Từ 90,5% trở lên" gives 2.5 points, above the maximum of 2.',
    'Criterion I.1: no band reaches the maximum of 2.',
    'Criterion I.1: the bands leave out values from 80% to 90.5% (near "Từ 90,5% trở lên").',
    'Section I: its criteria add up to 2, not the 2.25 points stated.',
    'The sections add up to 2.25, not the stated total of 4.5.',
  ]);
});

test('a percent typed as 95 is read as 95%, and the hint writes the fraction in the language\'s own way', () => {
  const c = coercePercent(95);
  if (c.state !== 'ok') throw new Error('95 should read as 95%');
  const [warning] = c.warnings;
  expect(formatIssue(warning!, 'vi')).toBe('Giá trị 95 được hiểu là 95% (nên nhập "95%" hoặc 0,95).');
  expect(formatIssue(warning!, 'en')).toBe('95 was read as 95% (type "95%" or 0.95).');
  const half = coercePercent('95,5');
  if (half.state !== 'ok') throw new Error('95,5 should read as 95,5%');
  expect(formatIssue(half.warnings[0]!, 'vi')).toBe('Giá trị 95,5 được hiểu là 95,5% (nên nhập "95,5%" hoặc 0,955).');
  expect(formatIssue(half.warnings[0]!, 'en')).toBe('95,5 was read as 95.5% (type "95.5%" or 0.955).');
});

test('a value in no band is shown as the user reads it (a percent, with the language\'s decimal mark)', () => {
  const compiled = compileRubric(rubric([{ text: 'Từ 90% trở lên', points: 2 }, { text: 'Dưới 80%', points: 0 }], 2, 2, 2));
  if (!compiled.ok) throw new Error('rubric should compile');
  const s = scoreCriterion(compiled.rubric.criteria[0]!, '85,5%');
  const problem = s.issues.find((i) => i.code === 'score.noBand')!;
  expect(formatIssue(problem, 'vi')).toBe('Tiêu chí I.1: giá trị 85,5% không thuộc mức chấm nào của văn bản.');
  expect(formatIssue(problem, 'en')).toBe("Criterion I.1: the value 85.5% falls in none of the document's bands.");
});

test('a number typed in a cell is quoted back in the language\'s own way ("2,5" / "2.5"), text as typed', () => {
  const compiled = compileRubric({ ...rubric([{ text: 'Có', points: 2 }, { text: 'Không', points: 0 }], 2, 2, 2) });
  if (!compiled.ok) throw new Error('rubric should compile');
  const s = scoreCriterion(compiled.rubric.criteria[0]!, 2.5);
  expect(formatIssue(s.issues[0]!, 'vi')).toBe('Giá trị "2,5" không phải "Có" hoặc "Không".');
  expect(formatIssue(s.issues[0]!, 'en')).toBe('"2.5" is not "Có" (yes) or "Không" (no).');
  const typed = scoreCriterion(compiled.rubric.criteria[0]!, '2.5 lần');
  expect(formatIssue(typed.issues[0]!, 'vi')).toBe('Giá trị "2.5 lần" không phải "Có" hoặc "Không".');
});
