/**
 * What the pane says after writing into the workbook: the write's own sentence, and the cell notes
 * this Excel could not take (no ExcelApi 1.18) named in words, so a data-entry remark is never
 * silently lost. The first few are quoted and the rest counted: the downloaded file has them all, and
 * forty quoted remarks would bury the status.
 */
import { type WriteResult } from '../../workbook/office/write-spec';
import { type Messages } from '../i18n';

/** How many remarks the status quotes before it counts the rest. */
export const NOTES_QUOTED = 3;

export function writeNotice(m: Messages, result: Pick<WriteResult, 'notesNotWritten'>, said: string): string {
  const left = result.notesNotWritten;
  if (left.length === 0) return said;
  const quoted = left.slice(0, NOTES_QUOTED).map((n) => m.noteAt(n.sheet, n.address, n.note));
  if (left.length > NOTES_QUOTED) quoted.push(m.moreNotes(left.length - NOTES_QUOTED));
  return `${said} ${m.notesNotWritten(left.length, quoted.join('; '))}`;
}
