/**
 * The adapter's string unions are Office.js's enums exactly (`npm run typecheck` checks these lines):
 * a value the typings do not declare (e.g. a data bar bound 'Highest') does not compile.
 */
import type * as X from '../../src/workbook/office/excel-api';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

const checks: Record<string, true> = {
  visibility: true satisfies Same<X.XlSheetVisibility, `${Excel.SheetVisibility}`>,
  horizontal: true satisfies Same<X.XlHorizontalAlignment, `${Excel.HorizontalAlignment}`>,
  vertical: true satisfies Same<X.XlVerticalAlignment, `${Excel.VerticalAlignment}`>,
  borderIndex: true satisfies Same<X.XlBorderIndex, `${Excel.BorderIndex}`>,
  borderStyle: true satisfies Same<X.XlBorderLineStyle, `${Excel.BorderLineStyle}`>,
  cfType: true satisfies Same<X.XlConditionalFormatType, `${Excel.ConditionalFormatType}`>,
  cfRuleType: true satisfies Same<X.XlConditionalFormatRuleType, `${Excel.ConditionalFormatRuleType}`>,
  alertStyle: true satisfies Same<X.XlDataValidationAlertStyle, `${Excel.DataValidationAlertStyle}`>,
  orientation: true satisfies Same<X.XlPageOrientation, `${Excel.PageOrientation}`>,
  paper: true satisfies Same<X.XlPaperType, `${Excel.PaperType}`>,
  legend: true satisfies Same<X.XlChartLegendPosition, `${Excel.ChartLegendPosition}`>,
  seriesBy: true satisfies Same<X.XlChartSeriesBy, `${Excel.ChartSeriesBy}`>,
  clear: true satisfies Same<X.XlClearApplyTo, `${Excel.ClearApplyTo}`>,
  selection: true satisfies Same<X.XlProtectionSelectionMode, `${Excel.ProtectionSelectionMode}`>,
  noteContent: true satisfies Same<X.XlNote['content'], Excel.Note['content']>,
  noteAdd: true satisfies ([string, string] extends Parameters<Excel.NoteCollection['add']> ? true : false),
};

test('each narrow union equals its Office.js enum (checked by the compiler)', () => {
  expect(Object.values(checks).every(Boolean)).toBe(true);
});
