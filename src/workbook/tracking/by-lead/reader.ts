/**
 * Reads filled per-lead workbooks from grids: the block (unit, period, set) and the table, found by
 * their texts, never by addresses. A missing or unreadable period is a problem, never a guess; every
 * problem names its sheet and cell.
 */
import { fold, type RawValue } from '../../../engine';
import { address } from '../../a1';
import { cellAt, cellText, type GridCell, type SheetGrid, type WorkbookGrid } from '../../grid';
import { documentIdByName } from '../../../rubrics/shared-store';
import { readValue, type TrackProblem } from '../reader';
import { LEAD_BLOCK, LEAD_HEADERS, ROLE_TEXT, TARGET_PREFIX } from './contract';
import { parsePeriod, type Period } from './period';

export type LeadProblemCode = 'noPeriod' | 'badPeriod' | 'noUnit' | 'duplicateRow';

export interface LeadProblem {
  code: LeadProblemCode | TrackProblem['code'];
  severity: 'error' | 'warning';
  sheet?: string;
  cell?: string;
  params: Record<string, string>;
}

export interface LeadRow {
  id: string;
  text: string;
  group: string;
  target: string;
  printed: RawValue;
  value: RawValue;
  /** The status the unit chose for a qualitative target. */
  manualStatus: string;
  evidence: string;
  note: string;
  role: 'lead' | 'co-lead' | 'unassigned' | null;
  /** The value's cell, for messages. */
  cell: string;
}

export interface LeadRead {
  sheet: string;
  unit: string;
  period: Period | undefined;
  setId: string;
  printedYear: string;
  targetYear: string;
  rows: LeadRow[];
}

const SCAN_ROWS = 40;
const key = (t: string) => fold(t).replace(/:$/, '');

function headerRowOf(sheet: SheetGrid): { row: number; cols: Map<string, number> } | undefined {
  for (let r = 1; r <= Math.min(sheet.rows.length, SCAN_ROWS); r++) {
    const cols = new Map<string, number>();
    (sheet.rows[r - 1] ?? []).forEach((c, i) => {
      const k = key(cellText(c));
      if (k && !cols.has(k)) cols.set(k, i + 1);
    });
    if ([LEAD_HEADERS.id, LEAD_HEADERS.text, LEAD_HEADERS.value].every((h) => cols.has(key(h)))) return { row: r, cols };
  }
  return undefined;
}

/** True when the workbook holds a per-lead reporting sheet. */
export function isLeadWorkbook(grid: WorkbookGrid): boolean {
  return grid.sheets.some((s) => headerRowOf(s) !== undefined);
}

const filled = (c: GridCell): boolean => c !== null && (typeof c === 'object' ? !('formula' in c) || cellText(c) !== '' : String(c).trim() !== '');

/** The first filled cell after a block label (the label in any column of the rows above the table). */
function blockCell(sheet: SheetGrid, label: string, before: number): { cell: GridCell; ref: string } | undefined {
  for (let r = 1; r < before; r++) {
    const cells = sheet.rows[r - 1] ?? [];
    const at = cells.findIndex((c) => key(cellText(c)) === key(label));
    if (at < 0) continue;
    const c = cells.findIndex((x, i) => i > at && filled(x));
    return c < 0 ? { cell: null, ref: address(r, at + 2) } : { cell: cells[c] ?? null, ref: address(r, c + 1) };
  }
  return undefined;
}

function roleOf(text: string): LeadRow['role'] {
  const t = fold(text);
  if (t.startsWith(fold(ROLE_TEXT['co-lead']))) return 'co-lead';
  if (t.startsWith(fold(ROLE_TEXT.unassigned))) return 'unassigned';
  if (t.startsWith(fold(ROLE_TEXT.lead))) return 'lead';
  return null;
}

function readSheet(sheet: SheetGrid, at: { row: number; cols: Map<string, number> }, problems: LeadProblem[]): LeadRead {
  const { row: headerRow, cols } = at;
  const unitAt = blockCell(sheet, LEAD_BLOCK.unit, headerRow);
  const unit = unitAt ? cellText(unitAt.cell) : '';
  if (!unit) problems.push({ code: 'noUnit', severity: 'error', sheet: sheet.name, cell: unitAt?.ref ?? 'B1', params: {} });
  const periodAt = blockCell(sheet, LEAD_BLOCK.period, headerRow);
  let period: Period | undefined;
  const periodCell = periodAt?.cell ?? null;
  const periodRef = periodAt?.ref ?? 'B2';
  if (!filled(periodCell)) problems.push({ code: 'noPeriod', severity: 'error', sheet: sheet.name, cell: periodRef, params: {} });
  else if (periodCell !== null && typeof periodCell === 'object' && !('formula' in periodCell)) {
    problems.push({ code: 'badPeriod', severity: 'error', sheet: sheet.name, cell: periodRef, params: { value: 'date' in periodCell ? periodCell.date : periodCell.error } });
  } else {
    period = parsePeriod(cellText(periodCell));
    if (!period) problems.push({ code: 'badPeriod', severity: 'error', sheet: sheet.name, cell: periodRef, params: { value: cellText(periodCell).slice(0, 60) } });
  }
  const setAt = blockCell(sheet, LEAD_BLOCK.set, headerRow);
  const col = (h: string) => cols.get(key(h));
  const printedEntry = [...cols.entries()].find(([k]) => /^ket qua \d{4}$/.test(k));
  const targetEntry = [...cols.entries()].find(([k]) => k.startsWith(key(TARGET_PREFIX)));
  const printedYear = printedEntry ? printedEntry[0].slice(-4) : '';
  const targetYear = targetEntry ? targetEntry[0].slice(key(TARGET_PREFIX).length).trim() : '';
  const rows: LeadRow[] = [];
  const seen = new Map<string, string>();
  let group = '';
  for (let r = headerRow + 1; r <= sheet.rows.length; r++) {
    const text = (c: number | undefined) => (c ? cellText(cellAt(sheet, r, c)) : '');
    const id = text(col(LEAD_HEADERS.id));
    const title = text(col(LEAD_HEADERS.text));
    if (!id) {
      if (title) group = title;
      continue;
    }
    const valueCol = col(LEAD_HEADERS.value) as number;
    const ref = address(r, valueCol);
    if (seen.has(id)) {
      problems.push({ code: 'duplicateRow', severity: 'error', sheet: sheet.name, cell: address(r, col(LEAD_HEADERS.id) as number), params: { id, first: seen.get(id) as string } });
      continue;
    }
    seen.set(id, address(r, col(LEAD_HEADERS.id) as number));
    const statusCol = col(LEAD_HEADERS.status);
    const statusCell = statusCol ? cellAt(sheet, r, statusCol) : null;
    rows.push({
      id,
      text: title,
      group,
      target: targetEntry ? text(targetEntry[1]) : '',
      printed: printedEntry ? (readValue(cellAt(sheet, r, printedEntry[1]), sheet.name, address(r, printedEntry[1]), []) ?? null) : null,
      value: readValue(cellAt(sheet, r, valueCol), sheet.name, ref, problems as TrackProblem[]) ?? null,
      manualStatus: statusCell !== null && typeof statusCell !== 'object' ? String(statusCell).trim() : '',
      evidence: text(col(LEAD_HEADERS.evidence)),
      note: text(col(LEAD_HEADERS.note)),
      role: roleOf(text(col(LEAD_HEADERS.role))),
      cell: ref,
    });
  }
  return { sheet: sheet.name, unit, period, setId: setAt ? setIdOf(cellText(setAt.cell)) : '', printedYear, targetYear, rows };
}

/** Every per-lead sheet of a workbook with its problems. */
export function readLeadWorkbook(grid: WorkbookGrid): { reads: LeadRead[]; problems: LeadProblem[] } {
  const problems: LeadProblem[] = [];
  const reads: LeadRead[] = [];
  for (const sheet of grid.sheets) {
    const at = headerRowOf(sheet);
    if (at) reads.push(readSheet(sheet, at, problems));
  }
  return { reads, problems };
}

/** The set's id from the block's words: our sheets print its short title; an older sheet its id. */
function setIdOf(text: string): string {
  return documentIdByName(text) ?? text;
}
