/** The workbook `ktd5 track -o` writes: the report as plain values (readable without the add-in), data bars against the targets. */
import { type Lang, type RawValue, type TargetStatusCode } from '../../engine';
import { address } from '../a1';
import { errorsSheet } from '../layouts/consolidation';
import { emptySheet, type CellStyle, type ColourName, type SheetSpec, type WorkbookSpec } from '../spec';
import { SHEETS } from './contract';
import { type IndicatorView } from './model';
import { gapNumberFormat, resultCellFor } from './number-cells';
import { type TrackReport } from './report';
import { SHORT_OF_LATER_TARGET } from './status-formulas';
import { notMetHeader, SUMMARY_HEADERS } from './summary';

const HEADER: CellStyle = { bold: true, colour: 'header', wrap: true, align: 'center', vertical: 'middle', border: true };
const CELL: CellStyle = { border: true, vertical: 'top', wrap: true };

const colourOf = (s: TargetStatusCode): ColourName => (s === 'vuot' || s === 'dat' ? 'full' : s === 'chua-dat' ? 'zero' : 'missing');

/** A result as a cell: numbers (also the documents' numeric texts) as numbers with their format. */
function resultCell(v: RawValue, target: string | null): { value: string | number | null; numFmt?: string } {
  if (typeof v === 'boolean') return { value: v ? 'Có' : 'Không' };
  const c = resultCellFor(v, target);
  return { value: typeof c.value === 'boolean' ? null : (c.value ?? null), ...(c.numFmt ? { numFmt: c.numFmt } : {}) };
}

/** A gap as a number in its unit, the unit in words by the number format ("còn thiếu 5,83 điểm phần trăm"). */
function gapCell(i: Pick<IndicatorView, 'gapInUnit' | 'targetYear'>): { value: number | null; numFmt?: string } {
  return i.gapInUnit ? { value: i.gapInUnit.amount, numFmt: gapNumberFormat(i.gapInUnit, i.targetYear ?? undefined) } : { value: null };
}

function reportSheet(report: TrackReport): SheetSpec {
  const sheet = emptySheet(SHEETS.report);
  // The gap (column F) is a number whose words are in its format: wide enough not to show ###.
  sheet.columns = [8, 50, 16, 9, 14, 46, 12, 22, 24].map((width) => ({ width }));
  const put = (r: number, c: number, value: string | number | null, style: CellStyle = CELL) => sheet.cells.set(address(r, c), { value, style });
  put(1, 1, 'BÁO CÁO THEO DÕI CHỈ TIÊU', { bold: true, size: 14 });
  let row = 3;
  for (const s of report.sets) {
    put(row, 1, `${s.view.title} — ${s.file}, trang "${s.sheet}"${s.year ? `, năm ${s.year}` : ''}`, { bold: true });
    sheet.merges.push(`A${row}:I${row}`);
    row++;
    const towards = s.view.indicators.find((i) => i.targetYear)?.targetYear;
    SUMMARY_HEADERS.forEach((h, i) => put(row, i + 1 + 1, i === 4 ? notMetHeader(towards) : h, HEADER));
    row++;
    const first = row;
    const lines = [...s.view.groups.map((g) => ({ g, total: false })), { g: { ...s.view.total, title: 'Tổng cộng' }, total: true }];
    for (const { g, total } of lines) {
      const style: CellStyle = total ? { ...CELL, bold: true, colour: 'total' } : CELL;
      [g.title, g.total, g.vuot, g.dat, g.chuaDat, g.unknown, g.met, g.total ? g.met / g.total : null].forEach((v, i) => put(row, i + 2, v, { ...style, ...(i === 7 ? { numFmt: '0%' } : {}) }));
      row++;
    }
    sheet.dataBars.push({ range: `I${first}:I${row - 1}`, colour: '63BE7B', min: 0, max: 1 });
    if (s.view.printedSummary?.metOrExceeded) {
      put(row, 2, `Theo văn bản: đạt và vượt ${s.view.printedSummary.metOrExceeded}; chưa đạt ${s.view.printedSummary.notMet ?? '—'}.`, { italic: true });
      row++;
    }
    const notMet = s.view.indicators.filter((i) => i.status === 'chua-dat');
    if (notMet.length > 0) {
      row++;
      ['Mã', 'Chỉ tiêu chưa đạt', 'Mục tiêu', 'Năm', 'Kết quả', 'Còn thiếu', 'Chủ trì'].forEach((h, i) => put(row, i + 1, h, HEADER));
      row++;
      for (const i of notMet) {
        const cells = [{ value: i.code }, { value: i.text }, { value: i.target }, { value: i.year }, resultCell(i.result, i.target), gapCell(i), { value: i.lead }];
        cells.forEach((c, k) => put(row, k + 1, c.value, { ...CELL, ...('numFmt' in c && c.numFmt ? { numFmt: c.numFmt } : {}) }));
        row++;
      }
    }
    row += 2;
  }
  return sheet;
}

function dtiSheet(report: TrackReport): SheetSpec | undefined {
  if (report.dti.length === 0) return undefined;
  const sheet = emptySheet('DTI');
  sheet.columns = [28, 9, 11, 16, 12, 46, 11, 18].map((width) => ({ width }));
  const put = (r: number, c: number, value: string | number | null, style: CellStyle = CELL) => sheet.cells.set(address(r, c), { value, style });
  let row = 1;
  for (const d of report.dti) {
    put(row, 1, `CHỈ SỐ DTI ${d.subject.toUpperCase()}${d.year ? ` — NĂM ${d.year}` : ''}`, { bold: true, size: 14 });
    row++;
    put(row, 1, 'Tổng điểm (từ 8 trụ cột)', { bold: true });
    put(row, 2, d.total, { bold: true, numFmt: '0.0000' });
    if (d.rank) put(row, 4, `Hạng ${d.rank.rank}/${d.rank.of} ${d.rank.place}`, { bold: true });
    row += 2;
    ['Trụ cột', 'Trọng số', 'Giá trị', 'Mục tiêu', 'Đánh giá', 'Còn thiếu', 'Cao nhất', 'Tỉnh cao nhất'].forEach((h, i) => put(row, i + 1, h, HEADER));
    row++;
    const first = row;
    for (const p of d.pillars) {
      const gap = gapCell(p);
      [p.text, p.weight, p.value, p.target, p.targetYear && p.status === 'chua-dat' ? SHORT_OF_LATER_TARGET : p.label, gap.value, p.best?.value ?? null, p.best?.name ?? null].forEach((v, i) =>
        put(row, i + 1, v, { ...CELL, ...(i === 2 || i === 6 ? { numFmt: '0.0000' } : i === 5 && gap.numFmt ? { numFmt: gap.numFmt } : {}), ...(i === 4 ? { colour: p.targetYear && p.status === 'chua-dat' ? 'partial' : colourOf(p.status) } : {}) }),
      );
      row++;
    }
    sheet.dataBars.push({ range: `C${first}:C${row - 1}`, colour: '5B9BD5', min: 0, max: 1 }, { range: `G${first}:G${row - 1}`, colour: 'A5A5A5', min: 0, max: 1 });
    row++;
    for (const t of d.tables) {
      put(row, 1, t.title, { bold: true });
      row++;
      ['Tỉnh, thành phố', 'Hạng (tài liệu)', 'Tổng (tài liệu)', 'Tổng tính lại', 'Hạng tính lại', 'Khớp tài liệu'].forEach((h, i) => put(row, i + 1, h, HEADER));
      row++;
      const tFirst = row;
      for (const r of [...t.rows].sort((a, b) => a.computedRank - b.computedRank)) {
        const style: CellStyle = { ...CELL, ...(r.name === d.subject ? { bold: true, colour: 'partial' as const } : {}) };
        [r.name, r.printedRank, r.printedTotal, r.computedTotal, r.computedRank, r.matchesPrinted === null ? null : r.matchesPrinted ? 'Khớp' : 'Lệch'].forEach((v, i) => put(row, i + 1, v, { ...style, ...(i === 2 || i === 3 ? { numFmt: '0.0000' } : {}) }));
        row++;
      }
      sheet.dataBars.push({ range: `D${tFirst}:D${row - 1}`, colour: '5B9BD5', min: 0, max: 1 });
      row++;
    }
    if (d.notReached.length > 0) {
      const towards = d.notReached.find((i) => i.targetYear)?.targetYear;
      put(row, 1, `Chỉ tiêu thành phần ${towards ? `còn thiếu so với mục tiêu ${towards}` : 'chưa đạt mục tiêu'} (${d.notReached.length}; chưa đánh giá được: ${d.unassessed})`, { bold: true });
      row++;
      ['Chỉ tiêu', 'Mã', 'Kết quả', 'Mục tiêu', 'Năm', 'Còn thiếu', '', 'Chủ trì'].forEach((h, i) => put(row, i + 1, h || null, HEADER));
      row++;
      for (const i of d.notReached) {
        const cells = [{ value: i.text }, { value: i.code }, resultCell(i.result, i.target), { value: i.target }, { value: i.year }, gapCell(i), { value: null }, { value: i.lead }];
        cells.forEach((c, k) => put(row, k + 1, c.value, { ...CELL, ...('numFmt' in c && c.numFmt ? { numFmt: c.numFmt } : {}) }));
        row++;
      }
    }
    row += 2;
  }
  return sheet;
}

export function trackReportWorkbook(report: TrackReport, lang: Lang): WorkbookSpec {
  const dti = dtiSheet(report);
  return { title: 'Báo cáo theo dõi chỉ tiêu', sheets: [reportSheet(report), ...(dti ? [dti] : []), errorsSheet(report, lang)] };
}
