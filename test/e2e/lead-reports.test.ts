/**
 * The Chỉ tiêu screen's per-lead reporting on the built standalone page in Chromium: the DTI plan's
 * lead units' workbooks downloaded as one .zip (the names and sheets `ktd5 targets --by-lead` writes),
 * then three of them, filled for two months, loaded back under "Nạp sổ đã điền": the per-lead view of `ktd5 track`.
 */
import type http from 'node:http';
import { unzipSync } from 'fflate';
import { findDocument } from '../../src/rubrics';
import { type IndexData } from '../../src/engine';
import { address } from '../../src/workbook/a1';
import { parsePeriod } from '../../src/workbook/tracking/by-lead/period';
import { leadPlanOf, leadWorkbooks } from '../../src/workbook/tracking/by-lead/workbooks';
import { loadWorkbookGrid } from '../../src/workbook/xlsx/load';
import { renderXlsx } from '../../src/workbook/xlsx/render';
import fs from 'node:fs';
import { openPage, requireBuiltPage, serveDist, type Session } from './browser';

jest.setTimeout(120_000);

const dti = findDocument('dti-province-2022') as IndexData;
const plan = leadPlanOf(dti)!;

async function filled(lead: string, period: string, values: Record<string, string>): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const wb = leadWorkbooks(dti, plan, parsePeriod(period)).find((w) => w.book.name === lead)!;
  for (const [id, v] of Object.entries(values)) wb.layout.sheet.cells.set(address(wb.layout.rows.get(id)!, wb.layout.columns.value), { value: v });
  return { name: wb.fileName, mimeType: 'application/octet-stream', buffer: Buffer.from(await renderXlsx(wb.spec)) };
}

describe('per-lead reports on the page', () => {
  let server: http.Server;
  let session: Session;

  beforeAll(async () => {
    requireBuiltPage();
    const served = await serveDist();
    server = served.server;
    session = await openPage(served.origin, 360);
    await session.page.goto(`${served.origin}/page.html`);
  });
  afterAll(async () => {
    await session?.close();
    server?.close();
  });

  test('downloads every lead unit\'s workbook in one .zip, then shows who reported what', async () => {
    const { page } = session;
    await page.click('[data-testid="tab-targets"]');
    await page.selectOption('[data-testid="target-set"]', 'dti-province-2022');
    await page.waitForSelector('[data-testid="lead-reports"]', { timeout: 30000 });
    await page.fill('[data-testid="lead-period"]', 'Q5');
    expect(await page.locator('[data-testid="write-lead-books"]').isDisabled()).toBe(true);
    await page.fill('[data-testid="lead-period"]', '2023-11');
    // Thirty-odd workbooks rendered in the page: slow on a loaded machine, so a generous wait (not a speed test).
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120000 }), page.click('[data-testid="write-lead-books"]')]);
    expect(download.suggestedFilename()).toBe('bao-cao-theo-don-vi.dti-province-2022.2023-11.zip');
    const entries = unzipSync(new Uint8Array(fs.readFileSync(await download.path())));
    expect(Object.keys(entries).sort()).toEqual(leadWorkbooks(dti, plan, parsePeriod('2023-11')).map((w) => w.fileName).sort());
    const loaded = await loadWorkbookGrid(entries['so-noi-vu_2023-11.xlsx']!);
    if (!loaded.ok) throw new Error('zip entry not readable');
    expect(loaded.grid.sheets[0]!.rows[1]!.slice(0, 2)).toEqual(['Kỳ báo cáo', 'Tháng 11/2023']);

    await page.setInputFiles('[data-testid="tracked-files-input"]', [
      await filled('Sở Nội vụ', '2023-11', { '34': '40%', '70': '95%' }),
      await filled('Sở Nội vụ', '2023-12', { '34': '55%', '70': '90%' }),
      await filled('Công an Tỉnh', '2023-11', { '63': '25%', '90': '70%' }),
    ]);
    const row = page.locator('[data-testid="lead-row"][data-lead="Sở Nội vụ"]');
    await row.waitFor({ timeout: 30000 });
    expect([await row.getAttribute('data-reported'), await row.getAttribute('data-assigned')]).toEqual(['2', '3']);
    const first = page.locator('[data-testid="lead-row"]').first();
    expect(await first.getAttribute('data-lead')).toBe('Sở Nội vụ');
    expect(await page.locator('[data-testid="lead-not-sent"]').textContent()).toContain('Công an Tỉnh');
    expect(await page.locator('[data-testid="lead-unreported"]').textContent()).toBe('Chỉ tiêu chưa có báo cáo: 94');
    expect(session.outside).toEqual([]);
    // page.html loads no office.js: no telemetry frame to refuse, no error at all.
    expect(session.problems).toEqual([]);
  });
});
