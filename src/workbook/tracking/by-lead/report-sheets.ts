/**
 * The report workbook's sheets for per-lead reports, as plain values: "Theo đơn vị chủ trì" (one row
 * per lead, by share reported, data bars, then the indicators still without a report), the results
 * per indicator with their source unit, and the history over the periods (a small table per
 * indicator with a data bar of the share of the target reached).
 */
import { printedDate, STATUS_LABELS, type RawValue } from '../../../engine';
import { address, columnLetter } from '../../a1';
import { colourLegend } from '../../layouts/legend';
import { workbookTexts } from '../../messages';
import { emptySheet, type CellStyle, type ColourName, type SheetSpec } from '../../spec';
import { SHEETS } from '../contract';
import { LEAD_REPORT_SHEETS } from './contract';
import { type HistoryEntry, type LeadMerge, type Trend } from './merge';
import { conflictLabel } from './texts';

const HEADER: CellStyle = { bold: true, colour: 'header', wrap: true, align: 'center', vertical: 'middle', border: true };
const CELL: CellStyle = { border: true, vertical: 'top', wrap: true };

const colourOf = (h: HistoryEntry | null): ColourName => (!h || h.conflict ? 'missing' : h.status === 'vuot' || h.status === 'dat' ? 'full' : h.status === 'chua-dat' ? 'zero' : 'partial');
const NOT_REPORTED = 'Chưa báo cáo';
const NOT_SENT = 'Chưa gửi báo cáo';
const LEGEND_TITLE = workbookTexts('vi').legend.title;
/** What colourOf's colours stand for; the state is also in words in each cell. */
const STATUS_LEGEND: [ColourName, string][] = [
  ['full', `${STATUS_LABELS.vi.vuot}, ${STATUS_LABELS.vi.dat}`],
  ['zero', STATUS_LABELS.vi['chua-dat']],
  ['partial', STATUS_LABELS.vi.unknown],
  ['missing', `${NOT_REPORTED}, ${conflictLabel('vi')}`],
];
const TREND: Record<Trend, string> = { up: 'Tăng', down: 'Giảm', flat: 'Không đổi' };

function shown(v: RawValue): string | number | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return printedDate(v.toISOString().slice(0, 10));
  return typeof v === 'boolean' ? (v ? 'Có' : 'Không') : v;
}

type Put = (r: number, c: number, value: string | number | null, style?: CellStyle) => void;
const putter = (sheet: SheetSpec): Put => (r, c, value, style = CELL) => sheet.cells.set(address(r, c), { value, style });

function setTitle(put: Put, sheet: SheetSpec, row: number, m: LeadMerge, lastCol: string): number {
  const period = m.periods.at(-1)?.label ?? '—';
  put(row, 1, `${m.title} — kỳ ${period}${m.periods.length > 1 ? ` (các kỳ: ${m.periods.map((p) => p.label).join(', ')})` : ''}`, { bold: true, wrap: true });
  sheet.merges.push(`A${row}:${lastCol}${row}`);
  return row + 1;
}

/** A report sheet: its columns, and its title in row 1 across them. */
function reportSheet(name: string, widths: number[], title: string): { sheet: SheetSpec; put: Put; lastCol: string } {
  const sheet = emptySheet(name);
  sheet.columns = widths.map((width) => ({ width }));
  const put = putter(sheet);
  const lastCol = columnLetter(widths.length);
  put(1, 1, title, { bold: true, size: 14 });
  sheet.merges.push(`A1:${lastCol}1`);
  return { sheet, put, lastCol };
}

/**
 * One table per set: its title, its header row (the first repeated on every printed page, landscape),
 * then the rows `body` writes from the given row, returning the row after them.
 */
function setTables(report: { sheet: SheetSpec; put: Put; lastCol: string }, merges: LeadMerge[], headers: string[], body: (m: LeadMerge, row: number) => number, legend: [ColourName, string][]): SheetSpec {
  const { sheet, put, lastCol } = report;
  let row = 3;
  let titleRows = '';
  for (const m of merges) {
    row = setTitle(put, sheet, row, m, lastCol);
    headers.forEach((h, i) => put(row, i + 1, h, HEADER));
    titleRows ||= `${row}:${row}`;
    row = body(m, row + 1) + 2;
  }
  // Under the last table: the colours of its state cells.
  if (merges.length > 0) colourLegend(sheet, row, LEGEND_TITLE, legend);
  sheet.print = { orientation: 'landscape', paper: 'A4', fitToWidth: true, ...(titleRows ? { titleRows } : {}) };
  return sheet;
}

export function byLeadSheet(merges: LeadMerge[]): SheetSpec {
  const report = reportSheet(LEAD_REPORT_SHEETS.byLead, [6, 36, 11, 11, 12, 10, 10, 11, 40], 'TIẾN ĐỘ BÁO CÁO THEO ĐƠN VỊ CHỦ TRÌ');
  const { sheet, put } = report;
  const headers = ['STT', 'Đơn vị chủ trì', 'Số chỉ tiêu được giao', 'Đã báo cáo', 'Tỷ lệ đã báo cáo', 'Đạt và vượt', 'Chưa đạt', NOT_REPORTED, 'Tệp'];
  return setTables(report, merges, headers, (m, start) => {
    let row = start;
    const first = row;
    const sorted = [...m.leads].sort((a, b) => (b.assigned ? b.reported / b.assigned : 0) - (a.assigned ? a.reported / a.assigned : 0) || a.lead.localeCompare(b.lead, 'vi'));
    sorted.forEach((l, n) => {
      const style: CellStyle = { ...CELL, ...(l.files.length === 0 ? { colour: 'missing' as const } : {}) };
      put(row, 1, n + 1, { ...style, align: 'center' });
      put(row, 2, l.collective ? `${l.lead} (nhóm đơn vị)` : l.lead, style);
      [l.assigned, l.reported, l.assigned ? l.reported / l.assigned : null, l.reached, l.notReached, l.missing].forEach((v, i) => put(row, 3 + i, v, { ...style, align: 'center', ...(i === 2 ? { numFmt: '0%' } : {}) }));
      put(row, 9, l.files.length ? l.files.join('; ') : NOT_SENT, { ...style, ...(l.files.length ? {} : { italic: true }) });
      row++;
    });
    if (row > first) sheet.dataBars.push({ range: `E${first}:E${row - 1}`, colour: '63BE7B', min: 0, max: 1 });
    row++;
    put(row, 1, `Chỉ tiêu chưa có báo cáo kỳ ${m.periods.at(-1)?.label ?? '—'}: ${m.unreported.length}`, { bold: true });
    sheet.merges.push(`A${row}:I${row}`);
    row++;
    if (m.unreported.length > 0) {
      ['Mã', 'Chỉ tiêu', 'Mục tiêu', 'Đơn vị chủ trì'].forEach((h, i) => put(row, i === 3 ? 9 : i + 1, h, HEADER));
      sheet.merges.push(`C${row}:H${row}`);
      row++;
      for (const i of m.unreported) {
        put(row, 1, i.id, { ...CELL, align: 'center' });
        put(row, 2, i.text);
        put(row, 3, i.target || null);
        sheet.merges.push(`C${row}:H${row}`);
        put(row, 9, i.leads.join('; ') || null);
        row++;
      }
    }
    return row;
  }, [['missing', `Đơn vị ${NOT_SENT.toLowerCase()}`]]);
}

export function resultsSheet(merges: LeadMerge[]): SheetSpec {
  const report = reportSheet(LEAD_REPORT_SHEETS.results, [6, 44, 16, 14, 12, 28, 11, 30], 'KẾT QUẢ THEO CHỈ TIÊU — KỲ MỚI NHẤT');
  const { put } = report;
  const headers = ['Mã', 'Chỉ tiêu', 'Mục tiêu', 'Kết quả báo cáo', 'Đánh giá', 'Đơn vị báo cáo', 'Xu hướng', 'Minh chứng'];
  return setTables(report, merges, headers, (m, start) => {
    let row = start;
    let group = '';
    for (const i of m.indicators) {
      if (i.group !== group) {
        group = i.group;
        put(row, 2, group, { ...CELL, bold: true, colour: 'section' });
        row++;
      }
      const h = i.latest;
      put(row, 1, i.id, { ...CELL, align: 'center' });
      put(row, 2, i.text);
      put(row, 3, i.target || null, { ...CELL, align: 'center' });
      put(row, 4, h && !h.conflict ? shown(h.value) : null, { ...CELL, align: 'center' });
      put(row, 5, h ? h.statusLabel : NOT_REPORTED, { ...CELL, align: 'center', colour: colourOf(h) });
      put(row, 6, h ? h.units.join('; ') : i.leads.join('; ') || null, h ? CELL : { ...CELL, italic: true });
      put(row, 7, i.trend ? TREND[i.trend] : null, { ...CELL, align: 'center' });
      put(row, 8, h?.evidence || null);
      row++;
    }
    return row;
  }, STATUS_LEGEND);
}

/** Only when a set has reports from more than one period. */
export function historySheet(merges: LeadMerge[]): SheetSpec | undefined {
  const multi = merges.filter((m) => m.periods.length > 1);
  if (multi.length === 0) return undefined;
  const { sheet, put } = reportSheet(LEAD_REPORT_SHEETS.history, [16, 16, 16, 14, 30], 'DIỄN BIẾN THEO KỲ BÁO CÁO');
  let row = 3;
  for (const m of multi) {
    row = setTitle(put, sheet, row, m, 'E');
    for (const i of m.indicators.filter((x) => x.history.length > 0)) {
      const latest = [...i.history].reverse().find((h) => !h.conflict);
      put(row, 1, `${i.id}. ${i.text} — mục tiêu ${i.target || '—'}; mới nhất: ${latest ? `${shown(latest.value) ?? ''} (${latest.label})` : '—'}; xu hướng: ${i.trend ? TREND[i.trend] : '—'}`, { bold: true, wrap: true });
      sheet.merges.push(`A${row}:E${row}`);
      row++;
      ['Kỳ', 'Kết quả', 'Đánh giá', 'Mức hoàn thành', 'Đơn vị báo cáo'].forEach((h, k) => put(row, k + 1, h, HEADER));
      row++;
      const first = row;
      for (const p of m.periods) {
        const h = i.history.find((x) => x.period === p.code);
        put(row, 1, p.label);
        put(row, 2, h && !h.conflict ? shown(h.value) : null, { ...CELL, align: 'center' });
        put(row, 3, h ? h.statusLabel : NOT_REPORTED, { ...CELL, align: 'center', colour: colourOf(h ?? null) });
        put(row, 4, h?.progress ?? null, { ...CELL, numFmt: '0%' });
        put(row, 5, h ? h.units.join('; ') : null);
        row++;
      }
      sheet.dataBars.push({ range: `D${first}:D${row - 1}`, colour: '5B9BD5', min: 0, max: 1 });
      row++;
    }
  }
  colourLegend(sheet, row, LEGEND_TITLE, STATUS_LEGEND);
  sheet.print = { orientation: 'portrait', paper: 'A4', fitToWidth: true };
  return sheet;
}

/** The per-lead sheets first; the plan's own report sheet only when whole tracking workbooks were read too. */
export function withLeadSheets(sheets: SheetSpec[], merges: LeadMerge[], hasSets: boolean): SheetSpec[] {
  if (merges.length === 0) return sheets;
  const history = historySheet(merges);
  const rest = hasSets ? sheets : sheets.filter((s) => s.name !== SHEETS.report);
  return [byLeadSheet(merges), resultsSheet(merges), ...(history ? [history] : []), ...rest];
}
