/**
 * A worksheet part parsed as exceljs's WorksheetXform parses it: rows (RowXform) of cells
 * (CellXform, with its first guess at each cell's type), columns, merges and hyperlinks. Elements no
 * grid reads are skipped to their close; the delegation between parsers is exceljs's own, so a
 * sheet that exceljs reads oddly is read the same odd way.
 */
import { drive, parseBoolean, xmlDecode, type OpenTag } from './drive';
import { DispatchX, LeafX, ListX, SkipX, type ModelX } from './lists';
import { RichTextX, type RichRun } from './text';

export type CellType = 'null' | 'merge' | 'number' | 'string' | 'boolean' | 'error' | 'formula';

export interface CellModel {
  address: string | undefined;
  styleId?: number;
  type?: CellType;
  value?: string | number | boolean | { error: string } | { richText: RichRun[] } | undefined;
  formula?: string;
  result?: string | number | boolean | { error: string };
  shareType?: string;
  si?: string;
  ref?: string;
}

export interface RowModel {
  number: number;
  cells: CellModel[];
  styleId?: number;
  hidden?: boolean;
  height?: number;
}

export interface ColModel {
  min: number;
  max: number;
  width: number | undefined;
  styleId?: number;
  hidden?: boolean;
}

export interface SheetModel {
  rows: (RowModel | undefined)[];
  cols: ColModel[] | undefined;
  merges: string[] | undefined;
  hyperlinks: { address: string | undefined; rId: string | undefined }[] | undefined;
}

class CellX implements ModelX<CellModel> {
  model: CellModel | undefined;
  private t: string | undefined;
  private current: string | undefined;
  private parser: RichTextX | undefined;
  private readonly rich = new RichTextX();

  reset(): void {
    this.model = undefined;
    this.parser = undefined;
  }

  open(node: OpenTag): boolean {
    if (this.parser) {
      this.parser.open(node);
      return true;
    }
    const a = node.attributes;
    switch (node.name) {
      case 'c':
        this.model = { address: a.r };
        this.t = a.t;
        if (a.s) this.model.styleId = parseInt(a.s, 10);
        return true;
      case 'f': {
        this.current = 'f';
        const m = this.cell();
        m.si = a.si;
        m.shareType = a.t;
        m.ref = a.ref;
        return true;
      }
      case 'v':
      case 't':
        this.current = node.name;
        return true;
      case 'r':
        this.parser = this.rich;
        this.parser.open(node);
        return true;
      default:
        return false;
    }
  }

  private cell(): CellModel {
    if (!this.model) throw new TypeError('a cell part outside a cell');
    return this.model;
  }

  text(text: string): void {
    if (this.parser) {
      this.parser.text(text);
      return;
    }
    if (this.current === 'f') {
      const m = this.cell();
      m.formula = m.formula ? m.formula + text : text;
    } else if (this.current === 'v' || this.current === 't') {
      const m = this.cell();
      const v = m.value as { richText?: { text?: string } } | string | undefined;
      if (v && typeof v === 'object' && v.richText) {
        // exceljs appends to a property of the runs' array, which no reader sees.
        (v.richText as { text?: string }).text = (v.richText as { text?: string }).text ? `${(v.richText as { text?: string }).text}${text}` : text;
      } else m.value = v ? `${v as string}${text}` : text;
    }
  }

  close(name: string): boolean {
    switch (name) {
      case 'c':
        this.guess(this.cell());
        return false;
      case 'f':
      case 'v':
      case 'is':
        this.current = undefined;
        return true;
      case 't':
        if (this.parser) {
          this.parser.close(name);
          return true;
        }
        this.current = undefined;
        return true;
      case 'r': {
        const m = this.cell();
        const v = (m.value || {}) as { richText?: RichRun[] };
        v.richText ||= [];
        v.richText.push((this.parser as RichTextX).model);
        m.value = v as CellModel['value'];
        this.parser = undefined;
        this.current = undefined;
        return true;
      }
      default:
        if (this.parser) {
          this.parser.close(name);
          return true;
        }
        return false;
    }
  }

  /** CellXform's first guess at the type, from `t` and what the cell holds. */
  private guess(m: CellModel): void {
    const raw = m.value as string | undefined;
    if (m.formula || m.shareType) {
      m.type = 'formula';
      if (raw) {
        if (this.t === 'str') m.result = xmlDecode(raw);
        else if (this.t === 'b') m.result = parseInt(raw, 10) !== 0;
        else if (this.t === 'e') m.result = { error: raw };
        else m.result = parseFloat(raw);
        m.value = undefined;
      }
    } else if (m.value !== undefined) {
      switch (this.t) {
        case 's':
          m.type = 'string';
          m.value = parseInt(raw as string, 10);
          break;
        case 'str':
          m.type = 'string';
          m.value = xmlDecode(raw as string);
          break;
        case 'inlineStr':
          m.type = 'string';
          break;
        case 'b':
          m.type = 'boolean';
          m.value = parseInt(raw as string, 10) !== 0;
          break;
        case 'e':
          m.type = 'error';
          m.value = { error: raw as string };
          break;
        default:
          m.type = 'number';
          m.value = parseFloat(raw as string);
      }
    } else if (m.styleId) m.type = 'null';
    else m.type = 'merge';
  }
}

class RowX implements ModelX<RowModel> {
  model: RowModel | undefined;
  private parser: CellX | undefined;
  private readonly cellX = new CellX();

  reset(): void {
    this.model = undefined;
    this.parser = undefined;
    this.cellX.reset();
  }

  open(node: OpenTag): boolean {
    if (this.parser) {
      this.parser.open(node);
      return true;
    }
    if (node.name === 'row') {
      const a = node.attributes;
      const model: RowModel = (this.model = { number: parseInt(a.r as string, 10), cells: [] });
      if (a.s) model.styleId = parseInt(a.s, 10);
      if (parseBoolean(a.hidden)) model.hidden = true;
      if (a.ht) model.height = parseFloat(a.ht);
      return true;
    }
    if (node.name === 'c') {
      this.parser = this.cellX;
      this.parser.open(node);
      return true;
    }
    return false;
  }

  text(t: string): void {
    this.parser?.text(t);
  }

  close(name: string): boolean {
    if (this.parser) {
      if (!this.parser.close(name)) {
        if (!this.model) throw new TypeError('a cell outside a row');
        this.model.cells.push(this.parser.model as CellModel);
        this.parser = undefined;
      }
      return true;
    }
    return false;
  }
}

const SKIPPED = ['sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'autoFilter', 'rowBreaks', 'pageMargins', 'dataValidations', 'pageSetup', 'headerFooter', 'printOptions', 'picture', 'drawing', 'sheetProtection', 'tableParts', 'conditionalFormatting', 'extLst'];

export function parseSheet(xml: string): SheetModel {
  const sheetData = new ListX('sheetData', new RowX());
  const cols = new ListX(
    'cols',
    new LeafX('col', (a): ColModel => {
      const col: ColModel = { min: parseInt(a.min || '0', 10), max: parseInt(a.max || '0', 10), width: a.width === undefined ? undefined : parseFloat(a.width || '0') };
      if (a.style) col.styleId = parseInt(a.style, 10);
      if (parseBoolean(a.hidden)) col.hidden = true;
      return col;
    }),
  );
  const mergeCells = new ListX('mergeCells', new LeafX('mergeCell', (a) => a.ref as string));
  const hyperlinks = new ListX('hyperlinks', new LeafX('hyperlink', (a) => ({ address: a.ref, rId: a['r:id'] })));
  const map: Record<string, ModelX<unknown>> = { cols, sheetData, mergeCells, hyperlinks };
  for (const name of SKIPPED) map[name] = new SkipX(name);
  drive(xml, new DispatchX('worksheet', map));
  return { rows: sheetData.model ?? [], cols: cols.model, merges: mergeCells.model, hyperlinks: hyperlinks.model };
}
