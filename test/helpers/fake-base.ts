/** Shared pieces of the strict fake: a cell's state, and properties that need load() and sync(). */
import { type FakeExcel } from './fake-excel';

export interface FakeCell {
  value: string | number | boolean | null;
  formula?: string;
  quotePrefix?: boolean;
  numberFormat?: string;
  fill?: string;
  font: { bold?: boolean; italic?: boolean; color?: string; size?: number; name?: string };
  wrap?: boolean;
  horizontal?: string;
  vertical?: string;
  locked?: boolean;
  borders: Record<string, { style: string; color: string }>;
}

/** Properties that need load() and a sync() before they can be read, as in Office.js. */
export class Loadable {
  private requested = new Set<string>();
  protected loaded = new Set<string>();
  constructor(protected readonly book: FakeExcel) {}
  load(names?: string | string[]): this {
    const list = names === undefined ? ['*'] : Array.isArray(names) ? names : names.split(',').map((s) => s.trim());
    for (const n of list) this.requested.add(n);
    this.book.query(list);
    this.book.loadables.add(this);
    return this;
  }
  /** At sync: the requested properties become readable; returns the response bytes they cost. */
  settle(): number {
    let bytes = 0;
    for (const n of this.requested) {
      this.loaded.add(n);
      bytes += this.responseBytes(n);
    }
    this.requested.clear();
    return bytes;
  }
  /** What one loaded property costs in the response (its JSON as Office.js returns it). */
  protected responseBytes(name: string): number {
    try {
      this.loaded.add(name);
      const v = (this as unknown as Record<string, unknown>)[name.split('/').pop() as string];
      return Buffer.byteLength(JSON.stringify(v ?? null), 'utf8') + name.length + 4;
    } catch {
      return name.length + 8;
    }
  }
  protected need(name: string): void {
    if (!this.loaded.has(name) && !this.loaded.has('*')) throw new Error(`PropertyNotLoaded: ${name} was read before load() and sync()`);
  }
}
