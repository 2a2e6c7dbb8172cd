/**
 * After rubrics stored in the workbook are registered, cells that asked for them earlier still show
 * #N/A and KTD5.RUBRICS() its old list: Excel does not recalculate a non-volatile custom function by
 * itself. One full recalculation (once per burst of registrations) brings them up to date. Guarded:
 * outside Excel, or where Excel.run is missing (a bare functions runtime), it does nothing.
 */

/** The part of the Excel global used here (the shared runtime has it; a bare runtime does not). */
export interface ExcelLike {
  run(job: (context: { workbook: { application: { calculate(type: 'Full'): void } }; sync(): Promise<unknown> }) => Promise<unknown>): Promise<unknown>;
}

let pending: Promise<void> | undefined;

export function requestFullRecalculation(excel: ExcelLike | undefined = (globalThis as { Excel?: ExcelLike }).Excel): Promise<void> {
  if (!excel || typeof excel.run !== 'function') return Promise.resolve();
  pending ??= Promise.resolve()
    .then(() =>
      excel.run(async (context) => {
        context.workbook.application.calculate('Full');
        await context.sync();
      }),
    )
    .then(
      () => undefined,
      () => undefined, // a failed recalculation leaves Excel's own schedule; never an error in a cell
    )
    .finally(() => {
      pending = undefined;
    });
  return pending;
}
