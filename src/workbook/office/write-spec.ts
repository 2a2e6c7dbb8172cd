/**
 * The Office.js adapter, writing side: puts a WorkbookSpec into the open workbook through the Excel
 * API, in few syncs (one to look at the existing sheets, one to write everything). The same layouts
 * as the .xlsx files, from the same specs. A user's sheet is never touched: a sheet of ours (marked
 * with a custom property) is replaced on re-run, a user's sheet with the same name makes us pick
 * another name.
 */
import { columnLetter, parseAddress } from '../a1';
import { LISTS_SHEET, planLists } from '../lists-plan';
import { fitToExcel } from '../excel-limits';
import { COLOURS, type CellSpec, type CellStyle, type SheetSpec, type WorkbookSpec } from '../spec';
import { type XlContext, type XlRange, type XlWorksheet } from './excel-api';

export const GENERATED_PROPERTY = 'ktd5';

/** Excel's column width unit (characters) to the points Office.js expects. */
const POINTS_PER_CHARACTER = 5.6;

/**
 * Text goes in with a quote prefix: Excel reads values written through the API like typed input, so
 * "=HYPERLINK(…)" would become a formula, "95%" a number and "1/2" a date. Prefixed, text stays text.
 */
export function literal(value: string | number | boolean | null): string | number | boolean {
  if (value === null) return '';
  return typeof value === 'string' && value !== '' ? `'${value}` : value;
}

function applyStyle(range: XlRange, style: CellStyle | undefined): void {
  const s = style ?? {};
  const colour = s.colour ? COLOURS[s.colour] : undefined;
  if (colour) range.format.fill.color = `#${colour.fill}`;
  const fontColour = s.fontColour ?? colour?.font;
  if (fontColour) range.format.font.color = `#${fontColour}`;
  if (s.bold) range.format.font.bold = true;
  if (s.italic) range.format.font.italic = true;
  if (s.size) range.format.font.size = s.size;
  if (s.numFmt) range.numberFormat = [[s.numFmt]];
  if (s.wrap) range.format.wrapText = true;
  if (s.align) range.format.horizontalAlignment = s.align === 'center' ? 'Center' : s.align === 'right' ? 'Right' : 'Left';
  if (s.wrap || s.align || s.vertical) range.format.verticalAlignment = s.vertical === 'middle' ? 'Center' : 'Top';
  if (s.border) {
    for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const) {
      const b = range.format.borders.getItem(edge);
      b.style = 'Continuous';
      b.color = '#BFBFBF';
    }
  }
  range.format.protection.locked = !s.unlocked;
}

function writeCell(ws: XlWorksheet, address: string, cell: CellSpec): void {
  const range = ws.getRange(address);
  // The number format goes first, so a value written next is read under it.
  applyStyle(range, cell.style);
  if (cell.formula !== undefined) range.formulas = [[`=${cell.formula}`]];
  else if (cell.value !== undefined && cell.value !== null) range.values = [[literal(cell.value)]];
}

function writeSheet(ws: XlWorksheet, spec: SheetSpec, listRange: (items: string[]) => string): void {
  spec.columns.forEach((c, i) => {
    const column = ws.getRange(`${columnLetter(i + 1)}:${columnLetter(i + 1)}`);
    column.format.columnWidth = c.width * POINTS_PER_CHARACTER;
    if (c.hidden) column.columnHidden = true;
  });
  for (const [address, cell] of spec.cells) writeCell(ws, address, cell);
  for (const merge of spec.merges) ws.getRange(merge).merge(false);
  for (const v of spec.validations) {
    const range = ws.getRange(v.range);
    const source = v.items ? `=${listRange(v.items)}` : v.source ? `=${v.source.replace(/^=/, '')}` : undefined;
    if (source) range.dataValidation.rule = { list: { inCellDropDown: true, source } };
    range.dataValidation.ignoreBlanks = true;
    if (v.prompt) range.dataValidation.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.text };
    if (v.error) range.dataValidation.errorAlert = { showAlert: true, style: v.errorStyle === 'stop' ? 'Stop' : v.errorStyle === 'warning' ? 'Warning' : 'Information', title: v.error.title, message: v.error.text };
  }
  for (const cf of spec.conditionalFormats) {
    const range = ws.getRange(cf.range);
    for (const rule of cf.rules) {
      const f = range.conditionalFormats.add('Custom');
      f.custom.rule.formula = `=${rule.formula}`;
      f.custom.format.fill.color = `#${COLOURS[rule.colour].fill}`;
      f.custom.format.font.color = `#${COLOURS[rule.colour].font}`;
      f.stopIfTrue = true;
    }
  }
  for (const bar of spec.dataBars) {
    const f = ws.getRange(bar.range).conditionalFormats.add('DataBar');
    f.dataBar.positiveFormat.fillColor = `#${bar.colour}`;
    f.dataBar.lowerBoundRule = { type: 'Number', formula: String(bar.min ?? 0) };
    f.dataBar.upperBoundRule = bar.max === undefined ? { type: 'Highest' } : { type: 'Number', formula: String(bar.max) };
  }
  if (spec.frozen) {
    const { rows, columns } = spec.frozen;
    if (rows > 0 && columns > 0) ws.freezePanes.freezeAt(`A1:${columnLetter(columns)}${rows}`);
    else if (rows > 0) ws.freezePanes.freezeRows(rows);
    else if (columns > 0) ws.freezePanes.freezeColumns(columns);
  }
  if (spec.print) {
    ws.pageLayout.orientation = spec.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    ws.pageLayout.paperSize = 'A4';
    if (spec.print.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (spec.print.titleRows) ws.pageLayout.setPrintTitleRows(spec.print.titleRows.split(':').map((r) => `$${r}`).join(':'));
    if (spec.print.header) ws.pageLayout.headersFooters.defaultForAllPages.centerHeader = spec.print.header;
    if (spec.print.footer) ws.pageLayout.headersFooters.defaultForAllPages.leftFooter = spec.print.footer;
    ws.pageLayout.headersFooters.defaultForAllPages.rightFooter = 'Trang &P/&N';
  }
  // Charts go in the same batch as the cells, before the sheet is protected.
  for (const chart of spec.charts ?? []) {
    const c = ws.charts.add(chart.type, ws.getRange(chart.range), 'Columns');
    c.title.text = chart.title;
    c.legend.position = 'Bottom';
    c.setPosition(chart.from, chart.to);
  }
  if (spec.hidden) ws.visibility = 'Hidden';
  if (spec.protect) ws.protection.protect({ allowFormatColumns: true, allowFormatRows: true, selectionMode: 'Normal' });
}

export interface WriteResult {
  /** The sheet names actually used, in the spec's order (a user's sheet of the same name makes us pick another). */
  sheets: string[];
  replaced: string[];
}

/** A free name: "Xếp hạng", else "Xếp hạng (2)", … (Excel's 31-character limit kept). */
function freeName(wanted: string, taken: Set<string>): string {
  const lower = (s: string) => s.toLocaleLowerCase('vi');
  const used = new Set([...taken].map(lower));
  if (!used.has(lower(wanted))) return wanted;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = `${wanted.slice(0, 31 - suffix.length)}${suffix}`;
    if (!used.has(lower(name))) return name;
  }
}

/**
 * Writes the spec's sheets into the workbook: two syncs to look, one to write. Each sheet of ours
 * carries its layout name in a custom property, so a re-run finds and replaces it even when a
 * user's sheet had taken the name and ours became "Xếp hạng (2)". Old sheets are renamed aside and
 * deleted only after the new ones exist (a workbook may never be left without a sheet).
 */
export async function writeWorkbookSpec(context: XlContext, given: WorkbookSpec): Promise<WriteResult> {
  const { spec } = fitToExcel(given); // Excel's limits (cell text, footer, sheet names): see excel-limits.ts
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const existing = sheets.items.map((ws) => ({ ws, marker: ws.customProperties.getItemOrNullObject(GENERATED_PROPERTY) }));
  for (const e of existing) e.marker.load('value');
  await context.sync();
  const ours = new Map(existing.filter((e) => !e.marker.isNullObject).map((e) => [String(e.marker.value), e.ws]));
  const taken = new Set(existing.map((e) => e.ws.name));

  const replaced: string[] = [];
  const retired: XlWorksheet[] = [];
  const names: string[] = [];
  const lists = planLists(spec.sheets);
  const wanted = [...spec.sheets, ...(lists.columns.length > 0 ? [null] : [])];
  for (const sheetSpec of wanted) {
    const baseName = sheetSpec ? sheetSpec.name : LISTS_SHEET;
    const old = ours.get(baseName);
    if (old) {
      taken.delete(old.name);
      old.name = `~ktd5 ${retired.length + 1}`;
      retired.push(old);
      replaced.push(baseName);
    }
    const name = freeName(baseName, taken);
    taken.add(name);
    const ws = sheets.add(name);
    ws.customProperties.add(GENERATED_PROPERTY, baseName);
    if (sheetSpec) {
      writeSheet(ws, sheetSpec, lists.rangeOf);
      names.push(name);
    } else {
      lists.columns.forEach((items, c) => {
        const letter = columnLetter(c + 1);
        ws.getRange(`${letter}1:${letter}${items.length}`).values = items.map((item) => [literal(item)]);
      });
      ws.visibility = 'VeryHidden';
    }
  }
  const first = names[0];
  if (first) sheets.getItem(first).activate();
  for (const ws of retired) ws.delete();
  await context.sync();
  return { sheets: names, replaced };
}

/** Selects a cell (e.g. a criterion's input cell when the user clicks it in the pane). */
export async function selectCell(context: XlContext, sheet: string, address: string): Promise<void> {
  if (!parseAddress(address)) throw new Error(`not a cell address: ${address}`);
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(address).select();
  await context.sync();
}
