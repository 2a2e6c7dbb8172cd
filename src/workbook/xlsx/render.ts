/**
 * Renders a WorkbookSpec with exceljs into .xlsx bytes. Works in Node and in the browser (the
 * standalone page loads exceljs only when it reads or writes a file).
 */
import type ExcelJS from 'exceljs';
import { printReady } from '../print';
import { headerFooterText } from '../header-footer';
import { fitToExcel } from '../excel-limits';
import { LISTS_SHEET, planLists, type ListsPlan } from '../lists-plan';
import { COLOURS, type CellSpec, type CellStyle, type SheetSpec, type WorkbookSpec } from '../spec';

const argb = (hex: string): string => `FF${hex}`;

function applyStyle(cell: ExcelJS.Cell, style: CellStyle | undefined): void {
  if (!style) {
    cell.protection = { locked: true };
    return;
  }
  const colour = style.colour ? COLOURS[style.colour] : undefined;
  const fontColour = style.fontColour ?? colour?.font;
  cell.font = {
    name: 'Times New Roman',
    size: style.size ?? 11,
    ...(style.bold ? { bold: true } : {}),
    ...(style.italic ? { italic: true } : {}),
    ...(fontColour ? { color: { argb: argb(fontColour) } } : {}),
  };
  if (colour) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(colour.fill) } };
  if (style.numFmt) cell.numFmt = style.numFmt;
  if (style.wrap || style.align || style.vertical) {
    cell.alignment = {
      ...(style.wrap ? { wrapText: true } : {}),
      ...(style.align ? { horizontal: style.align } : {}),
      vertical: style.vertical ?? 'top',
    };
  }
  if (style.border) {
    const thin = { style: 'thin' as const, color: { argb: 'FFBFBFBF' } };
    cell.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  cell.protection = { locked: !style.unlocked };
}

function writeCell(cell: ExcelJS.Cell, spec: CellSpec): void {
  if (spec.formula !== undefined) cell.value = { formula: spec.formula } as ExcelJS.CellFormulaValue;
  else if (spec.value !== undefined) cell.value = spec.value; // strings stay strings: never parsed as formulas
  if (spec.note) cell.note = spec.note;
  applyStyle(cell, spec.style);
}

function addListsSheet(wb: ExcelJS.Workbook, plan: ListsPlan): void {
  if (plan.columns.length === 0) return;
  const ws = wb.addWorksheet(LISTS_SHEET, { state: 'veryHidden' });
  plan.columns.forEach((items, c) => items.forEach((item, r) => (ws.getCell(r + 1, c + 1).value = item)));
}

async function renderSheet(wb: ExcelJS.Workbook, spec: SheetSpec, listRange: (items: string[]) => string): Promise<void> {
  const ws = wb.addWorksheet(spec.name, {
    state: spec.hidden ? 'hidden' : 'visible',
    views: spec.frozen ? [{ state: 'frozen', xSplit: spec.frozen.columns, ySplit: spec.frozen.rows }] : [],
    ...(spec.print
      ? {
          pageSetup: {
            paperSize: 9,
            orientation: spec.print.orientation,
            fitToPage: spec.print.fitToWidth,
            fitToWidth: 1,
            fitToHeight: 0,
            ...(spec.print.margins ? { margins: { ...spec.print.margins } } : {}),
            ...(spec.print.titleRows ? { printTitlesRow: spec.print.titleRows } : {}),
          },
          headerFooter: {
            ...(spec.print.header ? { oddHeader: `&C${headerFooterText(spec.print.header)}` } : {}),
            oddFooter: `${spec.print.footer ? `&L${headerFooterText(spec.print.footer)}` : ''}&RTrang &P/&N`,
          },
        }
      : {}),
  });
  spec.columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    if (c.hidden) col.hidden = true;
  });
  for (const [addr, cell] of spec.cells) writeCell(ws.getCell(addr), cell);
  for (const [row, height] of spec.rowHeights ?? []) ws.getRow(row).height = height;
  for (const row of spec.print?.rowBreaks ?? []) ws.getRow(row).addPageBreak(); // a new page after this row
  for (const range of spec.merges) ws.mergeCells(range);
  for (const v of spec.validations) {
    const source = v.items ? listRange(v.items) : v.source;
    const common = {
      allowBlank: true,
      showInputMessage: Boolean(v.prompt),
      ...(v.prompt ? { promptTitle: v.prompt.title, prompt: v.prompt.text } : {}),
      showErrorMessage: Boolean(v.error),
      errorStyle: v.errorStyle,
      ...(v.error ? { errorTitle: v.error.title, error: v.error.text } : {}),
    };
    // A prompt-only validation ("any value") still shows the input message.
    const rule = source ? { type: 'list' as const, formulae: [source], ...common } : { type: 'any' as const, ...common };
    (ws as unknown as { dataValidations: { add(a: string, v: object): void } }).dataValidations.add(v.range, rule);
  }
  let priority = 1;
  for (const cf of spec.conditionalFormats) {
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: cf.rules.map((r) => ({
        type: 'expression',
        priority: priority++,
        stopIfTrue: true,
        formulae: [r.formula],
        style: {
          fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(COLOURS[r.colour].fill) } },
          font: { color: { argb: argb(COLOURS[r.colour].font) } },
        },
      })),
    });
  }
  for (const bar of spec.dataBars) {
    ws.addConditionalFormatting({
      ref: bar.range,
      rules: [{ type: 'dataBar', priority: priority++, cfvo: [{ type: 'num', value: bar.min ?? 0 }, bar.max === undefined ? { type: 'max' } : { type: 'num', value: bar.max }], color: { argb: argb(bar.colour) } } as unknown as ExcelJS.ConditionalFormattingRule],
    });
  }
  // spec.charts are not rendered: exceljs cannot write charts. The files keep their data bars, and
  // each chart's data block is on the sheet, so a chart is one click away in Excel or LibreOffice.
  if (spec.protect) await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
}

/** exceljs's Workbook class: the package's by default; the CLI passes its module alone (cli/xlsx-writer.ts). */
export type WorkbookClass = new () => ExcelJS.Workbook;

function packageWorkbook(): WorkbookClass {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('exceljs') as typeof ExcelJS).Workbook;
}

/** The .xlsx bytes of a workbook spec. Formulas are left for the spreadsheet to compute on open. */
export async function renderXlsx(given: WorkbookSpec, Workbook: WorkbookClass = packageWorkbook()): Promise<Uint8Array> {
  const wanted = printReady(given); // A4, one page wide, header, row heights: see print.ts
  const { spec } = fitToExcel(wanted); // callers that report the cuts fit first; fitting twice changes nothing
  const wb = new Workbook();
  wb.creator = 'KTD5';
  wb.calcProperties.fullCalcOnLoad = true;
  if (spec.title) wb.title = spec.title;
  const lists = planLists(spec.sheets);
  for (const sheet of spec.sheets) await renderSheet(wb, sheet, lists.rangeOf);
  addListsSheet(wb, lists); // last, so the user's first sheet stays first
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
