/**
 * The secretariat's consolidation workbook: the ranking (competition ranks, ties flagged, each
 * unit's "Tình trạng", data bars, the proposed unit or the tie for the Khối to decide and whether it
 * could still change, the provisional units and the files not counted, a signature block), the
 * criterion × unit matrix, the appraisal differences, and the errors. A4 landscape.
 */
import { citeSource, formatNumber, printableName, type CriterionResult, type Lang } from '../../engine';
import { type KhoiResult, type ScoredUnit } from '../khoi/score-files';
import { workbookTexts } from '../messages';
import { emptySheet, type SheetSpec, type WorkbookSpec } from '../spec';
import { address } from '../a1';
import { type ConsolidationInfo } from '../khoi/info';
import { CELL, headerRow, put, shownValue, stateColour, titleBlock } from './common';
import { colouredWhen, columnOf, writeHeader, writeRow, type Column } from './columns';
import { colourLegend } from './legend';


type Ranked = KhoiResult['ranked'][number];

/** The ranking's columns: one value each, so a column is added or moved in one place. */
function rankingColumns(result: KhoiResult, lang: Lang): Column<Ranked>[] {
  const L = workbookTexts(lang).labels;
  const sections = result.rubric?.sections ?? [];
  return [
    { header: L.rank, width: 7, value: (r) => r.rank, style: { align: 'center' } },
    { header: L.unit, width: 40, value: (r) => r.item.unit.unit, style: { wrap: true } },
    ...sections.map((s, i): Column<Ranked> => ({ header: `${L.section(s.id)} (${formatNumber(s.points, lang)})`, width: 11, value: (r) => r.item.score.sections[i]?.points ?? null })),
    { key: 'total', header: `${L.total} (${formatNumber(result.rubric?.total ?? 100, lang)})`, width: 12, value: (r) => r.item.score.total, style: { bold: true } },
    { header: L.tie, width: 11, value: (r) => (r.tie ? L.tieYes : null), style: colouredWhen((r) => (r.tie ? 'partial' : undefined)) },
    { header: L.state, width: 38, value: (r) => r.item.status.text, style: colouredWhen((r) => (r.item.status.complete ? 'full' : 'partial'), { wrap: true }) },
    { header: L.basis, width: 16, value: (r) => (r.item.score.criteria.some((c) => c.source === 'appraised') ? L.appraisedBasis : L.selfBasis), style: { wrap: true } },
    { header: L.file, width: 34, value: (r) => printableName(r.item.file), style: { wrap: true } },
  ];
}

function rankingSheet(result: KhoiResult, info: ConsolidationInfo, lang: Lang): SheetSpec {
  const t = workbookTexts(lang);
  const L = t.labels;
  const sheet = emptySheet(t.sheets.ranking);
  const columns = rankingColumns(result, lang);
  const width = columns.length;
  const source = result.rubric?.data.source;
  let row = titleBlock(
    sheet,
    [
      { text: t.titles.ranking, bold: true, size: 14 },
      { text: `${L.khoi}: ${info.khoi || '—'} · ${L.period}: ${info.period || '—'}` },
      { text: source ? `${L.rubric}: ${citeSource(source, lang)}` : '' },
    ],
    width,
  );
  writeHeader(sheet, row, columns);
  const headerAt = row;
  row++;
  const first = row;
  for (const r of result.ranked) writeRow(sheet, row++, columns, r);
  const totalColumn = columnOf(columns, 'total');
  if (result.ranked.length > 0) sheet.dataBars.push({ range: `${address(first, totalColumn)}:${address(row - 1, totalColumn)}`, colour: '5B9BD5' });
  row++;
  const p = result.proposal;
  for (const part of lines(proposalText(result, lang))) {
    put(sheet, row, 1, { value: part, style: { bold: true, ...(p.kind === 'tie' || !result.proposalCertain ? { colour: 'partial' as const } : {}) } });
    sheet.merges.push(`A${row}:${address(row, width)}`);
    row++;
  }
  row++;
  row = firstPageNotes(sheet, result, row, width, lang);
  if (result.ranked.length > 0) row = colourLegend(sheet, row, t.legend.title, t.legend.ranking) + 1;
  signatureBlock(sheet, row, width, lang);
  sheet.frozen = { rows: headerAt, columns: 2 };
  sheet.print = { orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: `${headerAt}:${headerAt}`, header: info.khoi, footer: `${t.titles.ranking} — ${info.period}` };
  return sheet;
}

/** Place and date, then who prepared the table and the head of the Khối, each with where to sign. */
function signatureBlock(sheet: SheetSpec, row: number, width: number, lang: Lang): void {
  const s = workbookTexts(lang).signature;
  const signColumn = Math.max(3, width - 2);
  put(sheet, row, signColumn, { value: s.place, style: { italic: true } });
  put(sheet, row + 1, 2, { value: s.preparer, style: { bold: true, align: 'center' } });
  put(sheet, row + 2, 2, { value: s.preparerNote, style: { italic: true, align: 'center' } });
  put(sheet, row + 1, signColumn, { value: s.role, style: { bold: true, align: 'center' } });
  put(sheet, row + 2, signColumn, { value: s.note, style: { italic: true, align: 'center' } });
}

function matrixSheet(result: KhoiResult, lang: Lang): SheetSpec {
  const t = workbookTexts(lang);
  const L = t.labels;
  const sheet = emptySheet(t.sheets.matrix);
  const units = result.ranked.map((r) => r.item);
  const headers = [L.id, L.criterion, L.max, ...units.map((u) => u.unit.unit)];
  sheet.columns = [8, 50, 10, ...units.map(() => 14)].map((width) => ({ width }));
  let row = titleBlock(sheet, [{ text: t.titles.matrix, bold: true, size: 14 }], Math.min(headers.length, 8));
  headerRow(sheet, row, headers);
  sheet.frozen = { rows: row, columns: 3 };
  sheet.print = { orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: `${row}:${row}` };
  row++;
  for (const section of result.rubric?.sections ?? []) {
    const style = { ...CELL, bold: true, colour: 'section' as const };
    put(sheet, row, 1, { value: section.id, style });
    put(sheet, row, 2, { value: section.title, style: { ...style, wrap: true } });
    put(sheet, row, 3, { value: section.points, style });
    units.forEach((u, i) => put(sheet, row, 4 + i, { value: u.score.sections.find((s) => s.id === section.id)?.points ?? 0, style }));
    row++;
    for (const c of section.criteria) {
      put(sheet, row, 1, { value: c.id, style: CELL });
      put(sheet, row, 2, { value: c.text, style: { ...CELL, wrap: true } });
      put(sheet, row, 3, { value: c.max, style: CELL });
      units.forEach((u, i) => {
        const r = u.score.criteria.find((x) => x.id === c.id);
        const final = r?.final;
        put(sheet, row, 4 + i, { value: final && final.state !== 'missing' ? final.points : null, style: { ...CELL, align: 'center', colour: stateColour(final?.state ?? 'missing') } });
      });
      row++;
    }
  }
  const style = { ...CELL, bold: true, colour: 'total' as const };
  put(sheet, row, 2, { value: L.grandTotal, style });
  put(sheet, row, 3, { value: result.rubric?.total ?? null, style });
  units.forEach((u, i) => put(sheet, row, 4 + i, { value: u.score.total, style }));
  colourLegend(sheet, row + 2, t.legend.title, t.legend.points);
  return sheet;
}

/** One row of an appraisal sheet: a criterion whose appraisal differs from the self-assessment (or has a reason or an explanation). */
export interface AppraisalRow {
  unit: string;
  /** The member's file (for lists that must tell two rows of one unit apart). */
  file?: string;
  id: string;
  text: string;
  selfShown: string | number | null;
  selfPoints: number | null;
  appraisedShown: string | number | null;
  appraisedPoints: number | null;
  difference: number;
  reason?: string | null;
  explanation?: string | null;
}

/** One criterion of one unit as an appraisal row: the self-assessment beside the final (appraised) score. */
export function appraisalRow(u: ScoredUnit, c: CriterionResult): AppraisalRow {
  const kind = u.rubric.byId.get(c.id)?.kind ?? '';
  return {
    unit: u.unit.unit,
    id: c.id,
    text: u.rubric.byId.get(c.id)?.text ?? '',
    selfShown: shownValue(c.self, kind),
    selfPoints: c.self.state === 'missing' ? null : c.self.points,
    appraisedShown: c.appraised ? shownValue(c.appraised, kind) : null,
    appraisedPoints: c.final.points,
    difference: c.final.points - c.self.points,
  };
}

/** The appraisal sheets' columns (the consolidation's, and the season's with reasons and explanations): one set. */
export function appraisalColumns(lang: Lang, notes?: { reason: string; explanation: string }): Column<AppraisalRow>[] {
  const L = workbookTexts(lang).labels;
  const differs = colouredWhen<AppraisalRow>((r) => (r.difference === 0 ? undefined : r.difference < 0 ? 'zero' : 'full'));
  return [
    { header: L.unit, width: notes ? 26 : 30, value: (r) => r.unit, style: { wrap: true } },
    { header: L.id, width: 8, value: (r) => r.id },
    { header: L.criterion, width: notes ? 40 : 46, value: (r) => r.text, style: { wrap: true } },
    { header: L.selfValue, width: 14, value: (r) => r.selfShown, style: { wrap: true } },
    { header: L.selfPoints, width: 10, value: (r) => r.selfPoints },
    { header: L.appraisedValue, width: 14, value: (r) => r.appraisedShown, style: { wrap: true } },
    { header: L.appraisedPoints, width: 10, value: (r) => r.appraisedPoints },
    { header: L.difference, width: 10, value: (r) => r.difference, style: differs },
    ...(notes
      ? [
          { header: notes.reason, width: 34, value: (r: AppraisalRow) => r.reason ?? null, style: { wrap: true } },
          { header: notes.explanation, width: 34, value: (r: AppraisalRow) => r.explanation ?? null, style: { wrap: true } },
        ]
      : []),
  ];
}

/** An appraisal sheet: title, the rows (or the sentence saying there are none) and the colour legend. */
export function appraisalTable(sheet: SheetSpec, title: string, columns: readonly Column<AppraisalRow>[], rows: readonly AppraisalRow[], none: string, lang: Lang): SheetSpec {
  const t = workbookTexts(lang);
  let row = titleBlock(sheet, [{ text: title, bold: true, size: 14 }], columns.length);
  writeHeader(sheet, row, columns);
  sheet.print = { orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: `${row}:${row}` };
  row++;
  for (const r of rows) writeRow(sheet, row++, columns, r);
  if (rows.length === 0) put(sheet, row, 1, { value: none, style: { italic: true } });
  else colourLegend(sheet, row + 1, t.legend.title, t.legend.difference);
  return sheet;
}

function appraisalSheet(result: KhoiResult, lang: Lang): SheetSpec {
  const t = workbookTexts(lang);
  const rows: AppraisalRow[] = [];
  for (const { item: u } of result.ranked) {
    for (const c of u.score.criteria) {
      if (!c.appraised) continue;
      const row = appraisalRow(u, c);
      if (row.selfShown === row.appraisedShown && c.self.points === c.appraised.points) continue;
      rows.push(row);
    }
  }
  return appraisalTable(emptySheet(t.sheets.appraisal), t.titles.appraisal, appraisalColumns(lang), rows, t.noAppraisalDifferences, lang);
}

/** Merged cells do not grow to fit wrapped text: a long line goes on several rows, cut between words. */
const LINE_CHARACTERS = 150;
export function lines(text: string, size = LINE_CHARACTERS): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > size) {
    const cut = rest.lastIndexOf(' ', size);
    const at = cut > size / 2 ? cut : size;
    out.push(rest.slice(0, at));
    rest = `  ${rest.slice(at).trimStart()}`;
  }
  out.push(rest);
  return out;
}

/**
 * Above the signature block, on the first printed page: the provisional units (status, total now,
 * highest total possible) and the files not counted with their reason. Returns the next free row.
 */
function firstPageNotes(sheet: SheetSpec, result: KhoiResult, from: number, width: number, lang: Lang): number {
  const t = workbookTexts(lang).firstPage;
  let row = from;
  const line = (value: string, style: { bold?: boolean; italic?: boolean }) => {
    for (const part of lines(value)) {
      put(sheet, row, 1, { value: part, style });
      sheet.merges.push(`A${row}:${address(row, width)}`);
      row++;
    }
  };
  const provisional = result.ranked.map((r) => r.item).filter((u) => !u.status.complete);
  if (provisional.length > 0) {
    line(t.provisional, { bold: true });
    for (const u of provisional) line(t.provisionalLine(u.unit.unit, u.status.text, formatNumber(u.score.total, lang), formatNumber(u.status.maxPossible, lang)), {});
  }
  if (result.notCounted.length > 0) {
    line(t.notCounted, { bold: true });
    for (const n of result.notCounted) line(t.notCountedLine(n.unit ? `${printableName(n.file)} (${n.unit})` : printableName(n.file), n.reason), {});
  }
  return provisional.length > 0 || result.notCounted.length > 0 ? row + 1 : row;
}

/** The proposal for the award in words: the single top unit, or the tie for the Khối to decide, and what could still change it. */
export function proposalText(result: KhoiResult, lang: Lang): string {
  const t = workbookTexts(lang);
  const p = result.proposal;
  const note = result.proposalNote;
  if (p.kind === 'unit') return note ? t.proposalUncertain(p.item.unit.unit, note) : t.proposal(p.item.unit.unit);
  if (p.kind === 'tie') {
    const tie = t.proposalTie(p.items.map((u: ScoredUnit) => u.unit.unit).join(', '));
    return note ? `${tie} ${note}` : tie;
  }
  return t.proposalNone;
}

type FileErrorRow = KhoiResult['errors'][number];

export function errorsSheet(result: Pick<KhoiResult, 'errors'>, lang: Lang): SheetSpec {
  const t = workbookTexts(lang);
  const sheet = emptySheet(t.sheets.errors);
  const columns: Column<FileErrorRow>[] = [
    { header: t.where.file, width: 30, value: (e) => e.file, style: { wrap: true } },
    { header: t.where.sheet, width: 18, value: (e) => e.sheet ?? null },
    { header: t.where.cell, width: 8, value: (e) => e.cell ?? null },
    { header: t.where.message, width: 100, value: (e) => e.message, style: colouredWhen((e) => (e.severity === 'error' ? 'zero' : 'partial'), { wrap: true }) },
  ];
  let row = titleBlock(sheet, [{ text: t.titles.errors, bold: true, size: 14 }], columns.length);
  writeHeader(sheet, row, columns);
  sheet.print = { orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: `${row}:${row}` };
  row++;
  for (const e of result.errors) writeRow(sheet, row++, columns, e);
  if (result.errors.length === 0) put(sheet, row, 1, { value: t.noErrors, style: { italic: true } });
  else colourLegend(sheet, row + 1, t.legend.title, t.legend.errors);
  return sheet;
}

export function consolidationWorkbook(result: KhoiResult, info: ConsolidationInfo, lang: Lang): WorkbookSpec {
  return { title: `${workbookTexts(lang).titles.ranking} — ${info.khoi}`, sheets: [rankingSheet(result, info, lang), matrixSheet(result, lang), appraisalSheet(result, lang), errorsSheet(result, lang)] };
}
