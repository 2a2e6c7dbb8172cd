/**
 * How the page reads member files on a device: the command's budgets scaled to what the device can
 * hold, one or two files at a time, the command's own time limit. Oracles: the guard itself on files
 * built here, and the command's limits.
 */
import { inspectXlsx } from '../../src/workbook/guard/inspect';
import { DEFAULT_LIMITS, READ_TIMEOUT_MS, SHEET_COLUMNS, SHEET_ROWS } from '../../src/workbook/guard/limits';
import { DEFAULT_DEVICE_MEMORY_GB, readPlan } from '../../src/taskpane/io/read-plan';
import { goodMember, slowButAllowed, wholeSheetDefinedName } from '../helpers/hostile-xlsx';

const officePc = readPlan({ memoryGb: 8, cores: 4 });

describe('the page’s read plan', () => {
  test('an 8 GB, 4-core office PC reads two files at a time, each under a sixth of the command’s budgets', () => {
    expect(officePc.concurrency).toBe(2);
    expect(officePc.scale).toBeCloseTo(1 / 6);
    expect(officePc.limits.maxCells).toBe(Math.floor(DEFAULT_LIMITS.maxCells / 6));
    expect(officePc.limits.maxTotalBytes).toBe(Math.floor(DEFAULT_LIMITS.maxTotalBytes / 6));
    expect(officePc.limits.maxEntryBytes).toBe(Math.floor(DEFAULT_LIMITS.maxEntryBytes / 6));
    expect(officePc.limits.maxMergeArea).toBe(Math.floor(DEFAULT_LIMITS.maxMergeArea / 6));
    // what is never parsed is not scaled; the file size limit is the command's
    expect(officePc.limits.maxValidationArea).toBe(DEFAULT_LIMITS.maxValidationArea);
    expect(officePc.limits.maxFileBytes).toBe(DEFAULT_LIMITS.maxFileBytes);
  });

  test('the time limit is the command’s, on every device', () => {
    for (const memoryGb of [0.25, 2, 8, 32]) expect(readPlan({ memoryGb, cores: 8 }).timeoutMs).toBe(READ_TIMEOUT_MS);
    expect(READ_TIMEOUT_MS).toBe(30_000);
  });

  test('where the browser does not say, a small office PC is assumed: one file at a time', () => {
    const unknown = readPlan({});
    expect(unknown).toEqual(readPlan({ memoryGb: DEFAULT_DEVICE_MEMORY_GB }));
    expect(unknown.concurrency).toBe(1);
    expect(unknown.scale).toBeLessThan(1);
  });

  test('more memory never means smaller budgets for a file; never more than the command’s', () => {
    const sizes = [0.25, 0.5, 1, 2, 4, 8, 16, 32, 64];
    for (const cores of [2, 8]) {
      const cells = sizes.map((memoryGb) => readPlan({ memoryGb, cores }).limits.maxCells);
      for (let i = 1; i < cells.length; i++) expect(cells[i]).toBeGreaterThanOrEqual(cells[i - 1]!);
      expect(Math.max(...cells)).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCells);
    }
  });

  test('a real member file passes on the smallest device; a whole-column name and print titles too', async () => {
    const smallest = readPlan({ memoryGb: 0.25 });
    const member = await goodMember('Sở Thử nghiệm');
    expect(inspectXlsx(member, smallest.limits).ok).toBe(true);
    expect(smallest.limits.maxDefinedNameArea).toBeGreaterThanOrEqual(SHEET_ROWS + SHEET_COLUMNS);
    expect(inspectXlsx(slowButAllowed(member, { rows: 10, columns: 3 }), smallest.limits).ok).toBe(true);
    // a name over the whole sheet is still refused, here as by the command
    expect(inspectXlsx(wholeSheetDefinedName(member), smallest.limits)).toMatchObject({ ok: false, problem: { code: 'definedNameTooLarge' } });
  });

  test('a file the command reads but an office PC could not hold is refused by the page, before parsing', async () => {
    const member = await goodMember('Sở Thử nghiệm');
    const big = slowButAllowed(member, { rows: 20000, columns: 30, wholeColumnName: false });
    expect(inspectXlsx(big, DEFAULT_LIMITS).ok).toBe(true);
    const refused = inspectXlsx(big, officePc.limits);
    if (refused.ok) throw new Error('the office PC would parse it');
    // the first of the scaled budgets it breaks: its sheet's inflated size, or its cells
    const limits: Record<string, number> = { entryTooLarge: officePc.limits.maxEntryBytes, tooManyCells: officePc.limits.maxCells };
    expect(Object.keys(limits)).toContain(refused.problem.code);
    expect(refused.problem.detail.limit).toBe(limits[refused.problem.code]);
  }, 60000);
});
