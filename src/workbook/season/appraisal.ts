/**
 * The secretariat's appraisal workbook: one row per unit and criterion on a sheet "Thẩm định" with
 * the contract's header row; the appraised value and its reason are the only cells to type in, and
 * "Điểm thẩm định" is computed by native formulas (the data sheet's own), so it stays live in Excel.
 * A second sheet totals each unit with SUMIF. The reader takes the values and reasons back.
 */
import { fold, printableName, shortTitle, unitIdentity, type Lang, type RawValue } from '../../engine';
import { address, columnLetter } from '../a1';
import { cellAt, cellText, type GridCell, type SheetGrid, type WorkbookGrid } from '../grid';
import { type KhoiResult, type ScoredUnit } from '../khoi/score-files';
import { CELL, HEADER_STYLE, put, shownValue } from '../layouts/common';
import { helperFormulas, pointsFormula } from '../native-formulas';
import { emptySheet, type SheetSpec, type WorkbookSpec } from '../spec';
import { APPRAISAL_HEADERS, APPRAISAL_SHEET } from './contract';
import { seasonTexts } from './messages';

export interface AppraisalInfo {
  khoi: string;
  period: string;
}

const HEADER_ROW = 4;
const COL = { unit: 1, id: 2, text: 3, self: 4, evidence: 5, selfPoints: 6, appraised: 7, reason: 8, points: 9 } as const;
const HELPERS = [10, 11, 12] as const;
const TOTALS_SHEET = 'Tổng theo đơn vị';

function plainInput(raw: RawValue): string | number | boolean | null {
  if (raw === undefined || raw === null) return null;
  return raw instanceof Date ? raw.toISOString().slice(0, 10) : raw;
}

/** The units in roster order (the order the Khối lists its members), else the files' order. */
export function inRosterOrder(units: readonly ScoredUnit[], members: readonly { unit: string }[] = []): ScoredUnit[] {
  const order = new Map(members.map((m, i) => [unitIdentity(m.unit), i]));
  return [...units].sort((a, b) => (order.get(unitIdentity(a.unit.unit)) ?? 1e9) - (order.get(unitIdentity(b.unit.unit)) ?? 1e9));
}

/**
 * The units the appraisal is for: the ones the ranking counts (two files for one unit rank neither,
 * and two rows of one unit could not be read back apart), in roster order.
 */
export function appraisalUnits(result: Pick<KhoiResult, 'ranked'>, members: readonly { unit: string }[] = []): ScoredUnit[] {
  return inRosterOrder(result.ranked.map((r) => r.item), members);
}

export function appraisalWorkbook(units: readonly ScoredUnit[], info: AppraisalInfo, lang: Lang): WorkbookSpec {
  const t = seasonTexts(lang);
  const sheet = emptySheet(APPRAISAL_SHEET, false);
  sheet.protect = true;
  sheet.columns = [...[28, 8, 46, 16, 30, 10, 16, 34, 10].map((width) => ({ width })), ...HELPERS.map(() => ({ width: 10, hidden: true }))];
  const rubric = units[0]?.rubric;
  put(sheet, 1, 1, { value: t.titles.appraisal, style: { bold: true, size: 14 } });
  put(sheet, 2, 1, { value: `${t.labels.khoi}: ${info.khoi || '—'} · ${t.labels.period}: ${info.period || '—'} · ${t.labels.rubric}: ${rubric ? shortTitle(rubric.data, lang) : '—'}` });
  put(sheet, 3, 1, { value: t.appraisalHelp, style: { italic: true, size: 9 } });
  for (const r of [1, 2, 3]) sheet.merges.push(`A${r}:I${r}`);
  APPRAISAL_HEADERS.forEach((h, i) => put(sheet, HEADER_ROW, i + 1, { value: h, style: HEADER_STYLE }));
  sheet.frozen = { rows: HEADER_ROW, columns: 3 };
  let row = HEADER_ROW + 1;
  for (const u of units) {
    for (const c of u.score.criteria) {
      const criterion = u.rubric.byId.get(c.id);
      if (!criterion) continue;
      const missingEvidence = u.missingEvidence.includes(c.id);
      const fmt = criterion.kind === 'percent' ? '0.0%' : undefined;
      put(sheet, row, COL.unit, { value: u.unit.unit, style: CELL });
      put(sheet, row, COL.id, { value: c.id, style: { ...CELL, align: 'center' } });
      put(sheet, row, COL.text, { value: criterion.text, style: { ...CELL, wrap: true } });
      put(sheet, row, COL.self, { value: shownValue(c.self, criterion.kind, lang), style: { ...CELL, align: 'center' } });
      put(sheet, row, COL.evidence, missingEvidence ? { value: t.missingEvidence, style: { ...CELL, colour: 'zero', bold: true } } : { value: u.unit.evidence[c.id] || null, style: { ...CELL, wrap: true } });
      put(sheet, row, COL.selfPoints, { value: c.self.state === 'missing' ? null : c.self.points, style: { ...CELL, align: 'center', numFmt: '0.0#' } });
      put(sheet, row, COL.appraised, { value: plainInput(u.unit.appraised[c.id]), style: { ...CELL, unlocked: true, colour: 'input', align: 'center', ...(fmt ? { numFmt: fmt } : {}) } });
      put(sheet, row, COL.reason, { value: null, style: { ...CELL, unlocked: true, colour: 'input', wrap: true } });
      const h = { h1: address(row, HELPERS[0]), h2: address(row, HELPERS[1]), h3: address(row, HELPERS[2]) };
      const f = helperFormulas(criterion, address(row, COL.appraised), h);
      put(sheet, row, HELPERS[0], { formula: f.h1 });
      put(sheet, row, HELPERS[1], { formula: f.h2 });
      put(sheet, row, HELPERS[2], { formula: f.h3 });
      put(sheet, row, COL.points, { formula: `IF(${h.h3}="",${address(row, COL.selfPoints)},${pointsFormula(criterion, h.h3)})`, style: { ...CELL, bold: true, align: 'center', numFmt: '0.0#' } });
      if (criterion.kind === 'bool') sheet.validations.push({ range: address(row, COL.appraised), items: ['Có', 'Không'], errorStyle: 'warning' });
      else if (criterion.kind === 'choice') sheet.validations.push({ range: address(row, COL.appraised), items: criterion.bands.map((b) => b.text), errorStyle: 'warning' });
      row++;
    }
  }
  const last = Math.max(row - 1, HEADER_ROW + 1);
  const points = `${address(HEADER_ROW + 1, COL.points)}:${address(last, COL.points)}`;
  sheet.conditionalFormats.push({ range: points, rules: [{ formula: `${address(HEADER_ROW + 1, COL.points)}<>${address(HEADER_ROW + 1, COL.selfPoints)}`, colour: 'partial' }] });
  sheet.print = { orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: `${HEADER_ROW}:${HEADER_ROW}` };
  return { title: t.titles.appraisal, sheets: [sheet, totalsSheet(units, last, lang)] };
}

/** Each unit's self and appraised totals, by SUMIF over the appraisal sheet (live as it is filled). */
function totalsSheet(units: readonly ScoredUnit[], lastRow: number, lang: Lang): SheetSpec {
  const t = seasonTexts(lang);
  const sheet = emptySheet(TOTALS_SHEET, false);
  sheet.protect = true;
  sheet.columns = [34, 14, 14, 12].map((width) => ({ width }));
  ['Đơn vị', 'Điểm tự chấm', 'Điểm thẩm định', t.labels.difference].forEach((h, i) => put(sheet, 1, i + 1, { value: h, style: HEADER_STYLE }));
  const range = (col: number) => `'${APPRAISAL_SHEET}'!$${columnLetter(col)}$${HEADER_ROW + 1}:$${columnLetter(col)}$${lastRow}`;
  units.forEach((u, i) => {
    const r = i + 2;
    put(sheet, r, 1, { value: u.unit.unit, style: CELL });
    put(sheet, r, 2, { formula: `SUMIF(${range(COL.unit)},A${r},${range(COL.selfPoints)})`, style: { ...CELL, numFmt: '0.0#' } });
    put(sheet, r, 3, { formula: `SUMIF(${range(COL.unit)},A${r},${range(COL.points)})`, style: { ...CELL, bold: true, numFmt: '0.0#' } });
    put(sheet, r, 4, { formula: `C${r}-B${r}`, style: { ...CELL, numFmt: '+0.0#;-0.0#;0' } });
  });
  return sheet;
}

export interface AppraisedEntry {
  value: RawValue;
  reason: string;
  cell: string;
}

export interface AppraisalBook {
  sheet: string;
  /** By unit identity: the unit as written and its rows by criterion id. */
  units: Map<string, { unit: string; rows: Map<string, AppraisedEntry> }>;
  problems: { cell?: string; message: 'noAppraisalSheet' | 'badValue' | 'duplicateRow'; detail: string }[];
}

const FOLDED = APPRAISAL_HEADERS.map((h) => fold(h));

function headerOf(sheet: SheetGrid): { row: number; columns: number[] } | undefined {
  for (let r = 1; r <= Math.min(sheet.rows.length, 30); r++) {
    const texts = (sheet.rows[r - 1] ?? []).map((c) => fold(cellText(c)));
    const columns = FOLDED.map((h) => texts.indexOf(h) + 1);
    if (columns.every((c) => c > 0)) return { row: r, columns };
  }
  return undefined;
}

function valueOf(cell: GridCell): RawValue | 'bad' {
  if (cell === null) return undefined;
  if (typeof cell !== 'object') return typeof cell === 'string' && cell.trim() === '' ? undefined : cell;
  if ('formula' in cell) return cell.result === null ? undefined : cell.result;
  return 'bad';
}

/** Reads the appraised values and reasons back; the sheet "Thẩm định" first, else any sheet with the header row. */
export function readAppraisal(grid: WorkbookGrid): AppraisalBook {
  const sheets = [...grid.sheets].sort((a, b) => Number(b.name === APPRAISAL_SHEET) - Number(a.name === APPRAISAL_SHEET));
  for (const sheet of sheets) {
    const header = headerOf(sheet);
    if (!header) continue;
    const [unitCol, idCol, , , , , valueCol, reasonCol] = header.columns as number[];
    const book: AppraisalBook = { sheet: sheet.name, units: new Map(), problems: [] };
    for (let r = header.row + 1; r <= sheet.rows.length; r++) {
      const unit = printableName(cellText(cellAt(sheet, r, unitCol ?? 1)));
      const id = cellText(cellAt(sheet, r, idCol ?? 2));
      if (!unit || !id) continue;
      const cell = address(r, valueCol ?? 7);
      const value = valueOf(cellAt(sheet, r, valueCol ?? 7));
      if (value === 'bad') {
        book.problems.push({ cell, message: 'badValue', detail: `${unit} ${id}` });
        continue;
      }
      const key = unitIdentity(unit);
      const entry = book.units.get(key) ?? { unit, rows: new Map<string, AppraisedEntry>() };
      book.units.set(key, entry);
      if (entry.rows.has(id)) {
        book.problems.push({ cell, message: 'duplicateRow', detail: `${unit} ${id}` });
        continue;
      }
      entry.rows.set(id, { value, reason: cellText(cellAt(sheet, r, reasonCol ?? 8)), cell });
    }
    return book;
  }
  return { sheet: '', units: new Map(), problems: [{ message: 'noAppraisalSheet', detail: APPRAISAL_HEADERS.join(' | ') }] };
}
