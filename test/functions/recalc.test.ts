/**
 * Stored rubrics registered after cells asked for them: one full recalculation, so #N/A cells and
 * KTD5.RUBRICS() catch up; several registrations in a burst cost one; no Excel, no call; a failed
 * recalculation is never thrown into a cell.
 */
import { requestFullRecalculation, type ExcelLike } from '../../src/functions/recalc';

function fakeExcel(fail = false): ExcelLike & { calculations: string[]; syncs: number } {
  const state = { calculations: [] as string[], syncs: 0 };
  return Object.assign(state, {
    run: async (job: Parameters<ExcelLike['run']>[0]) =>
      job({
        workbook: { application: { calculate: (t: 'Full') => void state.calculations.push(t) } },
        sync: async () => {
          state.syncs++;
          if (fail) throw new Error('GeneralException');
        },
      }),
  });
}

test('a full recalculation, once for a burst of registrations', async () => {
  const excel = fakeExcel();
  await Promise.all([requestFullRecalculation(excel), requestFullRecalculation(excel), requestFullRecalculation(excel)]);
  expect(excel.calculations).toEqual(['Full']);
  await requestFullRecalculation(excel);
  expect(excel.calculations).toEqual(['Full', 'Full']);
});

test('without Excel nothing is called, and a failure is swallowed', async () => {
  await expect(requestFullRecalculation(undefined)).resolves.toBeUndefined();
  const failing = fakeExcel(true);
  await expect(requestFullRecalculation(failing)).resolves.toBeUndefined();
  expect(failing.syncs).toBe(1);
});

test('an Excel data type reaching a function is read through its basic value, never "[object Object]"', () => {
  const { plainCell } = jest.requireActual<typeof import('../../src/functions/core')>('../../src/functions/core');
  expect(plainCell({ type: 'Double', basicValue: 0.95 })).toBe(0.95);
  expect(plainCell({ type: 'Entity', text: 'Sở A', properties: {} })).toBe('');
  expect(plainCell('Có')).toBe('Có');
});
