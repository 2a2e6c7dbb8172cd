/**
 * "Cần gì để thêm điểm" on the Chấm điểm screen, from a filled ktd5-2023 data sheet scored by the same
 * code as `ktd5 score`: every criterion below its maximum is listed, the most points first. The gains
 * are the document's own (Kế hoạch 741/KH-KTĐ5, Phụ lục tiêu chí): I.4 "Có" 4 / "Không" 0, II.1 "Có" 5, I.2 "Có" 4,
 * IV.3 up to 10, III.2 "Trên 80%" 5 / "Từ 50% đến 80%" 3, I.5 "từ 20 … trở lên" 4 / "Từ 10 đến 19" 2,
 * II.4 "100%" 5 / "Từ 90% đến dưới 100%" 3, I.1 "thường xuyên" 4 / "ít nhất 2 lần/năm" 2.
 */
import { byPointsGained, type NextStep } from '../../src/engine';
import { getRubric } from '../../src/rubrics';
import { SHOWN_ITEMS } from '../../src/taskpane/model/fold';
import { scoreView } from '../../src/taskpane/model/score-view';
import { scoreFiles } from '../../src/workbook/khoi/score-files';
import { loadWorkbookGrid } from '../../src/workbook/xlsx/load';
import { FULL_MARKS, memberBytes, type Values } from '../helpers/members';

jest.setTimeout(120_000);

async function viewOf(self: Values) {
  const loaded = await loadWorkbookGrid(await memberBytes({ unit: 'Sở Thử nghiệm', self }));
  if (!loaded.ok) throw new Error(loaded.problem.code);
  const result = scoreFiles([{ file: 'a.xlsx', ok: true, grid: loaded.grid }], { resolveRubric: getRubric, lang: 'vi' });
  const unit = result.units[0]!;
  return { unit, view: scoreView(unit, 'vi') };
}

test('every criterion that can gain points is listed, most points first; I.4 "Không" → "Có" (+4) is among them', async () => {
  const { unit, view } = await viewOf({
    ...FULL_MARKS,
    'I.1': 'Triển khai ít nhất 2 lần/năm',
    'I.2': 'Không',
    'I.4': 'Không',
    'I.5': 19,
    'II.1': 'Không',
    'II.4': '95%',
    'III.2': '79%',
    'IV.3': 6,
  });
  expect(view.steps.map((s) => [s.id, s.gain])).toEqual([
    ['II.1', 5],
    // equal gains without a distance (yes/no, manual): the rubric's order
    ['I.2', 4],
    ['I.4', 4],
    ['IV.3', 4],
    // equal gains: the closest first, relative to the value that reaches the band (79% of 80%, 19 of 20, 95% of 100%)
    ['III.2', 2],
    ['I.5', 2],
    ['II.4', 2],
    ['I.1', 2],
  ]);
  expect(view.steps.find((s) => s.id === 'I.4')?.band).toBe('Có');
  expect(view.steps.find((s) => s.id === 'II.4')?.reachAt).toBe('100%');
  // Nothing dropped: exactly the criteria below their maximum.
  const below = unit.score.criteria.filter((c) => c.final.points < unit.rubric.byId.get(c.id)!.max).map((c) => c.id);
  expect(view.steps.map((s) => s.id).sort()).toEqual(below.sort());
  // More than the screen shows folded: the rest is behind "Xem thêm".
  expect(view.steps.length).toBeGreaterThan(SHOWN_ITEMS);
});

test('a unit at full marks has nothing to gain', async () => {
  const { view } = await viewOf(FULL_MARKS);
  expect(view.steps).toEqual([]);
});

test('byPointsGained keeps every step and orders by gain, then relative distance, then input order', () => {
  const steps: NextStep[] = [
    { id: 'a', gain: 2 },
    { id: 'b', gain: 2, reachAt: 20, distance: 5 },
    { id: 'c', gain: 3 },
    { id: 'd', gain: 2, reachAt: 0.9, distance: 0.05 },
  ];
  expect(byPointsGained(steps).map((s) => s.id)).toEqual(['c', 'd', 'b', 'a']);
  expect(steps.map((s) => s.id)).toEqual(['a', 'b', 'c', 'd']);
});
