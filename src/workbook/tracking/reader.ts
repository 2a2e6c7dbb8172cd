/**
 * Reads filled tracking workbooks from grids: finds each tracking table by its header names (never by
 * addresses), the set id in the block above it, the groups, indicators, the years' results as values,
 * and the officer's status for qualitative targets; and the DTI ranking tables. Every problem names
 * its sheet and cell.
 */
import { fold, STATUS_LABELS, statusFromText, type DocumentData, type RawValue } from '../../engine';
import { findDocument } from '../../rubrics';
import { documentIdByName } from '../../rubrics/shared-store';
import { address } from '../a1';
import { cellAt, cellText, type GridCell, type SheetGrid, type WorkbookGrid } from '../grid';
import { BLOCK, RANK_HEADERS, RANK_HEADERS_BEFORE, RESULT_PREFIX, TRACK_HEADERS } from './contract';
import { type DtiTable } from './dti';
import { documentTargetYear, type TrackedGroup, type TrackedIndicator, type TrackingTable } from './model';

export type TrackProblemCode = 'noTrackingTable' | 'formulaText' | 'errorValue' | 'dateValue' | 'duplicateIndicator' | 'badManualStatus' | 'unknownSet';

export interface TrackProblem {
  code: TrackProblemCode;
  severity: 'error' | 'warning';
  sheet?: string;
  cell?: string;
  params: Record<string, string>;
}

export interface ReadTable {
  sheet: string;
  kind: 'indicators' | 'pillars';
  table: TrackingTable;
  weights?: number[];
  subject?: string;
  scale?: number;
}

export interface TrackingRead {
  tables: ReadTable[];
  ranking: DtiTable[];
  problems: TrackProblem[];
}

const SCAN_ROWS = 40;
/** "Not assessed" as our sheets write it, and as older sheets did. */
const NOT_ASSESSED = [fold(STATUS_LABELS.vi.unknown), 'chua xac dinh'];
const REQUIRED = [TRACK_HEADERS.id, TRACK_HEADERS.text, TRACK_HEADERS.target, TRACK_HEADERS.status].map(fold);
const RESULT_KEY = fold(RESULT_PREFIX);

function headerColumns(sheet: SheetGrid, r: number): Map<string, number> {
  const found = new Map<string, number>();
  (sheet.rows[r - 1] ?? []).forEach((c, i) => {
    const key = fold(cellText(c));
    if (key && !found.has(key)) found.set(key, i + 1);
  });
  return found;
}

function blockValue(sheet: SheetGrid, label: string, before: number): string {
  const key = fold(label);
  for (let r = 1; r < before; r++) {
    const cells = sheet.rows[r - 1] ?? [];
    const at = cells.findIndex((c) => fold(cellText(c)).replace(/:$/, '') === key);
    if (at >= 0) return cells.slice(at + 1).map(cellText).find(Boolean) ?? '';
  }
  return '';
}

export function readValue(cell: GridCell, sheet: string, ref: string, problems: TrackProblem[]): RawValue {
  if (cell !== null && typeof cell === 'object') {
    if ('error' in cell) problems.push({ code: 'errorValue', severity: 'error', sheet, cell: ref, params: { value: String(cell.error) } });
    else if ('date' in cell) problems.push({ code: 'dateValue', severity: 'error', sheet, cell: ref, params: { value: cell.date } });
    else return cell.result;
    return undefined;
  }
  if (typeof cell === 'string' && /^\s*[=@]/.test(cell)) {
    problems.push({ code: 'formulaText', severity: 'error', sheet, cell: ref, params: { value: cell.slice(0, 60) } });
    return undefined;
  }
  return cell;
}

/**
 * The indicator a row's "Mã" cell names: our sheets print the document's own number ("1", "I.1", the
 * pillar's place), the reader keys by the document's id. A code that is already an id is kept.
 */
function indicatorIdOf(shown: string, group: { id: string } | undefined, doc: DocumentData | undefined, pillars: boolean): string {
  if (!doc) return shown;
  if (pillars && doc.kind === 'index') {
    if (doc.pillars.some((p) => p.id === shown)) return shown;
    const n = Number(shown);
    return Number.isInteger(n) && n >= 1 && n <= doc.pillars.length ? (doc.pillars[n - 1] as { id: string }).id : shown;
  }
  const all = groupsOf(doc);
  if (all.some((g) => g.indicators.some((i) => i.id === shown))) return shown;
  const inGroup = all.find((g) => g.id === group?.id)?.indicators.filter((i) => i.row === shown) ?? [];
  const anywhere = all.flatMap((g) => g.indicators).filter((i) => i.row === shown);
  const hit = inGroup.length === 1 ? inGroup : anywhere.length === 1 ? anywhere : [];
  return hit[0]?.id ?? shown;
}

function groupsOf(doc: DocumentData | undefined): { id: string; row: string; title: string; indicators: { id: string; row: string }[] }[] {
  if (!doc) return [];
  const fields = doc.kind === 'targets' ? doc : doc.kind === 'index' ? doc.indicators : undefined;
  return fields?.groups ?? [];
}

function readTable(sheet: SheetGrid, headerRow: number, cols: Map<string, number>, problems: TrackProblem[]): ReadTable {
  // The block names the set in words (its short title); a hand-made sheet may give its id.
  const named = blockValue(sheet, BLOCK.set, headerRow);
  const setId = named ? (documentIdByName(named) ?? named) : '';
  const doc = setId ? findDocument(setId) : undefined;
  if (setId && !doc) problems.push({ code: 'unknownSet', severity: 'warning', sheet: sheet.name, params: { id: setId } });
  const years = [...cols.entries()].filter(([k]) => k.startsWith(RESULT_KEY) && /^\d{4}$/.test(k.slice(RESULT_KEY.length).trim())).map(([k, c]) => ({ year: k.slice(RESULT_KEY.length).trim(), col: c })).sort((a, b) => a.col - b.col);
  const col = (h: string) => cols.get(fold(h));
  const weightCol = col(TRACK_HEADERS.weight);
  // Older sheets headed the document's own status "Tài liệu ghi".
  const printedCol = col(TRACK_HEADERS.printed) ?? col('Tài liệu ghi');
  const known = groupsOf(doc);
  const groups: TrackedGroup[] = [];
  const seen = new Map<string, string>();
  const weights: number[] = [];
  let current: TrackedGroup | undefined;
  for (let r = headerRow + 1; r <= sheet.rows.length; r++) {
    const text = (c: number | undefined) => (c ? cellText(cellAt(sheet, r, c)) : '');
    const code = text(col(TRACK_HEADERS.id));
    const title = text(col(TRACK_HEADERS.text));
    if (!code) {
      if (!title) continue;
      const bare = title.replace(/^[IVXLC\d]+\.\s+/, '');
      const match = known.find((g) => fold(g.title) === fold(bare));
      current = { id: match?.id ?? bare, row: match?.row ?? '', title: bare, indicators: [] };
      groups.push(current);
      continue;
    }
    if (!current) {
      current = { id: '', row: '', title: '', indicators: [] };
      groups.push(current);
    }
    const id = indicatorIdOf(code, current, doc, weightCol !== undefined);
    const idRef = address(r, col(TRACK_HEADERS.id) as number);
    if (seen.has(id)) {
      problems.push({ code: 'duplicateIndicator', severity: 'error', sheet: sheet.name, cell: idRef, params: { id: code, first: seen.get(id) as string } });
      continue;
    }
    seen.set(id, idRef);
    const values: Record<string, RawValue> = {};
    for (const y of years) values[y.year] = readValue(cellAt(sheet, r, y.col), sheet.name, address(r, y.col), problems);
    const target = text(col(TRACK_HEADERS.target));
    const statusCol = col(TRACK_HEADERS.status) as number;
    const statusCell = cellAt(sheet, r, statusCol);
    const manual = statusCell !== null && typeof statusCell !== 'object' ? String(statusCell).trim() : '';
    const partners = text(col(TRACK_HEADERS.partners));
    const indicator: TrackedIndicator = {
      id,
      row: code,
      text: title,
      ...(target ? { target } : {}),
      values,
      ...(manual ? { manualStatus: manual } : {}),
      ...(text(printedCol) ? { printedStatus: text(printedCol) } : {}),
      ...(text(col(TRACK_HEADERS.lead)) ? { lead: text(col(TRACK_HEADERS.lead)) } : {}),
      ...(partners ? { partners: partners.split(/\s*;\s*/) } : {}),
    };
    if (manual && !statusFromText(manual) && !NOT_ASSESSED.includes(fold(manual)) && manual !== '?') {
      problems.push({ code: 'badManualStatus', severity: 'warning', sheet: sheet.name, cell: address(r, statusCol), params: { value: manual } });
    }
    if (weightCol) weights.push(Number(cellText(cellAt(sheet, r, weightCol)).replace(',', '.')) || 0);
    current.indicators.push(indicator);
  }
  const fields = doc?.kind === 'targets' ? doc : doc?.kind === 'index' ? doc.indicators : undefined;
  const table: TrackingTable = {
    setId: setId || sheet.name,
    title: doc?.title ?? sheet.name,
    targetLabel: weightCol ? 'Mục tiêu trụ cột' : (fields?.targetLabel ?? ''),
    years: years.map((y) => y.year),
    groups: groups.filter((g) => g.indicators.length > 0),
    ...(doc?.kind === 'targets' && doc.summary ? { printedSummary: doc.summary } : {}),
    ...(documentTargetYear(doc) ? { targetYear: documentTargetYear(doc) as string } : {}),
  };
  if (!weightCol) return { sheet: sheet.name, kind: 'indicators', table };
  const scale = Number(blockValue(sheet, BLOCK.scale, headerRow)) || (doc?.kind === 'index' ? doc.scale : 1000);
  return { sheet: sheet.name, kind: 'pillars', table, weights, subject: blockValue(sheet, BLOCK.subject, headerRow), scale };
}

function readRanking(sheet: SheetGrid, headerRow: number, cols: Map<string, number>, problems: TrackProblem[]): DtiTable {
  const nameCol = cols.get(fold(RANK_HEADERS.name)) as number;
  const totalCol = (cols.get(fold(RANK_HEADERS.printedTotal)) ?? cols.get(fold(RANK_HEADERS_BEFORE.printedTotal))) as number;
  const rankCol = cols.get(fold(RANK_HEADERS.printedRank)) ?? cols.get(fold(RANK_HEADERS_BEFORE.printedRank));
  const title = cellText(cellAt(sheet, headerRow - 1, 1));
  const rows: DtiTable['rows'] = [];
  for (let r = headerRow + 1; r <= sheet.rows.length; r++) {
    const name = cellText(cellAt(sheet, r, nameCol));
    if (!name) break;
    const num = (c: number) => {
      const v = readValue(cellAt(sheet, r, c), sheet.name, address(r, c), problems);
      const n = typeof v === 'number' ? v : Number(String(v ?? '').replace(',', '.'));
      return Number.isFinite(n) ? n : NaN;
    };
    const pillars: number[] = [];
    for (let c = nameCol + 1; c < totalCol; c++) pillars.push(num(c));
    const printedTotal = num(totalCol);
    const printedRank = rankCol ? num(rankCol) : NaN;
    rows.push({ name, pillars, printedTotal: Number.isNaN(printedTotal) ? null : printedTotal, printedRank: Number.isNaN(printedRank) ? null : printedRank });
  }
  return { id: title || `${sheet.name}!${headerRow}`, title, rows: rows.filter((r) => r.pillars.every((p) => !Number.isNaN(p))) };
}

/** Every tracking table and DTI ranking table of a workbook. */
export function readTracking(grid: WorkbookGrid): TrackingRead {
  const out: TrackingRead = { tables: [], ranking: [], problems: [] };
  for (const sheet of grid.sheets) {
    let found = false;
    for (let r = 1; r <= Math.min(sheet.rows.length, SCAN_ROWS) && !found; r++) {
      const cols = headerColumns(sheet, r);
      if (REQUIRED.every((h) => cols.has(h)) && [...cols.keys()].some((k) => k.startsWith(RESULT_KEY))) {
        out.tables.push(readTable(sheet, r, cols, out.problems));
        found = true;
      }
    }
    for (let r = 1; r <= sheet.rows.length; r++) {
      const cols = headerColumns(sheet, r);
      if (cols.has(fold(RANK_HEADERS.name)) && (cols.has(fold(RANK_HEADERS.printedTotal)) || cols.has(fold(RANK_HEADERS_BEFORE.printedTotal)))) out.ranking.push(readRanking(sheet, r, cols, out.problems));
    }
  }
  if (out.tables.length === 0) out.problems.push({ code: 'noTrackingTable', severity: 'error', params: { headers: `${TRACK_HEADERS.id}, ${TRACK_HEADERS.text}, ${TRACK_HEADERS.target}, ${TRACK_HEADERS.status}, ${RESULT_PREFIX}<năm>` } });
  return out;
}
