/** exceljs's generic xforms: a list of children (ListXform) and an element nobody reads, skipped to its close. */
import { type OpenTag, type Xform } from './drive';

export interface ModelX<M> extends Xform {
  model: M | undefined;
  reset(): void;
}

/** An element whose content is not read: everything up to the first close of its name. */
export class SkipX implements ModelX<undefined> {
  model = undefined;
  constructor(private readonly tag: string) {}
  reset(): void {}
  open(): boolean {
    return true;
  }
  text(): void {}
  close(name: string): boolean {
    return name !== this.tag;
  }
}

/** ListXform: `<tag>` starts a new list; a close no child takes ends it. */
export class ListX<M> implements ModelX<M[]> {
  model: M[] | undefined;
  private parser: ModelX<M> | undefined;
  constructor(
    private readonly tag: string,
    private readonly child: ModelX<M>,
  ) {}
  reset(): void {
    this.model = undefined;
    this.parser = undefined;
    this.child.reset();
  }
  open(node: OpenTag): boolean {
    if (this.parser) {
      this.parser.open(node);
      return true;
    }
    if (node.name === this.tag) {
      this.model = [];
      return true;
    }
    if (this.child.open(node)) {
      this.parser = this.child;
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
        if (!this.model) throw new TypeError(`${this.tag}: an item outside its list`);
        this.model.push(this.parser.model as M);
        this.parser = undefined;
      }
      return true;
    }
    return false;
  }
}

/** A leaf element read from its attributes (a `<col>`, a `<mergeCell>`, a `<sheet>`…). */
export class LeafX<M> implements ModelX<M> {
  model: M | undefined;
  constructor(
    private readonly tag: string,
    private readonly read: (attributes: Record<string, string>) => M,
  ) {}
  reset(): void {
    this.model = undefined;
  }
  open(node: OpenTag): boolean {
    if (node.name !== this.tag) return false;
    this.model = this.read(node.attributes);
    return true;
  }
  text(): void {}
  close(): boolean {
    return false;
  }
}

/**
 * A part's top element dispatching its children by name (WorksheetXform, StylesXform,
 * WorkbookXform): a known child takes every event to its own end; an unknown one is transparent,
 * so known elements inside it are still read. The part ends at the close of `root`.
 */
export class DispatchX implements Xform {
  private parser: Xform | undefined;
  constructor(
    private readonly root: string,
    private readonly map: Record<string, ModelX<unknown>>,
  ) {}
  open(node: OpenTag): boolean {
    if (this.parser) {
      this.parser.open(node);
      return true;
    }
    if (node.name === this.root) {
      for (const x of Object.values(this.map)) x.reset();
      return true;
    }
    const x = Object.prototype.hasOwnProperty.call(this.map, node.name) ? this.map[node.name] : undefined;
    if (x) {
      this.parser = x;
      x.open(node);
    }
    return true;
  }
  text(t: string): void {
    this.parser?.text(t);
  }
  close(name: string): boolean {
    if (this.parser) {
      if (!this.parser.close(name)) this.parser = undefined;
      return true;
    }
    return name !== this.root;
  }
}
