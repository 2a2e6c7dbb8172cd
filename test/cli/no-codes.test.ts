/**
 * A reader finds no internal code and no ISO date in what KTD5 shows: the README's main job
 * (scripts/main-job.sh: consolidate the examples, write the NQ04 and DTI tracking workbooks, track
 * them) and the other workbooks a season writes (data sheet, results, standards, appraisal, reports
 * by lead unit) are opened, every visible cell, header, footer, note and input prompt is read, and so
 * is the terminal's text. The codes are every id of the built-in documents' data. Not scanned: hidden
 * helper columns and very hidden sheets (machine-readable), file names (the user's own), and
 * `ktd5 rubrics`, whose "Mã" column is what one types after --set / --rubric.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { capture } from '../helpers/cli';
import { IDS, leaks } from '../helpers/shown-codes';

const ROOT = path.resolve(__dirname, '..', '..');
const MEMBERS = path.join(ROOT, 'examples', 'khoi-5-2023');

jest.setTimeout(600_000);

function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  if (typeof v === 'object' && 'formula' in v) return typeof v.result === 'string' ? v.result : '';
  if (v instanceof Date) return v.toISOString();
  return String(v);
}

/** Every text a person sees in the workbook, for the checks that names are there. */
const shown: string[] = [];

async function workbookLeaks(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: string[] = [];
  const where = (s: string) => `${path.basename(file)} › ${s}`;
  for (const ws of wb.worksheets) {
    if (ws.state === 'veryHidden') continue;
    for (const id of leaks(ws.name)) out.push(where(`sheet name "${ws.name}": ${id}`));
    const hf = ws.headerFooter ?? {};
    for (const [k, v] of Object.entries(hf)) if (typeof v === 'string') for (const id of leaks(v)) out.push(where(`${ws.name} ${k}: ${id} in "${v}"`));
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (ws.getColumn(cell.col).hidden) return;
        const texts = [cellText(cell)];
        const note = cell.note;
        if (typeof note === 'string') texts.push(note);
        const dv = cell.dataValidation;
        if (dv?.showInputMessage) texts.push(dv.promptTitle ?? '', dv.prompt ?? '');
        shown.push(...texts);
        for (const t of texts) for (const id of leaks(t)) out.push(where(`${ws.name}!${cell.address}: ${id} in "${t.slice(0, 120)}"`));
      }),
    );
  }
  return out;
}

describe('no internal code or ISO date is shown to a person', () => {
  let dir: string;
  const terminal: string[] = [];
  const files: string[] = [];
  const run = async (argv: string[]) => {
    const r = await capture(argv);
    terminal.push(r.out, r.err);
    return r;
  };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'ktd5-no-codes-'));
    const o = (name: string) => path.join(dir, name);
    // The main job (scripts/main-job.sh), step by step.
    await run(['consolidate', MEMBERS, '-o', o('xep-hang-khoi-5-2023.xlsx')]);
    await run(['targets', '--set', 'nq04-dongthap', '-o', o('theo-doi/nq04-dongthap.xlsx')]);
    await run(['targets', '--set', 'dti-province-2022', '-o', o('theo-doi/dti-dong-thap.xlsx')]);
    await run(['track', o('theo-doi'), '-o', o('bao-cao-theo-doi-tinh.xlsx')]);
    // The other workbooks of a season.
    await run(['template', '--rubric', 'ktd5-2023', '--unit', 'Sở Tư pháp', '--khoi', 'Khối thi đua 5', '--ky', '2023', '-o', o('phieu.xlsx')]);
    await run(['score', path.join(MEMBERS, '01-ngan-hang-sen-hong.xlsx'), path.join(MEMBERS, '10-vien-thong-binh-thanh.xlsx'), '-o', o('ket-qua.xlsx')]);
    await run(['standards', '--set', 'dongthap-207-2022', '--category', 'xa', '--unit', 'UBND xã Tân Thuận', '-o', o('tieu-chuan.xlsx')]);
    await run(['standards', '--set', 'tuyenquang-154-2022', '-o', o('tieu-chuan-tq.xlsx')]);
    await run(['appraise', MEMBERS, '-o', o('tham-dinh.xlsx')]);
    await run(['consolidate', MEMBERS, '--appraisal', o('tham-dinh.xlsx'), '-o', o('tong-hop-tham-dinh.xlsx')]);
    await run(['notices', MEMBERS, '--appraisal', o('tham-dinh.xlsx'), '-o', o('thong-bao/')]);
    await run(['roster-template', '-o', o('thanh-vien.xlsx')]);
    await run(['rubric-template', '-o', o('mau-bo-tieu-chi.xlsx')]);
    await run(['targets', '--set', 'dti-province-2022', '--by-lead', '--period', '2023-11', '-o', o('bao-cao-don-vi/')]);
    await run(['track', o('bao-cao-don-vi'), o('tieu-chuan.xlsx'), '-o', o('tong-hop-thang.xlsx')]);
    const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : e.name.endsWith('.xlsx') ? [path.join(d, e.name)] : []));
    files.push(...walk(dir));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('the scan knows the codes it looks for', () => {
    for (const id of ['nq04-dongthap', 'mekong-2022', 'nhan-thuc', 'so-ban-nganh.1', 'ktd5-2023']) expect(IDS).toContain(id);
    expect(leaks('Hạng 9/13 trong bảng mekong-2022')).toEqual(['mekong-2022']);
    expect(leaks('741/KH-KTĐ5 (2023-07-25)')).toEqual(['ISO date 2023-07-25']);
    expect(leaks('nhan-thuc')).toEqual(['nhan-thuc']);
    expect(leaks('Các cơ sở khám chữa bệnh từ xa')).toEqual([]);
    expect(leaks('output/theo-doi/nq04-dongthap.xlsx, trang "Chỉ tiêu"')).toEqual([]);
  });

  test('every workbook: cells, headers and footers, notes and prompts', async () => {
    expect(files.length).toBeGreaterThanOrEqual(38);
    const found = (await Promise.all(files.map(workbookLeaks))).flat();
    expect(found).toEqual([]);
    // …and the names are there instead of the codes.
    expect(shown).toContain('Hạng 9/13 khu vực Đồng bằng sông Cửu Long');
    expect(shown).toContain('Kế hoạch 741/KH-KTĐ5 của Khối thi đua 5');
    expect(shown).toContain('Báo cáo 07-BC/BCSD của Ban cán sự đảng UBND tỉnh Đồng Tháp');
    expect(shown.some((t) => t.includes('ngày 25/07/2023'))).toBe(true);
  });

  test('the terminal', () => {
    const text = terminal.join('\n');
    expect(text).toContain('Đã ghi');
    expect(text).toContain('hạng 9/13 khu vực Đồng bằng sông Cửu Long');
    const found = text.split('\n').flatMap((line) => leaks(line).map((id) => `${id} in "${line.slice(0, 160)}"`));
    expect(found).toEqual([]);
  });
});
