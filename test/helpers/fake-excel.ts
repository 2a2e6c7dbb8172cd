/**
 * A recording fake of the Office.js Excel API (the subset in src/workbook/office/excel-api.ts). It
 * keeps every call, and the resulting cells (values, formulas, formats), validations, conditional
 * formats, merges, charts, protection and page layout, so a test can assert what the add-in wrote. Like
 * Excel it reads written values as typed input ("=…" becomes a formula, "95%" a number, a quote
 * prefix keeps text), and like Office.js it refuses to show a loaded property before a sync.
 */
import { columnIndex, columnLetter } from '../../src/workbook/a1';
import { type XlChart, type XlConditionalFormat, type XlContext, type XlRange, type XlWorksheet, type XlWorksheets } from '../../src/workbook/office/excel-api';

export interface FakeCell {
  value: string | number | boolean | null;
  formula?: string;
  quotePrefix?: boolean;
  numberFormat?: string;
  fill?: string;
  font: { bold?: boolean; italic?: boolean; color?: string; size?: number };
  wrap?: boolean;
  horizontal?: string;
  vertical?: string;
  locked?: boolean;
  borders: Record<string, { style: string; color: string }>;
}

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

function parseBox(ref: string): Box {
  const [a, b = a] = ref.replace(/\$/g, '').split(':') as [string, string?];
  const corner = (t: string) => {
    const m = /^([A-Z]*)(\d*)$/i.exec(t);
    if (!m) throw new Error(`fake Excel: bad address ${ref}`);
    return { col: m[1] ? columnIndex(m[1]) : undefined, row: m[2] ? Number(m[2]) : undefined };
  };
  const p = corner(a);
  const q = corner(b as string);
  return { top: p.row ?? 1, left: p.col ?? 1, bottom: q.row ?? MAX_ROW, right: q.col ?? MAX_COL };
}

/** Excel's reading of typed input, enough for the tests: formulas, quote prefix, numbers, percents. */
function typed(input: unknown): Pick<FakeCell, 'value' | 'formula' | 'quotePrefix'> {
  if (typeof input !== 'string') return { value: (input ?? null) as FakeCell['value'] };
  if (input.startsWith("'")) return { value: input.slice(1), quotePrefix: true };
  if (input.startsWith('=')) return { value: null, formula: input };
  if (input === '') return { value: null };
  const n = /^-?\d+(\.\d+)?(%)?$/.exec(input.trim());
  if (n) return { value: n[2] ? Number(input.trim().slice(0, -1)) / 100 : Number(input) };
  return { value: input };
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly validations: { range: string; rule?: unknown; prompt?: unknown; errorAlert?: unknown; ignoreBlanks?: boolean }[] = [];
  readonly conditionalFormats: { range: string; type: string; formula?: string; fill?: string; font?: string; stopIfTrue?: boolean; barColour?: string }[] = [];
  readonly merges: string[] = [];
  readonly charts: { type: string; source: string; seriesBy?: string; title?: string; legend?: string; from?: string; to?: string }[] = [];
  readonly columnWidths = new Map<string, number>();
  readonly hiddenColumns = new Set<string>();
  readonly hiddenRows = new Set<number>();
  readonly customProperties = new Map<string, string>();
  visibility = 'Visible';
  protectedWith: object | undefined;
  frozen: { at?: string; rows?: number; columns?: number } = {};
  page: { orientation?: string; paperSize?: string; zoom?: object; titleRows?: string; centerHeader?: string; leftFooter?: string; rightFooter?: string } = {};
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

  forEach(box: Box, fn: (address: string) => void): void {
    for (let r = box.top; r <= Math.min(box.bottom, 2000); r++) for (let c = box.left; c <= Math.min(box.right, 200); c++) fn(`${columnLetter(c)}${r}`);
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

  record(call: string): void {
    this.book.calls.push(`${this.name}!${call}`);
  }
}

/** Properties that need load() and a sync() before they can be read, as in Office.js. */
class Loadable {
  private requested = new Set<string>();
  protected loaded = new Set<string>();
  constructor(protected readonly book: FakeExcel) {
    book.loadables.push(this);
  }
  load(names?: string | string[]): this {
    const list = names === undefined ? ['*'] : Array.isArray(names) ? names : names.split(',').map((s) => s.trim());
    for (const n of list) this.requested.add(n);
    return this;
  }
  settle(): void {
    for (const n of this.requested) this.loaded.add(n);
    this.requested.clear();
  }
  protected need(name: string): void {
    if (!this.loaded.has(name) && !this.loaded.has('*')) throw new Error(`PropertyNotLoaded: ${name} was read before load() and sync()`);
  }
}

class FakeRange extends Loadable implements XlRange {
  readonly box: Box;
  constructor(
    book: FakeExcel,
    private readonly sheet: FakeSheet,
    readonly ref: string,
    private readonly nullObject = false,
  ) {
    super(book);
    this.box = parseBox(ref);
  }
  get isNullObject(): boolean {
    return this.nullObject;
  }
  get address(): string {
    this.need('address');
    return `${this.sheet.name}!${this.ref}`;
  }
  get rowCount(): number {
    this.need('rowCount');
    return this.box.bottom - this.box.top + 1;
  }
  get columnCount(): number {
    this.need('columnCount');
    return this.box.right - this.box.left + 1;
  }
  private grid<T>(fn: (c: FakeCell | undefined) => T): T[][] {
    const rows: T[][] = [];
    for (let r = this.box.top; r <= this.box.bottom; r++) {
      const row: T[] = [];
      for (let c = this.box.left; c <= this.box.right; c++) row.push(fn(this.sheet.cells.get(`${columnLetter(c)}${r}`)));
      rows.push(row);
    }
    return rows;
  }
  private put(data: unknown[][], fn: (cell: FakeCell, v: unknown) => void): void {
    data.forEach((row, i) => row.forEach((v, j) => fn(this.sheet.cell(`${columnLetter(this.box.left + j)}${this.box.top + i}`), v)));
  }
  get values(): unknown[][] {
    this.need('values');
    return this.grid((c) => (c?.value === null || c?.value === undefined ? '' : c.value));
  }
  set values(data: unknown[][]) {
    this.sheet.record(`${this.ref}.values=${JSON.stringify(data)}`);
    this.put(data, (cell, v) => Object.assign(cell, { formula: undefined, quotePrefix: undefined }, typed(v)));
  }
  get formulas(): unknown[][] {
    this.need('formulas');
    return this.grid((c) => c?.formula ?? (c?.value === null || c?.value === undefined ? '' : c.value));
  }
  set formulas(data: unknown[][]) {
    this.sheet.record(`${this.ref}.formulas=${JSON.stringify(data)}`);
    this.put(data, (cell, v) => Object.assign(cell, { formula: undefined, quotePrefix: undefined }, typed(v)));
  }
  get valueTypes(): string[][] {
    this.need('valueTypes');
    return this.grid((c) => (c?.value === null || c?.value === undefined ? 'Empty' : typeof c.value === 'number' ? 'Double' : typeof c.value === 'boolean' ? 'Boolean' : String(c.value).startsWith('#') ? 'Error' : 'String'));
  }
  get numberFormat(): unknown[][] {
    this.need('numberFormat');
    return this.grid((c) => c?.numberFormat ?? 'General');
  }
  set numberFormat(data: unknown[][]) {
    this.sheet.record(`${this.ref}.numberFormat=${JSON.stringify(data)}`);
    // One value for a multi-cell range applies to all, as the pane writes it.
    const one = data.length === 1 && data[0]?.length === 1;
    if (one) this.sheet.forEach(this.box, (a) => (this.sheet.cell(a).numberFormat = String(data[0]?.[0])));
    else this.put(data, (cell, v) => (cell.numberFormat = String(v)));
  }
  set columnHidden(hidden: boolean) {
    this.sheet.record(`${this.ref}.columnHidden=${hidden}`);
    for (let c = this.box.left; c <= this.box.right; c++) if (hidden) this.sheet.hiddenColumns.add(columnLetter(c));
  }
  get columnHidden(): boolean {
    return this.sheet.hiddenColumns.has(columnLetter(this.box.left));
  }
  set rowHidden(hidden: boolean) {
    this.sheet.record(`${this.ref}.rowHidden=${hidden}`);
    for (let r = this.box.top; r <= this.box.bottom; r++) if (hidden) this.sheet.hiddenRows.add(r);
    else this.sheet.hiddenRows.delete(r);
  }
  /** As Office.js: true when every row of the range is hidden; read after load() and sync(). */
  get rowHidden(): boolean {
    this.need('rowHidden');
    for (let r = this.box.top; r <= this.box.bottom; r++) if (!this.sheet.hiddenRows.has(r)) return false;
    return true;
  }
  get format() {
    const sheet = this.sheet;
    const ref = this.ref;
    const each = (fn: (c: FakeCell) => void) => sheet.forEach(this.box, (a) => fn(sheet.cell(a)));
    const setter = <T>(name: string, fn: (c: FakeCell, v: T) => void) => ({
      set(v: T) {
        sheet.record(`${ref}.format.${name}=${JSON.stringify(v)}`);
        each((c) => fn(c, v));
      },
      get(): T {
        throw new Error('fake Excel: format reads are not modelled');
      },
    });
    const font = Object.defineProperties({} as XlRange['format']['font'], {
      bold: setter<boolean>('font.bold', (c, v) => (c.font.bold = v)),
      italic: setter<boolean>('font.italic', (c, v) => (c.font.italic = v)),
      color: setter<string>('font.color', (c, v) => (c.font.color = v)),
      size: setter<number>('font.size', (c, v) => (c.font.size = v)),
      name: setter<string>('font.name', () => undefined),
    });
    const fill = Object.defineProperties({} as { color: string }, { color: setter<string>('fill.color', (c, v) => (c.fill = v)) });
    const protection = Object.defineProperties({} as { locked: boolean }, { locked: setter<boolean>('protection.locked', (c, v) => (c.locked = v)) });
    const borders = { getItem: (edge: string) => Object.defineProperties({} as { style: string; color: string }, { style: setter<string>(`borders.${edge}.style`, (c, v) => (c.borders[edge] = { ...(c.borders[edge] ?? { color: '' }), style: v })), color: setter<string>(`borders.${edge}.color`, (c, v) => (c.borders[edge] = { ...(c.borders[edge] ?? { style: '' }), color: v })) }) };
    const format = { font, fill, protection, borders } as unknown as XlRange['format'];
    Object.defineProperties(format, {
      wrapText: setter<boolean>('wrapText', (c, v) => (c.wrap = v)),
      horizontalAlignment: setter<string>('horizontalAlignment', (c, v) => (c.horizontal = v)),
      verticalAlignment: setter<string>('verticalAlignment', (c, v) => (c.vertical = v)),
      columnWidth: {
        set: (v: number) => {
          sheet.record(`${ref}.format.columnWidth=${v}`);
          for (let c = this.box.left; c <= this.box.right; c++) sheet.columnWidths.set(columnLetter(c), v);
        },
      },
    });
    return format;
  }
  get dataValidation(): XlRange['dataValidation'] {
    const sheet = this.sheet;
    let entry = sheet.validations.find((v) => v.range === this.ref);
    if (!entry) {
      entry = { range: this.ref };
      sheet.validations.push(entry);
    }
    const e = entry;
    const prop = (name: 'rule' | 'prompt' | 'errorAlert' | 'ignoreBlanks') => ({
      set(v: unknown) {
        sheet.record(`${e.range}.dataValidation.${name}=${JSON.stringify(v)}`);
        (e as Record<string, unknown>)[name] = v;
      },
      get: () => e[name],
    });
    return Object.defineProperties({} as XlRange['dataValidation'], { rule: prop('rule'), prompt: prop('prompt'), errorAlert: prop('errorAlert'), ignoreBlanks: prop('ignoreBlanks') });
  }
  get conditionalFormats(): XlRange['conditionalFormats'] {
    const sheet = this.sheet;
    const ref = this.ref;
    return {
      add(type: 'Custom' | 'DataBar'): XlConditionalFormat {
        sheet.record(`${ref}.conditionalFormats.add(${type})`);
        const entry: FakeSheet['conditionalFormats'][number] = { range: ref, type };
        sheet.conditionalFormats.push(entry);
        return {
          set stopIfTrue(v: boolean) {
            entry.stopIfTrue = v;
          },
          custom: {
            rule: { set formula(v: string) { entry.formula = v; } },
            format: { fill: { set color(v: string) { entry.fill = v; } }, font: { set color(v: string) { entry.font = v; } } },
          },
          dataBar: { positiveFormat: { set fillColor(v: string) { entry.barColour = v; }, gradientFill: true }, lowerBoundRule: { type: '' }, upperBoundRule: { type: '' } },
        } as unknown as XlConditionalFormat;
      },
    };
  }
  merge(): void {
    this.sheet.record(`${this.ref}.merge()`);
    this.sheet.merges.push(this.ref);
  }
  getCell(row: number, column: number): XlRange {
    return new FakeRange(this.book, this.sheet, `${columnLetter(this.box.left + column)}${this.box.top + row}`);
  }
  select(): void {
    this.sheet.record(`${this.ref}.select()`);
    this.book.selection = `${this.sheet.name}!${this.ref}`;
  }
}

class FakeWorksheet extends Loadable implements XlWorksheet {
  constructor(
    book: FakeExcel,
    readonly sheet: FakeSheet,
    private readonly nullObject = false,
  ) {
    super(book);
  }
  get isNullObject(): boolean {
    return this.nullObject;
  }
  get name(): string {
    return this.sheet.name;
  }
  set name(v: string) {
    this.sheet.name = v;
  }
  get visibility(): string {
    return this.sheet.visibility;
  }
  set visibility(v: string) {
    this.sheet.record(`visibility=${v}`);
    this.sheet.visibility = v;
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
    return {
      freezeAt: (r: string) => (s.record(`freezeAt(${r})`), (s.frozen = { at: r })),
      freezeRows: (n?: number) => (s.record(`freezeRows(${n})`), (s.frozen = { rows: n ?? 0 })),
      freezeColumns: (n?: number) => (s.record(`freezeColumns(${n})`), (s.frozen = { columns: n ?? 0 })),
    } as XlWorksheet['freezePanes'];
  }
  get protection(): XlWorksheet['protection'] {
    const s = this.sheet;
    return {
      get protected() {
        return s.protectedWith !== undefined;
      },
      protect(options?: object) {
        s.record(`protection.protect(${JSON.stringify(options ?? {})})`);
        s.protectedWith = options ?? {};
      },
    };
  }
  get pageLayout(): XlWorksheet['pageLayout'] {
    const s = this.sheet;
    const set = (k: keyof FakeSheet['page']) => ({
      set: (v: never) => {
        s.record(`pageLayout.${k}=${JSON.stringify(v)}`);
        (s.page as Record<string, unknown>)[k] = v;
      },
      get: () => s.page[k],
    });
    const hf = Object.defineProperties({} as { centerHeader: string; leftFooter: string; rightFooter: string }, { centerHeader: set('centerHeader'), leftFooter: set('leftFooter'), rightFooter: set('rightFooter') });
    const layout = { setPrintTitleRows: (r: string) => (s.record(`pageLayout.setPrintTitleRows(${r})`), (s.page.titleRows = r)), headersFooters: { defaultForAllPages: hf } };
    return Object.defineProperties(layout, { orientation: set('orientation'), paperSize: set('paperSize'), zoom: set('zoom') }) as unknown as XlWorksheet['pageLayout'];
  }
  get charts(): XlWorksheet['charts'] {
    const s = this.sheet;
    return {
      add: (type: string, source: XlRange, seriesBy?: string) => {
        const ref = (source as FakeRange).ref;
        s.record(`charts.add(${type},${ref},${seriesBy ?? ''})`);
        const entry: FakeSheet['charts'][number] = { type, source: ref, ...(seriesBy ? { seriesBy } : {}) };
        s.charts.push(entry);
        return {
          title: { set text(v: string) { entry.title = v; } },
          legend: { set position(v: string) { entry.legend = v; } },
          setPosition: (from: string, to?: string) => {
            s.record(`chart.setPosition(${from},${to ?? ''})`);
            entry.from = from;
            if (to) entry.to = to;
          },
        } as unknown as XlChart;
      },
    };
  }
  get customProperties(): XlWorksheet['customProperties'] {
    const s = this.sheet;
    const book = this.book;
    return {
      add: (key: string, value: string) => (s.record(`customProperties.add(${key},${value})`), s.customProperties.set(key, value)),
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
    this.sheet.record('activate()');
    this.book.active = this.sheet.name;
  }
  delete(): void {
    this.sheet.record('delete()');
    this.sheet.deleted = true;
    this.book.sheets.splice(this.book.sheets.indexOf(this.sheet), 1);
  }
}

export class FakeExcel implements XlContext {
  readonly calls: string[] = [];
  readonly sheets: FakeSheet[] = [];
  readonly loadables: { settle(): void }[] = [];
  syncs = 0;
  active = '';
  selection = '';

  /** A user's own sheet, with values given row by row from A1. */
  addUserSheet(name: string, rows: (string | number | boolean | null)[][] = []): FakeSheet {
    const sheet = new FakeSheet(name, this);
    rows.forEach((row, r) => row.forEach((v, c) => v !== null && Object.assign(sheet.cell(`${columnLetter(c + 1)}${r + 1}`), { value: v })));
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`fake Excel: no sheet ${name} (have ${this.sheets.map((x) => x.name).join(', ')})`);
    return s;
  }

  get workbook(): { worksheets: XlWorksheets } {
    return { worksheets: new FakeWorksheets(this) };
  }

  async sync(): Promise<void> {
    this.syncs++;
    this.calls.push('sync()');
    for (const l of this.loadables) l.settle();
  }
}

class FakeWorksheets extends Loadable implements XlWorksheets {
  get items(): XlWorksheet[] {
    this.need('items/name');
    return this.book.sheets.map((s) => new FakeWorksheet(this.book, s));
  }
  getItem(name: string): XlWorksheet {
    return new FakeWorksheet(this.book, this.book.sheet(name));
  }
  getItemOrNullObject(name: string): XlWorksheet {
    const s = this.book.sheets.find((x) => x.name === name);
    return s ? new FakeWorksheet(this.book, s) : new FakeWorksheet(this.book, new FakeSheet(name, this.book), true);
  }
  add(name?: string): XlWorksheet {
    const book = this.book;
    const n = name ?? `Sheet${book.sheets.length + 1}`;
    if (book.sheets.some((s) => s.name.toLowerCase() === n.toLowerCase())) throw new Error(`ItemAlreadyExists: ${n}`);
    if (n.length > 31) throw new Error(`InvalidArgument: sheet name longer than 31 characters: ${n}`);
    book.calls.push(`worksheets.add(${n})`);
    const s = new FakeSheet(n, book);
    book.sheets.push(s);
    return new FakeWorksheet(book, s);
  }
}
