/**
 * The part of the Office.js Excel API the workbook layer uses, as structural types: the real
 * `Excel.RequestContext` fits them, and so does the recording fake the tests drive. Keeping our own
 * narrow types means the workbook layer compiles (and the CLI builds) without Office's typings.
 */

export interface XlBorder {
  style: string;
  color: string;
}

export interface XlRangeFormat {
  fill: { color: string };
  font: { bold: boolean; italic: boolean; color: string; size: number; name: string };
  wrapText: boolean;
  horizontalAlignment: string;
  verticalAlignment: string;
  columnWidth: number;
  protection: { locked: boolean };
  borders: { getItem(index: 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight'): XlBorder };
}

export interface XlConditionalFormat {
  stopIfTrue: boolean;
  custom: { rule: { formula: string }; format: { fill: { color: string }; font: { color: string } } };
  dataBar: { positiveFormat: { fillColor: string; gradientFill: boolean }; lowerBoundRule: { type: string; formula?: string }; upperBoundRule: { type: string; formula?: string } };
}

export interface XlDataValidation {
  rule: unknown;
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
  prompt: { showPrompt: boolean; title: string; message: string };
  ignoreBlanks: boolean;
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
  conditionalFormats: { add(type: 'Custom' | 'DataBar'): XlConditionalFormat };
  merge(across?: boolean): void;
  getCell(row: number, column: number): XlRange;
  select(): void;
  load(propertyNames?: string | string[]): unknown;
}

export interface XlChart {
  title: { text: string };
  legend: { position: string };
  setPosition(startCell: string, endCell?: string): void;
}

export interface XlWorksheet {
  name: string;
  visibility: string;
  isNullObject: boolean;
  getRange(address?: string): XlRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  freezePanes: { freezeAt(range: string): void; freezeRows(count?: number): void; freezeColumns(count?: number): void };
  protection: { protected: boolean; protect(options?: object, password?: string): void };
  pageLayout: {
    orientation: string;
    paperSize: string;
    zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
    setPrintTitleRows(rows: string): void;
    headersFooters: { defaultForAllPages: { centerHeader: string; leftFooter: string; rightFooter: string } };
  };
  charts: { add(type: string, sourceData: XlRange, seriesBy?: 'Auto' | 'Columns' | 'Rows'): XlChart };
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

export interface XlContext {
  workbook: { worksheets: XlWorksheets };
  sync(): Promise<unknown>;
}
