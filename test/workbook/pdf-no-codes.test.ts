/**
 * The README's main job (scripts/main-job.sh) printed to PDF by LibreOffice and read page by page as
 * a reader would (pdftotext): no internal code of the documents' data, no ISO date, and no gap shown
 * as a bare fraction ("còn thiếu 0,0583") where the target's unit is expected ("còn thiếu 5,83 điểm
 * phần trăm"). The codes come from the data (helpers/shown-codes.ts), as in the workbook scan.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { capture } from '../helpers/cli';
import { findSoffice } from '../helpers/libreoffice';
import { pdfPages } from '../helpers/pdf-pages';
import { leaks } from '../helpers/shown-codes';

const soffice = findSoffice();
const MAIN_JOB = ['xep-hang-khoi-5-2023', 'theo-doi/nq04-dongthap', 'theo-doi/dti-dong-thap', 'bao-cao-theo-doi-tinh'];
/** A gap whose number is below one and is followed by no unit: a share where points or a count are meant. */
const BARE_GAP = /còn thiếu\s+(0[,.]\d+)(?![\d,.])(?!\s*[\p{L}%])/iu;

(soffice ? describe : describe.skip)('the main job printed: no code, ISO date or bare fraction on any page', () => {
  jest.setTimeout(600_000);
  let dir: string;
  const at = (...p: string[]) => path.join(dir, ...p);
  const lines: { where: string; line: string }[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'ktd5-pdf-codes-'));
    mkdirSync(at('theo-doi'));
    mkdirSync(at('in'));
    // Run from the folder, so the paths printed on the pages are the job's own ("output/…" there).
    for (const argv of [
      ['consolidate', 'examples/khoi-5-2023', '-o', at('xep-hang-khoi-5-2023.xlsx')],
      ['targets', '--set', 'nq04-dongthap', '-o', at('theo-doi', 'nq04-dongthap.xlsx')],
      ['targets', '--set', 'dti-province-2022', '-o', at('theo-doi', 'dti-dong-thap.xlsx')],
      ['track', at('theo-doi'), '-o', at('bao-cao-theo-doi-tinh.xlsx')],
    ]) {
      const r = await capture(argv);
      if (r.code !== 0) throw new Error(`ktd5 ${argv.join(' ')}: ${r.err}`);
    }
    const profile = mkdtempSync(path.join(os.tmpdir(), 'ktd5-lo-profile-'));
    try {
      const files = MAIN_JOB.map((f) => at(`${f}.xlsx`));
      execFileSync(soffice as string, [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', 'pdf', '--outdir', at('in'), ...files], { stdio: 'pipe', timeout: 540_000 });
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    for (const f of MAIN_JOB) {
      pdfPages(at('in', `${path.basename(f)}.pdf`)).forEach((page, i) => {
        for (const line of page.text.split('\n')) if (line.trim()) lines.push({ where: `${path.basename(f)}.pdf p.${i + 1}`, line: line.trim() });
      });
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('knows what it looks for', () => {
    expect(leaks('Hạng 9/13 trong bảng mekong-2022', false)).toEqual(['mekong-2022']);
    expect(leaks('Mã nhan-thuc so-ban-nganh.1', false)).toEqual(expect.arrayContaining(['nhan-thuc', 'so-ban-nganh.1']));
    expect(leaks('741/KH-KTĐ5 (2023-07-25)', false)).toEqual(['ISO date 2023-07-25']);
    expect(BARE_GAP.test('còn thiếu 0,0583')).toBe(true);
    expect(BARE_GAP.test('Mục tiêu 2023: còn thiếu 5,83 điểm phần trăm')).toBe(false);
    expect(BARE_GAP.test('còn thiếu 0,3 tỷ đồng')).toBe(false);
  });

  it('reads every page of every workbook of the job', () => {
    for (const f of MAIN_JOB) expect(lines.some((l) => l.where.startsWith(`${path.basename(f)}.pdf`))).toBe(true);
    // The pages carry the gaps in their units and the names the codes stand for.
    expect(lines.some((l) => /còn thiếu \d+(,\d+)? điểm phần trăm/.test(l.line))).toBe(true);
    expect(lines.some((l) => l.line.includes('Đồng bằng sông Cửu Long'))).toBe(true);
    const found = lines.flatMap(({ where, line }) => [...leaks(line, false), ...(BARE_GAP.test(line) ? [`bare fraction ${BARE_GAP.exec(line)![1]}`] : [])].map((what) => `${where}: ${what} in "${line.slice(0, 140)}"`));
    expect(found).toEqual([]);
  });
});
