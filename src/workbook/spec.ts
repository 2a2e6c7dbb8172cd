/**
 * The host-neutral description of a sheet that layouts produce and adapters render (exceljs for .xlsx
 * files, Office.js inside Excel). Layouts never touch a host; adapters never decide a layout.
 */

/** Excel's own Good / Neutral / Bad styles, and grey for missing (DESIGN.md). */
export const COLOURS = {
  full: { fill: 'C6EFCE', font: '006100' },
  partial: { fill: 'FFEB9C', font: '9C5700' },
  zero: { fill: 'FFC7CE', font: '9C0006' },
  missing: { fill: 'EDEDED', font: '595959' },
  header: { fill: 'DDEBF7', font: '1F3864' },
  section: { fill: 'F2F2F2', font: '000000' },
  input: { fill: 'FFFFFF', font: '000000' },
  total: { fill: 'D9E1F2', font: '000000' },
} as const;

export type ColourName = keyof typeof COLOURS;

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  colour?: ColourName;
  /** Font colour only (hex RRGGBB). */
  fontColour?: string;
  numFmt?: string;
  wrap?: boolean;
  align?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle';
  border?: boolean;
  /** Unlocked: the user may type here when the sheet is protected. */
  unlocked?: boolean;
}

export type CellValue = string | number | boolean | null;

export interface CellSpec {
  /** A plain value. Text is always text: a string starting with "=" is never a formula. */
  value?: CellValue;
  /** A native formula (without the leading "="), in the file's en-US syntax. */
  formula?: string;
  style?: CellStyle;
  /** A cell note (comment) for who maintains the data, e.g. how a blurred scan was read; not a value. */
  note?: string;
}

export interface ListValidation {
  range: string;
  /** The list's items (written to a hidden lists sheet by adapters when needed) or a range reference. */
  items?: string[];
  source?: string;
  /** warning lets the user keep a typed variant ("co", "x") the engine also accepts. */
  errorStyle: 'stop' | 'warning' | 'information';
  prompt?: { title: string; text: string };
  error?: { title: string; text: string };
}

export interface ConditionalRule {
  /** A formula relative to the range's top-left cell. */
  formula: string;
  colour: ColourName;
}

export interface ConditionalFormat {
  range: string;
  rules: ConditionalRule[];
}

export interface DataBar {
  range: string;
  colour: string;
  /** Fixed ends of the bar (e.g. 0..1 for "share of the target reached"); by default 0..the range's max. */
  min?: number;
  max?: number;
}

export interface PrintSetup {
  orientation: 'portrait' | 'landscape';
  paper: 'A4';
  fitToWidth: boolean;
  /** Rows repeated at the top of every printed page, e.g. "5:5". */
  titleRows?: string;
  /** Page margins in inches (print.ts fills them). */
  margins?: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** Plain text (the document's name by default): adapters escape it and add Excel's codes. */
  header?: string;
  /** Plain text after the sheet's name in the footer; "Trang X/Y" is always added. */
  footer?: string;
  /** Rows after which a new page starts (manual breaks), for a sheet of stacked tables (layouts/stack.ts). */
  rowBreaks?: number[];
}

/** Excel's chart types the layouts use (Office.js `Excel.ChartType` names). */
export type ChartType = 'ColumnClustered' | 'ColumnStacked' | 'BarClustered' | 'BarStacked';

/**
 * A native chart over a block of the same sheet: categories in the block's first column, one series
 * per further column, series names in its first row. Only the Office.js adapter draws charts; the
 * .xlsx renderer (exceljs has no chart support) leaves them out, and the files keep their data bars.
 */
export interface ChartSpec {
  type: ChartType;
  title: string;
  /** The data block, A1 ("B20:E28"). */
  range: string;
  /** The cells the chart covers: its top-left and bottom-right corners. */
  from: string;
  to: string;
}

export interface SheetSpec {
  name: string;
  /** Cells by A1 address. */
  cells: Map<string, CellSpec>;
  columns: { width: number; hidden?: boolean }[];
  merges: string[];
  validations: ListValidation[];
  conditionalFormats: ConditionalFormat[];
  dataBars: DataBar[];
  /** Native charts (Office.js only; see ChartSpec). */
  charts?: ChartSpec[];
  /** Protect the sheet (no password): only unlocked cells can be edited. */
  protect: boolean;
  hidden: boolean;
  frozen?: { rows: number; columns: number };
  print?: PrintSetup;
  /** Row heights in points by row number (print.ts fills them for wrapped text; a layout may set its own). */
  rowHeights?: Map<number, number>;
  /** Sheets KTD5 generated; re-runs replace these and never a user's sheet. */
  generated: boolean;
}

export function emptySheet(name: string, generated = true): SheetSpec {
  return { name, cells: new Map(), columns: [], merges: [], validations: [], conditionalFormats: [], dataBars: [], protect: false, hidden: false, generated };
}

/** A workbook as layouts describe it. */
export interface WorkbookSpec {
  sheets: SheetSpec[];
  /** Workbook-level properties written where the host supports them. */
  title?: string;
}
