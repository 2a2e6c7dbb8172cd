/**
 * What the pane says after writing into the workbook: the write's own sentence, and the cell notes
 * this Excel could not take (no ExcelApi 1.18) listed in words, so a data-entry remark is never
 * silently lost.
 */
import { type WriteResult } from '../../workbook/office/write-spec';
import { type Messages } from '../i18n';

export function writeNotice(m: Messages, result: Pick<WriteResult, 'notesNotWritten'>, said: string): string {
  const left = result.notesNotWritten;
  if (left.length === 0) return said;
  return `${said} ${m.notesNotWritten(left.length, left.map((n) => m.noteAt(n.sheet, n.address, n.note)).join('; '))}`;
}
