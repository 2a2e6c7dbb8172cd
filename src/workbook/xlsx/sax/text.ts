/**
 * Text and rich text as exceljs's string parsers build them (TextXform, RichTextXform,
 * PhoneticTextXform, SharedStringXform), with the same delegation: a child parser takes every event
 * until its own close, and a close ends a parser by name, not by depth.
 */
import { DamagedPart, textModel, type OpenTag, type Xform } from './drive';

export interface RichRun {
  text?: string;
}
/** A shared string: plain text, rich text runs, or (an `<si/>` with neither) an empty object. */
export type StringModel = string | { richText?: RichRun[] };

export class TextX implements Xform {
  private runs: string[] | undefined;
  get model(): string {
    return textModel(this.runs ?? []);
  }
  open(node: OpenTag): boolean {
    if (node.name !== 't') return false;
    this.runs = [];
    return true;
  }
  text(t: string): void {
    this.runs?.push(t);
  }
  close(): boolean {
    return false;
  }
}

/** Consumes everything up to the first close named `tag` (a font, which no grid reads). */
export class UntilX implements Xform {
  constructor(private readonly tag: string) {}
  open(): boolean {
    return true;
  }
  text(): void {}
  close(name: string): boolean {
    return name !== this.tag;
  }
}

export class RichTextX implements Xform {
  model: RichRun = {};
  private parser: Xform | undefined;
  private readonly textX = new TextX();
  private readonly fontX = new UntilX('rPr');
  open(node: OpenTag): boolean {
    if (this.parser) {
      this.parser.open(node);
      return true;
    }
    switch (node.name) {
      case 'r':
        this.model = {};
        return true;
      case 't':
        this.parser = this.textX;
        this.parser.open(node);
        return true;
      case 'rPr':
        this.parser = this.fontX;
        return true;
      default:
        return false;
    }
  }
  text(t: string): void {
    this.parser?.text(t);
  }
  close(name: string): boolean {
    switch (name) {
      case 'r':
        return false;
      case 't':
        this.model.text = this.textX.model;
        this.parser = undefined;
        return true;
      case 'rPr':
        this.parser = undefined;
        return true;
      default:
        this.parser?.close(name);
        return true;
    }
  }
}

/** `<rPh>` and `<si>`: the same shape, over a map of r, t (and rPh for si). */
class CompositeX implements Xform {
  model: Record<string, unknown> | string = {};
  private parser: Xform | undefined;
  private readonly map: Record<string, Xform>;
  constructor(
    private readonly tag: string,
    withPhonetic: boolean,
  ) {
    this.map = { r: new RichTextX(), t: new TextX(), ...(withPhonetic ? { rPh: new CompositeX('rPh', false) } : {}) };
  }
  open(node: OpenTag): boolean {
    if (this.parser) {
      this.parser.open(node);
      return true;
    }
    if (node.name === this.tag) {
      this.model = {};
      return true;
    }
    this.parser = Object.prototype.hasOwnProperty.call(this.map, node.name) ? this.map[node.name] : undefined;
    if (this.parser) {
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
        const parser = this.parser;
        if (name === 'r') {
          // exceljs (strict mode) fails setting runs on a string: a `<t>` before an `<r>` is damage.
          if (typeof this.model === 'string') throw new TypeError('rich text after plain text');
          const model = this.model as { richText?: RichRun[] };
          (model.richText ??= []).push((parser as RichTextX).model);
        } else if (name === 't') {
          const text = (parser as TextX).model;
          if (this.tag === 'si') this.model = text;
          else if (typeof this.model === 'object') this.model.text = text;
        }
        this.parser = undefined;
      }
      return true;
    }
    return name !== this.tag;
  }
}

export class SharedStringX extends CompositeX {
  constructor() {
    super('si', true);
  }
}

/** xl/sharedStrings.xml: exceljs refuses any element but `<sst>` and `<si>` at the top. */
export class SharedStringsX implements Xform {
  readonly values: StringModel[] = [];
  private parser: SharedStringX | undefined;
  private readonly si = new SharedStringX();
  open(node: OpenTag): boolean {
    if (this.parser) {
      this.parser.open(node);
      return true;
    }
    if (node.name === 'sst') return true;
    if (node.name === 'si') {
      this.parser = this.si;
      this.parser.open(node);
      return true;
    }
    throw new DamagedPart(`Unexpected xml node in parseOpen: ${node.name}`);
  }
  text(t: string): void {
    this.parser?.text(t);
  }
  close(name: string): boolean {
    if (this.parser) {
      if (!this.parser.close(name)) {
        this.values.push(this.parser.model as StringModel);
        this.parser = undefined;
      }
      return true;
    }
    if (name === 'sst') return false;
    throw new DamagedPart(`Unexpected xml node in parseClose: ${name}`);
  }
}
