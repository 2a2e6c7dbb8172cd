/**
 * The monthly reporting loop of Kế hoạch 337 through the command: `ktd5 targets --by-lead` writes one
 * workbook per lead unit (never over an existing file); lead units fill theirs; `ktd5 track DIR/`
 * merges them: per-lead counts, each indicator's history over the periods, statuses against the 2023
 * targets, conflicting reports and units that sent nothing named, the per-lead report sheets.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type IndexData, type RawValue } from '../../src/engine';
import { findDocument } from '../../src/rubrics';
import { address } from '../../src/workbook/a1';
import { parsePeriod } from '../../src/workbook/tracking/by-lead/period';
import { leadPlanOf, leadWorkbooks } from '../../src/workbook/tracking/by-lead/workbooks';
import { loadWorkbookGrid } from '../../src/workbook/xlsx/load';
import { renderXlsx } from '../../src/workbook/xlsx/render';
import { capture } from '../helpers/cli';

jest.setTimeout(120_000);

const dti = findDocument('dti-province-2022') as IndexData;
const plan = leadPlanOf(dti)!;
const root = mkdtempSync(path.join(os.tmpdir(), 'ktd5-by-lead-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Entry {
  period: string;
  value: unknown;
  status: string;
  units: string[];
}

type Fill = Record<string, RawValue | { value?: RawValue; status: string }>;

/** A lead's workbook as `targets --by-lead` writes it, with what the unit typed. */
async function filled(dir: string, lead: string, period: string | null, values: Fill, name?: string): Promise<string> {
  const p = period ? parsePeriod(period) : undefined;
  const wb = leadWorkbooks(dti, plan, p).find((w) => w.book.name === lead)!;
  const { sheet } = wb.layout;
  if (period && !p) sheet.cells.set('B2', { value: period });
  for (const [id, v] of Object.entries(values)) {
    const row = wb.layout.rows.get(id)!;
    const cell = v !== null && typeof v === 'object' && !(v instanceof Date) ? v : { value: v };
    if (cell.value !== undefined) sheet.cells.set(address(row, wb.layout.columns.value), { value: cell.value as string | number | null });
    if ('status' in cell) sheet.cells.set(address(row, wb.layout.columns.status), { value: cell.status });
  }
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name ?? wb.fileName);
  writeFileSync(file, await renderXlsx(wb.spec));
  return file;
}

describe('ktd5 targets --by-lead', () => {
  test('writes one workbook per lead unit into the folder, ASCII names, and never overwrites one', async () => {
    const dir = path.join(root, 'out');
    const first = await capture(['targets', '--set', 'dti-province-2022', '--by-lead', '--period', '2023-11', '-o', dir, '--json']);
    expect(first.code).toBe(0);
    const json = JSON.parse(first.out);
    expect(json.period).toBe('2023-11');
    expect(json.files).toHaveLength(plan.split.books.length);
    const names = readdirSync(dir).sort();
    expect(names).toEqual(json.files.map((f: { file: string }) => path.basename(f.file)).sort());
    for (const n of names) expect(n).toMatch(/^[a-z0-9-]+_2023-11\.xlsx$/);
    expect(json.files.reduce((n: number, f: { indicators: number }) => n + f.indicators, 0)).toBe(plan.split.books.reduce((n, b) => n + b.assignments.length, 0));
    const file = path.join(dir, 'so-noi-vu_2023-11.xlsx');
    const before = readFileSync(file);
    const mtime = statSync(file).mtimeMs;
    const again = await capture(['targets', '--set', 'dti-province-2022', '--by-lead', '--period', '2023-11', '-o', dir]);
    expect(again.code).toBe(1);
    expect(again.err).toContain('không ghi đè');
    expect(again.err).toContain('so-noi-vu_2023-11.xlsx');
    expect(readFileSync(file)).toEqual(before);
    expect(statSync(file).mtimeMs).toBe(mtime);
    expect(readdirSync(dir).sort()).toEqual(names);
  });

  test('refuses a bad period, a file as the folder, and --period without --by-lead', async () => {
    expect((await capture(['targets', '--set', 'dti-province-2022', '--by-lead', '--period', '2023-13', '-o', path.join(root, 'x')])).code).toBe(2);
    expect((await capture(['targets', '--set', 'dti-province-2022', '--by-lead', '-o', path.join(root, 'x.xlsx')])).code).toBe(2);
    expect((await capture(['targets', '--set', 'dti-province-2022', '--period', '2023-11', '-o', path.join(root, 'x.xlsx')])).code).toBe(2);
    expect((await capture(['targets', '--set', 'nq04-dongthap', '--by-lead', '-o', path.join(root, 'y')])).code).toBe(2);
  });
});

describe('ktd5 track over per-lead workbooks', () => {
  const dir = path.join(root, 'reports');
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the parsed JSON of the command
  let json: Record<string, any>;
  let run: { code: number; out: string; err: string };

  beforeAll(async () => {
    // Sở Nội vụ leads 70 ("Duy trì" on 91,84%), 97 (qualitative) and co-leads 34 (100%) with Sở TT&TT.
    await filled(dir, 'Sở Nội vụ', '2023-11', { '34': '40%', '70': '95%', '97': { value: 'Đã ban hành', status: 'Đạt' } });
    await filled(dir, 'Sở Nội vụ', '2023-12', { '34': '55%', '70': 0.9 });
    // Công an Tỉnh: 63 (20%, co-lead with Sở TT&TT), 90 (70%), 61 (qualitative, left empty).
    await filled(dir, 'Công an Tỉnh', '2023-11', { '63': '25%', '90': '70%' });
    run = await capture(['track', dir, '--json', '-o', path.join(root, 'bao-cao.xlsx')]);
    json = JSON.parse(run.out);
  }, 120_000);

  test('per lead: assigned, reported, reached, not reached, missing — for the latest period and each one', () => {
    expect(run.code).toBe(0);
    const byLead = json.byLead[0];
    expect(byLead.periods.map((p: { code: string }) => p.code)).toEqual(['2023-11', '2023-12']);
    const lead = (name: string) => json.leads.find((l: { lead: string }) => l.lead === name);
    expect(lead('Sở Nội vụ')).toMatchObject({ lead: 'Sở Nội vụ', assigned: 3, reported: 2, reached: 0, notReached: 2, missing: 1, period: '2023-12' });
    expect(lead('Công an Tỉnh')).toMatchObject({ assigned: 3, reported: 0, reached: 0, notReached: 0, missing: 3 });
    const stt = lead('Sở Thông tin và Truyền thông');
    expect(stt).toMatchObject({ reported: 0, missing: stt.assigned });
    expect(json.leads).toHaveLength(plan.split.books.length);
    const nov = byLead.byPeriod.find((p: { period: string }) => p.period === '2023-11').leads;
    expect(nov.find((l: { lead: string }) => l.lead === 'Sở Nội vụ')).toEqual({ lead: 'Sở Nội vụ', assigned: 3, reported: 3, reached: 2, notReached: 1, missing: 0 });
    expect(nov.find((l: { lead: string }) => l.lead === 'Công an Tỉnh')).toEqual({ lead: 'Công an Tỉnh', assigned: 3, reported: 2, reached: 2, notReached: 0, missing: 1 });
    for (const l of json.leads) for (const k of ['lead', 'assigned', 'reported', 'reached', 'notReached', 'missing']) expect(l).toHaveProperty(k);
  });

  test('per indicator: history in order, latest value, source unit, status against the 2023 target, trend', () => {
    const ind = (id: string) => json.byLead[0].indicators.find((i: { id: string }) => i.id === id);
    expect(ind('34').history.map((h: Entry) => [h.period, h.value, h.status, h.units])).toEqual([
      ['2023-11', '40%', 'chua-dat', ['Sở Nội vụ']],
      ['2023-12', '55%', 'chua-dat', ['Sở Nội vụ']],
    ]);
    expect(ind('34')).toMatchObject({ value: '55%', source: ['Sở Nội vụ'], status: 'chua-dat', trend: 'up', target: '100%' });
    // "Duy trì" the 2022 result 91,84%: 95% keeps it, 90% falls below.
    expect(ind('70').history.map((h: Entry) => [h.period, h.value, h.status])).toEqual([
      ['2023-11', '95%', 'vuot'],
      ['2023-12', 0.9, 'chua-dat'],
    ]);
    expect(ind('70').trend).toBe('down');
    expect(ind('97').history.map((h: Entry) => [h.period, h.status])).toEqual([['2023-11', 'dat']]);
    expect(ind('97').status).toBe('missing');
    expect(ind('63').history).toEqual([expect.objectContaining({ period: '2023-11', value: '25%', status: 'vuot', units: ['Công an Tỉnh'] })]);
    expect(ind('90').history[0]).toMatchObject({ value: '70%', status: 'dat' });
    expect(json.byLead[0].unreported).toHaveLength(94);
    expect(json.byLead[0].unreported).not.toContain('34');
  });

  test('lead units that sent nothing are listed; the text output says who reported', () => {
    const notSent: string[] = json.byLead[0].notSent;
    expect(notSent).toContain('Công an Tỉnh');
    expect(notSent).toContain('Sở Thông tin và Truyền thông');
    expect(notSent).not.toContain('Sở Nội vụ');
    expect(notSent).toHaveLength(plan.split.books.length - 1);
  });

  test('the report workbook: "Theo đơn vị chủ trì" sorted by share reported with data bars, the unreported list, the history', async () => {
    const loaded = await loadWorkbookGrid(new Uint8Array(readFileSync(path.join(root, 'bao-cao.xlsx'))));
    if (!loaded.ok) throw new Error('report not readable');
    const names = loaded.grid.sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['Theo đơn vị chủ trì', 'Kết quả theo chỉ tiêu', 'Diễn biến theo kỳ']));
    const rows = loaded.grid.sheets.find((s) => s.name === 'Theo đơn vị chủ trì')!.rows;
    const header = rows.findIndex((r) => r[1] === 'Đơn vị chủ trì');
    expect(rows[header + 1]!.slice(1, 8)).toEqual(['Sở Nội vụ', 3, 2, 2 / 3, 0, 2, 1]);
    const shares = rows.slice(header + 1, header + 1 + plan.split.books.length).map((r) => r[4] as number);
    expect([...shares].sort((a, b) => b - a)).toEqual(shares);
    const listAt = rows.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith('Chỉ tiêu chưa có báo cáo'));
    expect(rows[listAt]![0]).toContain('94');
    // The list runs to the colour legend under the table.
    const legendAt = rows.findIndex((r) => r[0] === 'Chú giải màu');
    expect(legendAt).toBeGreaterThan(listAt);
    const listed = rows.slice(listAt + 2, legendAt).filter((r) => r[0] !== null && r[0] !== undefined).map((r) => String(r[0]));
    expect(listed).toHaveLength(94);
    expect(rows[legendAt + 1]![0]).toBe('Đơn vị chưa gửi báo cáo');
    const history = loaded.grid.sheets.find((s) => s.name === 'Diễn biến theo kỳ')!.rows;
    const at = history.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith('34. '));
    expect(history.slice(at + 2, at + 4).map((r) => r.slice(0, 3))).toEqual([
      ['Tháng 11/2023', '40%', 'Chưa đạt'],
      ['Tháng 12/2023', '55%', 'Chưa đạt'],
    ]);
  });

  test('two units reporting one indicator differently: a problem naming both files, and no status guessed', async () => {
    const d = path.join(root, 'conflict');
    const a = await filled(d, 'Công an Tỉnh', '2023-11', { '63': '25%' });
    const b = await filled(d, 'Sở Thông tin và Truyền thông', '2023-11', { '63': '18%', '61': { status: 'Đạt' } });
    const r = await capture(['track', d, '--json']);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out);
    const conflict = j.errors.find((e: { message: string }) => e.message.includes('chỉ tiêu 63,'));
    expect(conflict.message).toContain(a);
    expect(conflict.message).toContain(b);
    expect(conflict.message).toContain('25%');
    expect(conflict.message).toContain('18%');
    const i63 = j.byLead[0].indicators.find((i: { id: string }) => i.id === '63');
    expect(i63.status).toBe('conflict');
    expect(i63.value).toBeNull();
    expect(j.byLead[0].conflicts).toEqual([{ id: '63', period: '2023-11', files: expect.any(Array), units: ['Công an Tỉnh', 'Sở Thông tin và Truyền thông'] }]);
    expect(j.byLead[0].indicators.find((i: { id: string }) => i.id === '61').status).toBe('dat');
  });

  test('a file whose period is missing or unreadable is a problem and is not merged', async () => {
    const d = path.join(root, 'periods');
    await filled(d, 'Sở Nội vụ', null, { '34': '40%' }, 'khong-ky.xlsx');
    await filled(d, 'Sở Nội vụ', 'tháng mười một', { '34': '50%' }, 'ky-sai.xlsx');
    await filled(d, 'Công an Tỉnh', '2023-11', { '63': '25%' });
    const r = await capture(['track', d, '--json']);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out);
    const messages: string[] = j.errors.map((e: { message: string }) => e.message);
    expect(messages.find((m) => m.includes('khong-ky.xlsx'))).toContain('Kỳ báo cáo');
    expect(messages.find((m) => m.includes('ky-sai.xlsx'))).toContain('tháng mười một');
    expect(j.byLead[0].periods.map((p: { code: string }) => p.code)).toEqual(['2023-11']);
    expect(j.byLead[0].indicators.find((i: { id: string }) => i.id === '34').history).toEqual([]);
    expect(j.leads.find((l: { lead: string }) => l.lead === 'Sở Nội vụ').reported).toBe(0);
  });
});
