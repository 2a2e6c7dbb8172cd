/**
 * The workbook `ktd5 track -o` writes: the report as plain values (readable without the add-in), data
 * bars against the targets. Its sheets stack several tables; layouts/stack.ts lays them out for print
 * (each table on a new page when it does not fit, its header repeated on further pages).
 */
import { type Lang } from '../../engine';
import { type Column } from '../layouts/columns';
import { errorsSheet } from '../layouts/consolidation';
import { Stack } from '../layouts/stack';
import { emptySheet, type CellStyle, type SheetSpec, type WorkbookSpec } from '../spec';
import { SHEETS } from './contract';
import { type GroupCount, type IndicatorView } from './model';
import { type SetReport, type TrackReport } from './report';
import { dtiSheet } from './report-dti';
import { CONTINUED, gapCell, numberColumn, REPORT_CELL, resultCell, textColumn } from './report-cells';
import { notMetHeader, SUMMARY_HEADERS } from './summary';

interface SummaryLine {
  g: GroupCount;
  total: boolean;
}

const h = (i: number) => SUMMARY_HEADERS[i] as string;
const lineStyle = (l: SummaryLine): CellStyle | undefined => (l.total ? { bold: true, colour: 'total' } : undefined);

/** The counts by group, from column B; `towards` is the later year the results are measured against. */
function summaryColumns(towards: string | undefined): Column<SummaryLine>[] {
  return [
    textColumn(h(0), 50, (l) => l.g.title, lineStyle),
    textColumn(h(1), 16, (l) => l.g.total, lineStyle),
    textColumn(h(2), 9, (l) => l.g.vuot, lineStyle),
    textColumn(h(3), 14, (l) => l.g.dat, lineStyle),
    textColumn(notMetHeader(towards), 46, (l) => l.g.chuaDat, lineStyle),
    textColumn(h(5), 12, (l) => l.g.unknown, lineStyle),
    textColumn(h(6), 22, (l) => l.g.met, lineStyle),
    { key: 'ratio', header: h(7), width: 24, value: (l) => (l.g.total ? l.g.met / l.g.total : null), style: (l) => ({ ...lineStyle(l), numFmt: '0%' }) },
  ];
}

/** The indicators not met, from column A. */
const NOT_MET_COLUMNS: Column<IndicatorView>[] = [
  textColumn('Mã', 8, (i) => i.code),
  textColumn('Chỉ tiêu chưa đạt', 50, (i) => i.text),
  textColumn('Mục tiêu', 16, (i) => i.target),
  textColumn('Năm', 9, (i) => i.year),
  numberColumn('Kết quả', 14, (i) => resultCell(i.result, i.target)),
  // The gap is a number whose words are in its format: wide enough not to show ###.
  numberColumn('Còn thiếu', 46, gapCell),
  textColumn('Chủ trì', 12, (i) => i.lead),
];

function setTitle(s: SetReport): string {
  return `${s.view.title} — ${s.file}, trang "${s.sheet}"${s.year ? `, năm ${s.year}` : ''}`;
}

function reportSheet(report: TrackReport): SheetSpec {
  const sheet = emptySheet(SHEETS.report);
  const stack = new Stack(sheet, [{ firstColumn: 2, columns: summaryColumns(undefined) }, { columns: NOT_MET_COLUMNS }]);
  stack.line({ cells: [{ column: 1, value: 'BÁO CÁO THEO DÕI CHỈ TIÊU', style: { bold: true, size: 14 } }] });
  stack.gap();
  for (const s of report.sets) {
    const title = setTitle(s);
    const towards = s.view.indicators.find((i) => i.targetYear)?.targetYear ?? undefined;
    const lines: SummaryLine[] = [...s.view.groups.map((g) => ({ g, total: false })), { g: { ...s.view.total, title: 'Tổng cộng' }, total: true }];
    stack.table({
      title: [{ cells: [{ column: 1, value: title, style: { bold: true } }], merge: 9 }],
      firstColumn: 2,
      columns: summaryColumns(towards),
      rows: lines,
      cell: REPORT_CELL,
      bars: [{ key: 'ratio', colour: '63BE7B', min: 0, max: 1 }],
    });
    if (s.view.printedSummary?.metOrExceeded) {
      stack.line({ cells: [{ column: 2, value: `Theo văn bản: đạt và vượt ${s.view.printedSummary.metOrExceeded}; chưa đạt ${s.view.printedSummary.notMet ?? '—'}.`, style: { italic: true } }] });
    }
    const notMet = s.view.indicators.filter((i) => i.status === 'chua-dat');
    if (notMet.length > 0) {
      stack.gap();
      stack.table({ continued: { cells: [{ column: 1, value: `${title}${CONTINUED}`, style: { bold: true } }], merge: 9 }, columns: NOT_MET_COLUMNS, rows: notMet, cell: REPORT_CELL });
    }
    stack.gap(2);
  }
  stack.finish();
  return sheet;
}

export function trackReportWorkbook(report: TrackReport, lang: Lang): WorkbookSpec {
  const dti = dtiSheet(report);
  return { title: 'Báo cáo theo dõi chỉ tiêu', sheets: [reportSheet(report), ...(dti ? [dti] : []), errorsSheet(report, lang)] };
}
