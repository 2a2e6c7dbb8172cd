/**
 * A member unit's data sheet: the header block, then one row per criterion with the document's text
 * and bands, input cells for the self-assessed value, evidence and appraised value, and native formulas
 * for the points (self and appraised), section subtotals and the total — so the sheet scores itself
 * in Excel or LibreOffice without the add-in. Plus an instructions sheet in Vietnamese.
 */
import { citeSource, formatNumber, shortTitle, type CompiledCriterion, type CompiledRubric } from '../../engine';
import { documentLabel } from '../../rubrics/shared-store';
import { address, columnLetter } from '../a1';
import { helperFormulas, pointsFormula } from '../native-formulas';
import { emptySheet, type CellSpec, type SheetSpec, type WorkbookSpec } from '../spec';
import { DATA_SHEET_NAME, HEADER_BLOCK, INSTRUCTIONS_SHEET_NAME, TABLE_HEADERS } from './data-sheet-contract';

export interface TemplateInfo {
  unit: string;
  khoi?: string;
  period?: string;
  category?: string;
}

/** Column numbers of the table (1-based), in the contract's order, then the hidden helpers. */
export const COL = { id: 1, text: 2, how: 3, self: 4, evidence: 5, appraised: 6, selfPoints: 7, appraisedPoints: 8, max: 9 } as const;
const HELPERS = { self: [10, 11, 12], appraised: [13, 14, 15] } as const;

export const TABLE_HEADER_ROW = 10;
/** The Khối's columns (appraised value and points): locked, grey, marked above the header. */
const KHOI_COLUMNS: number[] = [COL.appraised, COL.appraisedPoints];
const KHOI_COLUMNS_NOTE = 'Do Khối ghi (thẩm định) — đơn vị không nhập';

function howToScore(c: CompiledCriterion): string {
  if (c.kind === 'manual') return `Chấm trực tiếp từ 0 đến ${formatNumber(c.max, 'vi')} điểm (Khối thẩm định, chấm).`;
  return c.bands.map((b) => `${b.text}: ${formatNumber(b.points, 'vi')} điểm`).join('\n');
}

function inputFormat(c: CompiledCriterion): string | undefined {
  if (c.kind === 'percent') return '0.0%';
  if (c.kind === 'count') return '0';
  if (c.kind === 'manual') return '0.0';
  return undefined;
}

function inputPrompt(c: CompiledCriterion): string {
  switch (c.kind) {
    case 'percent':
      return 'Nhập tỷ lệ: 95%, 95,5% hoặc 0,95.';
    case 'count':
      return 'Nhập số lượng (số nguyên), ví dụ 20.';
    case 'bool':
      return 'Chọn Có hoặc Không (cũng nhận: co, khong, x).';
    case 'choice':
      return `Chọn một mức: ${c.bands.map((b) => b.text).join('; ')}.`;
    case 'manual':
      return `Điểm từ 0 đến ${formatNumber(c.max, 'vi')}; thường do Khối thẩm định, chấm.`;
  }
}

function set(sheet: SheetSpec, row: number, column: number, cell: CellSpec): void {
  sheet.cells.set(address(row, column), cell);
}

export function dataSheetSpec(rubric: CompiledRubric, info: TemplateInfo): SheetSpec {
  const sheet = emptySheet(DATA_SHEET_NAME, false);
  sheet.protect = true;
  sheet.columns = [
    { width: 8 },
    { width: 58 },
    { width: 42 },
    // Wide enough for the longest level a unit picks ("Triển khai ít nhất 2 lần/năm"); longer ones wrap.
    { width: 28 },
    { width: 32 },
    { width: 28 },
    { width: 11 },
    { width: 11 },
    { width: 10 },
    ...Array.from({ length: 6 }, () => ({ width: 12, hidden: true })),
  ];

  set(sheet, 1, 1, { value: 'PHIẾU TỰ ĐÁNH GIÁ, CHẤM ĐIỂM THI ĐUA', style: { bold: true, size: 14 } });
  sheet.merges.push('A1:I1');
  set(sheet, 2, 1, { value: rubric.data.title, style: { italic: true, wrap: true } });
  sheet.merges.push('A2:I2');

  const block: [string, string][] = [
    [HEADER_BLOCK.unit, info.unit],
    [HEADER_BLOCK.khoi, info.khoi ?? ''],
    [HEADER_BLOCK.period, info.period ?? ''],
    [HEADER_BLOCK.rubric, documentLabel(rubric.data)],
    [HEADER_BLOCK.category, info.category ?? ''],
  ];
  block.forEach(([label, value], i) => {
    const row = 4 + i;
    set(sheet, row, 1, { value: label, style: { bold: true } });
    sheet.merges.push(`A${row}:B${row}`, `C${row}:E${row}`);
    set(sheet, row, 3, { value, style: { unlocked: label !== HEADER_BLOCK.rubric, border: true, colour: label === HEADER_BLOCK.rubric ? 'section' : 'input' } });
  });
  set(sheet, 9, 1, { value: `Nguồn: ${citeSource(rubric.data.source)}`, style: { italic: true, size: 9 } });

  TABLE_HEADERS.forEach((h, i) => set(sheet, TABLE_HEADER_ROW, i + 1, { value: h, style: { bold: true, colour: KHOI_COLUMNS.includes(i + 1) ? 'section' : 'header', wrap: true, align: 'center', vertical: 'middle', border: true, ...(KHOI_COLUMNS.includes(i + 1) ? { italic: true } : {}) } }));
  set(sheet, TABLE_HEADER_ROW - 1, COL.appraised, { value: KHOI_COLUMNS_NOTE, style: { italic: true, size: 9, bold: true, fontColour: '595959' } });
  sheet.merges.push(`${address(TABLE_HEADER_ROW - 1, COL.appraised)}:${address(TABLE_HEADER_ROW - 1, COL.appraisedPoints)}`);
  ['h1', 'h2', 'h3', 'h1', 'h2', 'h3'].forEach((h, i) => set(sheet, TABLE_HEADER_ROW, 10 + i, { value: `_${i < 3 ? 'tu' : 'td'}_${h}` }));
  sheet.frozen = { rows: TABLE_HEADER_ROW, columns: 2 };

  let row = TABLE_HEADER_ROW + 1;
  const sectionRows: number[] = [];
  const criterionRanges: string[] = [];
  for (const section of rubric.sections) {
    const sectionRow = row++;
    sectionRows.push(sectionRow);
    const first = row;
    for (const c of section.criteria) {
      const r = row++;
      const base = { border: true, vertical: 'top' as const };
      set(sheet, r, COL.id, { value: c.id, style: { ...base, align: 'center' } });
      set(sheet, r, COL.text, { value: c.text, style: { ...base, wrap: true } });
      set(sheet, r, COL.how, { value: howToScore(c), style: { ...base, wrap: true, size: 9 } });
      const fmt = inputFormat(c);
      set(sheet, r, COL.self, { value: null, style: { ...base, unlocked: true, wrap: true, ...(fmt ? { numFmt: fmt } : {}), align: 'center' } });
      // The Khối's column: locked and grey on the member's sheet (the appraisal workbook is where it is filled).
      set(sheet, r, COL.appraised, { value: null, style: { ...base, colour: 'section', italic: true, wrap: true, ...(fmt ? { numFmt: fmt } : {}), align: 'center' } });
      set(sheet, r, COL.evidence, { value: null, style: { ...base, unlocked: true, wrap: true } });

      const helperCells = (cols: readonly number[]) => ({ h1: address(r, cols[0] as number), h2: address(r, cols[1] as number), h3: address(r, cols[2] as number) });
      const selfH = helperCells(HELPERS.self);
      const apprH = helperCells(HELPERS.appraised);
      const selfF = helperFormulas(c, address(r, COL.self), selfH);
      const apprF = helperFormulas(c, address(r, COL.appraised), apprH);
      HELPERS.self.forEach((col, i) => set(sheet, r, col, { formula: [selfF.h1, selfF.h2, selfF.h3][i] as string }));
      HELPERS.appraised.forEach((col, i) => set(sheet, r, col, { formula: [apprF.h1, apprF.h2, apprF.h3][i] as string }));
      set(sheet, r, COL.selfPoints, { formula: pointsFormula(c, selfH.h3), style: { ...base, align: 'center', numFmt: '0.0#' } });
      set(sheet, r, COL.appraisedPoints, {
        formula: `IF(${apprH.h3}="",${address(r, COL.selfPoints)},${pointsFormula(c, apprH.h3)})`,
        style: { ...base, align: 'center', numFmt: '0.0#' },
      });
      set(sheet, r, COL.max, { value: c.max, style: { ...base, align: 'center' } });

      const prompt = { title: c.id, text: inputPrompt(c).slice(0, 250) };
      sheet.validations.push({ range: address(r, COL.appraised), errorStyle: 'information', prompt: { title: c.id, text: 'Cột của Khối: Thường trực Khối ghi giá trị thẩm định (ô được khoá).' } });
      for (const col of [COL.self]) {
        const cellRange = address(r, col);
        if (c.kind === 'bool') sheet.validations.push({ range: cellRange, items: ['Có', 'Không'], errorStyle: 'warning', prompt, error: { title: c.id, text: 'Nên chọn Có hoặc Không.' } });
        else if (c.kind === 'choice') sheet.validations.push({ range: cellRange, items: c.bands.map((b) => b.text), errorStyle: 'warning', prompt, error: { title: c.id, text: 'Nên chọn một mức trong danh sách.' } });
        else sheet.validations.push({ range: cellRange, errorStyle: 'information', prompt });
      }
    }
    const last = row - 1;
    criterionRanges.push(`${address(first, COL.selfPoints)}:${address(last, COL.appraisedPoints)}`);
    const sectionStyle = { bold: true, colour: 'section' as const, border: true };
    set(sheet, sectionRow, COL.id, { value: section.id, style: { ...sectionStyle, align: 'center' } });
    set(sheet, sectionRow, COL.text, { value: section.title, style: { ...sectionStyle, wrap: true } });
    for (const col of [COL.how, COL.self, COL.evidence, COL.appraised]) set(sheet, sectionRow, col, { value: null, style: sectionStyle });
    for (const col of [COL.selfPoints, COL.appraisedPoints, COL.max]) {
      const letter = columnLetter(col);
      set(sheet, sectionRow, col, { formula: `SUM(${letter}${first}:${letter}${last})`, style: { ...sectionStyle, align: 'center', numFmt: '0.0#' } });
    }
  }
  const totalRow = row;
  const totalStyle = { bold: true, colour: 'total' as const, border: true };
  set(sheet, totalRow, COL.id, { value: null, style: totalStyle });
  set(sheet, totalRow, COL.text, { value: 'Tổng cộng', style: totalStyle });
  for (const col of [COL.how, COL.self, COL.evidence, COL.appraised]) set(sheet, totalRow, col, { value: null, style: totalStyle });
  for (const col of [COL.selfPoints, COL.appraisedPoints, COL.max]) {
    const letter = columnLetter(col);
    set(sheet, totalRow, col, { formula: sectionRows.map((r) => `${letter}${r}`).join('+'), style: { ...totalStyle, align: 'center', numFmt: '0.0#' } });
  }

  for (const range of criterionRanges) {
    const topLeft = range.split(':')[0] as string;
    const rowNo = topLeft.replace(/^[A-Z]+/, '');
    const maxRef = `$${columnLetter(COL.max)}${rowNo}`;
    sheet.conditionalFormats.push({
      range,
      rules: [
        { formula: `${topLeft}=""`, colour: 'missing' },
        { formula: `${topLeft}="?"`, colour: 'zero' },
        { formula: `AND(ISNUMBER(${topLeft}),${topLeft}>=${maxRef})`, colour: 'full' },
        { formula: `AND(ISNUMBER(${topLeft}),${topLeft}>0)`, colour: 'partial' },
        { formula: `AND(ISNUMBER(${topLeft}),${topLeft}=0)`, colour: 'zero' },
      ],
    });
  }
  sheet.print = { orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: `${TABLE_HEADER_ROW}:${TABLE_HEADER_ROW}`, footer: `${info.unit} — ${shortTitle(rubric.data)}` };
  return sheet;
}

export function instructionsSheetSpec(rubric: CompiledRubric): SheetSpec {
  const sheet = emptySheet(INSTRUCTIONS_SHEET_NAME, false);
  sheet.columns = [{ width: 110 }];
  const lines: [string, boolean][] = [
    ['HƯỚNG DẪN NHẬP LIỆU', true],
    [`Bộ tiêu chí: ${rubric.data.title}`, false],
    [`Nguồn: ${citeSource(rubric.data.source)}.`, false],
    ['', false],
    ['1. Ở trang "Dữ liệu", điền tên đơn vị, Khối/nhóm, kỳ đánh giá và loại đơn vị ở phần đầu trang.', false],
    ['2. Với mỗi tiêu chí, nhập "Giá trị tự đánh giá" theo cột "Cách chấm":', false],
    ['   • Tỷ lệ: 95%, 95,5% hoặc 0,95 (nhập 95 cũng được hiểu là 95%).', false],
    ['   • Có/Không: chọn trong danh sách; cũng nhận "co", "khong", "x".', false],
    ['   • Mức có tên (ví dụ "Triển khai thường xuyên"): chọn trong danh sách; gõ không dấu cũng được.', false],
    ['   • Số lượng: số nguyên, ví dụ 20.', false],
    ['   • Mục IV (nhân tố mới, sáng kiến): điểm do Khối thẩm định, chấm từ 0 đến điểm tối đa.', false],
    ['3. Ghi "Minh chứng" (số văn bản, đường dẫn, ghi chú) cho từng tiêu chí.', false],
    ['4. Cột "Giá trị thẩm định" (màu xám, được khoá) là phần của Khối: Thường trực Khối thẩm định trong phiếu thẩm định; điểm thẩm định là điểm chính thức.', false],
    ['5. Điểm tự chấm, điểm thẩm định, điểm từng mục và tổng cộng tự tính bằng công thức của Excel/LibreOffice.', false],
    ['   Màu điểm: xanh = đạt tối đa; vàng = đạt một phần; đỏ = 0 điểm hoặc giá trị không hợp lệ ("?"); xám = chưa nhập.', false],
    ['6. Trang được khoá (không mật khẩu) để tránh sửa nhầm công thức; chỉ các ô nhập liệu được mở.', false],
    ['7. Gửi tệp này cho Thường trực Khối; không đổi tên các cột của bảng.', false],
  ];
  lines.forEach(([text, bold], i) => sheet.cells.set(`A${i + 1}`, { value: text, style: { bold, size: bold ? 14 : 11, wrap: true } }));
  return sheet;
}

export function templateWorkbook(rubric: CompiledRubric, info: TemplateInfo): WorkbookSpec {
  return { title: `${info.unit} — ${shortTitle(rubric.data)}`, sheets: [dataSheetSpec(rubric, info), instructionsSheetSpec(rubric)] };
}
