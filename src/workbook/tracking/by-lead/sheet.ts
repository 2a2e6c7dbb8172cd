/**
 * One lead unit's reporting sheet: the block (`Đơn vị`, `Kỳ báo cáo`, the set), then its indicators
 * with partners, the printed result and the target, three cells for the unit (result of the period,
 * evidence, note) and the status against the target as native formulas (the tracking sheets' own,
 * so they agree with the engine). Document texts are always values.
 */
import { printedDate } from '../../../engine';
import { address, columnLetter } from '../../a1';
import { emptySheet, type CellSpec, type CellStyle, type SheetSpec } from '../../spec';
import { STATUS_CHOICES } from '../contract';
import { isMeasurable, thresholdOf } from '../interval';
import { comparesWithPrevious, printedResultCell } from '../number-cells';
import { colourLegendRow } from '../../layouts/legend';
import { codeFormula, HELPER_NAMES, helperCells, inputFormulas, resultFormula, selectionFormulas, STATUS_TEXT, statusFormula, statusLegend, statusLegendTitle, thresholdCells } from '../status-formulas';
import { LEAD_BLOCK, LEAD_HEADERS, LEAD_SHEET, printedHeader, ROLE_TEXT, targetHeader } from './contract';
import { type Assignment, type LeadBook } from './split';

const HEADER: CellStyle = { bold: true, colour: 'header', wrap: true, align: 'center', vertical: 'middle', border: true };
const CELL: CellStyle = { border: true, vertical: 'top', wrap: true };
const INPUT: CellStyle = { ...CELL, unlocked: true, colour: 'input' };

export interface LeadSheetOptions {
  book: LeadBook;
  setId: string;
  /** How a person refers to the set ("Kế hoạch 337/KH-UBND của UBND tỉnh Đồng Tháp"); the reader maps it back to the id. */
  setName: string;
  title: string;
  /** The printed year and the target year ("2022", "2023"). */
  printedYear: string;
  targetYear: string;
  /** The period's printed label, or "" for the unit to type. */
  period: string;
  reportTo?: string;
  /** The document's citation, printed under the title. */
  source?: string;
  name?: string;
}

export interface LeadSheetLayout {
  sheet: SheetSpec;
  headerRow: number;
  columns: Record<keyof typeof LEAD_HEADERS | 'printed' | 'target', number>;
  rows: Map<string, number>;
}

function roleText(a: Assignment): string {
  if (a.role === 'co-lead') return `${ROLE_TEXT['co-lead']} (cùng ${a.coLeads.join('; ')})`;
  return ROLE_TEXT[a.role];
}

function prompt(quantity: string, year: string): string {
  if (quantity === 'bool') return `Chọn Có hoặc Không. Đánh giá tự tính so với mục tiêu ${year}.`;
  if (quantity === 'percent') return `Kết quả của kỳ: 58%, 60,2%, 0,58 hoặc "Trên 75%". Đánh giá tự tính so với mục tiêu ${year}.`;
  return `Kết quả của kỳ: một số (1.500; 4,5) hoặc "Trên 50". Đánh giá tự tính so với mục tiêu ${year}.`;
}

export function leadSheet(o: LeadSheetOptions): LeadSheetLayout {
  const sheet = emptySheet(o.name ?? LEAD_SHEET);
  sheet.protect = true;
  const order: [keyof LeadSheetLayout['columns'], string, number][] = [
    ['id', LEAD_HEADERS.id, 11],
    ['text', LEAD_HEADERS.text, 46],
    ['partners', LEAD_HEADERS.partners, 22],
    ['printed', printedHeader(o.printedYear), 12],
    ['target', targetHeader(o.targetYear), 16],
    ['value', LEAD_HEADERS.value, 14],
    ['evidence', LEAD_HEADERS.evidence, 24],
    ['note', LEAD_HEADERS.note, 20],
    ['status', LEAD_HEADERS.status, 11],
    ['role', LEAD_HEADERS.role, 16],
  ];
  const col = Object.fromEntries(order.map(([k], i) => [k, i + 1])) as LeadSheetLayout['columns'];
  const width = order.length;
  const firstHelper = width + 1;
  sheet.columns = [...order.map(([, , w]) => ({ width: w })), ...HELPER_NAMES.map(() => ({ width: 10, hidden: true }))];
  const put = (r: number, c: number, cell: CellSpec) => sheet.cells.set(address(r, c), cell);
  const last = columnLetter(width);

  put(1, 1, { value: LEAD_BLOCK.unit, style: { bold: true } });
  put(1, 2, { value: o.book.name, style: { bold: true, size: 13, border: true } });
  put(2, 1, { value: LEAD_BLOCK.period, style: { bold: true } });
  put(2, 2, { value: o.period || null, style: { ...INPUT, bold: true, wrap: false } });
  sheet.validations.push({ range: 'B2', errorStyle: 'information', prompt: { title: LEAD_BLOCK.period, text: 'Kỳ của báo cáo: "Tháng 11/2023" hoặc "Quý IV/2023". Mỗi kỳ một tệp; tệp không ghi kỳ không được tổng hợp.' } });
  put(3, 1, { value: LEAD_BLOCK.set, style: { bold: true } });
  put(3, 2, { value: o.setName });
  let row = 4;
  if (o.reportTo) {
    put(row, 1, { value: LEAD_BLOCK.reportTo, style: { bold: true } });
    put(row, 2, { value: o.reportTo });
    row++;
  }
  put(row, 1, { value: `BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU — ${o.title}`, style: { bold: true, size: 13, wrap: true } });
  sheet.merges.push(`A${row}:${last}${row}`);
  row++;
  if (o.source) {
    put(row, 1, { value: `Nguồn: ${o.source}`, style: { italic: true, size: 9, wrap: true } });
    sheet.merges.push(`A${row}:${last}${row}`);
    row++;
  }
  const group = o.book.collective ? ` "${o.book.name}" là nhóm đơn vị: gửi một báo cáo chung cho cả nhóm.` : '';
  put(row, 1, {
    value: `Điền "${LEAD_HEADERS.value}", "${LEAD_HEADERS.evidence}" (số văn bản, đường dẫn) và "${LEAD_HEADERS.note}"; "${LEAD_HEADERS.status}" tự tính so với mục tiêu ${o.targetYear} (chỉ tiêu định tính: chọn Vượt, Đạt hoặc Chưa đạt).${group}`,
    style: { italic: true, size: 9, wrap: true },
  });
  sheet.merges.push(`A${row}:${last}${row}`);
  const headerRow = row + 2;
  // The status column's colours, on the free row above the header (rows under the table are read as indicators).
  colourLegendRow(sheet, row + 1, col.text, statusLegendTitle(LEAD_HEADERS.status), statusLegend());
  order.forEach(([, h], i) => put(headerRow, i + 1, { value: h, style: HEADER }));
  HELPER_NAMES.forEach((n, i) => put(headerRow, firstHelper + i, { value: `_${n}` }));
  sheet.frozen = { rows: headerRow, columns: 2 };

  row = headerRow + 1;
  const rows = new Map<string, number>();
  let currentGroup: string | undefined;
  for (const a of o.book.assignments) {
    if (a.group.id !== currentGroup) {
      currentGroup = a.group.id;
      const gs: CellStyle = { ...CELL, bold: true, colour: 'section' };
      for (let c = 1; c <= width; c++) put(row, c, { value: c === 2 ? (a.group.row ? `${a.group.row}. ${a.group.title}` : a.group.title) : null, style: gs });
      row++;
    }
    writeRow(a, row);
    rows.set(a.indicator.id, row);
    row++;
  }
  const lastRow = row - 1;

  function writeRow(a: Assignment, r: number): void {
    const i = a.indicator;
    const printed = i.values[o.printedYear] ?? null;
    const h = helperCells(r, firstHelper);
    put(r, col.id, { value: i.id, style: { ...CELL, align: 'center' } });
    put(r, col.text, { value: i.text, style: CELL });
    put(r, col.partners, { value: i.partners?.join('; ') ?? null, style: CELL });
    // The document's numbers as numbers with its decimals; a "Duy trì" row's printed result is its threshold, kept as printed.
    const printedCell = comparesWithPrevious(i.target) || printed instanceof Date ? { value: printed instanceof Date ? printedDate(printed.toISOString().slice(0, 10)) : printed } : printedResultCell(printed);
    put(r, col.printed, { value: printedCell.value, style: { ...CELL, align: 'center', colour: 'section', ...('numFmt' in printedCell && printedCell.numFmt ? { numFmt: printedCell.numFmt } : {}) } });
    put(r, col.target, { value: i.target ?? null, style: { ...CELL, align: 'center' } });
    const input = address(r, col.value);
    put(r, col.value, { value: null, style: { ...INPUT, align: 'center' } });
    put(r, col.evidence, { value: null, style: INPUT });
    put(r, col.note, { value: null, style: INPUT });
    put(r, col.role, { value: roleText(a), style: { ...CELL, ...(a.role === 'lead' ? {} : { italic: true }) } });
    const status = address(r, col.status);
    if (!isMeasurable(i.target)) {
      put(r, col.status, { value: null, style: { ...CELL, align: 'center', unlocked: true } });
      sheet.validations.push({ range: status, items: STATUS_CHOICES, errorStyle: 'stop', prompt: { title: i.id, text: 'Chỉ tiêu định tính: chọn Vượt, Đạt hoặc Chưa đạt.' } });
      sheet.validations.push({ range: input, errorStyle: 'information', prompt: { title: i.id, text: 'Ghi kết quả của kỳ; cột "Đánh giá": chọn Vượt, Đạt hoặc Chưa đạt.' } });
      return;
    }
    const threshold = thresholdOf(i.target, printed);
    const quantity = threshold.kind === 'threshold' ? threshold.threshold.quantity : 'percent';
    sheet.validations.push(
      quantity === 'bool' ? { range: input, items: ['Có', 'Không'], errorStyle: 'warning', prompt: { title: i.id, text: prompt(quantity, o.targetYear) } } : { range: input, errorStyle: 'information', prompt: { title: i.id, text: prompt(quantity, o.targetYear) } },
    );
    // Only the period's result is judged: the printed year's cells stay empty.
    (['P_lo', 'P_loI', 'P_hi', 'P_hiI'] as const).forEach((n) => sheet.cells.set(h[n], { value: '' }));
    const formulas = { ...inputFormulas(input, quantity, h), ...selectionFormulas(h), code: codeFormula(h), result: resultFormula(h) };
    for (const [n, f] of Object.entries(formulas)) if (f !== undefined) sheet.cells.set(h[n as keyof typeof h], { formula: f });
    for (const [n, c] of Object.entries(thresholdCells(threshold, threshold, h))) if (c) sheet.cells.set(h[n as keyof typeof h], c);
    put(r, col.status, { formula: statusFormula(h), style: { ...CELL, align: 'center', bold: true } });
  }

  if (lastRow > headerRow) {
    const s = columnLetter(col.status);
    const tl = `${s}${headerRow + 1}`;
    sheet.conditionalFormats.push({
      range: `${tl}:${s}${lastRow}`,
      rules: [
        { formula: `OR(${tl}="Vượt",${tl}="Đạt")`, colour: 'full' },
        { formula: `${tl}="Chưa đạt"`, colour: 'zero' },
        { formula: `OR(${tl}="?",${tl}="${STATUS_TEXT.U}")`, colour: 'partial' },
      ],
    });
  }
  sheet.print = { orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: `${headerRow}:${headerRow}`, footer: `${o.book.name}${o.period ? ` — ${o.period}` : ''}` };
  return { sheet, headerRow, columns: col, rows };
}
