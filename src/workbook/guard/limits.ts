/**
 * Limits an untrusted member workbook must stay within before any parser sees it. exceljs has none
 * of its own: it expands merges, data validations and defined names into one object per cell, so a
 * few bytes of XML can ask for billions of objects. The figures leave room for any real data sheet
 * (a few hundred rows) and for whole-column validations or names, but not for whole-sheet ones.
 */
export interface WorkbookLimits {
  /** Size of the .xlsx file itself. */
  maxFileBytes: number;
  /** Entries in the zip. */
  maxEntries: number;
  /** Bytes one entry may inflate to, counted while inflating (headers are not trusted). */
  maxEntryBytes: number;
  /** Bytes all entries together may inflate to. */
  maxTotalBytes: number;
  /** Inflated/compressed ratio allowed for an entry larger than `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
  /** Worksheets in the workbook. */
  maxSheets: number;
  /** Cells (`<c>` elements) in the whole workbook. */
  maxCells: number;
  /** Cells covered by all merges of the workbook together. */
  maxMergeArea: number;
  /** Cells covered by all data validations of the workbook together. */
  maxValidationArea: number;
  /** Cells covered by all defined names together. */
  maxDefinedNameArea: number;
  /** Cells a sheet's declared dimension may span. */
  maxDimensionArea: number;
}

export const DEFAULT_LIMITS: Readonly<WorkbookLimits> = Object.freeze({
  maxFileBytes: 20 * 1024 * 1024,
  maxEntries: 2_000,
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 160 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
  maxSheets: 200,
  maxCells: 2_000_000,
  maxMergeArea: 200_000,
  maxValidationArea: 2_200_000,
  maxDefinedNameArea: 2_200_000,
  maxDimensionArea: 50_000_000,
});

/**
 * How long one member file may take to read (guard, then exceljs) before it is stopped and named
 * ("đọc tệp quá lâu nên đã dừng"): the command's parser processes and the page's workers alike.
 */
export const READ_TIMEOUT_MS = 30_000;

/** The largest sheet Excel allows; ranges such as `A:A` or `1:3` span it. */
export const SHEET_ROWS = 1_048_576;
export const SHEET_COLUMNS = 16_384;
