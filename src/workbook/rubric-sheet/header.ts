/** The rubric sheet's header block: the document's identity, each value right of its label. */
import { fold } from '../../engine';
import { address } from '../a1';
import { type SheetGrid } from '../grid';
import { isoDateOf, quoted, readCell, shown, type Read } from './cells';
import { RUBRIC_LABELS, type RubricLabel } from './contract';
import { type SheetProblemCode } from './messages';

export type Add = (code: SheetProblemCode, cell: string | undefined, params?: Record<string, string | number>, severity?: 'error' | 'warning') => void;

/** The header block: each label's value is the next non-empty cell to its right, above the table. */
function readHeaderBlock(sheet: SheetGrid, beforeRow: number): Map<RubricLabel, { read: Read; cell: string }> {
  const found = new Map<RubricLabel, { read: Read; cell: string }>();
  const labels = Object.entries(RUBRIC_LABELS).map(([k, v]) => [k as RubricLabel, fold(v)] as const);
  for (let r = 1; r < beforeRow; r++) {
    const cells = sheet.rows[r - 1] ?? [];
    for (let c = 0; c < cells.length; c++) {
      const t = readCell(cells[c] ?? null);
      if (t.kind !== 'text') continue;
      const hit = labels.find(([, l]) => fold(t.text).replace(/:$/, '') === l);
      if (!hit || found.has(hit[0])) continue;
      let value: { read: Read; cell: string } = { read: { kind: 'empty' }, cell: address(r, c + 2) };
      for (let d = c + 1; d < cells.length; d++) {
        const v = readCell(cells[d] ?? null);
        if (v.kind !== 'empty') {
          value = { read: v, cell: address(r, d + 1) };
          break;
        }
      }
      found.set(hit[0], value);
    }
  }
  return found;
}

export interface Meta {
  id: string;
  title: string;
  number: string;
  date: string;
  issuer: string;
  sourceTitle: string;
  part: string;
  idCell?: string;
}

export function readMeta(sheet: SheetGrid, headerRow: number, add: Add): Meta {
  const block = readHeaderBlock(sheet, headerRow);
  const text = (label: RubricLabel, required: boolean): string => {
    const v = block.get(label);
    if (v?.read.kind === 'error') add('errorValue', v.cell, { value: v.read.value });
    const s = v ? shown(v.read) : '';
    if (!s && required) add('missingField', v?.cell, { label: RUBRIC_LABELS[label] });
    return s;
  };
  const rawId = text('id', true);
  const id = rawId.toLowerCase();
  if (rawId && !/^[a-z0-9][a-z0-9-]*$/.test(id)) add('badId', block.get('id')?.cell, { value: rawId });
  const title = text('title', true);
  const dateCell = block.get('date');
  let date = '';
  if (text('date', true) && dateCell) {
    date = isoDateOf(dateCell.read) ?? '';
    if (!date) add('badDate', dateCell.cell, { value: quoted(dateCell.read) });
  }
  return { id, title, number: text('number', false), date, issuer: text('issuer', true), sourceTitle: text('sourceTitle', false), part: text('part', false), ...(block.get('id') ? { idCell: block.get('id')?.cell } : {}) };
}
