/**
 * "Theo văn bản" on the tracking sheets: the documents' own printed text beside our numbers, where a
 * cell does not show it as printed. The oracle is the documents: Kế hoạch 337/KH-UBND (Phụ lục I prints
 * Đồng Tháp's "Nhận thức số 0.8917", its objectives "Nhóm chỉ tiêu về nhận thức: đạt 95% số điểm trở
 * lên"; Phụ lục II "75.35%", "4.380"), Báo cáo 07-BC/BCSD (Phụ lục 02, row 11: "70,5% 75,3% 75,35%";
 * row 1: "100% 100% 100%"), Kế hoạch 154/KH-UBND ("100% cơ sở dữ liệu dùng chung và 80% cơ sở dữ liệu
 * chuyên ngành được kết nối…") and Kế hoạch 207/KH-UBND ("Năng suất lao động hàng năm tăng tối thiếu
 * 7,0%", "Số hoá 100% kết quả…"). Filled workbooks are read back by `ktd5 track`'s reader with the
 * column and, as older workbooks were written, without it.
 */
import ExcelJS from 'exceljs';
import { type IndexData, type TargetSetData } from '../../src/engine';
import { findDocument } from '../../src/rubrics';
import { type FileOutcome } from '../../src/workbook/khoi/score-files';
import { type CellSpec, type SheetSpec } from '../../src/workbook/spec';
import { SHEETS, TRACK_HEADERS, resultHeader } from '../../src/workbook/tracking/contract';
import { trackingTableOf } from '../../src/workbook/tracking/model';
import { readTracking } from '../../src/workbook/tracking/reader';
import { trackFiles } from '../../src/workbook/tracking/report';
import { standardsWorkbook } from '../../src/workbook/tracking/standards';
import { en } from '../../src/workbook/tracking/texts.en';
import { vi } from '../../src/workbook/tracking/texts.vi';
import { dtiWorkbook, targetSetWorkbook } from '../../src/workbook/tracking/workbooks';
import { loadWorkbookGrid } from '../../src/workbook/xlsx/load';
import { renderXlsx } from '../../src/workbook/xlsx/render';
import { typeResults } from '../helpers/tracking-files';

jest.setTimeout(120_000);

const dti = findDocument('dti-province-2022') as IndexData;
const nq04 = findDocument('nq04-dongthap') as TargetSetData;
const dongthap207 = findDocument('dongthap-207-2022') as TargetSetData;
const tuyenquang154 = findDocument('tuyenquang-154-2022') as TargetSetData;

/** A sheet's table as text: the header row's column of `header`, and each row's cell by its Mã. */
function table(sheet: SheetSpec): { headers: string[]; at: (code: string, header: string) => CellSpec | undefined } {
  const cells = [...sheet.cells.entries()];
  const [idAddress] = cells.find(([, c]) => c.value === TRACK_HEADERS.id && c.style?.bold) ?? [];
  if (!idAddress) throw new Error(`no table on ${sheet.name}`);
  const headerRow = Number(idAddress.replace(/\D/g, ''));
  const rowCells = (r: number) => cells.filter(([a]) => Number(a.replace(/\D/g, '')) === r);
  const headers = rowCells(headerRow).map(([, c]) => String(c.value ?? '')).filter((h) => !h.startsWith('_'));
  const columnOf = (h: string) => (rowCells(headerRow).find(([, c]) => c.value === h)?.[0] ?? '').replace(/\d/g, '');
  const rowOf = (code: string) => cells.find(([a, c]) => a.replace(/\d/g, '') === 'A' && Number(a.replace(/\D/g, '')) > headerRow && c.value === code)?.[0].replace(/\D/g, '');
  return { headers, at: (code, h) => sheet.cells.get(`${columnOf(h)}${rowOf(code)}`) };
}

const sheetOf = (sheets: SheetSpec[], name: string) => sheets.find((s) => s.name === name) as SheetSpec;

describe('the column and its header', () => {
  test('the header is a contract: "Theo văn bản" (English "As printed"), from the tracking locale files', () => {
    expect(TRACK_HEADERS.asPrinted).toBe('Theo văn bản');
    expect([vi.asPrintedHeader, en.asPrintedHeader]).toEqual(['Theo văn bản', 'As printed']);
  });

  test('DTI pillars: the score as Kế hoạch 337 prints it (with its point) beside the number, and the objective as worded', () => {
    const t = table(sheetOf(dtiWorkbook(dti).sheets, SHEETS.pillars));
    // Beside the printed results, before the year the officer fills in.
    expect(t.headers.indexOf(TRACK_HEADERS.asPrinted)).toBe(t.headers.indexOf(resultHeader('2022')) + 1);
    expect(t.headers.indexOf(resultHeader('2023'))).toBe(t.headers.indexOf(TRACK_HEADERS.asPrinted) + 1);
    expect(t.at('1', resultHeader('2022'))?.value).toBe(0.8917);
    expect(t.at('1', TRACK_HEADERS.asPrinted)?.value).toBe('2022: 0.8917\nMục tiêu: “Nhóm chỉ tiêu về nhận thức: đạt 95% số điểm trở lên”');
    expect(t.at('2', TRACK_HEADERS.asPrinted)?.value).toBe('2022: 0.6000\nMục tiêu: “Nhóm chỉ tiêu về thể chế số: đạt 90% số điểm trở lên”');
    // The objective is no longer in the officer's own column.
    expect(t.at('1', TRACK_HEADERS.note)?.value ?? null).toBeNull();
    expect(t.at('1', TRACK_HEADERS.asPrinted)?.style?.wrap).toBe(true);
  });

  test('DTI Phụ lục II: printed decimals as printed; a text the cell keeps as printed is not repeated', () => {
    const t = table(sheetOf(dtiWorkbook(dti).sheets, SHEETS.indicators));
    expect(t.at('19', TRACK_HEADERS.asPrinted)?.value).toBe('75.35%');
    expect(t.at('19', resultHeader('2022'))?.value).toBe(0.7535);
    expect(t.at('3', TRACK_HEADERS.asPrinted)?.value).toBe('41,67%');
    // "4.380" people: the sheet holds a number, the paper's own separator is beside it.
    expect(t.at('37', TRACK_HEADERS.asPrinted)?.value).toBe('4.380');
    expect(typeof t.at('37', resultHeader('2022'))?.value).toBe('number');
    // "1/3 cuộc" stays text in its own cell: nothing to add.
    expect(t.at('1', resultHeader('2022'))?.value).toBe('1/3 cuộc');
    expect(t.at('1', TRACK_HEADERS.asPrinted)?.value ?? null).toBeNull();
  });

  test('NQ04: each printed year as Báo cáo 07-BC/BCSD prints it, where a decimal separator is printed', () => {
    const wb = targetSetWorkbook(nq04, trackingTableOf(nq04)!);
    const t = table(sheetOf(wb.sheets, SHEETS.indicators));
    expect(t.headers.indexOf(TRACK_HEADERS.asPrinted)).toBe(t.headers.indexOf(resultHeader('2023')) + 1);
    expect(t.at('11', TRACK_HEADERS.asPrinted)?.value).toBe('2021: 70,5%\n2022: 75,3%\n2023: 75,35%');
    expect(t.at('5', TRACK_HEADERS.asPrinted)?.value).toBe('2022: 57,0%');
    // "100%" reads the same with any separators.
    expect(t.at('1', TRACK_HEADERS.asPrinted)?.value ?? null).toBeNull();
    // Only the printed years: never the year the officer fills in.
    expect([...wb.sheets[0]!.cells.values()].some((c) => typeof c.value === 'string' && /^2024: /m.test(c.value))).toBe(false);
  });

  test('standards: the printed sentence where it says more than the target and the text', () => {
    const tq = table(standardsWorkbook(tuyenquang154, ['cap-tinh'], { year: '2025' }).sheets[0]!);
    const db = tq.at('9', TRACK_HEADERS.asPrinted)?.value;
    expect(tq.at('9', TRACK_HEADERS.target)?.value).toBe('80%');
    expect(db).toBe('100% cơ sở dữ liệu dùng chung và 80% cơ sở dữ liệu chuyên ngành được kết nối, chia sẻ trên toàn tỉnh, thông qua nền tảng tích hợp, chia sẻ dữ liệu (LGSP)');
    // "Tối thiểu 80%" + its text is the sentence as printed: nothing to add.
    expect(tq.at('3', TRACK_HEADERS.asPrinted)?.value ?? null).toBeNull();
    const [individuals] = standardsWorkbook(dongthap207, ['ca-nhan'], { year: '2025' }).sheets;
    expect(table(individuals!).at('3', TRACK_HEADERS.asPrinted)?.value).toBe('Năng suất lao động hàng năm tăng tối thiếu 7,0%');
    const [offices] = standardsWorkbook(dongthap207, ['so-ban-nganh'], { year: '2025' }).sheets;
    expect(table(offices!).at('8', TRACK_HEADERS.asPrinted)?.value).toBe('Số hoá 100% kết quả giải quyết thủ tục hành chính còn hiệu lực');
  });

  test('a sheet with nothing printed otherwise has no such column', () => {
    const [health] = standardsWorkbook(dongthap207, ['y-te'], { year: '2025' }).sheets;
    expect(table(health!).headers).not.toContain(TRACK_HEADERS.asPrinted);
    expect(table(health!).headers).toContain(resultHeader('2025'));
  });
});

/** The workbook as an older KTD5 wrote it: the same, without the "Theo văn bản" column. */
async function withoutColumn(bytes: Uint8Array): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  let removed = 0;
  wb.eachSheet((ws) => {
    ws.eachRow((row) =>
      row.eachCell((cell, c) => {
        if (cell.value === TRACK_HEADERS.asPrinted) {
          ws.spliceColumns(c, 1);
          removed++;
        }
      }),
    );
  });
  if (removed === 0) throw new Error('no column to remove');
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function outcome(file: string, bytes: Uint8Array): Promise<FileOutcome> {
  const loaded = await loadWorkbookGrid(bytes);
  if (!loaded.ok) throw new Error(loaded.problem.code);
  return { file, ok: true, grid: loaded.grid };
}

describe('ktd5 track reads filled workbooks with the column and without it', () => {
  const filled = async (): Promise<Uint8Array> => typeResults(await renderXlsx(targetSetWorkbook(nq04, trackingTableOf(nq04)!)), '2024', { '4': '100%', '11': '80%' });

  test.each([
    ['with "Theo văn bản"', false],
    ['an older workbook without it', true],
  ])('%s: the typed 2024 results, the printed ones, and Báo cáo 07\'s 11/17 otherwise', async (_name, old) => {
    const bytes = old ? await withoutColumn(await filled()) : await filled();
    const o = await outcome('nq04.xlsx', bytes);
    if (!o.ok) throw new Error('not loaded');
    const read = readTracking(o.grid);
    expect(read.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const [t] = read.tables;
    expect(t!.table.years).toEqual(['2021', '2022', '2023', '2024']);
    const byId = new Map(t!.table.groups.flatMap((g) => g.indicators).map((i) => [i.id, i]));
    expect(byId.size).toBe(17);
    expect(byId.get('11')!.values).toEqual({ '2021': 0.705, '2022': 0.753, '2023': 0.7535, '2024': '80%' });
    const report = trackFiles([o], 'vi');
    const v = report.sets[0]!.view;
    const status = (id: string) => v.indicators.find((i) => i.id === id)!;
    expect([status('4').year, status('4').status]).toEqual(['2024', 'dat']);
    expect([status('11').year, status('11').status]).toEqual(['2024', 'chua-dat']);
    // The other 15 keep the document's 2023 statuses: 11 met or exceeded of 17 before, rows 4 now met.
    expect(v.total).toMatchObject({ total: 17, met: 12, chuaDat: 5, unknown: 0 });
  });

  test('the DTI workbook reads back the same way with and without the column', async () => {
    const bytes = await renderXlsx(dtiWorkbook(dti));
    const reports = await Promise.all([bytes, await withoutColumn(bytes)].map(async (b) => trackFiles([await outcome('dti.xlsx', b)], 'vi')));
    const [now, before] = reports.map((r) => ({ total: r.dti[0]?.total, pillars: r.dti[0]?.pillars.map((p) => [p.id, p.value, p.status]), sets: r.sets.map((s) => s.view.total) }));
    expect(now).toEqual(before);
    // Kế hoạch 337: Đồng Tháp's DTI 2022 is 0.5649, from its pillars.
    expect(now!.total).toBeCloseTo(0.5649, 4);
    expect(now!.pillars?.[0]).toEqual(['nhan-thuc', 0.8917, 'chua-dat']);
  });
});
