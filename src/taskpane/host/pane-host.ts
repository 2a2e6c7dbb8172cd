/** Where the pane runs: inside Excel (writes go into the open workbook) or as the standalone page. */
import { type XlContext } from '../../workbook/office/excel-api';

/** Excel.run's shape: a job gets a request context and syncs it as it needs. */
export type ExcelRun = <T>(job: (context: XlContext) => Promise<T>) => Promise<T>;

export type PaneHost =
  | { kind: 'loading' }
  | { kind: 'standalone' }
  | { kind: 'excel'; run: ExcelRun; platform: string }
  /** Inside Office, but not an Excel that has the requirement sets the manifest declares. */
  | { kind: 'unsupported'; host: string; missing: string[] };

/** Excel.run from office.js (only called inside Office). */
export const officeRun: ExcelRun = (job) => Excel.run((context) => job(context as unknown as XlContext));

/**
 * A full recalculation: after the pane registers, restores or removes a rubric, KTD5.* cells that
 * named it (#N/A before) and KTD5.RUBRICS() are recomputed; Excel would not do it by itself.
 */
export function recalculate(run: ExcelRun): Promise<void> {
  return run(async (context) => {
    context.workbook.application.calculate('Full');
    await context.sync();
  });
}
