/** Rubric lint on bad rubrics, side by side with good ones; the messages are exact. */
import { compileRubric, formatIssue, lintRubric, type RubricData } from '../../src/engine';
import { oneCriterionRubric as rubricWith, type Bands } from '../helpers/one-criterion-rubric';

function lint(data: RubricData, lang: 'vi' | 'en' = 'vi'): string[] {
  const compiled = compileRubric(data);
  if (!compiled.ok) return compiled.issues.map((i) => formatIssue(i, lang));
  return lintRubric(compiled.rubric).map((i) => formatIssue(i, lang));
}

test('good: the document\'s own shape lints clean', () => {
  expect(lint(rubricWith([{ text: 'Đạt 100%', points: 5 }, { text: 'Từ 80% trở lên', points: 3 }, { text: 'Dưới 80%', points: 0 }]))).toEqual([]);
  expect(lint(rubricWith([{ text: 'Trên 80%', points: 5 }, { text: 'Từ 50% đến 80%', points: 3 }, { text: 'Dưới 50%', points: 0 }]))).toEqual([]);
});

test('a gap between bands', () => {
  expect(lint(rubricWith([{ text: 'Từ 90% trở lên', points: 5 }, { text: 'Dưới 80%', points: 0 }]))).toEqual([
    'test › I.1 › 1: Tiêu chí I.1: các mức chấm bỏ sót khoảng giá trị từ 80% đến 90% (gần mức "Từ 90% trở lên").',
  ]);
});

test('a gap at the bottom, and one at the top', () => {
  expect(lint(rubricWith([{ text: 'Từ 50% đến 100%', points: 5 }]))).toEqual([
    'test › I.1 › 1: Tiêu chí I.1: các mức chấm bỏ sót khoảng giá trị từ 0% đến 50% (gần mức "Từ 50% đến 100%").',
  ]);
  expect(lint(rubricWith([{ text: 'Dưới 100%', points: 0 }, { text: 'Từ 50% đến 90%', points: 5 }]), 'en')).toEqual([
    'test › I.1 › 2: Criterion I.1: bands "Dưới 100%" and "Từ 50% đến 90%" overlap.',
    'test › I.1 › 1: Criterion I.1: no band takes the value 100% (near "Dưới 100%").',
  ]);
});

test('counts are whole numbers: 10–19 then 20+ leaves no gap, 10–18 then 20+ does', () => {
  const counts = (b: Bands) => lint(rubricWith(b, 4, 4, 4));
  expect(counts([{ text: 'Từ 20 trở lên', points: 4 }, { text: 'Từ 10 đến 19', points: 2 }, { text: 'Dưới 10', points: 0 }])).toEqual([]);
  expect(counts([{ text: 'Từ 20 trở lên', points: 4 }, { text: 'Từ 10 đến 18', points: 2 }, { text: 'Dưới 10', points: 0 }])).toEqual([
    'test › I.1 › 1: Tiêu chí I.1: các mức chấm bỏ sót khoảng giá trị từ 18 đến 20 (gần mức "Từ 20 trở lên").',
  ]);
});

test('crossing bands overlap; a later band inside an earlier one is an overlap too', () => {
  expect(lint(rubricWith([{ text: 'Từ 80% đến 95%', points: 3 }, { text: 'Từ 90% trở lên', points: 5 }, { text: 'Dưới 80%', points: 0 }]))).toEqual([
    'test › I.1 › 2: Tiêu chí I.1: mức "Từ 80% đến 95%" và mức "Từ 90% trở lên" chồng lên nhau.',
  ]);
  expect(lint(rubricWith([{ text: 'Từ 80% trở lên', points: 3 }, { text: 'Đạt 100%', points: 5 }, { text: 'Dưới 80%', points: 0 }]))).toEqual([
    'test › I.1 › 2: Tiêu chí I.1: mức "Từ 80% trở lên" và mức "Đạt 100%" chồng lên nhau.',
  ]);
});

test('band points above the max, and a max no band reaches', () => {
  expect(lint(rubricWith([{ text: 'Có', points: 6 }, { text: 'Không', points: 0 }]))).toEqual([
    'test › I.1 › 1: Tiêu chí I.1: mức "Có" cho 6 điểm, vượt điểm tối đa 5.',
    'test › I.1: Tiêu chí I.1: không mức nào đạt điểm tối đa 5.',
  ]);
});

test('sections and total that do not add up', () => {
  expect(lint(rubricWith([{ text: 'Có', points: 5 }, { text: 'Không', points: 0 }], 5, 10, 20))).toEqual([
    'test › I: Mục I: tổng điểm các tiêu chí là 5, khác với 10 điểm ghi cho mục.',
    'test: Tổng điểm các mục là 10, khác với tổng cộng 20 điểm.',
  ]);
});

test('a phrase the parser does not know stops the compile and says where', () => {
  expect(lint(rubricWith([{ text: 'Khoảng 90%', points: 5 }, { text: 'Dưới 90%', points: 0 }]))).toEqual([
    'test › I.1 › 1: Không hiểu cụm từ "Khoảng 90%": từ "khoang" không phải cách ghi mức chấm quen thuộc (Từ, Trên, Dưới, Đạt, Tối thiểu, … trở lên).',
  ]);
});

test('Có/Không bands need exactly one of each', () => {
  expect(lint(rubricWith([{ text: 'Có', points: 5 }, { text: 'Có', points: 0 }]))).toContain('test › I.1: Tiêu chí I.1: cần đúng một mức "Có" và một mức "Không".');
});
