/**
 * The strict fake's cell notes (Excel.NoteCollection, ExcelApi 1.18, see fake-excel.ts), as Excel
 * documents them: `worksheet.notes` throws ApiNotFound on a host below 1.18; `add(cellAddress,
 * content)` takes one cell (an A1 string or a one-cell range of the same sheet) and throws
 * InvalidCellAddress for anything else; the content is the note's text (a string). Each call is
 * counted in the sync's request bytes, loaded items in its response bytes. Where the docs are silent
 * the fake takes the stricter reading: a second note on the same cell and a note on a protected sheet
 * that does not allow editing objects are refused; clearing a range leaves its notes.
 */
import { type XlNote, type XlNotes, type XlRange } from '../../src/workbook/office/excel-api';
import { Loadable } from './fake-base';
import { type FakeExcel, type FakeSheet } from './fake-excel';
import { FakeRange, parseBox } from './fake-range';

/** A single cell's A1 address as Excel writes it (no $, upper case), or undefined. */
function singleCell(ref: string): string | undefined {
  const plain = ref.replace(/\$/g, '').toUpperCase();
  if (!/^[A-Z]{1,3}[1-9]\d*$/.test(plain)) return undefined;
  try {
    parseBox(plain); // inside the sheet's bounds
    return plain;
  } catch {
    return undefined;
  }
}

class FakeNote extends Loadable implements XlNote {
  constructor(
    book: FakeExcel,
    private readonly sheet: FakeSheet,
    readonly address: string,
  ) {
    super(book);
    book.path('getItem', [address]);
  }
  get content(): string {
    this.need('content');
    return this.sheet.notes.get(this.address) ?? '';
  }
  set content(text: string) {
    if (typeof text !== 'string') throw new Error(`InvalidArgument: a note's content is text, got ${typeof text}`);
    if (!this.sheet.notes.has(this.address)) throw new Error(`ItemNotFound: no note at ${this.sheet.name}!${this.address}`);
    this.book.action(this.sheet, this.address, 'note.content', text);
    this.sheet.notes.set(this.address, text);
  }
  delete(): void {
    if (!this.sheet.notes.has(this.address)) throw new Error(`ItemNotFound: no note at ${this.sheet.name}!${this.address}`);
    this.book.action(this.sheet, this.address, 'note.delete', []);
    this.sheet.notes.delete(this.address);
  }
}

export class FakeNotes extends Loadable implements XlNotes {
  constructor(
    book: FakeExcel,
    private readonly sheet: FakeSheet,
  ) {
    super(book);
    book.requireApi('1.18', 'worksheet.notes');
    book.path('notes', []);
  }
  get items(): XlNote[] {
    this.need('items');
    return [...this.sheet.notes.keys()].map((address) => new FakeNote(this.book, this.sheet, address));
  }
  protected override responseBytes(name: string): number {
    if (name !== 'items') return super.responseBytes(name);
    // Each item's scalar properties, as Office.js returns a loaded collection.
    const items = [...this.sheet.notes.values()].map((content) => ({ authorName: '', content, height: 0, visible: false, width: 0 }));
    return Buffer.byteLength(JSON.stringify({ value: items }), 'utf8');
  }
  add(cellAddress: XlRange | string, content: string): XlNote {
    const s = this.sheet;
    let ref: string;
    if (typeof cellAddress === 'string') ref = cellAddress;
    else if (cellAddress instanceof FakeRange && cellAddress.sheet === s) ref = cellAddress.ref;
    else throw new Error(`InvalidCellAddress: the cell of a note on ${s.name} must be a range of that sheet`);
    const address = singleCell(ref);
    if (!address) throw new Error(`InvalidCellAddress: a note goes on one cell, got "${ref}"`);
    if (typeof content !== 'string') throw new Error(`InvalidArgument: a note's content is text, got ${typeof content}`);
    const options = s.protectedWith as { allowEditObjects?: boolean } | undefined;
    if (options && !options.allowEditObjects) throw new Error(`AccessDenied: notes cannot be added on the protected sheet ${s.name}`);
    if (s.notes.has(address)) throw new Error(`InvalidOperation: ${s.name}!${address} already has a note`);
    this.book.action(s, address, 'notes.add', [address, content]);
    s.notes.set(address, content);
    return new FakeNote(this.book, s, address);
  }
}
