/**
 * Reads a rubric sheet from a grid into rubric data: the header block by its labels, the table by its
 * header names (TT / Tiêu chí đánh giá / Điểm), then row by row as the document prints it — a Roman
 * numeral opens a section, a number a criterion, a row with an empty TT is a band of the criterion
 * above, "Tổng cộng" closes the table. Every problem is located; rows with problems are left out and
 * their criterion or section is marked incomplete so the checks that follow do not pile on.
 */
import { fold, type CriterionData, type RubricData, type SectionData } from '../../engine';
import { address } from '../a1';
import { cellAt, type SheetGrid, type WorkbookGrid } from '../grid';
import { criterionNumberOf, pointsOf, quoted, readCell, romanOf } from './cells';
import { HEADER_ALIASES, RUBRIC_HEADERS, TOTAL_LABEL } from './contract';
import { readMeta, type Add } from './header';
import { type RubricProblem, type SheetProblemCode } from './messages';

export interface Columns {
  tt: number;
  text: number;
  points: number;
}

/** Where each part of the rubric came from, so later checks can point at cells. */
export interface Locations {
  sheet: string;
  cols: Columns;
  sections: Map<string, number>;
  criteria: Map<string, number>;
  /** Rows of a criterion's bands, by their index in the data. */
  bands: Map<string, number[]>;
  total?: number;
  /** The cell holding the rubric's id. */
  idCell?: string;
  /** Criteria and sections that lost a row to a problem: sums and band coverage are not checked for them. */
  incomplete: Set<string>;
}

export interface SheetRead {
  data?: RubricData;
  at?: Locations;
  problems: RubricProblem[];
}

const HEADER_SCAN_ROWS = 60;
const HEADERS_TEXT = `${RUBRIC_HEADERS.tt} | ${RUBRIC_HEADERS.text} | ${RUBRIC_HEADERS.points}`;

export function findTableHeader(sheet: SheetGrid): { row: number; cols: Columns } | undefined {
  const limit = Math.min(sheet.rows.length, HEADER_SCAN_ROWS);
  for (let r = 1; r <= limit; r++) {
    const found: Partial<Columns> = {};
    (sheet.rows[r - 1] ?? []).forEach((cell, i) => {
      const t = readCell(cell);
      if (t.kind !== 'text') return;
      const f = fold(t.text);
      for (const key of ['tt', 'text', 'points'] as const) {
        if (found[key] === undefined && (HEADER_ALIASES[key] as readonly string[]).includes(f)) found[key] = i + 1;
      }
    });
    if (found.tt !== undefined && found.text !== undefined && found.points !== undefined) return { row: r, cols: found as Columns };
  }
  return undefined;
}

/** Picks the sheet: the one named, else the first with the table. */
export function pickSheet(grid: WorkbookGrid, name?: string): { sheet: SheetGrid; header: { row: number; cols: Columns } } | RubricProblem {
  if (name !== undefined) {
    const sheet = grid.sheets.find((s) => s.name === name) ?? grid.sheets.find((s) => fold(s.name) === fold(name));
    if (!sheet) return { code: 'sheetNotFound', severity: 'error', params: { name, sheets: grid.sheets.map((s) => `"${s.name}"`).join(', ') } };
    const header = findTableHeader(sheet);
    return header ? { sheet, header } : { code: 'noTable', severity: 'error', sheet: sheet.name, params: { headers: HEADERS_TEXT } };
  }
  for (const sheet of grid.sheets) {
    const header = findTableHeader(sheet);
    if (header) return { sheet, header };
  }
  return { code: 'noRubricSheet', severity: 'error', params: { headers: HEADERS_TEXT } };
}

export function readRubricSheet(grid: WorkbookGrid, sheetName?: string): SheetRead {
  const picked = pickSheet(grid, sheetName);
  if ('code' in picked) return { problems: [picked] };
  const { sheet, header } = picked;
  const { cols } = header;
  const problems: RubricProblem[] = [];
  const add: Add = (code, cell, params = {}, severity = 'error') => problems.push({ code, severity, sheet: sheet.name, ...(cell ? { cell } : {}), params });
  const meta = readMeta(sheet, header.row, add);
  const at: Locations = { sheet: sheet.name, cols, sections: new Map(), criteria: new Map(), bands: new Map(), incomplete: new Set(), ...(meta.idCell ? { idCell: meta.idCell } : {}) };

  const sections: SectionData[] = [];
  let section: SectionData | undefined;
  let criterion: CriterionData | undefined;
  // Band rows under a criterion row that was refused belong to it: skipped without more messages.
  let skipping = false;
  let skippingSection = false;
  let total: number | undefined;
  let lastRow = header.row;

  for (let r = header.row + 1; r <= sheet.rows.length; r++) {
    const tt = readCell(cellAt(sheet, r, cols.tt));
    const text = readCell(cellAt(sheet, r, cols.text));
    const pts = readCell(cellAt(sheet, r, cols.points));
    const ref = { tt: address(r, cols.tt), text: address(r, cols.text), points: address(r, cols.points) };
    if (tt.kind === 'empty' && text.kind === 'empty' && pts.kind === 'empty') continue;
    lastRow = r;
    for (const [k, v] of [['tt', tt], ['text', text]] as const) if (v.kind === 'error') add('errorValue', ref[k], { value: v.value });

    const isTotal = [tt, text].some((x) => x.kind === 'text' && /^tong cong\b/.test(fold(x.text)));
    if (isTotal) {
      at.total = r;
      total = pointsOf(pts);
      if (pts.kind === 'empty') add('missingTotal', ref.points);
      else if (total === undefined || total < 0) add(pts.kind === 'error' ? 'errorValue' : 'badPoints', ref.points, { value: quoted(pts) });
      else if (total === 0) add('zeroPoints', ref.points, { id: TOTAL_LABEL });
      break;
    }

    // Points: required on every row; a bad value marks the owner incomplete.
    const points = (missing: SheetProblemCode, params: Record<string, string | number>, positive: string | undefined): number | undefined => {
      const n = pointsOf(pts);
      if (pts.kind === 'empty') add(missing, ref.points, params);
      else if (n === undefined || n < 0) add(pts.kind === 'error' ? 'errorValue' : 'badPoints', ref.points, { value: quoted(pts) });
      else if (positive !== undefined && n === 0) add('zeroPoints', ref.points, { id: positive });
      else return n;
      return undefined;
    };

    const roman = tt.kind === 'text' ? romanOf(tt.text) : undefined;
    if (tt.kind !== 'empty') skipping = false;
    if (roman) {
      criterion = undefined;
      if (at.sections.has(roman)) {
        add('duplicateSection', ref.tt, { section: roman, first: address(at.sections.get(roman) as number, cols.tt) });
        section = undefined;
        skippingSection = true;
        continue;
      }
      skippingSection = false;
      at.sections.set(roman, r);
      const title = text.kind === 'text' ? text.text : '';
      if (!title) add('missingTitle', ref.text, { section: roman });
      const p = points('missingSectionPoints', { section: roman }, roman);
      if (p === undefined) at.incomplete.add(roman);
      section = { id: roman, row: tt.kind === 'text' ? tt.text.replace(/\.$/, '').toUpperCase() : roman, title: title || roman, points: p ?? 1, criteria: [] };
      sections.push(section);
      continue;
    }

    if (tt.kind !== 'empty' && skippingSection) {
      skipping = true;
      continue;
    }
    if (tt.kind !== 'empty') {
      const n = criterionNumberOf(tt, section?.id);
      if (n === undefined) {
        add('badTT', ref.tt, { value: quoted(tt) });
        if (section) at.incomplete.add(section.id);
        criterion = undefined;
        skipping = true;
        continue;
      }
      if (!section) {
        add('criterionOutsideSection', ref.tt, { value: n });
        criterion = undefined;
        skipping = true;
        continue;
      }
      const id = `${section.id}.${n}`;
      if (at.criteria.has(id)) {
        add('duplicateCriterion', ref.tt, { criterion: id, first: address(at.criteria.get(id) as number, cols.tt) });
        at.incomplete.add(section.id);
        criterion = undefined;
        skipping = true;
        continue;
      }
      at.criteria.set(id, r);
      const body = text.kind === 'text' ? text.text : '';
      if (!body) add('missingText', ref.text, { criterion: id });
      const max = points('missingMax', { criterion: id }, id);
      if (max === undefined) at.incomplete.add(section.id);
      criterion = { id, row: n, text: body || id, max: max ?? 1, manual: true };
      if (max === undefined) at.incomplete.add(id);
      section.criteria.push(criterion);
      continue;
    }

    // A band row (TT empty).
    if (text.kind === 'empty') {
      add('pointsWithoutText', ref.points, { value: quoted(pts) });
      if (criterion) at.incomplete.add(criterion.id);
      continue;
    }
    if (skipping) continue;
    if (!criterion) {
      add('bandOutsideCriterion', ref.text, { band: quoted(text) });
      continue;
    }
    if (text.kind !== 'text') {
      if (text.kind === 'number' || text.kind === 'date') add('phraseIsNumber', ref.text, { value: quoted(text) });
      at.incomplete.add(criterion.id);
      continue;
    }
    const p = points('bandNoPoints', { band: text.text, criterion: criterion.id, textCell: address(at.criteria.get(criterion.id) as number, cols.text) }, undefined);
    if (p === undefined) {
      at.incomplete.add(criterion.id);
      continue;
    }
    const bands = criterion.bands ?? [];
    bands.push({ text: text.text, points: p });
    criterion.bands = bands;
    delete criterion.manual;
    at.bands.set(criterion.id, [...(at.bands.get(criterion.id) ?? []), r]);
  }

  if (at.total === undefined) add('missingTotal', address(lastRow + 1, cols.text));
  if (sections.length === 0) add('noSections', address(header.row, cols.tt));
  for (const s of sections) if (s.criteria.length === 0) add('emptySection', address(at.sections.get(s.id) as number, cols.tt), { section: s.id });

  const data: RubricData = {
    id: meta.id,
    kind: 'rubric',
    title: meta.title,
    source: { number: meta.number, date: meta.date, issuer: meta.issuer, title: meta.sourceTitle || meta.title, ...(meta.part ? { part: meta.part } : {}) },
    total: total ?? 0,
    sections,
  };
  return { data, at, problems };
}
