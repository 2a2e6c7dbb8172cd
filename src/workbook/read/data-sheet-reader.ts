/**
 * Reads a member unit's data sheet from a grid: finds the table by its nine header names (never by
 * fixed addresses) in visible columns of the one visible sheet that has them, the header block by
 * its labels, and the criterion rows by their ids. What a person cannot see (a hidden sheet, row or
 * column, a format that hides the value) is never scored silently. Every problem names the sheet
 * and the cell.
 */
import { fold, shortTitle, type CompiledRubric, type RawValue } from '../../engine';
import { address } from '../a1';
import { cellAt, cellText, isVisibleSheet, plainValue, type GridCell, type SheetGrid, type WorkbookGrid } from '../grid';
import { documentIdByName } from '../../rubrics/shared-store';
import { hidingFormat, isHiddenColumn, isHiddenRow } from './shown';
import { HEADER_BLOCK, TABLE_HEADERS, type TableHeader } from '../layouts/data-sheet-contract';

export type ReadProblemCode =
  | 'noDataSheet'
  | 'missingHeaders'
  | 'unknownRubric'
  | 'noRubric'
  | 'unknownCriterion'
  | 'duplicateCriterion'
  | 'missingCriterion'
  | 'formulaText'
  | 'errorValue'
  | 'dateValue'
  | 'hiddenDataSheet'
  | 'hiddenCopy'
  | 'twoDataSheets'
  | 'hiddenHeader'
  | 'hiddenRow'
  | 'hidingFormat';

export interface ReadProblem {
  code: ReadProblemCode;
  severity: 'error' | 'warning';
  sheet?: string;
  cell?: string;
  /** The criterion whose value the problem is about. */
  criterion?: string;
  params: Record<string, string | number>;
}

export interface CriterionCells {
  row: number;
  self: string;
  evidence: string;
  appraised: string;
}

export interface UnitSheet {
  sheet: string;
  unit: string;
  khoi: string;
  period: string;
  category: string;
  rubricId: string;
  self: Record<string, RawValue>;
  appraised: Record<string, RawValue>;
  evidence: Record<string, string>;
  cells: Record<string, CriterionCells>;
}

export type ReadResult = { ok: true; unit: UnitSheet; problems: ReadProblem[] } | { ok: false; problems: ReadProblem[] };

const HEADER_SCAN_ROWS = 60;

/** The rubric id at the start of a "Bộ tiêu chí" cell ("ktd5-2023" or "ktd5-2023 — Tiêu chí …"). */
function rubricIdIn(text: string): string | undefined {
  const m = /^\s*([a-z0-9][a-z0-9-]*)/i.exec(text);
  return m ? (m[1] as string).toLowerCase() : undefined;
}
const FOLDED_HEADERS = TABLE_HEADERS.map((h) => fold(h));

/**
 * Finds the header row: the first row holding all nine names (any case, with or without diacritics)
 * in visible columns; with `hiddenToo`, hidden columns count as well (to say why a table was not found).
 */
export function findHeaderRow(sheet: SheetGrid, hiddenToo = false): { row: number; columns: Record<TableHeader, number> } | undefined {
  const limit = Math.min(sheet.rows.length, HEADER_SCAN_ROWS);
  for (let r = 1; r <= limit; r++) {
    const cells = sheet.rows[r - 1] ?? [];
    const found: Partial<Record<TableHeader, number>> = {};
    cells.forEach((cell, i) => {
      if (!hiddenToo && isHiddenColumn(sheet, i + 1)) return;
      const idx = FOLDED_HEADERS.indexOf(fold(cellText(cell)));
      if (idx >= 0 && found[TABLE_HEADERS[idx] as TableHeader] === undefined) found[TABLE_HEADERS[idx] as TableHeader] = i + 1;
    });
    if (TABLE_HEADERS.every((h) => found[h] !== undefined)) return { row: r, columns: found as Record<TableHeader, number> };
  }
  return undefined;
}

/** The best header row found, to say which names are missing. */
function closestHeaderRow(sheet: SheetGrid): { row: number; missing: string[] } | undefined {
  let best: { row: number; missing: string[] } | undefined;
  const limit = Math.min(sheet.rows.length, HEADER_SCAN_ROWS);
  for (let r = 1; r <= limit; r++) {
    const texts = new Set((sheet.rows[r - 1] ?? []).map((c) => fold(cellText(c))));
    const missing = TABLE_HEADERS.filter((h, i) => !texts.has(FOLDED_HEADERS[i] as string));
    if (missing.length < TABLE_HEADERS.length - 2 && (!best || missing.length < best.missing.length)) best = { row: r, missing };
  }
  return best;
}

function headerValue(sheet: SheetGrid, label: string, beforeRow: number): string {
  const key = fold(label);
  for (let r = 1; r < beforeRow; r++) {
    const cells = sheet.rows[r - 1] ?? [];
    for (let c = 0; c < cells.length; c++) {
      if (fold(cellText(cells[c] ?? null)).replace(/:$/, '') === key) {
        for (let d = c + 1; d < cells.length; d++) {
          const text = cellText(cells[d] ?? null);
          if (text) return text;
        }
        return '';
      }
    }
  }
  return '';
}

/**
 * A value cell as the engine takes it; formula text, error values (typed or a formula's cached
 * result) and values a format hides are problems, not values.
 */
function readValue(sheet: SheetGrid, row: number, column: number, criterion: string, problems: ReadProblem[]): RawValue {
  const cell: GridCell = cellAt(sheet, row, column);
  const ref = address(row, column);
  const problem = (code: ReadProblemCode, params: Record<string, string | number>) => problems.push({ code, severity: 'error', sheet: sheet.name, cell: ref, criterion, params });
  if (cell !== null && typeof cell === 'object') {
    if ('error' in cell && cell.error !== undefined) {
      problem('errorValue', { value: cell.error });
      return undefined;
    }
    if ('date' in cell) {
      problem('dateValue', { value: cell.date });
      return undefined;
    }
  }
  const value = plainValue(cell);
  const format = hidingFormat(sheet, row, column, value);
  if (format !== undefined) {
    problem('hidingFormat', { format });
    return undefined;
  }
  if (typeof cell === 'string' && /^\s*[=+@]/.test(cell) && !/^\s*\+?\d/.test(cell)) {
    problem('formulaText', { value: cell.slice(0, 60) });
    return undefined;
  }
  return value as RawValue;
}

export interface ReadOptions {
  /** The rubric to use when given on the command line; otherwise the sheet's "Bộ tiêu chí". */
  rubric?: CompiledRubric;
  /** Resolves a rubric id named in a sheet. */
  resolveRubric: (id: string) => CompiledRubric | undefined;
}

/** The header cells of a table found only when hidden columns count: the ones in hidden columns. */
function hiddenHeaderCells(sheet: SheetGrid, header: { row: number; columns: Record<TableHeader, number> }): string[] {
  return TABLE_HEADERS.filter((h) => isHiddenColumn(sheet, header.columns[h])).map((h) => address(header.row, header.columns[h]));
}

/**
 * Reads the one visible sheet of the workbook that has the data-sheet table. A table only in a
 * hidden sheet, or only with hidden columns, is refused; two visible tables are refused too (which
 * one the unit meant is for the unit to say).
 */
export function readUnitWorkbook(grid: WorkbookGrid, options: ReadOptions): ReadResult & { rubric?: CompiledRubric } {
  let closest: { sheet: string; row: number; missing: string[] } | undefined;
  const visible: { sheet: SheetGrid; header: { row: number; columns: Record<TableHeader, number> } }[] = [];
  const hidden: ReadProblem[] = [];
  const hiddenColumns: ReadProblem[] = [];
  for (const sheet of grid.sheets) {
    const header = findHeaderRow(sheet);
    const shown = isVisibleSheet(sheet);
    if (header && shown) visible.push({ sheet, header });
    if (header && !shown) hidden.push({ code: 'hiddenDataSheet', severity: 'error', sheet: sheet.name, cell: `A${header.row}`, params: { visibility: sheet.visibility ?? 'visible' } });
    if (header) continue;
    const withHidden = findHeaderRow(sheet, true);
    if (withHidden && shown) {
      hiddenColumns.push({ code: 'hiddenHeader', severity: 'error', sheet: sheet.name, cell: hiddenHeaderCells(sheet, withHidden)[0] ?? `A${withHidden.row}`, params: { cells: hiddenHeaderCells(sheet, withHidden).join(', ') } });
      continue;
    }
    const near = shown ? closestHeaderRow(sheet) : undefined;
    if (near && (!closest || near.missing.length < closest.missing.length)) closest = { sheet: sheet.name, ...near };
  }
  if (visible.length > 1) {
    const names = visible.map((v) => v.sheet.name);
    return { ok: false, problems: visible.map((v) => ({ code: 'twoDataSheets', severity: 'error', sheet: v.sheet.name, cell: `A${v.header.row}`, params: { sheets: names.map((n) => `"${n}"`).join(', ') } })) };
  }
  if (visible.length === 1) {
    const { sheet, header } = visible[0] as (typeof visible)[number];
    const read = readUnitSheet(sheet, header, options);
    // A hidden copy of the table is not read; the unit is told it is there.
    read.problems.unshift(...hidden.map((p) => ({ ...p, code: 'hiddenCopy' as const, severity: 'warning' as const, params: { ...p.params, read: sheet.name } })), ...hiddenColumns.map((p) => ({ ...p, severity: 'warning' as const })));
    return read;
  }
  if (hidden.length > 0 || hiddenColumns.length > 0) return { ok: false, problems: [...hidden, ...hiddenColumns] };
  if (closest) {
    return { ok: false, problems: [{ code: 'missingHeaders', severity: 'error', sheet: closest.sheet, cell: `A${closest.row}`, params: { missing: closest.missing.join(', ') } }] };
  }
  return { ok: false, problems: [{ code: 'noDataSheet', severity: 'error', params: { headers: TABLE_HEADERS.join(', ') } }] };
}

function readUnitSheet(sheet: SheetGrid, header: { row: number; columns: Record<TableHeader, number> }, options: ReadOptions): ReadResult & { rubric?: CompiledRubric } {
  const problems: ReadProblem[] = [];
  const col = header.columns;
  const named = headerValue(sheet, HEADER_BLOCK.rubric, header.row);
  let rubric = options.rubric;
  if (!rubric) {
    // Our sheets name the rubric in words; a sheet typed by hand may give its id.
    const id = documentIdByName(named) ?? rubricIdIn(named);
    rubric = id ? options.resolveRubric(id) : undefined;
    if (!rubric) {
      const problem: ReadProblem = named
        ? { code: 'unknownRubric', severity: 'error', sheet: sheet.name, params: { value: named } }
        : { code: 'noRubric', severity: 'error', sheet: sheet.name, params: {} };
      return { ok: false, problems: [problem] };
    }
  }

  const unit: UnitSheet = {
    sheet: sheet.name,
    unit: headerValue(sheet, HEADER_BLOCK.unit, header.row),
    khoi: headerValue(sheet, HEADER_BLOCK.khoi, header.row),
    period: headerValue(sheet, HEADER_BLOCK.period, header.row),
    category: headerValue(sheet, HEADER_BLOCK.category, header.row),
    rubricId: rubric.id,
    self: {},
    appraised: {},
    evidence: {},
    cells: {},
  };
  const sectionIds = new Set(rubric.sections.map((s) => s.id));
  for (let r = header.row + 1; r <= sheet.rows.length; r++) {
    const idCell = cellAt(sheet, r, col['Mã']);
    const id = cellText(idCell);
    if (!id || sectionIds.has(id)) continue;
    const idRef = address(r, col['Mã']);
    const rowHidden = isHiddenRow(sheet, r);
    if (!rubric.byId.has(id)) {
      // Only rows that look like criterion ids are reported; notes and totals below the table are not.
      if (/^[IVXLC]+\.\d+/i.test(id)) problems.push({ code: 'unknownCriterion', severity: 'error', sheet: sheet.name, cell: idRef, params: { id, rubric: shortTitle(rubric.data) } });
      continue;
    }
    if (unit.cells[id]) {
      problems.push({ code: 'duplicateCriterion', severity: 'error', sheet: sheet.name, cell: idRef, criterion: id, params: { id, first: unit.cells[id]?.self ?? '' } });
      continue;
    }
    const refs: CriterionCells = { row: r, self: address(r, col['Giá trị tự đánh giá']), evidence: address(r, col['Minh chứng']), appraised: address(r, col['Giá trị thẩm định']) };
    unit.cells[id] = refs;
    if (rowHidden) {
      // Nothing in a hidden row is scored: a person reading the sheet cannot see it.
      problems.push({ code: 'hiddenRow', severity: 'error', sheet: sheet.name, cell: refs.self, criterion: id, params: { row: r } });
      unit.self[id] = undefined;
      unit.appraised[id] = undefined;
      unit.evidence[id] = '';
      continue;
    }
    unit.self[id] = readValue(sheet, r, col['Giá trị tự đánh giá'], id, problems);
    unit.appraised[id] = readValue(sheet, r, col['Giá trị thẩm định'], id, problems);
    const evidence = plainValue(cellAt(sheet, r, col['Minh chứng']));
    unit.evidence[id] = evidence === null || evidence === undefined ? '' : String(evidence).trim();
  }
  for (const c of rubric.criteria) {
    if (!unit.cells[c.id]) problems.push({ code: 'missingCriterion', severity: 'warning', sheet: sheet.name, criterion: c.id, params: { id: c.id } });
  }
  return { ok: true, unit, problems, rubric };
}
