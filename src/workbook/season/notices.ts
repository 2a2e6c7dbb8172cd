/**
 * The notice of appraisal results sent to each unit ("Thông báo kết quả thẩm định"): per criterion
 * the self-assessed and appraised points and the reason, the provisional total and rank, and one
 * open column, "Giải trình của đơn vị", for the unit's answer. The reader takes the answers back;
 * they change no score (the secretariat decides by editing the appraisal workbook).
 */
import { fold, formatNumber, printableName, shortTitle, unitIdentity, type Lang } from '../../engine';
import { cellAt, cellText, type SheetGrid, type WorkbookGrid } from '../grid';
import { type KhoiResult, type ScoredUnit } from '../khoi/score-files';
import { CELL, HEADER_STYLE, put, shownValue } from '../layouts/common';
import { emptySheet, type WorkbookSpec } from '../spec';
import { NOTICE_EXPLANATION, NOTICE_HEADERS, NOTICE_SHEET, NOTICE_UNIT_LABEL } from './contract';
import { seasonTexts } from './messages';
import { slug } from './roster';

export interface NoticeInfo {
  khoi: string;
  period: string;
  rank: number;
  units: number;
  reason: (id: string) => string | undefined;
}

const HEADER_ROW = 9;

export function noticeWorkbook(u: ScoredUnit, info: NoticeInfo, lang: Lang): WorkbookSpec {
  const t = seasonTexts(lang);
  const L = t.labels;
  const sheet = emptySheet(NOTICE_SHEET, false);
  sheet.protect = true;
  sheet.columns = [7, 44, 14, 10, 14, 10, 10, 34, 40].map((width) => ({ width }));
  put(sheet, 1, 1, { value: t.titles.notice, style: { bold: true, size: 14 } });
  sheet.merges.push('A1:I1');
  const block: [string, string | number][] = [
    [NOTICE_UNIT_LABEL, u.unit.unit],
    [L.khoi, info.khoi || '—'],
    [L.period, info.period || '—'],
    [L.rubric, shortTitle(u.rubric.data, lang)],
    [L.provisionalTotal, u.score.total],
    [L.provisionalRank, `${info.rank}/${info.units}`],
  ];
  block.forEach(([label, value], i) => {
    put(sheet, 2 + i, 1, { value: label, style: { bold: true } });
    sheet.merges.push(`A${2 + i}:B${2 + i}`);
    put(sheet, 2 + i, 3, { value, style: { bold: i >= 4 } });
  });
  put(sheet, 8, 1, { value: t.noticeHelp, style: { italic: true, size: 9, wrap: true } });
  sheet.merges.push('A8:I8');
  NOTICE_HEADERS.forEach((h, i) => put(sheet, HEADER_ROW, i + 1, { value: h, style: HEADER_STYLE }));
  sheet.frozen = { rows: HEADER_ROW, columns: 2 };
  let row = HEADER_ROW + 1;
  for (const c of u.score.criteria) {
    const criterion = u.rubric.byId.get(c.id);
    if (!criterion) continue;
    const diff = c.final.points - c.self.points;
    const reason = info.reason(c.id);
    const values = [c.id, criterion.text, shownValue(c.self, criterion.kind, lang), c.self.state === 'missing' ? null : c.self.points, c.appraised ? shownValue(c.appraised, criterion.kind, lang) : null, c.final.points, diff, reason ?? null];
    values.forEach((value, i) => put(sheet, row, i + 1, { value, style: { ...CELL, wrap: i === 1 || i === 7, ...(i === 6 && diff !== 0 ? { colour: diff < 0 ? ('zero' as const) : ('full' as const), bold: true } : {}) } }));
    put(sheet, row, 9, { value: null, style: { ...CELL, unlocked: true, colour: 'input', wrap: true } });
    row++;
  }
  put(sheet, row, 2, { value: `${L.total}: ${formatNumber(u.score.selfTotal, lang)} → ${formatNumber(u.score.total, lang)}`, style: { ...CELL, bold: true, colour: 'total' } });
  sheet.print = { orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: `${HEADER_ROW}:${HEADER_ROW}` };
  return { title: `${t.titles.notice} — ${u.unit.unit}`, sheets: [sheet] };
}

export interface NoticeFile {
  unit: string;
  /** "thong-bao-so-tu-phap.xlsx": readable ASCII, unique among the notices. */
  fileName: string;
  spec: WorkbookSpec;
}

/** One notice per ranked unit, named from the unit, with its provisional rank and the appraisal's reasons. */
export function noticeFiles(result: KhoiResult, info: { khoi: string; period: string }, reason: (unit: string, id: string) => string | undefined, lang: Lang): NoticeFile[] {
  const taken = new Set<string>();
  return result.ranked.map((r) => {
    const u = r.item;
    let name = `thong-bao-${slug(u.unit.unit)}`;
    for (let i = 2; taken.has(name); i++) name = `thong-bao-${slug(u.unit.unit)}-${i}`;
    taken.add(name);
    const spec = noticeWorkbook(u, { ...info, rank: r.rank, units: result.ranked.length, reason: (id) => reason(u.unit.unit, id) }, lang);
    return { unit: u.unit.unit, fileName: `${name}.xlsx`, spec };
  });
}

export interface NoticeAnswers {
  unit: string;
  sheet: string;
  /** Explanations by criterion id (only the answered ones). */
  explanations: Map<string, string>;
}

function headerOf(sheet: SheetGrid): { row: number; id: number; explanation: number } | undefined {
  for (let r = 1; r <= Math.min(sheet.rows.length, 40); r++) {
    const texts = (sheet.rows[r - 1] ?? []).map((c) => fold(cellText(c)));
    const id = texts.indexOf(fold(NOTICE_HEADERS[0]));
    const explanation = texts.indexOf(fold(NOTICE_EXPLANATION));
    if (id >= 0 && explanation >= 0) return { row: r, id: id + 1, explanation: explanation + 1 };
  }
  return undefined;
}

/** An answered notice, or undefined when the workbook is not a notice. */
export function readNotice(grid: WorkbookGrid): NoticeAnswers | undefined {
  for (const sheet of grid.sheets) {
    const h = headerOf(sheet);
    if (!h) continue;
    let unit = '';
    for (let r = 1; r < h.row && !unit; r++) {
      if (fold(cellText(cellAt(sheet, r, 1))) !== fold(NOTICE_UNIT_LABEL)) continue;
      for (let c = 2; c <= 6 && !unit; c++) unit = printableName(cellText(cellAt(sheet, r, c)));
    }
    if (!unit) continue;
    const explanations = new Map<string, string>();
    for (let r = h.row + 1; r <= sheet.rows.length; r++) {
      const id = cellText(cellAt(sheet, r, h.id));
      const text = cellText(cellAt(sheet, r, h.explanation));
      if (id && text) explanations.set(id, text);
    }
    return { unit, sheet: sheet.name, explanations };
  }
  return undefined;
}

/** Answers by unit identity. */
export function answersByUnit(answers: readonly NoticeAnswers[]): Map<string, NoticeAnswers> {
  return new Map(answers.map((a) => [unitIdentity(a.unit), a]));
}
