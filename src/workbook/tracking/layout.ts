/**
 * A tracking table sheet: one row per indicator with the document's text and target phrase, the
 * printed results (locked), the next year's cell for the officer, and native formulas for the status
 * (Vượt / Đạt / Chưa đạt, colour-coded), the gap to the target and the share of it reached (a data bar
 * against the target). Targets the engine cannot measure get a status the officer picks from a list.
 * Text from the documents is always written as values.
 */
import { gapAffixes, gapMeasure, isBlank, printedDate, type GapMeasure, type RawValue } from '../../engine';
import { address, columnLetter } from '../a1';
import { colourLegendRow } from '../layouts/legend';
import { asPrintedText } from './as-printed';
import { emptySheet, type CellSpec, type CellStyle, type SheetSpec } from '../spec';
import { BLOCK, resultHeader, STATUS_CHOICES, TRACK_HEADERS } from './contract';
import { isMeasurable, readResult, thresholdOf, type ResultQuantity } from './interval';
import { rowForm, shownCode, splitEntryNote, towardsLaterTarget, type TrackedIndicator, type TrackingTable } from './model';
import { comparesWithPrevious, gapNumberFormat, printedResultCell } from './number-cells';
import {
  codeFormula,
  gapFormula,
  SHORT_OF_LATER_TARGET,
  type Cells,
  HELPER_NAMES,
  helperCells,
  inputFormulas,
  printedCells,
  progressFormula,
  resultFormula,
  selectionFormulas,
  STATUS_TEXT,
  statusFormula,
  statusLegend,
  statusLegendTitle,
  thresholdCells,
} from './status-formulas';

const HEADER: CellStyle = { bold: true, colour: 'header', wrap: true, align: 'center', vertical: 'middle', border: true };
const CELL: CellStyle = { border: true, vertical: 'top', wrap: true };

/** A column the caller adds (the pillar's weight, the best province…). */
export interface ExtraColumn {
  header: string;
  width: number;
  /** Placed after the text ("text") or after the progress column ("progress"). */
  after: 'text' | 'progress';
  cell(indicator: TrackedIndicator, row: number, helpers: Record<string, string>): CellSpec;
}

export interface TableSheetOptions {
  name: string;
  title: string;
  subtitle?: string;
  block: [string, string][];
  table: TrackingTable;
  extras?: ExtraColumn[];
  /** Show the document's printed status column. */
  printedStatus?: boolean;
}

export interface TableSheetLayout {
  sheet: SheetSpec;
  headerRow: number;
  columns: Record<string, number>;
  /** Rows of each group's indicators (first..last), for summary formulas. */
  groupRows: { id: string; title: string; first: number; last: number }[];
  firstHelper: number;
  lastRow: number;
  /** The later year the printed results are measured against, if any ("Còn thiếu" rows). */
  targetYear?: string;
}

function quantityOf(i: TrackedIndicator, previous: RawValue): ResultQuantity {
  const t = thresholdOf(i.target, previous);
  return t.kind === 'threshold' ? t.threshold.quantity : 'percent';
}

function prompt(year: string, q: ResultQuantity): string {
  if (q === 'bool') return `Chọn Có hoặc Không (kết quả ${year}).`;
  if (q === 'percent') return `Kết quả ${year}: 58%, 60,2%, 0,58 hoặc "Trên 75%". Ô khác dạng này hiện "?" — lệnh ktd5 track vẫn đọc được.`;
  return `Kết quả ${year}: một số (1.500; 4,5) hoặc "Trên 50".`;
}

/** What a column needs to give the cell of one indicator's row. */
export interface RowContext {
  indicator: TrackedIndicator;
  row: number;
  helpers: Cells;
  quantity: ResultQuantity;
  measurable: boolean;
  /** The row's gap unit, for its number format. */
  gap?: GapMeasure;
}

/** A column of the table as one value: adding a column is one entry. */
export interface Column {
  key: string;
  header: string;
  width: number;
  value(r: RowContext): CellSpec;
}

const centred: CellStyle = { ...CELL, align: 'center' };
const text = (v: string | undefined | null, style: CellStyle = CELL): CellSpec => ({ value: v ?? null, style });

/** A printed result: a number with the document's decimals when it is one, else the document's text. */
function printedResult(v: RawValue, target: string | undefined, style: CellStyle): CellSpec {
  if (comparesWithPrevious(target)) return { value: shown(v), style };
  const { value, numFmt } = printedResultCell(v);
  return { value, style: { ...style, ...(numFmt ? { numFmt } : {}) } };
}

/** Characters of the longest gap the table can show ("Mục tiêu 2023: còn thiếu 16,99 điểm phần trăm"). */
function gapWidth(table: TrackingTable, towards: string | undefined): number {
  const longest = table.groups
    .flatMap((g) => g.indicators)
    .map((i) => {
      const form = rowForm(table, i) ?? null;
      const m = isMeasurable(i.target) ? gapMeasure(i.target, form, form) : undefined;
      if (!m) return 0;
      const { before, after } = gapAffixes(m, 'vi', towards);
      return before.length + after.length + 8;
    });
  return Math.min(50, Math.max(14, ...longest));
}

/** "Theo văn bản", beside the printed results: only on a sheet where some row has the document's own text to show. */
function asPrintedColumn(table: TrackingTable, printedYears: readonly string[]): Column[] {
  const texts = table.groups.flatMap((g) => g.indicators).map((i) => asPrintedText(i, printedYears) ?? '');
  const longest = Math.max(0, ...texts.flatMap((t) => t.split('\n')).map((l) => [...l].length));
  if (longest === 0) return [];
  return [{ key: 'asPrinted', header: TRACK_HEADERS.asPrinted, width: Math.min(30, Math.max(12, longest + 2)), value: (r) => text(asPrintedText(r.indicator, printedYears), { ...CELL, italic: true }) }];
}

function columnsOf(o: TableSheetOptions, towards: string | undefined): Column[] {
  const { table } = o;
  const printedYears = table.years.slice(0, -1);
  const inputYear = table.years.at(-1) as string;
  const extras = (after: ExtraColumn['after']): Column[] =>
    (o.extras ?? []).filter((e) => e.after === after).map((e) => ({ key: e.header, header: e.header, width: e.width, value: (r) => e.cell(r.indicator, r.row, r.helpers) }));
  const unmeasured = (r: RowContext) => !r.measurable;
  return [
    { key: 'id', header: TRACK_HEADERS.id, width: 7, value: (r) => text(shownCode(r.indicator), centred) },
    { key: 'text', header: TRACK_HEADERS.text, width: 52, value: (r) => text(r.indicator.text) },
    ...extras('text'),
    { key: 'target', header: TRACK_HEADERS.target, width: 18, value: (r) => text(r.indicator.target, centred) },
    ...printedYears.map((y): Column => ({ key: `y:${y}`, header: resultHeader(y), width: 13, value: (r) => printedResult(r.indicator.values[y], r.indicator.target, { ...centred, colour: 'section' }) })),
    ...asPrintedColumn(table, printedYears),
    { key: `y:${inputYear}`, header: resultHeader(inputYear), width: 14, value: (r) => ({ value: shown(r.indicator.values[inputYear]), style: { ...centred, unlocked: true, colour: 'input' } }) },
    {
      key: 'status',
      header: TRACK_HEADERS.status,
      width: 12,
      // A qualitative target: the officer judges it and the reader takes the status as typed.
      value: (r) => (unmeasured(r) ? { value: r.indicator.manualStatus ?? null, style: { ...centred, unlocked: true } } : { formula: statusFormula(r.helpers, towards ? SHORT_OF_LATER_TARGET : undefined), style: { ...centred, bold: true } }),
    },
    {
      key: 'gap',
      header: TRACK_HEADERS.gap,
      // A number's text never wraps (a cell too narrow shows ###): as wide as the longest gap in words.
      width: gapWidth(table, towards),
      // A yes/no target has no distance to it: the engine gives no shortfall, the sheet shows none.
      value: (r) => (unmeasured(r) || r.quantity === 'bool' || !r.gap ? { value: null, style: CELL } : { formula: gapFormula(r.helpers, r.gap), style: { ...centred, wrap: true, numFmt: gapNumberFormat(r.gap, towards) } }),
    },
    { key: 'progress', header: TRACK_HEADERS.progress, width: 14, value: (r) => (unmeasured(r) ? { value: null, style: CELL } : { formula: progressFormula(r.helpers), style: { ...centred, numFmt: '0%' } }) },
    ...extras('progress'),
    ...(o.printedStatus ? [{ key: 'printed', header: TRACK_HEADERS.printed, width: 11, value: (r: RowContext) => text(r.indicator.printedStatus, centred) }] : []),
    { key: 'lead', header: TRACK_HEADERS.lead, width: 24, value: (r) => text(r.indicator.lead) },
    { key: 'partners', header: TRACK_HEADERS.partners, width: 28, value: (r) => text(r.indicator.partners?.join('; ')) },
    {
      key: 'note',
      header: TRACK_HEADERS.note,
      width: 30,
      // A data-entry remark goes into the cell's note, not into the user's column.
      value: (r) => {
        const note = splitEntryNote(r.indicator.note);
        return { ...text(note.text || null, { ...CELL, unlocked: true }), ...(note.entry ? { note: note.entry } : {}) };
      },
    },
  ];
}

export function tableSheet(o: TableSheetOptions): TableSheetLayout {
  const { table } = o;
  const sheet = emptySheet(o.name);
  sheet.protect = true;
  const printedYears = table.years.slice(0, -1);
  const inputYear = table.years.at(-1) as string;
  const lastPrinted = printedYears.at(-1);
  const beforeLast = printedYears.at(-2);
  // Printed results of a year before the targets' are the way still to go, not that year's failures.
  const towards = towardsLaterTarget(lastPrinted, table.targetYear) ? table.targetYear : undefined;
  const order = columnsOf(o, towards);
  const col: Record<string, number> = Object.fromEntries(order.map((c, i) => [c.key, i + 1]));
  const width = order.length;
  const firstHelper = width + 1;
  sheet.columns = [...order.map((c) => ({ width: c.width })), ...HELPER_NAMES.map(() => ({ width: 10, hidden: true }))];

  const put = (r: number, c: number, cell: CellSpec) => sheet.cells.set(address(r, c), cell);
  const lastLetter = columnLetter(width);
  put(1, 1, { value: o.title, style: { bold: true, size: 14, wrap: true } });
  sheet.merges.push(`A1:${lastLetter}1`);
  let row = 2;
  if (o.subtitle) {
    put(row, 1, { value: o.subtitle, style: { italic: true, wrap: true } });
    sheet.merges.push(`A${row}:${lastLetter}${row}`);
    row++;
  }
  for (const [label, value] of o.block) {
    put(row, 1, { value: label, style: { bold: true } });
    put(row, 3, { value, style: { border: true } });
    sheet.merges.push(`A${row}:B${row}`);
    row++;
  }
  const asPrintedNote = col.asPrinted ? ` Cột "${TRACK_HEADERS.asPrinted}": số liệu, mục tiêu đúng như văn bản in, để đối chiếu với ô số.` : '';
  const towardsNote = towards ? ` Kết quả ${lastPrinted} so với mục tiêu ${towards}: "${SHORT_OF_LATER_TARGET}" là phần còn phải đạt đến ${towards}, không phải chưa đạt của năm ${lastPrinted}.` : '';
  put(row, 1, { value: `${table.targetLabel} — cột "${TRACK_HEADERS.target}". Điền cột "${resultHeader(inputYear)}"; cột "${TRACK_HEADERS.status}" tự tính (Vượt / Đạt / Chưa đạt).${towardsNote}${asPrintedNote}`, style: { italic: true, size: 9, wrap: true } });
  sheet.merges.push(`A${row}:${lastLetter}${row}`);
  const headerRow = row + 2;
  // The colour legend of the status column, on the free row above the header (rows under the table are read as indicators).
  colourLegendRow(sheet, row + 1, 2, statusLegendTitle(TRACK_HEADERS.status), statusLegend(towards ? SHORT_OF_LATER_TARGET : undefined));
  order.forEach((c, i) => put(headerRow, i + 1, { value: c.header, style: HEADER }));
  HELPER_NAMES.forEach((n, i) => put(headerRow, firstHelper + i, { value: `_${n}` }));
  sheet.frozen = { rows: headerRow, columns: 2 };

  row = headerRow + 1;
  const groupRows: TableSheetLayout['groupRows'] = [];
  const statusLetter = columnLetter(col.status as number);
  for (const g of table.groups) {
    const groupStyle: CellStyle = { ...CELL, bold: true, colour: 'section' };
    put(row, 1, { value: null, style: groupStyle });
    put(row, 2, { value: g.row ? `${g.row}. ${g.title}` : g.title, style: groupStyle });
    for (let c = 3; c <= width; c++) put(row, c, { value: null, style: groupStyle });
    row++;
    const first = row;
    for (const i of g.indicators) {
      writeIndicator(i, row);
      row++;
    }
    groupRows.push({ id: g.id, title: g.title, first, last: row - 1 });
    if (row > first) {
      // The group's count in its header row, "met or exceeded / all"; none before anything is judged.
      const range = `${statusLetter}${first}:${statusLetter}${row - 1}`;
      const [met, notMet] = [`COUNTIF(${range},"Vượt")+COUNTIF(${range},"Đạt")`, `COUNTIF(${range},"${STATUS_TEXT.C}")+COUNTIF(${range},"${SHORT_OF_LATER_TARGET}")`];
      const judged = `${met}+${notMet}`;
      put(first - 1, col.status as number, { formula: `IF(${judged}=0,"",(${met})&"/"&ROWS(${range}))`, style: { ...groupStyle, align: 'center' } });
    }
  }
  const lastRow = row - 1;
  /** The row's hidden helper cells and validations; then each column gives its cell. */
  function writeIndicator(i: TrackedIndicator, r: number): void {
    const h = helperCells(r, firstHelper);
    const inputRef = address(r, col[`y:${inputYear}`] as number);
    const measurable = isMeasurable(i.target);
    const quantity = quantityOf(i, lastPrinted ? i.values[lastPrinted] : undefined);
    const form = rowForm(table, i) ?? null;
    const gap = isMeasurable(i.target) ? gapMeasure(i.target, form, form) : undefined;
    const context: RowContext = { indicator: i, row: r, helpers: h, quantity, measurable, ...(gap ? { gap } : {}) };
    order.forEach((c, k) => put(r, k + 1, c.value(context)));
    sheet.validations.push(
      quantity === 'bool' && measurable
        ? { range: inputRef, items: ['Có', 'Không'], errorStyle: 'warning', prompt: { title: shownCode(i), text: prompt(inputYear, quantity) } }
        : { range: inputRef, errorStyle: 'information', prompt: { title: shownCode(i), text: prompt(inputYear, quantity).slice(0, 250) } },
    );
    if (!measurable) {
      sheet.validations.push({ range: address(r, col.status as number), items: STATUS_CHOICES, errorStyle: 'stop', prompt: { title: shownCode(i), text: 'Chỉ tiêu định tính: chọn Vượt, Đạt hoặc Chưa đạt.' } });
      return;
    }
    const printedReading = lastPrinted ? readResult(i.values[lastPrinted], quantity) : ({ kind: 'missing' } as const);
    const values = printedCells(printedReading);
    (['P_lo', 'P_loI', 'P_hi', 'P_hiI'] as const).forEach((n, k) => sheet.cells.set(h[n], { value: values[k] ?? '' }));
    const formulas = { ...inputFormulas(inputRef, quantity, h), ...selectionFormulas(h), code: codeFormula(h), result: resultFormula(h) };
    for (const [n, f] of Object.entries(formulas)) if (f !== undefined) sheet.cells.set(h[n as keyof typeof h], { formula: f });
    const thresholds = thresholdCells(thresholdOf(i.target, beforeLast ? i.values[beforeLast] : undefined), thresholdOf(i.target, lastPrinted ? i.values[lastPrinted] : undefined), h);
    for (const [n, c] of Object.entries(thresholds)) if (c) sheet.cells.set(h[n as keyof typeof h], c);
  }

  if (lastRow > headerRow) {
    const first = headerRow + 1;
    const tl = `${statusLetter}${first}`;
    sheet.conditionalFormats.push({
      range: `${tl}:${statusLetter}${lastRow}`,
      rules: [
        { formula: `OR(${tl}="Vượt",${tl}="Đạt")`, colour: 'full' },
        { formula: `${tl}="Chưa đạt"`, colour: 'zero' },
        { formula: `${tl}="${SHORT_OF_LATER_TARGET}"`, colour: 'partial' },
        { formula: `OR(${tl}="?",${tl}="${STATUS_TEXT.U}")`, colour: 'partial' },
      ],
    });
    const p = columnLetter(col.progress as number);
    sheet.dataBars.push({ range: `${p}${first}:${p}${lastRow}`, colour: '5B9BD5', min: 0, max: 1 });
  }
  sheet.print = { orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: `${headerRow}:${headerRow}`, footer: o.block.find(([label]) => label === BLOCK.set)?.[1] ?? table.title };
  return { sheet, headerRow, columns: col, groupRows, firstHelper, lastRow, ...(towards ? { targetYear: towards } : {}) };
}

/** Printed results as the document writes them; numbers stay numbers. */
function shown(v: RawValue): string | number | boolean | null {
  if (isBlank(v) || v === undefined) return null;
  if (v instanceof Date) return printedDate(v.toISOString().slice(0, 10));
  return v;
}
