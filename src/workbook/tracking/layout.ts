/**
 * A tracking table sheet: one row per indicator with the document's text and target phrase, the
 * printed results (locked), the next year's cell for the officer, and native formulas for the status
 * (Vượt / Đạt / Chưa đạt, colour-coded), the gap to the target and the share of it reached (a data bar
 * against the target). Targets the engine cannot measure get a status the officer picks from a list.
 * Text from the documents is always written as values.
 */
import { isBlank, printedDate, type RawValue } from '../../engine';
import { address, columnLetter } from '../a1';
import { emptySheet, type CellSpec, type CellStyle, type SheetSpec } from '../spec';
import { BLOCK, resultHeader, STATUS_CHOICES, TRACK_HEADERS } from './contract';
import { isMeasurable, readResult, thresholdOf, type ResultQuantity } from './interval';
import { shownCode, splitEntryNote, type TrackedIndicator, type TrackingTable } from './model';
import {
  codeFormula,
  gapFormula,
  HELPER_NAMES,
  helperCells,
  inputFormulas,
  printedCells,
  progressFormula,
  resultFormula,
  selectionFormulas,
  STATUS_TEXT,
  statusFormula,
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

export function tableSheet(o: TableSheetOptions): TableSheetLayout {
  const { table } = o;
  const sheet = emptySheet(o.name);
  sheet.protect = true;
  const printedYears = table.years.slice(0, -1);
  const inputYear = table.years.at(-1) as string;
  const extrasAfterText = (o.extras ?? []).filter((e) => e.after === 'text');
  const extrasAfterProgress = (o.extras ?? []).filter((e) => e.after === 'progress');
  const order: { key: string; header: string; width: number }[] = [
    { key: 'id', header: TRACK_HEADERS.id, width: 7 },
    { key: 'text', header: TRACK_HEADERS.text, width: 52 },
    ...extrasAfterText.map((e) => ({ key: e.header, header: e.header, width: e.width })),
    { key: 'target', header: TRACK_HEADERS.target, width: 18 },
    ...printedYears.map((y) => ({ key: `y:${y}`, header: resultHeader(y), width: 13 })),
    { key: `y:${inputYear}`, header: resultHeader(inputYear), width: 14 },
    { key: 'status', header: TRACK_HEADERS.status, width: 12 },
    { key: 'gap', header: TRACK_HEADERS.gap, width: 12 },
    { key: 'progress', header: TRACK_HEADERS.progress, width: 14 },
    ...extrasAfterProgress.map((e) => ({ key: e.header, header: e.header, width: e.width })),
    ...(o.printedStatus ? [{ key: 'printed', header: TRACK_HEADERS.printed, width: 13 }] : []),
    { key: 'lead', header: TRACK_HEADERS.lead, width: 24 },
    { key: 'partners', header: TRACK_HEADERS.partners, width: 28 },
    { key: 'note', header: TRACK_HEADERS.note, width: 30 },
  ];
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
  put(row, 1, { value: `${table.targetLabel} — cột "${TRACK_HEADERS.target}". Điền cột "${resultHeader(inputYear)}"; cột "${TRACK_HEADERS.status}" tự tính (Vượt / Đạt / Chưa đạt).`, style: { italic: true, size: 9 } });
  sheet.merges.push(`A${row}:${lastLetter}${row}`);
  const headerRow = row + 2;
  // The colour legend of the status column, on the free row above the header (rows under the table are read as indicators).
  put(row + 1, 2, { value: `Chú giải màu (cột "${TRACK_HEADERS.status}"):`, style: { bold: true, align: 'right', size: 9 } });
  ([['full', `${STATUS_TEXT.V}, ${STATUS_TEXT.D}`], ['zero', STATUS_TEXT.C], ['partial', `${STATUS_TEXT.U}, "?"`]] as const).forEach(([colour, text], k) =>
    put(row + 1, 3 + k, { value: text, style: { colour, border: true, align: 'center', size: 9 } }),
  );
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
      // The group's count in its header row: "met or exceeded / all".
      const range = `${statusLetter}${first}:${statusLetter}${row - 1}`;
      put(first - 1, col.status as number, { formula: `(COUNTIF(${range},"Vượt")+COUNTIF(${range},"Đạt"))&"/"&ROWS(${range})`, style: { ...groupStyle, align: 'center' } });
    }
  }
  const lastRow = row - 1;

  function writeIndicator(i: TrackedIndicator, r: number): void {
    const h = helperCells(r, firstHelper);
    const inputRef = address(r, col[`y:${inputYear}`] as number);
    put(r, col.id as number, { value: shownCode(i), style: { ...CELL, align: 'center' } });
    put(r, col.text as number, { value: i.text, style: CELL });
    put(r, col.target as number, { value: i.target ?? null, style: { ...CELL, align: 'center' } });
    for (const y of printedYears) put(r, col[`y:${y}`] as number, { value: shown(i.values[y]), style: { ...CELL, align: 'center', colour: 'section' } });
    const measurable = isMeasurable(i.target);
    const lastPrinted = printedYears.at(-1);
    const beforeLast = printedYears.at(-2);
    const quantity = quantityOf(i, lastPrinted ? i.values[lastPrinted] : undefined);
    put(r, col[`y:${inputYear}`] as number, { value: shown(i.values[inputYear]), style: { ...CELL, align: 'center', unlocked: true, colour: 'input' } });
    sheet.validations.push(
      quantity === 'bool' && measurable
        ? { range: inputRef, items: ['Có', 'Không'], errorStyle: 'warning', prompt: { title: shownCode(i), text: prompt(inputYear, quantity) } }
        : { range: inputRef, errorStyle: 'information', prompt: { title: shownCode(i), text: prompt(inputYear, quantity).slice(0, 250) } },
    );
    for (const key of ['lead', 'partners', 'note', 'printed']) {
      if (col[key] === undefined) continue;
      const note = splitEntryNote(i.note);
      const value = key === 'lead' ? i.lead : key === 'partners' ? i.partners?.join('; ') : key === 'note' ? note.text || null : i.printedStatus;
      put(r, col[key] as number, { value: value ?? null, ...(key === 'note' && note.entry ? { note: note.entry } : {}), style: { ...CELL, ...(key === 'note' ? { unlocked: true } : {}), ...(key === 'printed' ? { align: 'center' } : {}) } });
    }
    for (const e of o.extras ?? []) put(r, col[e.header] as number, e.cell(i, r, h));
    const statusCell = address(r, col.status as number);
    if (!measurable) {
      // The officer judges a qualitative target; the reader takes the status as typed.
      put(r, col.status as number, { value: i.manualStatus ?? null, style: { ...CELL, align: 'center', unlocked: true } });
      sheet.validations.push({ range: statusCell, items: STATUS_CHOICES, errorStyle: 'stop', prompt: { title: shownCode(i), text: 'Chỉ tiêu định tính: chọn Vượt, Đạt hoặc Chưa đạt.' } });
      put(r, col.gap as number, { value: null, style: CELL });
      put(r, col.progress as number, { value: null, style: CELL });
      return;
    }
    const printedReading = lastPrinted ? readResult(i.values[lastPrinted], quantity) : ({ kind: 'missing' } as const);
    const values = printedCells(printedReading);
    (['P_lo', 'P_loI', 'P_hi', 'P_hiI'] as const).forEach((n, k) => sheet.cells.set(h[n], { value: values[k] ?? '' }));
    const formulas = { ...inputFormulas(inputRef, quantity, h), ...selectionFormulas(h), code: codeFormula(h), result: resultFormula(h) };
    for (const [n, f] of Object.entries(formulas)) if (f !== undefined) sheet.cells.set(h[n as keyof typeof h], { formula: f });
    const thresholds = thresholdCells(thresholdOf(i.target, beforeLast ? i.values[beforeLast] : undefined), thresholdOf(i.target, lastPrinted ? i.values[lastPrinted] : undefined), h);
    for (const [n, c] of Object.entries(thresholds)) if (c) sheet.cells.set(h[n as keyof typeof h], c);
    put(r, col.status as number, { formula: statusFormula(h), style: { ...CELL, align: 'center', bold: true } });
    const numFmt = quantity === 'percent' ? '0.0%' : quantity === 'bool' ? '0' : '#,##0.##';
    // A yes/no target has no distance to it: the engine gives no shortfall, the sheet shows none.
    put(r, col.gap as number, quantity === 'bool' ? { value: null, style: CELL } : { formula: gapFormula(h), style: { ...CELL, align: 'center', numFmt } });
    put(r, col.progress as number, { formula: progressFormula(h), style: { ...CELL, align: 'center', numFmt: '0%' } });
  }

  if (lastRow > headerRow) {
    const first = headerRow + 1;
    const tl = `${statusLetter}${first}`;
    sheet.conditionalFormats.push({
      range: `${tl}:${statusLetter}${lastRow}`,
      rules: [
        { formula: `OR(${tl}="Vượt",${tl}="Đạt")`, colour: 'full' },
        { formula: `${tl}="Chưa đạt"`, colour: 'zero' },
        { formula: `OR(${tl}="?",${tl}="${STATUS_TEXT.U}")`, colour: 'partial' },
      ],
    });
    const p = columnLetter(col.progress as number);
    sheet.dataBars.push({ range: `${p}${first}:${p}${lastRow}`, colour: '5B9BD5', min: 0, max: 1 });
  }
  sheet.print = { orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: `${headerRow}:${headerRow}`, footer: o.block.find(([label]) => label === BLOCK.set)?.[1] ?? table.title };
  return { sheet, headerRow, columns: col, groupRows, firstHelper, lastRow };
}

/** Printed results as the document writes them; numbers stay numbers. */
function shown(v: RawValue): string | number | boolean | null {
  if (isBlank(v) || v === undefined) return null;
  if (v instanceof Date) return printedDate(v.toISOString().slice(0, 10));
  return v;
}
