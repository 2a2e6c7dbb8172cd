/**
 * A sheet's cell notes (the data-entry remarks a spec carries in `CellSpec.note`) through Excel's
 * notes API, `worksheet.notes.add(cell, text)`, which needs ExcelApi 1.18. On an older Excel the
 * remarks cannot be written: they are returned so the caller can say which ones, never dropped.
 */
import { parseAddress } from '../a1';
import { type SheetSpec } from '../spec';
import { ACTION_BYTES, jsonBytes, type Batch } from './batch';
import { type XlWorksheet } from './excel-api';

/** The requirement set of `worksheet.notes` (Excel.NoteCollection). */
export const NOTES_API = '1.18';

export interface CellNote {
  /** One cell, e.g. "K5". */
  address: string;
  note: string;
}

/** A note Excel could not take, named by the sheet it belongs on (its actual name in the workbook). */
export interface UnwrittenNote extends CellNote {
  sheet: string;
}

/** The spec's notes in sheet order (row, then column), single cells only. */
export function sheetNotes(spec: SheetSpec): CellNote[] {
  const out: { row: number; column: number; address: string; note: string }[] = [];
  for (const [address, cell] of spec.cells) {
    const a = cell.note ? parseAddress(address) : undefined;
    if (a && cell.note) out.push({ row: a.row, column: a.column, address, note: cell.note });
  }
  return out.sort((x, y) => x.row - y.row || x.column - y.column).map(({ address, note }) => ({ address, note }));
}

/** Adds the notes, each counted in the batch (the collection's path, the call and its text). */
export async function writeNotes(ws: XlWorksheet, notes: readonly CellNote[], batch: Batch): Promise<void> {
  for (const n of notes) {
    await batch.reserve(jsonBytes([n.address, n.note]) + 2 * ACTION_BYTES);
    ws.notes.add(n.address, n.note);
  }
}

/** Deletes a sheet's notes (loaded as `items` before), so a rewritten sheet of ours starts without any. */
export function deleteNotes(notes: { items: { delete(): void }[] } | undefined): void {
  for (const n of notes?.items ?? []) n.delete();
}
