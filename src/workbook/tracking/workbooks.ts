/**
 * The tracking workbooks `ktd5 targets` writes: for a target set, the indicators sheet and its summary;
 * for the DTI index, the province's pillars against the plan's targets and the table's best, the
 * ranking tables recomputed from the pillars, the Phụ lục II indicators and the summary.
 */
import { citeSource, shortTitle, type DocumentData, type IndexData, type RawValue } from '../../engine';
import { address, columnLetter } from '../a1';
import { emptySheet, type CellStyle, type SheetSpec, type WorkbookSpec } from '../spec';
import { addChart, targetFloor, writeChartBlock } from './charts';
import { BLOCK, RANK_HEADERS, SHEETS, TRACK_HEADERS } from './contract';
import { comparisonTable, dtiInputOf, type DtiInput } from './dti';
import { tableSheet, type TableSheetLayout } from './layout';
import { trackingTableOf, type TrackingTable } from './model';
import { helperCells } from './status-formulas';
import { summarySheet } from './summary';

const HEADER: CellStyle = { bold: true, colour: 'header', wrap: true, align: 'center', vertical: 'middle', border: true };
const CELL: CellStyle = { border: true, vertical: 'top' };

function sourceLine(doc: DocumentData): string {
  return `Nguồn: ${citeSource(doc.source)}.`;
}

function summaryNotes(table: TrackingTable): string[] {
  const s = table.printedSummary;
  const notes = ['Số liệu trong bảng tự tính bằng công thức của Excel/LibreOffice; "Chưa đánh giá" gồm chỉ tiêu chưa có kết quả, chưa đọc được ("?") hoặc định tính chưa chọn.'];
  if (s?.metOrExceeded) notes.unshift(`Theo văn bản: đạt và vượt ${s.metOrExceeded} chỉ tiêu; chưa đạt ${s.notMet ?? '—'} chỉ tiêu.${s.quote ? ` («${s.quote}»)` : ''}`);
  return notes;
}

/** The tracking workbook of a target set (NQ04) or of the standards of the whole document. */
export function targetSetWorkbook(doc: DocumentData, table: TrackingTable): WorkbookSpec {
  const layout = tableSheet({
    name: SHEETS.indicators,
    title: `THEO DÕI CHỈ TIÊU — ${doc.title}`,
    subtitle: sourceLine(doc),
    block: [[BLOCK.set, shortTitle(doc)]],
    table,
    printedStatus: table.groups.some((g) => g.indicators.some((i) => i.printedStatus)),
  });
  const summary = summarySheet([{ layout, label: doc.title }], `TỔNG HỢP — ${doc.title}`, summaryNotes(table), undefined, 'Số chỉ tiêu vượt, đạt, chưa đạt theo nhóm');
  return { title: doc.title, sheets: [layout.sheet, summary] };
}

interface RankingLayout {
  sheet: SheetSpec;
  tables: { id: string; first: number; last: number }[];
  weightsRow: number;
}

const PILLAR_COL = 3;

function rankingSheet(input: DtiInput, names: string[], doc: IndexData): RankingLayout {
  const sheet = emptySheet(SHEETS.ranking);
  const n = input.weights.length;
  const col = { printedTotal: PILLAR_COL + n, total: PILLAR_COL + n + 1, rank: PILLAR_COL + n + 2, matches: PILLAR_COL + n + 3 };
  sheet.columns = [9, 22, ...names.map(() => 11), 11, 12, 10, 10].map((width) => ({ width }));
  const put = (r: number, c: number, cell: { value?: string | number | null; formula?: string; style?: CellStyle }) => sheet.cells.set(address(r, c), cell);
  put(1, 1, { value: `XẾP HẠNG DTI ${doc.year} — tổng tính lại từ 8 trụ cột (trọng số 922/QĐ-BTTTT, thang ${input.scale})`, style: { bold: true, size: 14 } });
  put(2, 1, { value: sourceLine(doc), style: { italic: true, size: 9 } });
  put(3, 1, { value: BLOCK.subject, style: { bold: true } });
  put(3, 3, { value: input.subject });
  put(4, 1, { value: BLOCK.scale, style: { bold: true } });
  put(4, 3, { value: input.scale });
  const weightsRow = 5;
  put(weightsRow, 2, { value: TRACK_HEADERS.weight, style: { ...CELL, bold: true } });
  input.weights.forEach((w, i) => put(weightsRow, PILLAR_COL + i, { value: w, style: { ...CELL, align: 'center', bold: true } }));
  const w = (c: number) => `$${columnLetter(c)}$${weightsRow}`;
  const weights = `${w(PILLAR_COL)}:${w(PILLAR_COL + n - 1)}`;
  let row = weightsRow + 2;
  const tables: RankingLayout['tables'] = [];
  for (const t of input.tables) {
    put(row, 1, { value: t.title, style: { bold: true } });
    row++;
    [RANK_HEADERS.printedRank, RANK_HEADERS.name, ...names, RANK_HEADERS.printedTotal, RANK_HEADERS.total, RANK_HEADERS.rank, RANK_HEADERS.matches].forEach((h, i) => put(row, i + 1, { value: h, style: HEADER }));
    row++;
    const first = row;
    const last = first + t.rows.length - 1;
    const T = columnLetter(col.total);
    for (const r of t.rows) {
      const style: CellStyle = { ...CELL, ...(r.name === input.subject ? { bold: true, colour: 'partial' as const } : {}) };
      put(row, 1, { value: r.printedRank, style: { ...style, align: 'center' } });
      put(row, 2, { value: r.name, style });
      r.pillars.forEach((v, i) => put(row, PILLAR_COL + i, { value: v, style: { ...style, numFmt: '0.0000' } }));
      put(row, col.printedTotal, { value: r.printedTotal, style: { ...style, numFmt: '0.0000' } });
      put(row, col.total, { formula: `SUMPRODUCT(${address(row, PILLAR_COL)}:${address(row, PILLAR_COL + n - 1)},${weights})/${input.scale}`, style: { ...style, numFmt: '0.0000', bold: true } });
      put(row, col.rank, { formula: `1+SUMPRODUCT(--(ROUND($${T}$${first}:$${T}$${last},4)>ROUND(${T}${row},4)))`, style: { ...style, align: 'center' } });
      put(row, col.matches, { formula: `IF(ABS(${T}${row}-${address(row, col.printedTotal)})<=0.0001+1E-12,"Khớp","Lệch")`, style: { ...style, align: 'center' } });
      row++;
    }
    sheet.dataBars.push({ range: `${T}${first}:${T}${last}`, colour: '5B9BD5', min: 0, max: 1 });
    tables.push({ id: t.id, first, last });
    row += 2;
  }
  sheet.print = { orientation: 'landscape', paper: 'A4', fitToWidth: true };
  return { sheet, tables, weightsRow };
}

/**
 * The pillars of the year evaluated against the plan's targets and the table's best, as a column
 * chart over a block below the total (labels in the text column, so `ktd5 track` reads no indicator there).
 */
function pillarChart(pillars: TableSheetLayout, doc: IndexData, subject: string, row: number): void {
  const first = pillars.headerRow + 2;
  const best = pillars.columns[TRACK_HEADERS.best] as number;
  const { range, lastRow } = writeChartBlock(pillars.sheet, {
    row,
    column: 2,
    headers: ['Trụ cột', subject, 'Mục tiêu kế hoạch (mức tối thiểu)', 'Tỉnh cao nhất trong bảng'],
    numFmt: '0.0000',
    lines: doc.pillars.map((p, i) => {
      const r = first + i;
      return [{ value: p.name }, { formula: `IF(ISNUMBER(${helperCells(r, pillars.firstHelper).S_lo}),${helperCells(r, pillars.firstHelper).S_lo},NA())` }, { value: targetFloor(p.target) }, { formula: address(r, best) }];
    }),
  });
  addChart(pillars.sheet, { type: 'ColumnClustered', title: `Trụ cột DTI ${subject} so với mục tiêu và tỉnh cao nhất`, range, from: `B${lastRow + 2}`, to: `G${lastRow + 22}` });
}

/** The DTI tracking workbook: pillars, ranking tables, Phụ lục II indicators, summary. */
export function dtiWorkbook(doc: IndexData, nextYear?: string, pillarInputs: Record<string, RawValue> = {}): WorkbookSpec {
  const input = dtiInputOf(doc, nextYear);
  const inputYear = input.pillars.years.at(-1) as string;
  for (const p of input.pillars.groups[0]?.indicators ?? []) if (pillarInputs[p.id] !== undefined) p.values[inputYear] = pillarInputs[p.id];
  const names = doc.pillars.map((p) => p.name);
  const ranking = rankingSheet(input, names, doc);
  const compare = comparisonTable(input);
  const compareAt = ranking.tables.find((t) => t.id === compare?.id) ?? ranking.tables[0];
  const R = `'${SHEETS.ranking}'!`;
  const pillarIndex = new Map(doc.pillars.map((p, i) => [p.id, i]));
  const bestRange = (i: number) => (compareAt ? `${R}$${columnLetter(PILLAR_COL + i)}$${compareAt.first}:$${columnLetter(PILLAR_COL + i)}$${compareAt.last}` : '');
  const namesRange = compareAt ? `${R}$B$${compareAt.first}:$B$${compareAt.last}` : '';
  const pillars: TableSheetLayout = tableSheet({
    name: SHEETS.pillars,
    title: `CHỈ SỐ DTI ${input.subject.toUpperCase()} — TRỤ CỘT SO VỚI MỤC TIÊU KẾ HOẠCH`,
    subtitle: sourceLine(doc),
    block: [
      [BLOCK.set, shortTitle(doc)],
      [BLOCK.subject, input.subject],
      [BLOCK.scale, String(input.scale)],
    ],
    table: input.pillars,
    extras: [
      { header: TRACK_HEADERS.weight, width: 9, after: 'text', cell: (i) => ({ value: input.weights[pillarIndex.get(i.id) ?? 0] ?? null, style: { ...CELL, align: 'center' } }) },
      {
        header: TRACK_HEADERS.best,
        width: 11,
        after: 'progress',
        cell: (i) => ({ formula: compareAt ? `MAX(${bestRange(pillarIndex.get(i.id) ?? 0)})` : '""', style: { ...CELL, numFmt: '0.0000' } }),
      },
      {
        header: TRACK_HEADERS.bestName,
        width: 16,
        after: 'progress',
        cell: (i) => {
          const range = bestRange(pillarIndex.get(i.id) ?? 0);
          return { formula: compareAt ? `INDEX(${namesRange},MATCH(MAX(${range}),${range},0))` : '""', style: CELL };
        },
      },
    ],
  });
  // The total and the rank, from the pillars of the year being evaluated (typed 2023, else printed 2022).
  const s = pillars.sheet;
  const first = pillars.headerRow + 2;
  const last = pillars.lastRow;
  const sLo = (r: number) => helperCells(r, pillars.firstHelper).S_lo;
  const values = `${sLo(first)}:${sLo(last)}`;
  const weightLetter = columnLetter(pillars.columns[TRACK_HEADERS.weight] as number);
  const totalRow = last + 2;
  const total = address(totalRow, 3);
  s.cells.set(address(totalRow, 2), { value: `Chỉ số DTI (tính từ ${doc.pillars.length} trụ cột của năm đang đánh giá)`, style: { bold: true, colour: 'total', border: true } });
  s.cells.set(total, { formula: `IF(COUNT(${values})<${doc.pillars.length},"?",SUMPRODUCT(${weightLetter}${first}:${weightLetter}${last},${values})/${input.scale})`, style: { bold: true, colour: 'total', border: true, numFmt: '0.0000' } });
  if (compareAt) {
    const totals = `${R}$${columnLetter(PILLAR_COL + doc.pillars.length + 1)}$${compareAt.first}:$${columnLetter(PILLAR_COL + doc.pillars.length + 1)}$${compareAt.last}`;
    s.cells.set(address(totalRow + 1, 2), { value: `Thứ hạng so với các tỉnh khác trong bảng "${compare?.title ?? ''}"`, style: { bold: true, border: true, wrap: true } });
    s.cells.set(address(totalRow + 1, 3), {
      formula: `IF(ISNUMBER(${total}),1+SUMPRODUCT((ROUND(${totals},4)>ROUND(${total},4))*(${namesRange}<>"${input.subject.replace(/"/g, '""')}"))&"/"&ROWS(${namesRange}),"?")`,
      style: { bold: true, border: true, align: 'center' },
    });
  }
  pillarChart(pillars, doc, input.subject, totalRow + 3);
  const dataBarsOn = [pillars.columns[TRACK_HEADERS.best] as number];
  for (const c of dataBarsOn) s.dataBars.push({ range: `${columnLetter(c)}${first}:${columnLetter(c)}${last}`, colour: 'A5A5A5', min: 0, max: 1 });

  const table = trackingTableOf(doc, nextYear ? { nextYear } : {});
  const sheets: SheetSpec[] = [pillars.sheet];
  const summaries = [{ layout: pillars, label: 'Trụ cột DTI so với mục tiêu kế hoạch' }];
  if (table) {
    const indicators = tableSheet({
      name: SHEETS.indicators,
      title: `CHỈ TIÊU THÀNH PHẦN DTI — ${table.targetLabel.toUpperCase()}`,
      subtitle: sourceLine(doc),
      block: [[BLOCK.set, shortTitle(doc)]],
      table,
    });
    sheets.push(indicators.sheet);
    summaries.push({ layout: indicators, label: `Chỉ tiêu thành phần (Phụ lục II) — ${table.targetLabel}` });
  }
  sheets.push(ranking.sheet, summarySheet(summaries, `TỔNG HỢP — ${doc.title}`, ['Số liệu trong bảng tự tính bằng công thức; "Chưa đánh giá" gồm chỉ tiêu chưa có kết quả, chưa đọc được ("?") hoặc định tính chưa chọn.']));
  return { title: doc.title, sheets };
}

export function trackingWorkbook(doc: DocumentData, nextYear?: string): WorkbookSpec | undefined {
  if (doc.kind === 'index') return dtiWorkbook(doc, nextYear);
  const table = trackingTableOf(doc, nextYear ? { nextYear } : {});
  return table ? targetSetWorkbook(doc, table) : undefined;
}
