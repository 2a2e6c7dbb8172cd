/**
 * Numbers in the tracking workbooks are numbers with number formats, never text with dots: the
 * documents' "0.8917", "41,67%", "4.49%" become numbers with the document's decimals, and gaps are
 * numbers in the target's unit whose words are in the number format. Printed by LibreOffice in a
 * Vietnamese profile they read "0,8917", "41,67%", "Mục tiêu 2023: còn thiếu 5,83 điểm phần trăm";
 * in an English profile the same cells read "0.8917" (the reader's separators, so they are numbers).
 */
import ExcelJS from 'exceljs';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type DocumentData, type IndexData } from '../../src/engine';
import { findDocument } from '../../src/rubrics';
import { SHEETS, TRACK_HEADERS, resultHeader } from '../../src/workbook/tracking/contract';
import { trackingTableOf } from '../../src/workbook/tracking/model';
import { trackFiles } from '../../src/workbook/tracking/report';
import { trackReportWorkbook } from '../../src/workbook/tracking/report-layout';
import { dtiWorkbook, targetSetWorkbook } from '../../src/workbook/tracking/workbooks';
import { loadWorkbookGrid } from '../../src/workbook/xlsx/load';
import { renderXlsx } from '../../src/workbook/xlsx/render';
import { csvRows, exportCsvInLocale, findSoffice } from '../helpers/libreoffice';

jest.setTimeout(300_000);

const maybe = findSoffice() || process.env.CI ? describe : describe.skip;
const dti = findDocument('dti-province-2022') as IndexData;
const nq04 = findDocument('nq04-dongthap') as DocumentData;

/** The row of an indicator id and the column of a header, on a tracking sheet. */
function locate(ws: ExcelJS.Worksheet, header: string): { col: number; rowOf: (id: string) => number } {
  let headerRow = 0;
  let col = 0;
  ws.eachRow((row, r) => row.eachCell((cell, c) => {
    if (!headerRow && cell.value === header) [headerRow, col] = [r, c];
  }));
  if (!col) throw new Error(`no header ${header} on ${ws.name}`);
  const idCol = (ws.getRow(headerRow).values as unknown[]).indexOf(TRACK_HEADERS.id);
  return {
    col,
    rowOf: (id) => {
      for (let r = headerRow + 1; r <= ws.rowCount; r++) if (String(ws.getCell(r, idCol).value ?? '') === id) return r;
      throw new Error(`no row ${id}`);
    },
  };
}

/** The printed sheet without its "Theo văn bản" column: the paper's own text is there as printed, dots and all. */
function withoutAsPrinted(text: string): string {
  const rows = csvRows(text);
  const header = rows.find((r) => r.includes(TRACK_HEADERS.asPrinted));
  const at = header ? header.indexOf(TRACK_HEADERS.asPrinted) : -1;
  return rows.map((r) => r.filter((_, k) => k !== at).join(',')).join('\n');
}

maybe('tracking workbooks print numbers with the reader\'s separators', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ktd5-numbers-'));
  let dtiBytes: Uint8Array;
  let nq04Bytes: Uint8Array;
  const csv: Record<string, Map<string, string>> = {};

  beforeAll(async () => {
    dtiBytes = await renderXlsx(dtiWorkbook(dti));
    nq04Bytes = await renderXlsx(targetSetWorkbook(nq04, trackingTableOf(nq04)!));
    const files = { dti: path.join(dir, 'dti.xlsx'), nq04: path.join(dir, 'nq04.xlsx'), report: path.join(dir, 'report.xlsx') };
    writeFileSync(files.dti, dtiBytes);
    writeFileSync(files.nq04, nq04Bytes);
    const outcomes = await Promise.all(
      [files.nq04, files.dti].map(async (file, k) => {
        const loaded = await loadWorkbookGrid(k === 0 ? nq04Bytes : dtiBytes);
        if (!loaded.ok) throw new Error(file);
        return { file: path.basename(file), ok: true as const, grid: loaded.grid };
      }),
    );
    writeFileSync(files.report, await renderXlsx(trackReportWorkbook(trackFiles(outcomes, 'vi'), 'vi')));
    for (const [locale, sub] of [['vi-VN', 'vi'], ['en-US', 'en']] as const) {
      const out = path.join(dir, sub);
      mkdirSync(out);
      for (const [name, file] of Object.entries(files)) csv[`${sub}:${name}`] = exportCsvInLocale(file, out, locale);
    }
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('printed results are numbers with the document\'s decimals; other printed texts stay as written', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(dtiBytes) as unknown as ArrayBuffer);
    const pillars = wb.getWorksheet(SHEETS.pillars)!;
    const p = locate(pillars, resultHeader('2022'));
    // The "Mã" column shows the pillar's place (Nhận thức số is the first), not its key.
    const cell = pillars.getCell(p.rowOf('1'), p.col);
    expect([cell.value, cell.numFmt]).toEqual([0.8917, '#,##0.0000']);
    const ind = wb.getWorksheet(SHEETS.indicators)!;
    const i = locate(ind, resultHeader('2022'));
    const at = (id: string) => ind.getCell(i.rowOf(id), i.col);
    expect([at('3').value, at('3').numFmt]).toEqual([0.4167, '0.00%']);
    expect([at('36').value, at('36').numFmt]).toEqual([0.0449, '0.00%']);
    expect(at('1').value).toBe('1/3 cuộc');
    const gap = locate(ind, TRACK_HEADERS.gap);
    expect(ind.getCell(i.rowOf('1'), gap.col).numFmt).toContain('"Mục tiêu 2023: còn thiếu "General" cuộc"');
  });

  test('in a Vietnamese profile: decimal commas, percents and gaps in words', () => {
    const pillars = csv['vi:dti']!.get(SHEETS.pillars)!;
    expect(pillars).toContain('"0,8917"');
    expect(pillars).toContain('"Mục tiêu 2023: còn thiếu 5,83 điểm phần trăm"');
    expect(pillars).toContain('Mục tiêu 2023: còn thiếu 30 điểm phần trăm');
    expect(withoutAsPrinted(pillars)).not.toMatch(/\b0\.\d{4}\b/);
    // Beside the number, the score as Kế hoạch 337 prints it.
    expect(csvRows(pillars).flat()).toContain('2022: 0.8917\nMục tiêu: “Nhóm chỉ tiêu về nhận thức: đạt 95% số điểm trở lên”');
    const ind = csv['vi:dti']!.get(SHEETS.indicators)!;
    for (const text of ['"41,67%"', '"4,49%"', 'Mục tiêu 2023: còn thiếu 2 cuộc', '"Mục tiêu 2023: còn thiếu 7,5 điểm"', '"Mục tiêu 2023: còn thiếu 85,51 điểm phần trăm"']) expect(ind).toContain(text);
    const n = csv['vi:nq04']!.get(SHEETS.indicators)!;
    expect(n).toContain('"75,35%"');
    expect(n).toContain('"còn thiếu 24,65 điểm phần trăm"');
    expect(n).not.toMatch(/còn thiếu (?:Mục tiêu|\d+\.\d)/);
    const report = csv['vi:report']!;
    expect(report.get(SHEETS.report)).toContain('"75,35%","còn thiếu 24,65 điểm phần trăm"');
    expect(report.get('DTI')).toContain('"0,8917",Từ 95% trở lên,Còn thiếu,"Mục tiêu 2023: còn thiếu 5,83 điểm phần trăm"');
  });

  test('the DTI summary counts the 2022 pillars as short of the 2023 target, not as failures', () => {
    const summary = csv['vi:dti']!.get(SHEETS.summary)!;
    expect(summary).toContain('Còn thiếu (mục tiêu 2023)');
    expect(summary).toMatch(/Trụ cột DTI,8,0,0,8,0,0,0%/);
  });

  test('in an English profile the same cells print with the point: they are numbers, not text', () => {
    const pillars = csv['en:dti']!.get(SHEETS.pillars)!;
    expect(pillars).toContain('0.8917');
    expect(pillars).toContain('Mục tiêu 2023: còn thiếu 5.83 điểm phần trăm');
    expect(csv['en:dti']!.get(SHEETS.indicators)).toContain('41.67%');
    // Báo cáo 07-BC/BCSD's "75,35%" as printed beside the number the English profile prints "75.35%".
    const nq = csvRows(csv['en:nq04']!.get(SHEETS.indicators)!);
    const row = nq.find((r) => r.includes('2021: 70,5%\n2022: 75,3%\n2023: 75,35%'));
    expect(row).toContain('75.35%');
  });
});
