/**
 * The part of the Office.js Excel API the workbook layer uses, as structural types: the real
 * `Excel.RequestContext` fits them, and so does the strict fake the tests drive. Keeping our own
 * narrow types means the workbook layer compiles (and the CLI builds) without Office's typings. The
 * string unions are Office.js's enum values; test/workbook/excel-api-types.test.ts checks each one
 * equals `${Excel.X}` of @types/office-js, so a typo like `'Highest'` does not compile.
 */

export type XlSheetVisibility = 'Visible' | 'Hidden' | 'VeryHidden';
export type XlHorizontalAlignment = 'General' | 'Left' | 'Center' | 'Right' | 'Fill' | 'Justify' | 'CenterAcrossSelection' | 'Distributed';
export type XlVerticalAlignment = 'Top' | 'Center' | 'Bottom' | 'Justify' | 'Distributed';
export type XlBorderIndex = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal' | 'DiagonalDown' | 'DiagonalUp';
export type XlBorderLineStyle = 'None' | 'Continuous' | 'Dash' | 'DashDot' | 'DashDotDot' | 'Dot' | 'Double' | 'SlantDashDot';
export type XlConditionalFormatType = 'Custom' | 'DataBar' | 'ColorScale' | 'IconSet' | 'TopBottom' | 'PresetCriteria' | 'ContainsText' | 'CellValue';
export type XlConditionalFormatRuleType = 'Invalid' | 'Automatic' | 'LowestValue' | 'HighestValue' | 'Number' | 'Percent' | 'Formula' | 'Percentile';
export type XlDataValidationAlertStyle = 'Stop' | 'Warning' | 'Information';
export type XlPageOrientation = 'Portrait' | 'Landscape';
export type XlChartLegendPosition = 'Invalid' | 'Top' | 'Bottom' | 'Left' | 'Right' | 'Corner' | 'Custom';
export type XlChartSeriesBy = 'Auto' | 'Columns' | 'Rows';
export type XlClearApplyTo = 'All' | 'Formats' | 'Contents' | 'Hyperlinks' | 'RemoveHyperlinks' | 'ResetContents';
export type XlProtectionSelectionMode = 'Normal' | 'Unlocked' | 'None';
/** The chart types the layouts draw (a subset of Excel.ChartType; see spec.ts). */
export type XlChartType = 'ColumnClustered' | 'ColumnStacked' | 'BarClustered' | 'BarStacked';
export type XlPaperType =
  | 'Letter'
  | 'LetterSmall'
  | 'Tabloid'
  | 'Ledger'
  | 'Legal'
  | 'Statement'
  | 'Executive'
  | 'A3'
  | 'A4'
  | 'A4Small'
  | 'A5'
  | 'B4'
  | 'B5'
  | 'Folio'
  | 'Quatro'
  | 'Paper10x14'
  | 'Paper11x17'
  | 'Note'
  | 'Envelope9'
  | 'Envelope10'
  | 'Envelope11'
  | 'Envelope12'
  | 'Envelope14'
  | 'Csheet'
  | 'Dsheet'
  | 'Esheet'
  | 'EnvelopeDL'
  | 'EnvelopeC5'
  | 'EnvelopeC3'
  | 'EnvelopeC4'
  | 'EnvelopeC6'
  | 'EnvelopeC65'
  | 'EnvelopeB4'
  | 'EnvelopeB5'
  | 'EnvelopeB6'
  | 'EnvelopeItaly'
  | 'EnvelopeMonarch'
  | 'EnvelopePersonal'
  | 'FanfoldUS'
  | 'FanfoldStdGerman'
  | 'FanfoldLegalGerman';

export interface XlBorder {
  style: XlBorderLineStyle;
  color: string;
}

export interface XlRangeFormat {
  fill: { color: string };
  font: { bold: boolean; italic: boolean; color: string; size: number; name: string };
  wrapText: boolean;
  horizontalAlignment: XlHorizontalAlignment;
  verticalAlignment: XlVerticalAlignment;
  columnWidth: number;
  /** Points (ExcelApi 1.2). */
  rowHeight: number;
  useStandardWidth: boolean;
  /** Set to true only (ExcelApi 1.7): rows back to the sheet's standard height. */
  useStandardHeight: boolean;
  protection: { locked: boolean };
  borders: { getItem(index: 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical'): XlBorder };
}

export interface XlDataBarRule {
  type: XlConditionalFormatRuleType;
  formula?: string;
}

export interface XlConditionalFormat {
  stopIfTrue: boolean;
  custom: { rule: { formula: string }; format: { fill: { color: string }; font: { color: string } } };
  dataBar: { positiveFormat: { fillColor: string; gradientFill: boolean }; lowerBoundRule: XlDataBarRule; upperBoundRule: XlDataBarRule };
}

export interface XlDataValidation {
  rule: unknown;
  errorAlert: { showAlert: boolean; style: XlDataValidationAlertStyle; title: string; message: string };
  prompt: { showPrompt: boolean; title: string; message: string };
  ignoreBlanks: boolean;
  clear(): void;
}

export interface XlRange {
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  valueTypes: string[][];
  address: string;
  rowCount: number;
  columnCount: number;
  isNullObject: boolean;
  columnHidden: boolean;
  rowHidden: boolean;
  format: XlRangeFormat;
  dataValidation: XlDataValidation;
  conditionalFormats: { add(type: 'Custom' | 'DataBar'): XlConditionalFormat; clearAll(): void };
  clear(applyTo?: 'All' | 'Formats' | 'Contents'): void;
  merge(across?: boolean): void;
  unmerge(): void;
  getCell(row: number, column: number): XlRange;
  select(): void;
  load(propertyNames?: string | string[]): unknown;
}

export interface XlChart {
  title: { text: string };
  legend: { position: XlChartLegendPosition };
  setPosition(startCell: string, endCell?: string): void;
  delete(): void;
}

/** A cell's note (ExcelApi 1.18): the yellow remark, not a threaded comment. */
export interface XlNote {
  content: string;
  delete(): void;
}

export interface XlNotes {
  items: XlNote[];
  /** `cellAddress` must be one cell ("B7" or a one-cell range): Excel throws InvalidCellAddress otherwise. */
  add(cellAddress: XlRange | string, content: string): XlNote;
  load(propertyNames?: string | string[]): unknown;
}

export interface XlWorksheet {
  name: string;
  visibility: XlSheetVisibility;
  isNullObject: boolean;
  getRange(address?: string): XlRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  freezePanes: { freezeAt(range: string): void; freezeRows(count?: number): void; freezeColumns(count?: number): void; unfreeze(): void };
  protection: { protected: boolean; protect(options?: { allowFormatColumns?: boolean; allowFormatRows?: boolean; selectionMode?: XlProtectionSelectionMode }, password?: string): void; unprotect(password?: string): void; load(p?: string | string[]): unknown };
  pageLayout: {
    orientation: XlPageOrientation;
    paperSize: XlPaperType;
    zoom: { horizontalFitToPages?: number; verticalFitToPages?: number | null; scale?: number };
    /** Margins in points (ExcelApi 1.9, as all of pageLayout). */
    leftMargin: number;
    rightMargin: number;
    topMargin: number;
    bottomMargin: number;
    headerMargin: number;
    footerMargin: number;
    setPrintTitleRows(rows: string): void;
    headersFooters: { defaultForAllPages: { centerHeader: string; leftFooter: string; rightFooter: string } };
  };
  charts: { items: XlChart[]; add(type: XlChartType, sourceData: XlRange, seriesBy?: XlChartSeriesBy): XlChart; load(p?: string | string[]): unknown };
  /** The sheet's cell notes (ExcelApi 1.18). */
  notes: XlNotes;
  customProperties: { add(key: string, value: string): unknown; getItemOrNullObject(key: string): { isNullObject: boolean; value: unknown; load(p?: string | string[]): unknown } };
  activate(): void;
  delete(): void;
  load(propertyNames?: string | string[]): unknown;
}

export interface XlWorksheets {
  items: XlWorksheet[];
  getItem(name: string): XlWorksheet;
  getItemOrNullObject(name: string): XlWorksheet;
  add(name?: string): XlWorksheet;
  load(propertyNames?: string | string[]): unknown;
}

export interface XlApplication {
  suspendApiCalculationUntilNextSync(): void;
  calculate(calculationType: 'Recalculate' | 'Full' | 'FullRebuild'): void;
}

export interface XlContext {
  workbook: { worksheets: XlWorksheets; application: XlApplication };
  sync(): Promise<unknown>;
}

/**
 * Which ExcelApi versions the host supports: `Office.context.requirements.isSetSupported` inside
 * Office (read through globalThis so the CLI build needs no Office typings), a host mode in the fake.
 */
export type ApiSupport = (version: string) => boolean;

/**
 * `Office.context.requirements`' shape. A use of an API newer than the manifest's sets sits in the
 * `then` branch of `if (requirements.isSetSupported('ExcelApi', 'n.n')) … else …`, with the version
 * written out, so the requirement-set audit (test/functions/requirement-sets.test.ts) sees the guard.
 */
export interface Requirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/** ExcelApi support as a Requirements object (other sets: not asked by the workbook layer, so false). */
export function excelRequirements(support: ApiSupport): Requirements {
  return { isSetSupported: (name, minVersion = '1.1') => name === 'ExcelApi' && support(minVersion) };
}

export function officeApiSupport(): ApiSupport {
  const office = (globalThis as { Office?: { context?: { requirements?: { isSetSupported?(name: string, v?: string): boolean } } } }).Office;
  const check = office?.context?.requirements?.isSetSupported;
  return (version) => {
    try {
      return typeof check === 'function' ? Boolean(check.call(office?.context?.requirements, 'ExcelApi', version)) : false;
    } catch {
      return false;
    }
  };
}
