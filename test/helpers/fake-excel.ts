/**
 * A strict fake of the Office.js Excel API (the subset in src/workbook/office/excel-api.ts). Its
 * oracle is Excel's documented behaviour (@types/office-js, Microsoft's docs): it refuses what Excel
 * refuses — enum strings not in the typings, bad sheet names, VeryHidden or last visible sheets
 * deleted, references to missing sheets, formulas in file-format syntax, arrays of the wrong size,
 * writes to locked cells of a protected sheet, overlapping merges, validation and header/footer
 * limits, requests or responses over Excel on the web's 5 MB, APIs above the host's ExcelApi version —
 * and it keeps what Excel would show (cells, formats, validations, conditional formats in priority
 * order, merges, charts, page layout, cell notes: fake-notes.ts), so a test can assert what the add-in wrote. Changes apply as
 * they are queued; each sync() checks the request and response bytes queued since the last one.
 */
import { columnIndex, columnLetter } from '../../src/workbook/a1';
import { type XlChart, type XlContext, type XlNotes, type XlRange, type XlWorksheet, type XlWorksheets } from '../../src/workbook/office/excel-api';
import { evaluateRule } from './cf-eval';
import { Loadable, type FakeCell } from './fake-base';
import { checkHeaderFooter, checkSheetName, rewriteSheetRefs, sheetRefs } from './fake-rules';
import { FakeNotes } from './fake-notes';
import { FakeRange, inside, parseBox, type Box } from './fake-range';
import { checkEnum } from './office-enums';

export type { FakeCell } from './fake-base';

/** Excel on the web refuses a request or a response larger than this (bytes). */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  operations: number;
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly validations: { range: string; rule?: unknown; prompt?: unknown; errorAlert?: unknown; ignoreBlanks?: boolean }[] = [];
  /** In priority order: index 0 is evaluated first. */
  readonly conditionalFormats: { range: string; type: string; formula?: string; fill?: string; font?: string; stopIfTrue?: boolean; barColour?: string; lower?: object; upper?: object }[] = [];
  readonly merges: string[] = [];
  readonly charts: { type: string; source: string; seriesBy?: string; title?: string; legend?: string; from?: string; to?: string }[] = [];
  readonly columnWidths = new Map<string, number>();
  /** Row heights in points, by row number (rows not listed have the standard height). */
  readonly rowHeights = new Map<number, number>();
  readonly hiddenColumns = new Set<string>();
  readonly hiddenRows = new Set<number>();
  readonly customProperties = new Map<string, string>();
  /** Cell notes' text, by single-cell address ("K5"). */
  readonly notes = new Map<string, string>();
  visibility = 'Visible';
  protectedWith: object | undefined;
  frozen: { at?: string; rows?: number; columns?: number } = {};
  page: {
    orientation?: string;
    paperSize?: string;
    zoom?: object;
    titleRows?: string;
    centerHeader?: string;
    leftFooter?: string;
    rightFooter?: string;
    /** Margins in points. */
    leftMargin?: number;
    rightMargin?: number;
    topMargin?: number;
    bottomMargin?: number;
    headerMargin?: number;
    footerMargin?: number;
  } = {};
  deleted = false;
  constructor(
    public name: string,
    private readonly book: FakeExcel,
  ) {}

  cell(address: string): FakeCell {
    let c = this.cells.get(address);
    if (!c) {
      c = { value: null, font: {}, borders: {} };
      this.cells.set(address, c);
    }
    return c;
  }

  /** A cell's text as the user sees it (values only; formulas are not computed by the fake). */
  text(address: string): string {
    const c = this.cells.get(address);
    return c?.value === null || c?.value === undefined ? '' : String(c.value);
  }

  /** Applies fn to every cell of a box (only the cells that exist, for a box of whole columns or rows). */
  eachCell(box: Box, fn: (c: FakeCell) => void): void {
    const area = (box.bottom - box.top + 1) * (box.right - box.left + 1);
    if (area > 50_000) {
      for (const [address, c] of this.cells) {
        const m = /^([A-Z]+)(\d+)$/.exec(address)!;
        if (inside(box, Number(m[2]), columnIndex(m[1]!))) fn(c);
      }
      return;
    }
    for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) fn(this.cell(`${columnLetter(c)}${r}`));
  }

  /** Whether some cell of the box (an absent cell counts as default: locked, empty) passes the test. */
  someCell(box: Box, test: (c: FakeCell | undefined) => boolean): boolean {
    const area = (box.bottom - box.top + 1) * (box.right - box.left + 1);
    let present = 0;
    let hit = false;
    for (const [address, c] of this.cells) {
      const m = /^([A-Z]+)(\d+)$/.exec(address)!;
      if (!inside(box, Number(m[2]), columnIndex(m[1]!))) continue;
      present++;
      if (test(c)) hit = true;
    }
    return hit || (present < area && test(undefined));
  }

  usedBox(): Box | undefined {
    let box: Box | undefined;
    for (const [address, c] of this.cells) {
      if (c.value === null && !c.formula) continue;
      const b = parseBox(address);
      box = box ? { top: Math.min(box.top, b.top), left: Math.min(box.left, b.left), bottom: Math.max(box.bottom, b.bottom), right: Math.max(box.right, b.right) } : b;
    }
    return box;
  }

  /** The fill and font colour a cell shows: its conditional formats in priority order (stopIfTrue honoured), else its own. */
  shownColour(address: string): { fill?: string; font?: string } {
    const m = /^([A-Z]+)(\d+)$/.exec(address)!;
    const row = Number(m[2]);
    const col = columnIndex(m[1]!);
    const lookup = (a: string) => this.cells.get(a)?.value ?? null;
    let fill: string | undefined;
    let font: string | undefined;
    for (const cf of this.conditionalFormats) {
      const box = parseBox(cf.range);
      if (cf.type !== 'Custom' || !cf.formula || !inside(box, row, col)) continue;
      if (!evaluateRule(cf.formula, lookup, row - box.top, col - box.left)) continue;
      fill ??= cf.fill;
      font ??= cf.font;
      if (cf.stopIfTrue) break;
    }
    const own = this.cells.get(address);
    return { fill: fill ?? own?.fill, font: font ?? own?.font.color };
  }

  /** Every formula-bearing string of the sheet, for reference rewriting. */
  rewriteRefs(fn: (formula: string) => string): void {
    for (const c of this.cells.values()) if (c.formula) c.formula = fn(c.formula);
    for (const cf of this.conditionalFormats) if (cf.formula) cf.formula = fn(cf.formula);
    for (const v of this.validations) {
      const list = (v.rule as { list?: { source?: unknown } } | undefined)?.list;
      if (list && typeof list.source === 'string' && list.source.startsWith('=')) list.source = fn(list.source);
    }
  }
}

interface FakeOptions {
  /** The host's ExcelApi version (default 1.17): an API above it throws, as on an older Excel. */
  api?: string;
}

/** A value's JSON in UTF-8 bytes, as it travels to and from the host. */
export const utf8 = (value: unknown): number => Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');

const versionAtLeast = (have: string, want: string) => {
  const [a = 0, b = 0] = have.split('.').map(Number);
  const [c = 0, d = 0] = want.split('.').map(Number);
  return a > c || (a === c && b >= d);
};

export class FakeExcel implements XlContext {
  readonly calls: string[] = [];
  readonly sheets: FakeSheet[] = [];
  readonly loadables = new Set<{ settle(): number }>();
  /** One record per sync: the bytes and operations it carried. */
  readonly syncLog: SyncRecord[] = [];
  /** Every (range, property) pair written, for the bench's "operations within 2× distinct pairs". */
  readonly distinctPairs = new Set<string>();
  operations = 0;
  syncs = 0;
  active = '';
  selection = '';
  calculations: string[] = [];
  calculationSuspended = 0;
  private pendingBytes = 0;
  private pendingOps = 0;
  private nextId = 1;
  readonly api: string;

  constructor(options: FakeOptions = {}) {
    this.api = options.api ?? '1.17';
  }

  isExcelApiSupported(version: string): boolean {
    return versionAtLeast(this.api, version);
  }

  /** Throws ApiNotFound for an API the host's ExcelApi version lacks. */
  requireApi(version: string, what: string): void {
    if (!this.isExcelApiSupported(version)) throw new Error(`ApiNotFound: ${what} needs ExcelApi ${version}; this host has ${this.api}`);
  }

  /** A user's own sheet, with values given row by row from A1. */
  addUserSheet(name: string, rows: (string | number | boolean | null)[][] = []): FakeSheet {
    checkSheetName(name, this.sheets.map((s) => s.name));
    const sheet = new FakeSheet(name, this);
    rows.forEach((row, r) => row.forEach((v, c) => v !== null && Object.assign(sheet.cell(`${columnLetter(c + 1)}${r + 1}`), typeof v === 'string' && v.startsWith('=') ? { formula: v } : { value: v })));
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`fake Excel: no sheet ${name} (have ${this.sheets.map((x) => x.name).join(', ')})`);
    return s;
  }

  /** Request bytes of an object path (getRange, getItem, a navigation property) as Office.js serialises it. */
  path(name: string, args: unknown[]): void {
    const id = this.nextId++;
    this.pendingBytes += utf8({ Id: id, ObjectPathType: 3, Name: name, ParentObjectPathId: id - 1, ArgumentInfo: { Arguments: args } }) + 1;
  }

  /** A queued action (property set or method call): recorded, counted and sized. */
  action(sheet: FakeSheet | undefined, ref: string, name: string, args: unknown): void {
    const id = this.nextId++;
    this.pendingBytes += utf8({ Id: id, ActionType: 4, Name: name, ObjectPathId: id - 1, ArgumentInfo: { Arguments: [args] } }) + 1;
    this.pendingOps++;
    this.operations++;
    const where = sheet ? `${sheet.name}!${ref ? `${ref}.` : ''}` : '';
    this.distinctPairs.add(`${where}${name}`);
    const shown = Array.isArray(args) && !Array.isArray(args[0]) && name !== 'values' && name !== 'formulas' && name !== 'numberFormat' ? `(${args.join(',')})` : `=${JSON.stringify(args)}`;
    this.calls.push(`${where}${name}${shown}`);
  }

  query(names: string[]): void {
    const id = this.nextId++;
    this.pendingBytes += utf8({ Id: id, ActionType: 2, Name: '', ObjectPathId: id - 1, QueryInfo: { Select: names } }) + 1;
  }

  /** A formula's sheet references must name existing sheets (Excel resolves them when set). */
  checkRefs(formula: string): void {
    for (const r of sheetRefs(formula)) {
      if (!this.sheets.some((s) => s.name.toLowerCase() === r.name.toLowerCase())) throw new Error(`InvalidArgument: ${formula.slice(0, 80)} refers to a sheet that does not exist: ${r.name}`);
    }
  }

  renameSheet(sheet: FakeSheet, to: string): void {
    if (sheet.name === to) return;
    checkSheetName(to, this.sheets.filter((s) => s !== sheet).map((s) => s.name));
    this.action(sheet, '', 'name', to);
    const from = sheet.name;
    sheet.name = to;
    for (const s of this.sheets) s.rewriteRefs((f) => rewriteSheetRefs(f, from, to));
  }

  deleteSheet(sheet: FakeSheet): void {
    if (sheet.visibility === 'VeryHidden') throw new Error(`InvalidOperation: a VeryHidden sheet cannot be deleted (${sheet.name})`);
    const visible = this.sheets.filter((s) => s.visibility === 'Visible');
    if (sheet.visibility === 'Visible' && visible.length === 1) throw new Error(`InvalidOperation: ${sheet.name} is the last visible sheet`);
    this.action(sheet, '', 'delete', []);
    sheet.deleted = true;
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (const s of this.sheets) s.rewriteRefs((f) => rewriteSheetRefs(f, sheet.name, null));
  }

  setVisibility(sheet: FakeSheet, v: string): void {
    checkEnum('SheetVisibility', v, `${sheet.name}.visibility`);
    const visible = this.sheets.filter((s) => s.visibility === 'Visible');
    if (v !== 'Visible' && sheet.visibility === 'Visible' && visible.length === 1) throw new Error(`InvalidOperation: ${sheet.name} is the last visible sheet`);
    this.action(sheet, '', 'visibility', v);
    sheet.visibility = v;
  }

  get workbook(): XlContext['workbook'] {
    return {
      worksheets: new FakeWorksheets(this),
      application: this.application(),
    };
  }

  private application(): XlContext['workbook']['application'] {
    return {
      suspendApiCalculationUntilNextSync: () => {
        this.requireApi('1.6', 'suspendApiCalculationUntilNextSync');
        this.action(undefined, '', 'application.suspendApiCalculationUntilNextSync', []);
        this.calculationSuspended++;
      },
      calculate: (type: string) => {
        this.action(undefined, '', 'application.calculate', [type]);
        this.calculations.push(type);
      },
    };
  }

  async sync(): Promise<void> {
    this.syncs++;
    this.calls.push('sync()');
    const requestBytes = this.pendingBytes + 64;
    let responseBytes = 32;
    for (const l of this.loadables) responseBytes += l.settle();
    this.loadables.clear();
    this.syncLog.push({ requestBytes, responseBytes, operations: this.pendingOps });
    this.pendingBytes = 0;
    this.pendingOps = 0;
    if (requestBytes > PAYLOAD_LIMIT_BYTES) throw new Error(`RequestPayloadSizeLimitExceeded: ${requestBytes} bytes in one request (Excel on the web allows ${PAYLOAD_LIMIT_BYTES})`);
    if (responseBytes > PAYLOAD_LIMIT_BYTES) throw new Error(`ResponsePayloadSizeLimitExceeded: ${responseBytes} bytes in one response`);
  }

  /** The largest sync so far, request or response, in MB. */
  maxSyncMb(): number {
    return Math.max(0, ...this.syncLog.map((s) => Math.max(s.requestBytes, s.responseBytes))) / (1024 * 1024);
  }
}

class FakeWorksheet extends Loadable implements XlWorksheet {
  constructor(
    book: FakeExcel,
    readonly sheet: FakeSheet,
    private readonly nullObject = false,
  ) {
    super(book);
    book.path('getItem', [sheet.name]);
  }
  get isNullObject(): boolean {
    return this.nullObject;
  }
  get name(): string {
    return this.sheet.name;
  }
  set name(v: string) {
    this.book.renameSheet(this.sheet, v);
  }
  get visibility(): XlWorksheet['visibility'] {
    return this.sheet.visibility as XlWorksheet['visibility'];
  }
  set visibility(v: XlWorksheet['visibility']) {
    this.book.setVisibility(this.sheet, v);
  }
  getRange(address?: string): XlRange {
    return new FakeRange(this.book, this.sheet, address ?? 'A1:XFD1048576');
  }
  getUsedRangeOrNullObject(): XlRange {
    const box = this.sheet.usedBox();
    if (!box) return new FakeRange(this.book, this.sheet, 'A1', true);
    return new FakeRange(this.book, this.sheet, `${columnLetter(box.left)}${box.top}:${columnLetter(box.right)}${box.bottom}`);
  }
  get freezePanes(): XlWorksheet['freezePanes'] {
    const s = this.sheet;
    const b = this.book;
    return {
      freezeAt: (r: string) => (b.action(s, '', 'freezePanes.freezeAt', [r]), (s.frozen = { at: r })),
      freezeRows: (n?: number) => (b.action(s, '', 'freezePanes.freezeRows', [n]), (s.frozen = { rows: n ?? 0 })),
      freezeColumns: (n?: number) => (b.action(s, '', 'freezePanes.freezeColumns', [n]), (s.frozen = { columns: n ?? 0 })),
      unfreeze: () => (b.action(s, '', 'freezePanes.unfreeze', []), (s.frozen = {})),
    };
  }
  get protection(): XlWorksheet['protection'] {
    const s = this.sheet;
    const b = this.book;
    const item = new (class extends Loadable {
      get protected() {
        this.need('protected');
        return s.protectedWith !== undefined;
      }
      protect(options?: { selectionMode?: string }) {
        if (s.protectedWith) throw new Error(`InvalidOperation: ${s.name} is already protected`);
        if (options?.selectionMode !== undefined) checkEnum('ProtectionSelectionMode', options.selectionMode, `${s.name}.protection.protect`);
        b.action(s, '', 'protection.protect', [JSON.stringify(options ?? {})]);
        s.protectedWith = options ?? {};
      }
      unprotect() {
        b.action(s, '', 'protection.unprotect', []);
        s.protectedWith = undefined;
      }
    })(b);
    return item;
  }
  get pageLayout(): XlWorksheet['pageLayout'] {
    const s = this.sheet;
    const b = this.book;
    b.requireApi('1.9', 'pageLayout');
    const set = (k: keyof FakeSheet['page'], check: (v: never) => void = () => undefined) => ({
      set: (v: never) => {
        check(v);
        b.action(s, '', `pageLayout.${k}`, v);
        (s.page as Record<string, unknown>)[k] = v;
      },
      get: () => s.page[k],
    });
    const hfCheck = (where: string) => (v: string) => checkHeaderFooter(v, `${s.name} ${where}`);
    const hf = Object.defineProperties({} as { centerHeader: string; leftFooter: string; rightFooter: string }, { centerHeader: set('centerHeader', hfCheck('centerHeader')), leftFooter: set('leftFooter', hfCheck('leftFooter')), rightFooter: set('rightFooter', hfCheck('rightFooter')) });
    const zoomCheck = (z: { scale?: unknown; horizontalFitToPages?: unknown; verticalFitToPages?: unknown }) => {
      for (const k of ['horizontalFitToPages', 'verticalFitToPages'] as const) {
        const v = z[k];
        if (v !== undefined && v !== null && !(typeof v === 'number' && Number.isInteger(v) && v >= 1)) throw new Error(`InvalidArgument: zoom.${k} must be a whole number ≥ 1 or null, got ${JSON.stringify(v)}`);
      }
      if (z.scale !== undefined && z.scale !== null && !(typeof z.scale === 'number' && z.scale >= 10 && z.scale <= 400)) throw new Error('InvalidArgument: zoom.scale must be 10–400');
    };
    // A margin is a length in points: a finite number, not negative.
    const marginCheck = (k: string) => (v: unknown) => {
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new Error(`InvalidArgument: pageLayout.${k} must be points ≥ 0, got ${JSON.stringify(v)}`);
    };
    const layout = { setPrintTitleRows: (r: string) => (b.action(s, '', 'pageLayout.setPrintTitleRows', [r]), (s.page.titleRows = r)), headersFooters: { defaultForAllPages: hf } };
    return Object.defineProperties(layout, {
      orientation: set('orientation', (v: string) => checkEnum('PageOrientation', v, `${s.name}.pageLayout.orientation`)),
      paperSize: set('paperSize', (v: string) => checkEnum('PaperType', v, `${s.name}.pageLayout.paperSize`)),
      zoom: set('zoom', zoomCheck),
      ...Object.fromEntries((['leftMargin', 'rightMargin', 'topMargin', 'bottomMargin', 'headerMargin', 'footerMargin'] as const).map((k) => [k, set(k, marginCheck(k))])),
    }) as unknown as XlWorksheet['pageLayout'];
  }
  get charts(): XlWorksheet['charts'] {
    const s = this.sheet;
    const b = this.book;
    const wrap = (entry: FakeSheet['charts'][number]): XlChart =>
      ({
        title: { set text(v: string) { b.action(s, '', 'chart.title.text', v); entry.title = v; } },
        legend: { set position(v: string) { checkEnum('ChartLegendPosition', v, 'chart.legend.position'); b.action(s, '', 'chart.legend.position', v); entry.legend = v; } },
        setPosition: (from: string, to?: string) => {
          b.action(s, '', 'chart.setPosition', [from, to ?? '']);
          entry.from = from;
          if (to) entry.to = to;
        },
        delete: () => {
          b.action(s, '', 'chart.delete', []);
          s.charts.splice(s.charts.indexOf(entry), 1);
        },
      }) as unknown as XlChart;
    const collection = new (class extends Loadable {
      get items() {
        this.need('items');
        return s.charts.map(wrap);
      }
      add(type: string, source: XlRange, seriesBy?: string) {
        checkEnum('ChartType', type, `${s.name}.charts.add`);
        if (seriesBy !== undefined) checkEnum('ChartSeriesBy', seriesBy, `${s.name}.charts.add`);
        const ref = (source as FakeRange).ref;
        b.action(s, '', 'charts.add', [type, ref, seriesBy ?? '']);
        const entry: FakeSheet['charts'][number] = { type, source: ref, ...(seriesBy ? { seriesBy } : {}) };
        s.charts.push(entry);
        return wrap(entry);
      }
    })(b);
    return collection as unknown as XlWorksheet['charts'];
  }
  get notes(): XlNotes {
    return new FakeNotes(this.book, this.sheet);
  }
  get customProperties(): XlWorksheet['customProperties'] {
    const s = this.sheet;
    const book = this.book;
    book.requireApi('1.12', 'worksheet.customProperties');
    return {
      add: (key: string, value: string) => (book.action(s, '', 'customProperties.add', [key, value]), s.customProperties.set(key, value)),
      getItemOrNullObject: (key: string) => {
        const item = new (class extends Loadable {
          get isNullObject() {
            return !s.customProperties.has(key);
          }
          get value() {
            this.need('value');
            return s.customProperties.get(key);
          }
        })(book);
        return item;
      },
    };
  }
  activate(): void {
    this.book.action(this.sheet, '', 'activate', []);
    this.book.active = this.sheet.name;
  }
  delete(): void {
    this.book.deleteSheet(this.sheet);
  }
}

class FakeWorksheets extends Loadable implements XlWorksheets {
  get items(): XlWorksheet[] {
    this.need('items/name');
    return this.book.sheets.map((s) => new FakeWorksheet(this.book, s));
  }
  getItem(name: string): XlWorksheet {
    const s = this.book.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!s) throw new Error(`ItemNotFound: no sheet ${name}`);
    return new FakeWorksheet(this.book, s);
  }
  getItemOrNullObject(name: string): XlWorksheet {
    const s = this.book.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    return s ? new FakeWorksheet(this.book, s) : new FakeWorksheet(this.book, new FakeSheet(name, this.book), true);
  }
  add(name?: string): XlWorksheet {
    const book = this.book;
    const n = name ?? `Sheet${book.sheets.length + 1}`;
    checkSheetName(n, book.sheets.map((s) => s.name));
    book.action(undefined, '', 'worksheets.add', [n]);
    const s = new FakeSheet(n, book);
    book.sheets.push(s);
    return new FakeWorksheet(book, s);
  }
}
