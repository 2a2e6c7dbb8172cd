/**
 * The strict fake's Range (see fake-excel.ts): values, formulas and number formats as 2D arrays of
 * the range's exact size (null leaves a cell unchanged, as in Office.js), formats, validations,
 * conditional formats inserted at the top priority, merges that may not overlap, and writes to
 * locked cells of a protected sheet refused.
 */
import { columnIndex, columnLetter } from '../../src/workbook/a1';
import { type XlConditionalFormat, type XlRange } from '../../src/workbook/office/excel-api';
import { Loadable, type FakeCell } from './fake-base';
import { type FakeExcel, type FakeSheet } from './fake-excel';
import { checkErrorAlert, checkFormula, checkPrompt, quoteSheet, VALIDATION_RULE_TYPES } from './fake-rules';
import { checkEnum } from './office-enums';

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const MAX_ROW = 1_048_576;
export const MAX_COL = 16_384;

export function parseBox(ref: string): Box {
  const [a, b = a] = ref.replace(/\$/g, '').split(':') as [string, string?];
  const corner = (t: string) => {
    const m = /^([A-Z]*)(\d*)$/i.exec(t);
    if (!m || (!m[1] && !m[2])) throw new Error(`InvalidArgument: bad address ${ref}`);
    return { col: m[1] ? columnIndex(m[1].toUpperCase()) : undefined, row: m[2] ? Number(m[2]) : undefined };
  };
  const p = corner(a);
  const q = corner(b as string);
  const box = { top: p.row ?? 1, left: p.col ?? 1, bottom: q.row ?? MAX_ROW, right: q.col ?? MAX_COL };
  if (box.bottom > MAX_ROW || box.right > MAX_COL || box.top < 1 || box.left < 1) throw new Error(`InvalidArgument: address outside the sheet: ${ref}`);
  return box;
}

export const overlaps = (a: Box, b: Box) => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
export const inside = (b: Box, row: number, col: number) => row >= b.top && row <= b.bottom && col >= b.left && col <= b.right;

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

export class FakeRange extends Loadable implements XlRange {
  readonly box: Box;
  private formatCache: XlRange['format'] | undefined;
  constructor(
    book: FakeExcel,
    readonly sheet: FakeSheet,
    readonly ref: string,
    private readonly nullObject = false,
  ) {
    super(book);
    this.box = parseBox(ref);
    book.path('getRange', [ref]);
  }
  get isNullObject(): boolean {
    return this.nullObject;
  }
  get address(): string {
    this.need('address');
    return `${quoteSheet(this.sheet.name)}!${this.ref.replace(/\$/g, '')}`;
  }
  get rowCount(): number {
    this.need('rowCount');
    return this.box.bottom - this.box.top + 1;
  }
  get columnCount(): number {
    this.need('columnCount');
    return this.box.right - this.box.left + 1;
  }
  private act(name: string, args: unknown): void {
    this.book.action(this.sheet, this.ref, name, args);
  }
  /** Refuses a write to a locked cell of a protected sheet, as Excel does. */
  private writable(what: string): void {
    if (!this.sheet.protectedWith) return;
    const locked = this.sheet.someCell(this.box, (c) => c?.locked !== false);
    if (locked) throw new Error(`AccessDenied: ${what} on locked cells of the protected sheet ${this.sheet.name}!${this.ref}`);
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
  /** A 2D array must have the range's dimensions; null entries leave their cell unchanged. */
  private put(name: string, data: unknown[][], fn: (cell: FakeCell, v: unknown, address: string) => void): void {
    const rows = this.box.bottom - this.box.top + 1;
    const cols = this.box.right - this.box.left + 1;
    if (!Array.isArray(data) || data.length !== rows || data.some((row) => !Array.isArray(row) || row.length !== cols)) {
      throw new Error(`InvalidArgument: ${name} for ${this.ref} must be ${rows}×${cols}, got ${Array.isArray(data) ? `${data.length}×${Array.isArray(data[0]) ? data[0].length : '?'}` : typeof data}`);
    }
    this.writable(name);
    this.act(name, data);
    data.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === null) return;
        const address = `${columnLetter(this.box.left + j)}${this.box.top + i}`;
        fn(this.sheet.cell(address), v, address);
      }),
    );
  }
  private writeTyped(name: string, data: unknown[][]): void {
    for (const row of Array.isArray(data) ? data : []) for (const v of Array.isArray(row) ? row : []) {
        if (typeof v !== 'string' || !v.startsWith('=')) continue;
        checkFormula(v, `${this.sheet.name}!${this.ref}.${name}`);
        this.book.checkRefs(v);
      }
    this.put(name, data, (cell, v) => Object.assign(cell, { formula: undefined, quotePrefix: undefined }, typed(v)));
  }
  get values(): unknown[][] {
    this.need('values');
    return this.grid((c) => (c?.value === null || c?.value === undefined ? '' : c.value));
  }
  set values(data: unknown[][]) {
    this.writeTyped('values', data);
  }
  get formulas(): unknown[][] {
    this.need('formulas');
    return this.grid((c) => c?.formula ?? (c?.value === null || c?.value === undefined ? '' : c.value));
  }
  set formulas(data: unknown[][]) {
    this.writeTyped('formulas', data);
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
    this.put('numberFormat', data, (cell, v) => (cell.numberFormat = String(v)));
  }
  set columnHidden(hidden: boolean) {
    this.act('columnHidden', hidden);
    for (let c = this.box.left; c <= Math.min(this.box.right, 500); c++) {
      if (hidden) this.sheet.hiddenColumns.add(columnLetter(c));
      else this.sheet.hiddenColumns.delete(columnLetter(c));
    }
  }
  get columnHidden(): boolean {
    this.need('columnHidden');
    return this.sheet.hiddenColumns.has(columnLetter(this.box.left));
  }
  set rowHidden(hidden: boolean) {
    this.act('rowHidden', hidden);
    for (let r = this.box.top; r <= Math.min(this.box.bottom, 1_048_576); r++) {
      if (hidden) this.sheet.hiddenRows.add(r);
      else this.sheet.hiddenRows.delete(r);
    }
  }
  /** As Office.js: true when every row of the range is hidden; read after load() and sync(). */
  get rowHidden(): boolean {
    this.need('rowHidden');
    for (let r = this.box.top; r <= this.box.bottom; r++) if (!this.sheet.hiddenRows.has(r)) return false;
    return true;
  }
  get format(): XlRange['format'] {
    this.formatCache ??= this.makeFormat();
    return this.formatCache;
  }
  private makeFormat(): XlRange['format'] {
    const sheet = this.sheet;
    const book = this.book;
    book.path('format', []);
    const act = (name: string, v: unknown) => (this.writable(`format.${name}`), this.act(`format.${name}`, v));
    const setter = <T>(name: string, fn: (c: FakeCell, v: T) => void, enumName?: string) => ({
      set: (v: T) => {
        if (enumName) checkEnum(enumName, v, `${sheet.name}!${this.ref}.format.${name}`);
        act(name, v);
        sheet.eachCell(this.box, (c) => fn(c, v));
      },
      get(): T {
        throw new Error('fake Excel: format reads are not modelled');
      },
    });
    const nav = <T extends object>(name: string, props: PropertyDescriptorMap): T => (book.path(name, []), Object.defineProperties({} as T, props));
    const font = nav<XlRange['format']['font']>('font', {
      bold: setter<boolean>('font.bold', (c, v) => (c.font.bold = v)),
      italic: setter<boolean>('font.italic', (c, v) => (c.font.italic = v)),
      color: setter<string>('font.color', (c, v) => (c.font.color = v)),
      size: setter<number>('font.size', (c, v) => (c.font.size = v)),
      name: setter<string>('font.name', (c, v) => (c.font.name = v)),
    });
    const fill = nav<{ color: string }>('fill', { color: setter<string>('fill.color', (c, v) => (c.fill = v)) });
    const protection = nav<{ locked: boolean }>('protection', { locked: setter<boolean>('protection.locked', (c, v) => (c.locked = v)) });
    const borders = {
      getItem: (edge: string) => {
        checkEnum('BorderIndex', edge, `${sheet.name}!${this.ref}.format.borders.getItem`);
        // An edge border draws the range's outline on that side; an inside border the lines between its cells.
        const apply = (key: 'style' | 'color', v: string) => {
          const b = this.box;
          for (let r = b.top; r <= Math.min(b.bottom, 3000); r++)
            for (let c = b.left; c <= Math.min(b.right, 500); c++) {
              const sides: string[] = [];
              if (edge === 'EdgeTop' && r === b.top) sides.push('EdgeTop');
              if (edge === 'EdgeBottom' && r === b.bottom) sides.push('EdgeBottom');
              if (edge === 'EdgeLeft' && c === b.left) sides.push('EdgeLeft');
              if (edge === 'EdgeRight' && c === b.right) sides.push('EdgeRight');
              if (edge === 'InsideHorizontal') sides.push(...(r > b.top ? ['EdgeTop'] : []), ...(r < b.bottom ? ['EdgeBottom'] : []));
              if (edge === 'InsideVertical') sides.push(...(c > b.left ? ['EdgeLeft'] : []), ...(c < b.right ? ['EdgeRight'] : []));
              if (sides.length === 0) continue;
              const cell = sheet.cell(`${columnLetter(c)}${r}`);
              for (const side of sides) cell.borders[side] = { ...(cell.borders[side] ?? { style: '', color: '' }), [key]: v };
            }
        };
        const prop = (key: 'style' | 'color') => ({
          set: (v: string) => {
            if (key === 'style') checkEnum('BorderLineStyle', v, `${sheet.name}!${this.ref}.format.borders.${edge}.style`);
            act(`borders.${edge}.${key}`, v);
            apply(key, v);
          },
        });
        return nav<{ style: string; color: string }>(`borders.getItem(${edge})`, { style: prop('style'), color: prop('color') });
      },
    };
    const format = { font, fill, protection, borders } as unknown as XlRange['format'];
    Object.defineProperties(format, {
      wrapText: setter<boolean>('wrapText', (c, v) => (c.wrap = v)),
      horizontalAlignment: setter<string>('horizontalAlignment', (c, v) => (c.horizontal = v), 'HorizontalAlignment'),
      verticalAlignment: setter<string>('verticalAlignment', (c, v) => (c.vertical = v), 'VerticalAlignment'),
      columnWidth: {
        set: (v: number) => {
          this.act('format.columnWidth', v);
          for (let c = this.box.left; c <= Math.min(this.box.right, 500); c++) sheet.columnWidths.set(columnLetter(c), v);
        },
      },
      useStandardWidth: {
        set: (v: boolean) => {
          this.act('format.useStandardWidth', v);
          if (v) for (let c = this.box.left; c <= Math.min(this.box.right, 500); c++) sheet.columnWidths.delete(columnLetter(c));
        },
      },
      // Points, for every row of the range (ExcelApi 1.2); Excel's rows are 0–409 points tall.
      rowHeight: {
        set: (v: number) => {
          if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 409) throw new Error(`InvalidArgument: rowHeight must be 0–409 points, got ${JSON.stringify(v)}`);
          this.act('format.rowHeight', v);
          for (let r = this.box.top; r <= Math.min(this.box.bottom, 1_048_576); r++) sheet.rowHeights.set(r, v);
        },
      },
      // Setting true puts the rows back to the standard height; false has no effect (ExcelApi 1.7).
      useStandardHeight: {
        set: (v: boolean) => {
          book.requireApi('1.7', 'format.useStandardHeight');
          this.act('format.useStandardHeight', v);
          if (v) for (const r of [...sheet.rowHeights.keys()]) if (r >= this.box.top && r <= this.box.bottom) sheet.rowHeights.delete(r);
        },
      },
    });
    return format;
  }
  get dataValidation(): XlRange['dataValidation'] {
    const sheet = this.sheet;
    const book = this.book;
    const ref = this.ref;
    book.path('dataValidation', []);
    const entry = () => {
      let e = sheet.validations.find((v) => v.range === ref);
      if (!e) {
        if (sheet.validations.some((v) => overlaps(parseBox(v.range), this.box))) throw new Error(`InvalidOperation: ${ref} overlaps another validation on ${sheet.name}; clear it first`);
        e = { range: ref };
        sheet.validations.push(e);
      }
      return e;
    };
    const dv = {
      clear: () => {
        this.act('dataValidation.clear', []);
        for (let i = sheet.validations.length - 1; i >= 0; i--) if (overlaps(parseBox(sheet.validations[i]!.range), this.box)) sheet.validations.splice(i, 1);
      },
    };
    return Object.defineProperties(dv as XlRange['dataValidation'], {
      rule: {
        set: (v: Record<string, unknown>) => {
          const kinds = Object.keys(v ?? {}).filter((k) => v[k] !== undefined);
          if (kinds.length !== 1 || !(VALIDATION_RULE_TYPES as readonly string[]).includes(kinds[0]!)) throw new Error(`InvalidArgument: a validation rule has exactly one of ${VALIDATION_RULE_TYPES.join(', ')}; got ${kinds.join(', ') || 'none'}`);
          let stored: unknown = v;
          const list = v.list as { source?: unknown; inCellDropDown?: boolean } | undefined;
          if (list) {
            let source = list.source;
            if (source instanceof FakeRange) source = `=${quoteSheet(source.sheet.name)}!${source.ref}`;
            if (typeof source !== 'string' || source === '') throw new Error('InvalidArgument: a list validation needs a source');
            if (source.length > 255) throw new Error(`InvalidArgument: list validation source longer than 255 characters (${source.length})`);
            if (source.startsWith('=')) book.checkRefs(source);
            stored = { list: { ...list, source } };
          }
          this.act('dataValidation.rule', stored);
          entry().rule = stored;
        },
        get: () => sheet.validations.find((x) => x.range === ref)?.rule,
      },
      prompt: {
        set: (v: { title?: string; message?: string }) => (checkPrompt(v), this.act('dataValidation.prompt', v), (entry().prompt = v)),
        get: () => sheet.validations.find((x) => x.range === ref)?.prompt,
      },
      errorAlert: {
        set: (v: { title?: string; message?: string; style?: string }) => {
          checkErrorAlert(v);
          if (v.style !== undefined) checkEnum('DataValidationAlertStyle', v.style, `${sheet.name}!${ref}.dataValidation.errorAlert.style`);
          this.act('dataValidation.errorAlert', v);
          entry().errorAlert = v;
        },
        get: () => sheet.validations.find((x) => x.range === ref)?.errorAlert,
      },
      ignoreBlanks: { set: (v: boolean) => (this.act('dataValidation.ignoreBlanks', v), (entry().ignoreBlanks = v)), get: () => sheet.validations.find((x) => x.range === ref)?.ignoreBlanks },
    });
  }
  get conditionalFormats(): XlRange['conditionalFormats'] {
    const sheet = this.sheet;
    const ref = this.ref;
    const book = this.book;
    return {
      add: (type: 'Custom' | 'DataBar'): XlConditionalFormat => {
        checkEnum('ConditionalFormatType', type, `${sheet.name}!${ref}.conditionalFormats.add`);
        this.act('conditionalFormats.add', [type]);
        const entry: FakeSheet['conditionalFormats'][number] = { range: ref, type };
        // Office.js: "adds a new conditional format to the collection at the first/top priority".
        sheet.conditionalFormats.unshift(entry);
        const set = (name: string, fn: (v: never) => void) => ({ set: (v: never) => (this.act(`conditionalFormat.${name}`, v), fn(v)) });
        const bound = (which: 'lower' | 'upper') =>
          set(`dataBar.${which}BoundRule`, (v: { type?: string; formula?: string }) => {
            checkEnum('ConditionalFormatRuleType', v?.type, `${sheet.name}!${ref} data bar ${which} bound`);
            entry[which] = v;
          });
        const cf = { custom: { rule: {}, format: { fill: {}, font: {} } }, dataBar: { positiveFormat: {} } } as unknown as XlConditionalFormat;
        book.path('conditionalFormat', []);
        Object.defineProperty(cf, 'stopIfTrue', set('stopIfTrue', (v: boolean) => (entry.stopIfTrue = v)));
        Object.defineProperty(cf.custom.rule, 'formula', set('custom.rule.formula', (v: string) => (checkFormula(v, `${sheet.name}!${ref} conditional format`), book.checkRefs(v), (entry.formula = v))));
        Object.defineProperty(cf.custom.format.fill, 'color', set('custom.format.fill.color', (v: string) => (entry.fill = v)));
        Object.defineProperty(cf.custom.format.font, 'color', set('custom.format.font.color', (v: string) => (entry.font = v)));
        Object.defineProperty(cf.dataBar.positiveFormat, 'fillColor', set('dataBar.positiveFormat.fillColor', (v: string) => (entry.barColour = v)));
        Object.defineProperty(cf.dataBar.positiveFormat, 'gradientFill', set('dataBar.positiveFormat.gradientFill', () => undefined));
        Object.defineProperty(cf.dataBar, 'lowerBoundRule', bound('lower'));
        Object.defineProperty(cf.dataBar, 'upperBoundRule', bound('upper'));
        return cf;
      },
      clearAll: () => {
        this.act('conditionalFormats.clearAll', []);
        for (let i = sheet.conditionalFormats.length - 1; i >= 0; i--) if (overlaps(parseBox(sheet.conditionalFormats[i]!.range), this.box)) sheet.conditionalFormats.splice(i, 1);
      },
    };
  }
  clear(applyTo: 'All' | 'Formats' | 'Contents' = 'All'): void {
    checkEnum('ClearApplyTo', applyTo, `${this.sheet.name}!${this.ref}.clear`);
    this.writable('clear');
    this.act('clear', [applyTo]);
    for (const [address, cell] of [...this.sheet.cells]) {
      const m = /^([A-Z]+)(\d+)$/.exec(address)!;
      if (!inside(this.box, Number(m[2]), columnIndex(m[1]!))) continue;
      if (applyTo === 'All') this.sheet.cells.delete(address);
      else if (applyTo === 'Contents') Object.assign(cell, { value: null, formula: undefined, quotePrefix: undefined });
      else this.sheet.cells.set(address, { value: cell.value, formula: cell.formula, quotePrefix: cell.quotePrefix, font: {}, borders: {} } as FakeCell);
    }
  }
  merge(): void {
    this.writable('merge');
    const clash = this.sheet.merges.find((m) => overlaps(parseBox(m), this.box));
    if (clash) throw new Error(`InvalidOperation: merging ${this.ref} overlaps the merged cells ${clash}`);
    this.act('merge', [false]);
    this.sheet.merges.push(this.ref);
  }
  unmerge(): void {
    this.act('unmerge', []);
    for (let i = this.sheet.merges.length - 1; i >= 0; i--) if (overlaps(parseBox(this.sheet.merges[i]!), this.box)) this.sheet.merges.splice(i, 1);
  }
  getCell(row: number, column: number): XlRange {
    return new FakeRange(this.book, this.sheet, `${columnLetter(this.box.left + column)}${this.box.top + row}`);
  }
  select(): void {
    this.act('select', []);
    this.book.selection = `${this.sheet.name}!${this.ref}`;
  }
}
