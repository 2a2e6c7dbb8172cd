/** The report's "DTI" sheet: per DTI workbook read, the pillars against the targets, the ranking tables recomputed, and the indicators not yet at their target. */
import { type Column } from '../layouts/columns';
import { Stack, type Line } from '../layouts/stack';
import { emptySheet, type CellStyle, type SheetSpec } from '../spec';
import { RANK_HEADERS } from './contract';
import { type PillarView, type RankedRow } from './dti';
import { type IndicatorView } from './model';
import { type DtiReport, type TrackReport } from './report';
import { colourOf, CONTINUED, gapCell, numberColumn, REPORT_CELL, resultCell, textColumn } from './report-cells';
import { SHORT_OF_LATER_TARGET } from './status-formulas';

const INDEX = '0.0000';
const laterTarget = (p: PillarView) => Boolean(p.targetYear && p.status === 'chua-dat');

const PILLAR_COLUMNS: Column<PillarView>[] = [
  textColumn('Trụ cột', 28, (p) => p.text),
  textColumn('Trọng số', 9, (p) => p.weight),
  { key: 'value', header: 'Giá trị', width: 11, value: (p) => p.value, style: { numFmt: INDEX } },
  textColumn('Mục tiêu', 16, (p) => p.target),
  // Against a later year's target the pillar is short of it, not "not met" (amber, not red).
  textColumn('Đánh giá', 12, (p) => (laterTarget(p) ? SHORT_OF_LATER_TARGET : p.label), (p) => ({ colour: laterTarget(p) ? 'partial' : colourOf(p.status) })),
  numberColumn('Còn thiếu', 46, gapCell),
  { key: 'best', header: 'Cao nhất', width: 11, value: (p) => p.best?.value ?? null, style: { numFmt: INDEX } },
  textColumn('Tỉnh cao nhất', 18, (p) => p.best?.name ?? null),
];

/** The ranking tables' columns; the subject's own row is bold and amber. */
function rankColumns(subject: string): Column<RankedRow>[] {
  const own = (r: RankedRow): CellStyle | undefined => (r.name === subject ? { bold: true, colour: 'partial' } : undefined);
  const number = (r: RankedRow): CellStyle => ({ ...own(r), numFmt: INDEX });
  return [
    textColumn(RANK_HEADERS.name, 28, (r) => r.name, own),
    textColumn(RANK_HEADERS.printedRank, 9, (r) => r.printedRank, own),
    textColumn(RANK_HEADERS.printedTotal, 11, (r) => r.printedTotal, number),
    { key: 'total', header: RANK_HEADERS.total, width: 16, value: (r) => r.computedTotal, style: number },
    textColumn(RANK_HEADERS.rank, 12, (r) => r.computedRank, own),
    textColumn(RANK_HEADERS.matches, 46, (r) => (r.matchesPrinted === null ? null : r.matchesPrinted ? 'Khớp' : 'Lệch'), own),
  ];
}

const NOT_REACHED_COLUMNS: Column<IndicatorView>[] = [
  textColumn('Chỉ tiêu', 28, (i) => i.text),
  textColumn('Mã', 9, (i) => i.code),
  numberColumn('Kết quả', 11, (i) => resultCell(i.result, i.target)),
  textColumn('Mục tiêu', 16, (i) => i.target),
  textColumn('Năm', 12, (i) => i.year),
  numberColumn('Còn thiếu', 46, gapCell),
  textColumn('', 11, () => null),
  textColumn('Chủ trì', 18, (i) => i.lead),
];

const bold = (value: string): Line => ({ cells: [{ column: 1, value, style: { bold: true } }] });

function dtiBlock(stack: Stack, d: DtiReport): void {
  const heading: Line[] = [
    { cells: [{ column: 1, value: `CHỈ SỐ DTI ${d.subject.toUpperCase()}${d.year ? ` — NĂM ${d.year}` : ''}`, style: { bold: true, size: 14 } }] },
    {
      cells: [
        { column: 1, value: 'Tổng điểm (từ 8 trụ cột)', style: { bold: true } },
        { column: 2, value: d.total, style: { bold: true, numFmt: INDEX } },
        ...(d.rank ? [{ column: 4, value: `Hạng ${d.rank.rank}/${d.rank.of} ${d.rank.place}`, style: { bold: true } }] : []),
      ],
    },
    { cells: [] },
  ];
  stack.table({ title: heading, columns: PILLAR_COLUMNS, rows: d.pillars, cell: REPORT_CELL, bars: [{ key: 'value', colour: '5B9BD5', min: 0, max: 1 }, { key: 'best', colour: 'A5A5A5', min: 0, max: 1 }] });
  stack.gap();
  for (const t of d.tables) {
    const rows = [...t.rows].sort((a, b) => a.computedRank - b.computedRank);
    stack.table({ title: [bold(t.title)], continued: bold(`${t.title}${CONTINUED}`), columns: rankColumns(d.subject), rows, cell: REPORT_CELL, bars: [{ key: 'total', colour: '5B9BD5', min: 0, max: 1 }] });
    stack.gap();
  }
  if (d.notReached.length > 0) {
    const towards = d.notReached.find((i) => i.targetYear)?.targetYear;
    const title = `Chỉ tiêu thành phần ${towards ? `còn thiếu so với mục tiêu ${towards}` : 'chưa đạt mục tiêu'} (${d.notReached.length}; chưa đánh giá được: ${d.unassessed})`;
    stack.table({ title: [bold(title)], continued: bold(`${title}${CONTINUED}`), columns: NOT_REACHED_COLUMNS, rows: d.notReached, cell: REPORT_CELL });
  }
  stack.gap(2);
}

export function dtiSheet(report: TrackReport): SheetSpec | undefined {
  if (report.dti.length === 0) return undefined;
  const sheet = emptySheet('DTI');
  const stack = new Stack(sheet, [{ columns: PILLAR_COLUMNS }, { columns: rankColumns('') }, { columns: NOT_REACHED_COLUMNS }]);
  for (const d of report.dti) dtiBlock(stack, d);
  stack.finish();
  return sheet;
}
