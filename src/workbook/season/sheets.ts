/**
 * The season's additions to the consolidation workbook: the submission status, the appraisal with
 * reasons and explanations, last year beside this year, the sources of a sealed version, and the
 * notes printed on the first page. Each is a sheet of its own or a small, located change.
 */
import { formatNumber, unitIdentity, type Lang } from '../../engine';
import { address } from '../a1';
import { type KhoiResult } from '../khoi/score-files';
import { CELL, headerRow, put, titleBlock } from '../layouts/common';
import { appraisalColumns, appraisalRow, appraisalTable, type AppraisalRow } from '../layouts/consolidation';

export type { AppraisalRow };
import { workbookTexts } from '../messages';
import { emptySheet, type SheetSpec, type WorkbookSpec } from '../spec';
import { type RosterEntry, type UnknownUnit } from './collection';
import { COLLECTION_SHEET, FINAL_MARK, PREVIOUS_SHEET, SOURCES_HEADERS, SOURCES_SHEET, SOURCE_KINDS } from './contract';
import { seasonTexts } from './messages';
import { type PreviousYear } from './previous';

export function collectionSheet(entries: readonly RosterEntry[], unknown: readonly UnknownUnit[], lang: Lang): SheetSpec {
  const t = seasonTexts(lang);
  const L = t.labels;
  const sheet = emptySheet(COLLECTION_SHEET);
  sheet.columns = [6, 36, 18, 50].map((width) => ({ width }));
  let row = titleBlock(sheet, [{ text: t.titles.collection, bold: true, size: 14 }], 4);
  headerRow(sheet, row, ['#', L.unit, L.status, L.file]);
  sheet.print = { orientation: 'portrait', paper: 'A4', fitToWidth: true, titleRows: `${row}:${row}` };
  row++;
  entries.forEach((e, i) => {
    const colour = e.status === 'submitted' ? ('full' as const) : e.status === 'missing' ? ('missing' as const) : ('zero' as const);
    [i + 1, e.unit, t.status[e.status], e.files.join(', ') || null].forEach((value, c) => put(sheet, row, c + 1, { value, style: { ...CELL, ...(c === 2 ? { colour, bold: true } : {}), wrap: c === 3 } }));
    row++;
  });
  if (unknown.length > 0) {
    row++;
    put(sheet, row++, 1, { value: L.unknownUnits, style: { bold: true } });
    headerRow(sheet, row++, ['#', L.unit, L.suggestion, L.file]);
    unknown.forEach((u, i) => {
      [i + 1, u.unit, u.suggestion, u.file].forEach((value, c) => put(sheet, row, c + 1, { value, style: CELL }));
      row++;
    });
  }
  return sheet;
}

export interface Annotations {
  reason(unit: string, id: string): string | undefined;
  explanation(unit: string, id: string): string | undefined;
}

/** Every criterion appraised differently, or with a reason or an explanation, in ranking order (the sheet's rows and the pane's list). */
export function appraisalRows(result: KhoiResult, notes: Annotations): AppraisalRow[] {
  const rows: AppraisalRow[] = [];
  for (const { item: u } of result.ranked) {
    for (const c of u.score.criteria) {
      const reason = notes.reason(u.unit.unit, c.id);
      const explanation = notes.explanation(u.unit.unit, c.id);
      const row = appraisalRow(u, c);
      const differs = c.appraised !== undefined && c.appraised.state !== 'missing' && (row.selfShown !== row.appraisedShown || c.self.points !== c.appraised.points);
      if (!differs && !reason && !explanation) continue;
      rows.push({ ...row, file: u.file, reason: reason ?? null, explanation: explanation ?? null });
    }
  }
  return rows;
}

/**
 * The consolidation's appraisal sheet with reasons and explanations. Same columns as the
 * consolidation's appraisal sheet, plus the two notes.
 */
export function reasonsSheet(result: KhoiResult, notes: Annotations, lang: Lang): SheetSpec {
  const t = seasonTexts(lang);
  const columns = appraisalColumns(lang, { reason: t.labels.reason, explanation: t.labels.explanation });
  return appraisalTable(emptySheet(workbookTexts(lang).sheets.appraisal), t.titles.reasons, columns, appraisalRows(result, notes), t.noReasons, lang);
}

export interface Comparison {
  unit: string;
  total: number;
  rank: number;
  previous: { total: number; rank: number | null } | null;
}

/** This year's units beside last year's (matched by identity). */
export function compareWithPrevious(result: KhoiResult, previous: PreviousYear): Comparison[] {
  return result.ranked.map((r) => {
    const p = previous.units.get(unitIdentity(r.item.unit.unit));
    return { unit: r.item.unit.unit, total: r.item.score.total, rank: r.rank, previous: p ? { total: p.total, rank: p.rank } : null };
  });
}

/** "▲ 2,5" / "▼ 1" / "= 0" for a change in points, or "Mới năm nay". */
export function changeText(c: Comparison, lang: Lang): string {
  const t = seasonTexts(lang);
  if (!c.previous) return t.labels.newThisYear;
  const d = Math.round((c.total - c.previous.total) * 100) / 100;
  return d > 0 ? t.changeUp(formatNumber(d, lang)) : d < 0 ? t.changeDown(formatNumber(-d, lang)) : t.changeSame;
}

export function previousSheet(rows: readonly Comparison[], lang: Lang): SheetSpec {
  const t = seasonTexts(lang);
  const L = t.labels;
  const sheet = emptySheet(PREVIOUS_SHEET);
  const headers = [L.rank, L.unit, L.total, L.previousRank, L.previousTotal, L.change];
  sheet.columns = [7, 40, 12, 12, 14, 16].map((width) => ({ width }));
  let row = titleBlock(sheet, [{ text: t.titles.previous, bold: true, size: 14 }], headers.length);
  headerRow(sheet, row, headers);
  sheet.print = { orientation: 'portrait', paper: 'A4', fitToWidth: true, titleRows: `${row}:${row}` };
  row++;
  for (const c of rows) {
    const d = c.previous ? c.total - c.previous.total : 0;
    const colour = !c.previous ? ('missing' as const) : d > 0 ? ('full' as const) : d < 0 ? ('zero' as const) : undefined;
    [c.rank, c.unit, c.total, c.previous?.rank ?? null, c.previous?.total ?? null, changeText(c, lang)].forEach((value, i) => put(sheet, row, i + 1, { value, style: { ...CELL, ...(i === 5 && colour ? { colour } : {}) } }));
    row++;
  }
  return sheet;
}

export interface SourceFile {
  file: string;
  unit: string;
  sha256: string;
  kind: keyof typeof SOURCE_KINDS;
}

export function sourcesSheet(sources: readonly SourceFile[], date: string, lang: Lang): SheetSpec {
  const t = seasonTexts(lang);
  const sheet = emptySheet(SOURCES_SHEET);
  sheet.columns = [44, 34, 68, 18].map((width) => ({ width }));
  let row = titleBlock(sheet, [{ text: t.titles.sources, bold: true, size: 14 }, { text: t.finalLine(date) }], SOURCES_HEADERS.length);
  headerRow(sheet, row, [...SOURCES_HEADERS]);
  sheet.print = { orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: `${row}:${row}` };
  row++;
  for (const s of sources) {
    [s.file, s.unit, s.sha256, SOURCE_KINDS[s.kind]].forEach((value, i) => put(sheet, row, i + 1, { value, style: { ...CELL, ...(i === 2 ? { size: 9 } : {}) } }));
    row++;
  }
  return sheet;
}

function shiftRow(ref: string, after: number, by: number): string {
  return ref.replace(/([A-Z]+)(\d+)/g, (_, col: string, r: string) => `${col}${Number(r) > after ? Number(r) + by : Number(r)}`);
}

/** Inserts lines of text (merged across `width` columns) below the row holding `anchor`, moving the rest down. */
export function insertLinesAfter(sheet: SheetSpec, anchor: string, lines: readonly string[], width: number): boolean {
  if (lines.length === 0) return true;
  const at = [...sheet.cells.entries()].find(([, c]) => c.value === anchor)?.[0];
  if (!at) return false;
  const after = Number(at.replace(/^[A-Z]+/, ''));
  const by = lines.length;
  sheet.cells = new Map([...sheet.cells.entries()].map(([ref, c]) => [shiftRow(ref, after, by), c]));
  sheet.merges = sheet.merges.map((m) => shiftRow(m, after, by));
  lines.forEach((text, i) => {
    const r = after + 1 + i;
    put(sheet, r, 1, { value: text, style: { bold: true, colour: 'zero', wrap: true } });
    sheet.merges.push(`A${r}:${address(r, width)}`);
  });
  return true;
}

/** The sealed version: "BẢN CHÍNH THỨC" with the date in the title block, and every sheet protected. */
export function sealWorkbook(spec: WorkbookSpec, date: string, lang: Lang): void {
  const t = seasonTexts(lang);
  const first = spec.sheets[0];
  if (first) {
    let row = 2;
    while (first.cells.has(`A${row}`) && first.cells.get(`A${row}`)?.value) row++;
    put(first, row, 1, { value: t.finalLine(date), style: { bold: true, size: 12, colour: 'zero' } });
    const merged = first.merges.find((m) => m.startsWith('A1:'));
    const lastCol = merged ? merged.split(':')[1]?.replace(/\d+$/, '') : 'H';
    if (!first.merges.some((m) => m.startsWith(`A${row}:`))) first.merges.push(`A${row}:${lastCol}${row}`);
  }
  for (const s of spec.sheets) s.protect = true;
  spec.title = `${spec.title ?? ''} — ${FINAL_MARK}`;
}
