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

/** exceljs's style model of a cell: what applyStyle used to set property by property. */
function styleModel(style: CellStyle | undefined): Partial<ExcelJS.Style> {
  if (!style) return { protection: { locked: true } };
  const colour = style.colour ? COLOURS[style.colour] : undefined;
  const fontColour = style.fontColour ?? colour?.font;
  const model: Partial<ExcelJS.Style> = {
    font: {
      name: 'Times New Roman',
      size: style.size ?? 11,
      ...(style.bold ? { bold: true } : {}),
      ...(style.italic ? { italic: true } : {}),
      ...(fontColour ? { color: { argb: argb(fontColour) } } : {}),
    },
  };
  if (colour) model.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(colour.fill) } };
  if (style.numFmt) model.numFmt = style.numFmt;
  if (style.wrap || style.align || style.vertical) {
    model.alignment = {
      ...(style.wrap ? { wrapText: true } : {}),
      ...(style.align ? { horizontal: style.align } : {}),
      vertical: style.vertical ?? 'top',
    };
  }
  if (style.border) {
    const thin = { style: 'thin' as const, color: { argb: 'FFBFBFBF' } };
    model.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  model.protection = { locked: !style.unlocked };
  return model;
}

/**
 * One style object for all cells that look alike. exceljs turns each cell's style into XML to find
 * its style id unless it has met the same object before (a WeakMap in its StylesXform): with an
 * object per cell that was most of the write (measured: 1.1 s of 1.5 s for a 200-unit
 * consolidation). Cells are told apart by whether they hold a number too, because exceljs gives a
 * number without a format the General format, other cells none, and the first cell met with an
 * object fixes its id. The styles written are the same as with an object per cell.
 */
class StyleCache {
  private readonly models = new Map<string, Partial<ExcelJS.Style>>();

  of(spec: CellSpec): Partial<ExcelJS.Style> {
    const number = spec.formula === undefined && typeof spec.value === 'number';
    const key = `${number ? 'n' : 'o'}${spec.style ? JSON.stringify(spec.style) : ''}`;
    let model = this.models.get(key);
    if (!model) {
      model = styleModel(spec.style);
      this.models.set(key, model);
    }
    return model;
  }
}

function writeCell(cell: ExcelJS.Cell, spec: CellSpec, styles: StyleCache): void {
  if (spec.formula !== undefined) cell.value = { formula: spec.formula } as ExcelJS.CellFormulaValue;
  else if (spec.value !== undefined) cell.value = spec.value; // strings stay strings: never parsed as formulas
  if (spec.note) cell.note = spec.note;
  // Shared, so never changed in place: exceljs only reads a cell's style when it writes.
  cell.style = styles.of(spec);
}

function addListsSheet(wb: ExcelJS.Workbook, plan: ListsPlan): void {
  if (plan.columns.length === 0) return;
  const ws = wb.addWorksheet(LISTS_SHEET, { state: 'veryHidden' });
  plan.columns.forEach((items, c) => items.forEach((item, r) => (ws.getCell(r + 1, c + 1).value = item)));
}

async function renderSheet(wb: ExcelJS.Workbook, spec: SheetSpec, listRange: (items: string[]) => string, styles: StyleCache): Promise<void> {
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
  for (const [addr, cell] of spec.cells) writeCell(ws.getCell(addr), cell, styles);
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

/**
 * The .xlsx bytes of a workbook spec. Formulas are left for the spreadsheet to compute on open.
 * `stored`: the zip's entries left uncompressed, for a caller that compresses them faster itself
 * (the CLI: cli/deflate-zip.ts).
 */
export async function renderXlsx(given: WorkbookSpec, Workbook: WorkbookClass = packageWorkbook(), stored = false): Promise<Uint8Array> {
  const wanted = printReady(given); // A4, one page wide, header, row heights: see print.ts
  const { spec } = fitToExcel(wanted); // callers that report the cuts fit first; fitting twice changes nothing
  const wb = new Workbook();
  wb.creator = 'KTD5';
  wb.calcProperties.fullCalcOnLoad = true;
  if (spec.title) wb.title = spec.title;
  const lists = planLists(spec.sheets);
  const styles = new StyleCache();
  for (const sheet of spec.sheets) await renderSheet(wb, sheet, lists.rangeOf, styles);
  addListsSheet(wb, lists); // last, so the user's first sheet stays first
  const buffer = await wb.xlsx.writeBuffer(stored ? { zip: { compression: 'STORE' } } : undefined);
  return new Uint8Array(buffer as ArrayBuffer);
}
