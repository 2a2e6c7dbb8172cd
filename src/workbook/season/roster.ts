/**
 * The Khối's roster: a sheet "Thành viên" (Mã | Tên đơn vị | Đầu mối | Liên hệ), its template, its
 * reader, and what follows from names: readable file names, the closest roster name for a stray one.
 */
import { fold, mixesScripts, printableName, unitIdentity, type Lang } from '../../engine';
import { address } from '../a1';
import { cellText, type SheetGrid, type WorkbookGrid } from '../grid';
import { HEADER_STYLE, put } from '../layouts/common';
import { emptySheet, type WorkbookSpec } from '../spec';
import { ROSTER_HEADERS, ROSTER_SHEET } from './contract';
import { seasonTexts } from './messages';

export interface RosterMember {
  code: string;
  unit: string;
  contactPerson: string;
  contact: string;
  /** Where the name is, for messages. */
  cell: string;
}

export interface RosterProblem {
  cell?: string;
  code: 'noRosterSheet' | 'duplicateMember' | 'mixedScripts' | 'nameTooLong';
  detail: string;
}

export interface Roster {
  sheet: string;
  members: RosterMember[];
  problems: RosterProblem[];
}

/** The empty roster workbook: the header row, room for the members, nothing locked. */
export function rosterWorkbook(lang: Lang, members: string[] = []): WorkbookSpec {
  const t = seasonTexts(lang);
  const sheet = emptySheet(ROSTER_SHEET, false);
  sheet.columns = [10, 50, 28, 32].map((width) => ({ width }));
  put(sheet, 1, 1, { value: t.titles.roster, style: { bold: true, size: 14 } });
  put(sheet, 2, 1, { value: t.rosterHelp, style: { italic: true, size: 9 } });
  ROSTER_HEADERS.forEach((h, i) => put(sheet, 4, i + 1, { value: h, style: HEADER_STYLE }));
  members.forEach((m, i) => put(sheet, 5 + i, 2, { value: m }));
  sheet.frozen = { rows: 4, columns: 0 };
  sheet.print = { orientation: 'portrait', paper: 'A4', fitToWidth: true, titleRows: '4:4' };
  return { title: ROSTER_SHEET, sheets: [sheet] };
}

const FOLDED = ROSTER_HEADERS.map((h) => fold(h));
/** A unit's name fits a title line and a file name; longer text in the name column is not a name. */
const MAX_NAME = 255;

function headerOf(sheet: SheetGrid): { row: number; columns: number[] } | undefined {
  for (let r = 1; r <= Math.min(sheet.rows.length, 30); r++) {
    const texts = (sheet.rows[r - 1] ?? []).map((c) => fold(cellText(c)));
    const unitColumn = texts.indexOf(FOLDED[1] as string);
    if (unitColumn >= 0) return { row: r, columns: FOLDED.map((h) => texts.indexOf(h)) };
  }
  return undefined;
}

/** Reads the roster: the sheet "Thành viên" if present, else the first sheet with a "Tên đơn vị" column. */
export function readRoster(grid: WorkbookGrid): Roster {
  const sheets = [...grid.sheets].sort((a, b) => Number(b.name === ROSTER_SHEET) - Number(a.name === ROSTER_SHEET));
  for (const sheet of sheets) {
    const header = headerOf(sheet);
    if (!header) continue;
    const members: RosterMember[] = [];
    const problems: RosterProblem[] = [];
    const seen = new Map<string, string>();
    const at = (row: (typeof sheet.rows)[number], i: number | undefined): string => (i === undefined || i < 0 ? '' : cellText(row[i] ?? null));
    for (let r = header.row + 1; r <= sheet.rows.length; r++) {
      const row = sheet.rows[r - 1] ?? [];
      const raw = at(row, header.columns[1]);
      const unit = printableName(raw);
      if (!unit) continue;
      const cell = address(r, (header.columns[1] ?? 0) + 1);
      if (unit.length > MAX_NAME) {
        problems.push({ cell, code: 'nameTooLong', detail: `${unit.slice(0, 40)}… (${unit.length})` });
        continue;
      }
      const key = unitIdentity(unit);
      const earlier = seen.get(key);
      if (earlier) {
        problems.push({ cell, code: 'duplicateMember', detail: `${unit} (${earlier})` });
        continue;
      }
      if (mixesScripts(unit)) problems.push({ cell, code: 'mixedScripts', detail: unit });
      seen.set(key, cell);
      members.push({ code: at(row, header.columns[0]), unit, contactPerson: at(row, header.columns[2]), contact: at(row, header.columns[3]), cell });
    }
    return { sheet: sheet.name, members, problems };
  }
  return { sheet: '', members: [], problems: [{ code: 'noRosterSheet', detail: ROSTER_HEADERS.join(' | ') }] };
}

const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** A readable ASCII file name for a unit ("Sở Tư pháp" → "so-tu-phap"), never empty, never a device name. */
export function slug(name: string): string {
  const ascii = printableName(name)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  if (!ascii) return 'don-vi';
  return RESERVED.test(ascii) ? `${ascii}-1` : ascii;
}

function distance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, i) => i);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[y.length] ?? 0;
}

/**
 * The roster name closest to `name`, compared on folded names (identity, then without diacritics),
 * or null when none is near enough to be a plausible misspelling.
 */
export function closestMember(name: string, members: readonly RosterMember[]): string | null {
  const folded = (s: string) => fold(unitIdentity(s));
  const target = folded(name);
  let best: { unit: string; d: number } | undefined;
  for (const m of members) {
    const d = distance(target, folded(m.unit));
    if (!best || d < best.d) best = { unit: m.unit, d };
  }
  if (!best) return null;
  return best.d <= Math.max(3, Math.ceil(target.length * 0.4)) ? best.unit : null;
}
