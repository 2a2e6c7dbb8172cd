/**
 * One SheetSpec into one worksheet through Office.js, in operations Excel accepts and that fit its
 * request limit: column widths per run of equal columns, formats per rectangle of cells sharing a
 * style, values and formulas per block of rows (null leaves a cell alone), conditional-format rules
 * added so that the spec's first rule ends at the top priority, as the .xlsx renderer numbers them.
 */
import { columnLetter, parseAddress } from '../a1';
import { headerFooterText as headerText } from '../header-footer';
import { COLOURS, type CellSpec, type CellStyle, type SheetSpec } from '../spec';
import { ACTION_BYTES, jsonBytes, type Batch } from './batch';
import { type XlRange, type XlWorksheet } from './excel-api';

/** Excel's column width unit (characters) to the points Office.js expects. */
const POINTS_PER_CHARACTER = 5.6;
/** Rows per values/formulas block are chosen so one block stays under this many bytes. */
const BLOCK_BYTES = 600_000;

export interface SheetTargets {
  /** The lists sheet's range holding these items (the source of a dropdown). */
  listRange(items: string[]): XlRange | undefined;
  /** A formula with references to renamed sheets of this write pointed at their actual names. */
  retarget(formula: string): string;
}

/**
 * Text goes in with a quote prefix: Excel reads values written through the API like typed input, so
 * "=HYPERLINK(…)" would become a formula, "95%" a number and "1/2" a date. Prefixed, text stays text.
 */
export function literal(value: string | number | boolean | null): string | number | boolean {
  if (value === null) return '';
  return typeof value === 'string' && value !== '' ? `'${value}` : value;
}

/** A formula as a user types it: "_xlfn."/"_xlws." are file-format prefixes Office.js does not take. */
export function typedFormula(formula: string): string {
  const parts = formula.split(/("(?:[^"]|"")*")/);
  return `=${parts.map((p, i) => (i % 2 === 1 ? p : p.replace(/_xl(?:fn|ws)\./gi, ''))).join('')}`;
}

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** The format part of a style (the number format travels with the values). */
function formatKey(style: CellStyle | undefined): string {
  if (!style) return '';
  const { numFmt: _n, ...rest } = style;
  void _n;
  const keys = Object.keys(rest).filter((k) => rest[k as keyof typeof rest] !== undefined && rest[k as keyof typeof rest] !== false);
  return keys.length === 0 ? '' : JSON.stringify(Object.fromEntries(keys.sort().map((k) => [k, rest[k as keyof typeof rest]])));
}

interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
  key: string;
}

/** Cells sharing a style, as rectangles: runs along each row, stacked while the next row repeats them. */
export function styleRects(cells: Map<string, CellSpec>): Rect[] {
  const rows = new Map<number, { col: number; key: string }[]>();
  for (const [address, cell] of cells) {
    const key = formatKey(cell.style);
    if (!key) continue;
    const a = parseAddress(address);
    if (!a) continue;
    (rows.get(a.row) ?? rows.set(a.row, []).get(a.row)!).push({ col: a.column, key });
  }
  const done: Rect[] = [];
  let open = new Map<string, Rect>();
  for (const row of [...rows.keys()].sort((x, y) => x - y)) {
    const runs: Rect[] = [];
    for (const c of rows.get(row)!.sort((x, y) => x.col - y.col)) {
      const last = runs[runs.length - 1];
      if (last && last.key === c.key && last.right === c.col - 1) last.right = c.col;
      else runs.push({ top: row, bottom: row, left: c.col, right: c.col, key: c.key });
    }
    const next = new Map<string, Rect>();
    for (const r of runs) {
      const id = `${r.left}:${r.right}:${r.key}`;
      const prev = open.get(id);
      if (prev && prev.bottom === row - 1) {
        prev.bottom = row;
        next.set(id, prev);
        open.delete(id);
      } else next.set(id, r);
    }
    done.push(...open.values());
    open = next;
  }
  done.push(...open.values());
  return done;
}

const a1 = (r: Rect) => `${columnLetter(r.left)}${r.top}:${columnLetter(r.right)}${r.bottom}`;

async function applyStyle(ws: XlWorksheet, rect: Rect, batch: Batch): Promise<void> {
  const s = JSON.parse(rect.key) as CellStyle;
  const range = ws.getRange(a1(rect));
  const set = async (fn: () => void) => {
    await batch.reserve();
    fn();
  };
  const colour = s.colour ? COLOURS[s.colour] : undefined;
  if (colour) await set(() => (range.format.fill.color = `#${colour.fill}`));
  const fontColour = s.fontColour ?? colour?.font;
  if (fontColour) await set(() => (range.format.font.color = `#${fontColour}`));
  if (s.bold) await set(() => (range.format.font.bold = true));
  if (s.italic) await set(() => (range.format.font.italic = true));
  if (s.size) await set(() => (range.format.font.size = s.size as number));
  if (s.wrap) await set(() => (range.format.wrapText = true));
  if (s.align) await set(() => (range.format.horizontalAlignment = s.align === 'center' ? 'Center' : s.align === 'right' ? 'Right' : 'Left'));
  if (s.wrap || s.align || s.vertical) await set(() => (range.format.verticalAlignment = s.vertical === 'middle' ? 'Center' : 'Top'));
  if (s.border) {
    // Edge borders draw the rectangle's outline only; the inside lines are their own borders.
    const edges = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', ...(rect.bottom > rect.top ? ['InsideHorizontal' as const] : []), ...(rect.right > rect.left ? ['InsideVertical' as const] : [])] as const;
    for (const edge of edges) {
      await batch.reserve(2 * ACTION_BYTES);
      const b = range.format.borders.getItem(edge);
      b.style = 'Continuous';
      b.color = '#BFBFBF';
    }
  }
  if (s.unlocked) await set(() => (range.format.protection.locked = false));
}

/** Values, formulas and number formats, one block of rows at a time. */
async function writeBlocks(ws: XlWorksheet, spec: SheetSpec, targets: SheetTargets, batch: Batch): Promise<void> {
  const placed: { row: number; col: number; cell: CellSpec }[] = [];
  for (const [address, cell] of spec.cells) {
    const a = parseAddress(address);
    if (a) placed.push({ row: a.row, col: a.column, cell });
  }
  if (placed.length === 0) return;
  const left = Math.min(...placed.map((p) => p.col));
  const right = Math.max(...placed.map((p) => p.col));
  const byRow = new Map<number, { col: number; cell: CellSpec }[]>();
  for (const p of placed) (byRow.get(p.row) ?? byRow.set(p.row, []).get(p.row)!).push(p);
  const rows = [...byRow.keys()].sort((x, y) => x - y);
  const width = right - left + 1;
  let i = 0;
  while (i < rows.length) {
    const top = rows[i] as number;
    const inputs: unknown[][] = [];
    const formats: unknown[][] = [];
    let bytes = 0;
    let anyFormat = false;
    let row = top;
    // A block is a run of consecutive rows (gaps of empty rows end it), cut at the byte budget.
    while (i < rows.length && rows[i] === row && (bytes < BLOCK_BYTES || inputs.length === 0)) {
      const input: unknown[] = new Array(width).fill(null);
      const format: unknown[] = new Array(width).fill(null);
      for (const { col, cell } of byRow.get(row)!) {
        if (cell.formula !== undefined) input[col - left] = targets.retarget(typedFormula(cell.formula));
        else if (cell.value !== undefined && cell.value !== null) input[col - left] = literal(cell.value);
        if (cell.style?.numFmt) {
          format[col - left] = cell.style.numFmt;
          anyFormat = true;
        }
      }
      bytes += jsonBytes(input) + jsonBytes(format);
      inputs.push(input);
      formats.push(format);
      i++;
      row++;
    }
    const range = ws.getRange(`${columnLetter(left)}${top}:${columnLetter(right)}${row - 1}`);
    // The number format goes first, so a value written next is read under it.
    if (anyFormat) {
      await batch.reserve(jsonBytes(formats) + ACTION_BYTES);
      range.numberFormat = formats;
    }
    if (inputs.some((r) => r.some((v) => v !== null))) {
      await batch.reserve(jsonBytes(inputs) + ACTION_BYTES);
      range.formulas = inputs;
    }
  }
}

async function writeColumns(ws: XlWorksheet, spec: SheetSpec, batch: Batch): Promise<void> {
  let i = 0;
  while (i < spec.columns.length) {
    const c = spec.columns[i]!;
    let j = i;
    while (j + 1 < spec.columns.length && spec.columns[j + 1]!.width === c.width && Boolean(spec.columns[j + 1]!.hidden) === Boolean(c.hidden)) j++;
    const range = ws.getRange(`${columnLetter(i + 1)}:${columnLetter(j + 1)}`);
    await batch.reserve();
    range.format.columnWidth = c.width * POINTS_PER_CHARACTER;
    if (c.hidden) {
      await batch.reserve();
      range.columnHidden = true;
    }
    i = j + 1;
  }
}

/** Row heights (points), one range per run of consecutive rows of the same height. */
async function writeRowHeights(ws: XlWorksheet, spec: SheetSpec, batch: Batch): Promise<void> {
  const rows = [...(spec.rowHeights ?? [])].sort(([a], [b]) => a - b);
  let i = 0;
  while (i < rows.length) {
    const [top, height] = rows[i]!;
    let j = i;
    while (j + 1 < rows.length && rows[j + 1]![0] === rows[j]![0] + 1 && rows[j + 1]![1] === height) j++;
    await batch.reserve();
    ws.getRange(`${top}:${rows[j]![0]}`).format.rowHeight = height;
    i = j + 1;
  }
}

async function writeValidations(ws: XlWorksheet, spec: SheetSpec, targets: SheetTargets, batch: Batch): Promise<void> {
  for (const v of spec.validations) {
    await batch.reserve(5 * ACTION_BYTES);
    const range = ws.getRange(v.range);
    const source = v.items ? targets.listRange(v.items) : v.source ? targets.retarget(`=${v.source.replace(/^=/, '')}`) : undefined;
    if (source) range.dataValidation.rule = { list: { inCellDropDown: true, source } };
    range.dataValidation.ignoreBlanks = true;
    if (v.prompt) range.dataValidation.prompt = { showPrompt: true, title: clip(v.prompt.title, 32), message: clip(v.prompt.text, 255) };
    if (v.error) range.dataValidation.errorAlert = { showAlert: true, style: v.errorStyle === 'stop' ? 'Stop' : v.errorStyle === 'warning' ? 'Warning' : 'Information', title: clip(v.error.title, 32), message: clip(v.error.text, 225) };
  }
}

/**
 * Office.js adds each conditional format at the top priority, so the rules go in backwards: the
 * spec's first rule (priority 1 in the .xlsx file) is added last and is evaluated first.
 */
async function writeConditionalFormats(ws: XlWorksheet, spec: SheetSpec, targets: SheetTargets, batch: Batch): Promise<void> {
  const rules: (() => void)[] = [];
  for (const cf of spec.conditionalFormats) {
    for (const rule of cf.rules) {
      rules.push(() => {
        const f = ws.getRange(cf.range).conditionalFormats.add('Custom');
        f.custom.rule.formula = targets.retarget(typedFormula(rule.formula));
        f.custom.format.fill.color = `#${COLOURS[rule.colour].fill}`;
        f.custom.format.font.color = `#${COLOURS[rule.colour].font}`;
        f.stopIfTrue = true;
      });
    }
  }
  for (const bar of spec.dataBars) {
    rules.push(() => {
      const f = ws.getRange(bar.range).conditionalFormats.add('DataBar');
      f.dataBar.positiveFormat.fillColor = `#${bar.colour}`;
      f.dataBar.lowerBoundRule = { type: 'Number', formula: String(bar.min ?? 0) };
      f.dataBar.upperBoundRule = bar.max === undefined ? { type: 'HighestValue' } : { type: 'Number', formula: String(bar.max) };
    });
  }
  for (const add of rules.reverse()) {
    await batch.reserve(6 * ACTION_BYTES);
    add();
  }
}

async function writeLayout(ws: XlWorksheet, spec: SheetSpec, batch: Batch): Promise<void> {
  await batch.reserve(20 * ACTION_BYTES);
  if (spec.frozen) {
    const { rows, columns } = spec.frozen;
    if (rows > 0 && columns > 0) ws.freezePanes.freezeAt(`A1:${columnLetter(columns)}${rows}`);
    else if (rows > 0) ws.freezePanes.freezeRows(rows);
    else if (columns > 0) ws.freezePanes.freezeColumns(columns);
  }
  if (spec.print) {
    ws.pageLayout.orientation = spec.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    ws.pageLayout.paperSize = 'A4';
    const m = spec.print.margins;
    if (m) {
      // Inches in the spec, points in Office.js.
      ws.pageLayout.leftMargin = m.left * 72;
      ws.pageLayout.rightMargin = m.right * 72;
      ws.pageLayout.topMargin = m.top * 72;
      ws.pageLayout.bottomMargin = m.bottom * 72;
      ws.pageLayout.headerMargin = m.header * 72;
      ws.pageLayout.footerMargin = m.footer * 72;
    }
    // One page wide, as many pages tall as needed (null: no vertical fit).
    if (spec.print.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: null };
    if (spec.print.titleRows) ws.pageLayout.setPrintTitleRows(spec.print.titleRows.split(':').map((r) => `$${r}`).join(':'));
    if (spec.print.header) ws.pageLayout.headersFooters.defaultForAllPages.centerHeader = headerText(spec.print.header);
    if (spec.print.footer) ws.pageLayout.headersFooters.defaultForAllPages.leftFooter = headerText(spec.print.footer);
    ws.pageLayout.headersFooters.defaultForAllPages.rightFooter = 'Trang &P/&N';
  }
  // Charts go in before the sheet is protected.
  for (const chart of spec.charts ?? []) {
    await batch.reserve(4 * ACTION_BYTES);
    const c = ws.charts.add(chart.type, ws.getRange(chart.range), 'Columns');
    c.title.text = chart.title;
    c.legend.position = 'Bottom';
    c.setPosition(chart.from, chart.to);
  }
  await batch.reserve(2 * ACTION_BYTES);
  if (spec.hidden) ws.visibility = 'Hidden';
  if (spec.protect) ws.protection.protect({ allowFormatColumns: true, allowFormatRows: true, selectionMode: 'Normal' });
}

/**
 * The cells whose format is written: a merged area takes its top-left cell's format throughout, as
 * the .xlsx renderer's merge does, so its borders and fill cover the whole area.
 */
function formattedCells(spec: SheetSpec): Map<string, CellSpec> {
  const out = new Map(spec.cells);
  for (const merge of spec.merges) {
    const [from, to = from] = merge.split(':') as [string, string?];
    const a = parseAddress(from);
    const b = parseAddress(to as string);
    const style = spec.cells.get(from)?.style;
    if (!a || !b || !style) continue;
    for (let r = a.row; r <= b.row; r++) for (let c = a.column; c <= b.column; c++) if (!out.has(`${columnLetter(c)}${r}`)) out.set(`${columnLetter(c)}${r}`, { style });
  }
  return out;
}

/** Writes one sheet (already added or cleared) through the batch, syncing as the budget needs. */
export async function writeSheet(ws: XlWorksheet, spec: SheetSpec, targets: SheetTargets, batch: Batch): Promise<void> {
  await writeColumns(ws, spec, batch);
  await writeRowHeights(ws, spec, batch);
  for (const rect of styleRects(formattedCells(spec))) await applyStyle(ws, rect, batch);
  await writeBlocks(ws, spec, targets, batch);
  for (const merge of spec.merges) {
    await batch.reserve();
    ws.getRange(merge).merge(false);
  }
  await writeValidations(ws, spec, targets, batch);
  await writeConditionalFormats(ws, spec, targets, batch);
  await writeLayout(ws, spec, batch);
}
