/**
 * Host detection waits for Office.onReady however long a cold start takes, and falls back to the
 * standalone page only when office.js is absent or reports no Excel host.
 */
import { detectHost } from '../../src/taskpane/host/detect-host';

const later = <T,>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

test('a slow Office.onReady (a cold start of Excel desktop) still ends in Excel', async () => {
  jest.useFakeTimers();
  const found = detectHost({ onReady: () => later(20_000, { host: 'Excel', platform: 'PC' }) }, () => true);
  jest.advanceTimersByTime(20_000);
  jest.useRealTimers();
  await expect(found).resolves.toMatchObject({ kind: 'excel', platform: 'PC' });
});

test('standalone when office.js is absent, reports no host, or fails; another host or an Excel without the sets cannot run', async () => {
  await expect(detectHost(undefined)).resolves.toEqual({ kind: 'standalone' });
  await expect(detectHost({ onReady: async () => ({ host: null, platform: null }) }, () => true)).resolves.toEqual({ kind: 'standalone' });
  await expect(detectHost({ onReady: async () => ({ host: 'Word', platform: 'PC' }) }, () => true)).resolves.toMatchObject({ kind: 'unsupported', host: 'Word' });
  await expect(detectHost({ onReady: async () => ({ host: 'Excel', platform: 'PC' }) }, () => false)).resolves.toMatchObject({ kind: 'unsupported', host: 'Excel' });
  await expect(detectHost({ onReady: () => Promise.reject(new Error('x')) }, () => true)).resolves.toEqual({ kind: 'standalone' });
});

test('after a rubric change the pane asks Excel for one full recalculation', async () => {
  const { recalculate } = await import('../../src/taskpane/host/pane-host');
  const { FakeExcel } = await import('../helpers/fake-excel');
  const excel = new FakeExcel();
  await recalculate((job) => job(excel));
  expect(excel.calculations).toEqual(['Full']);
  expect(excel.syncs).toBe(1);
});
