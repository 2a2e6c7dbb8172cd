/** xl/styles.xml as far as grids need it: each cell style's number format (exceljs's StylesXform.getStyleModel). */
import { drive, type OpenTag } from './drive';
import { DispatchX, LeafX, ListX, SkipX, type ModelX } from './lists';

// exceljs's table of built-in formats (id → code), the one its own reader uses.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const BUILT_IN = require('exceljs/lib/xlsx/defaultnumformats') as Record<string, { f?: string } | undefined>;

/** A cell style as grids see it: its number format, if any. */
export interface StyleModel {
  numFmt?: string;
}

interface Xf {
  numFmtId: number;
}

/** StyleXform: an `<xf>`, with its alignment and protection children skipped. */
class XfX implements ModelX<Xf> {
  model: Xf | undefined;
  private parser: SkipX | undefined;
  reset(): void {
    this.model = undefined;
    this.parser = undefined;
  }
  open(node: OpenTag): boolean {
    if (this.parser) {
      this.parser.open();
      return true;
    }
    switch (node.name) {
      case 'xf':
        this.model = { numFmtId: parseInt(node.attributes.numFmtId as string, 10) };
        return true;
      case 'alignment':
      case 'protection':
        this.parser = new SkipX(node.name);
        return true;
      default:
        return false;
    }
  }
  text(): void {}
  close(name: string): boolean {
    if (this.parser) {
      if (!this.parser.close(name)) this.parser = undefined;
      return true;
    }
    return name !== 'xf';
  }
}

export class Styles {
  private readonly built = new Map<number, StyleModel | null>();
  constructor(
    private readonly xfs: Xf[],
    private readonly formats: Map<number, string>,
  ) {}

  /** getStyleModel(id): null for a style that does not exist. */
  style(id: number): StyleModel | null {
    let model = this.built.get(id);
    if (model !== undefined) return model;
    const xf = this.xfs[id];
    if (!xf) model = null;
    else {
      model = {};
      if (xf.numFmtId) {
        const code = this.formats.get(xf.numFmtId) || BUILT_IN[xf.numFmtId]?.f;
        if (code) model.numFmt = code;
      }
    }
    this.built.set(id, model);
    return model;
  }
}

const skip = (tag: string, child: string): ListX<undefined> => new ListX(tag, new SkipX(child));

export function parseStyles(xml: string): Styles {
  const numFmts = new ListX('numFmts', new LeafX('numFmt', (a) => ({ id: parseInt(a.numFmtId as string, 10), formatCode: (a.formatCode as string).replace(/[\\](.)/g, '$1') })));
  const cellXfs = new ListX('cellXfs', new XfX());
  drive(
    xml,
    new DispatchX('styleSheet', {
      numFmts,
      fonts: skip('fonts', 'font'),
      fills: skip('fills', 'fill'),
      borders: skip('borders', 'border'),
      cellStyleXfs: new ListX('cellStyleXfs', new XfX()),
      cellXfs,
      dxfs: skip('dxfs', 'dxf'),
      numFmt: new SkipX('numFmt'),
      font: new SkipX('font'),
      fill: new SkipX('fill'),
      border: new SkipX('border'),
      style: new SkipX('style'),
    }),
  );
  const formats = new Map<number, string>();
  for (const f of numFmts.model ?? []) formats.set(f.id, f.formatCode);
  return new Styles(cellXfs.model ?? [], formats);
}
