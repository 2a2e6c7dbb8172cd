/**
 * A sheet's cell notes (the data-entry remarks a spec carries in `CellSpec.note`) through Excel's
 * notes API, `worksheet.notes.add(cell, text)` (Excel.NoteCollection), which needs ExcelApi 1.18. On
 * an older Excel the remarks cannot be written: they are returned so the caller can say which ones,
 * never dropped. Every use of the API is guarded here, with the version written out for the audit.
 */
import { parseAddress } from '../a1';
import { type SheetSpec } from '../spec';
import { ACTION_BYTES, jsonBytes, type Batch } from './batch';
import { type Requirements, type XlNotes, type XlWorksheet } from './excel-api';

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

/**
 * Adds the sheet's notes, each counted in the batch (the collection's path, the call and its text);
 * returns the notes it could not write (all of them where the host has no notes API).
 */
export async function writeNotes(ws: XlWorksheet, spec: SheetSpec, batch: Batch, requirements: Requirements): Promise<CellNote[]> {
  const notes = sheetNotes(spec);
  if (requirements.isSetSupported('ExcelApi', '1.18')) {
    for (const n of notes) {
      await batch.reserve(jsonBytes([n.address, n.note]) + 2 * ACTION_BYTES);
      ws.notes.add(n.address, n.note);
    }
    return [];
  } else {
    return notes;
  }
}

/** A sheet's notes, queued for loading (read after the next sync), so a rewrite can delete them first. */
export function loadNotes(ws: XlWorksheet, requirements: Requirements): XlNotes | undefined {
  if (requirements.isSetSupported('ExcelApi', '1.18')) {
    const notes = ws.notes;
    notes.load('items');
    return notes;
  } else {
    return undefined;
  }
}

/** How many notes were loaded (each delete is an action the batch counts). */
export function loadedNoteCount(notes: XlNotes | undefined, requirements: Requirements): number {
  if (requirements.isSetSupported('ExcelApi', '1.18')) return notes?.items.length ?? 0;
  else return 0;
}

/** Deletes the loaded notes, so a rewritten sheet of ours starts without any. */
export function deleteNotes(notes: XlNotes | undefined, requirements: Requirements): void {
  if (requirements.isSetSupported('ExcelApi', '1.18')) {
    for (const n of notes?.items ?? []) n.delete();
  } else {
    return;
  }
}
