/**
 * One SheetSpec into one worksheet through Office.js, in operations Excel accepts and that fit its
 * request limit: column widths per run of equal columns, formats per rectangle of cells sharing a
 * style, values and formulas per block of rows (null leaves a cell alone), conditional-format rules
 * added so that the spec's first rule ends at the top priority, as the .xlsx renderer numbers them.
 * Each part is its own module; this one sets their order.
 */
import { type SheetSpec } from '../spec';
import { type Batch } from './batch';
import { writeBlocks } from './cell-blocks';
import { writeCellFormats } from './cell-formats';
import { writeNotes, type CellNote } from './cell-notes';
import { writeConditionalFormats, writeValidations, type SheetTargets } from './cell-rules';
import { type Requirements, type XlWorksheet } from './excel-api';
import { writeLayout } from './sheet-finish';
import { writeColumns, writeRowHeights } from './sizes';

export type { SheetTargets } from './cell-rules';

/**
 * Writes one sheet (already added or cleared) through the batch, syncing as the budget needs; returns
 * the cell notes the host could not take (it lacks the notes API), for the caller to report.
 */
export async function writeSheet(ws: XlWorksheet, spec: SheetSpec, targets: SheetTargets, batch: Batch, requirements: Requirements): Promise<CellNote[]> {
  await writeColumns(ws, spec, batch);
  await writeRowHeights(ws, spec, batch);
  await writeCellFormats(ws, spec, batch);
  await writeBlocks(ws, spec, targets.retarget, batch);
  const unwritten = await writeNotes(ws, spec, batch, requirements);
  for (const merge of spec.merges) {
    await batch.reserve();
    ws.getRange(merge).merge(false);
  }
  await writeValidations(ws, spec, targets, batch);
  await writeConditionalFormats(ws, spec, targets, batch);
  await writeLayout(ws, spec, batch);
  return unwritten;
}
