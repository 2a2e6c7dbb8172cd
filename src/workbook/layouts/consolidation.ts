/**
 * The secretariat's consolidation workbook: the ranking (competition ranks, ties flagged, each
 * unit's "Tình trạng", data bars, the proposed unit or the tie for the Khối to decide and whether it
 * could still change, the provisional units and the files not counted, a signature block), the
 * criterion × unit matrix, the appraisal differences, and the errors. A4 landscape.
 */
import { citeSource, formatNumber, printableName, type Lang } from '../../engine';
import { type KhoiResult, type ScoredUnit } from '../khoi/score-files';
import { workbookTexts } from '../messages';
import { emptySheet, type SheetSpec, type WorkbookSpec } from '../spec';
import { address } from '../a1';
import { type ConsolidationInfo } from '../khoi/info';
import { CELL, headerRow, put, shownValue, stateColour, titleBlock } from './common';

export { consolidationInfo, type ConsolidationInfo } from '../khoi/info';

function rankingSheet(result: KhoiResult, info: ConsolidationInfo, lang: Lang): SheetSpec {
  const t = workbookTexts(lang);
  const L = t.labels;
  const sheet = emptySheet(t.sheets.ranking);
  const sections = result.rubric?.sections ?? [];
  const headers = [L.rank, L.unit, ...sections.map((s) => `${L.section(s.id)} (${formatNumber(s.points)})`), `${L.total} (${formatNumber(result.rubric?.total ?? 100)})`, L.tie, L.state, L.basis, L.file];
  sheet.columns = [7, 40, ...sections.map(() => 11), 12, 11, 38, 12, 34].map((width) => ({ width }));
  const source = result.rubric?.data.source;
  let row = titleBlock(
    sheet,
    [
      { text: t.titles.ranking, bold: true, size: 14 },
      { text: `${L.khoi}: ${info.khoi || '—'} · ${L.period}: ${info.period || '—'}` },
      { text: source ? `${L.rubric}: ${citeSource(source, lang)}` : '' },
    ],
    headers.length,
  );
  headerRow(sheet, row, headers);
  const headerAt = row;
  row++;
  const first = row;
  const totalColumn = 3 + sections.length;
  for (const r of result.ranked) {
    const u = r.item;
    const appraised = u.score.criteria.some((c) => c.source === 'appraised');
    const values: (string | number | null)[] = [r.rank, u.unit.unit, ...u.score.sections.map((s) => s.points), u.score.total, r.tie ? L.tieYes : null, u.status.text, appraised ? L.appraisedBasis : L.selfBasis, printableName(u.file)];
    const statusColumn = totalColumn + 1;
    values.forEach((value, i) =>
      put(sheet, row, i + 1, {
        value,
        style: { ...CELL, ...(i === totalColumn - 1 ? { bold: true } : {}), ...(r.tie && i === totalColumn ? { colour: 'partial' as const } : {}), ...(i === statusColumn ? { colour: u.status.complete ? ('full' as const) : ('partial' as const) } : {}) },
      }),
    );
    row++;
  }
  if (result.ranked.length > 0) sheet.dataBars.push({ range: `${address(first, totalColumn)}:${address(row - 1, totalColumn)}`, colour: '5B9BD5' });
  row++;
  const p = result.proposal;
  for (const part of lines(proposalText(result, lang))) {
    put(sheet, row, 1, { value: part, style: { bold: true, ...(p.kind === 'tie' || !result.proposalCertain ? { colour: 'partial' as const } : {}) } });
    sheet.merges.push(`A${row}:${address(row, headers.length)}`);
    row++;
  }
  row++;
  row = firstPageNotes(sheet, result, row, headers.length, lang);
  const signColumn = Math.max(2, headers.length - 2);
  put(sheet, row, signColumn, { value: t.signature.place, style: { italic: true } });
  put(sheet, row + 1, 2, { value: t.signature.preparer, style: { bold: true, align: 'center' } });
  put(sheet, row + 1, signColumn, { value: t.signature.role, style: { bold: true, align: 'center' } });
  put(sheet, row + 2, signColumn, { value: t.signature.note, style: { italic: true, align: 'center' } });
  sheet.frozen = { rows: headerAt, columns: 2 };
  sheet.print = { orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: `${headerAt}:${headerAt}`, header: info.khoi, footer: `${t.titles.ranking} — ${info.period}` };
  return sheet;
}

function matrixSheet(result: KhoiResult, lang: Lang): SheetSpec {
  const t = workbookTexts(lang);
  const L = t.labels;
  const sheet = emptySheet(t.sheets.matrix);
  const units = result.ranked.map((r) => r.item);
  const headers = [L.id, L.criterion, L.max, ...units.map((u) => u.unit.unit)];
  sheet.columns = [8, 50, 8, ...units.map(() => 14)].map((width) => ({ width }));
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
  return sheet;
}

function appraisalSheet(result: KhoiResult, lang: Lang): SheetSpec {
  const t = workbookTexts(lang);
  const L = t.labels;
  const sheet = emptySheet(t.sheets.appraisal);
  const headers = [L.unit, L.id, L.criterion, L.selfValue, L.selfPoints, L.appraisedValue, L.appraisedPoints, L.difference];
  sheet.columns = [30, 8, 46, 14, 10, 14, 10, 10].map((width) => ({ width }));
  let row = titleBlock(sheet, [{ text: t.titles.appraisal, bold: true, size: 14 }], headers.length);
  headerRow(sheet, row, headers);
  sheet.print = { orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: `${row}:${row}` };
  row++;
  let any = false;
  for (const { item: u } of result.ranked) {
    for (const c of u.score.criteria) {
      if (!c.appraised) continue;
      const kind = u.rubric.byId.get(c.id)?.kind ?? '';
      const selfShown = shownValue(c.self, kind);
      const apprShown = shownValue(c.appraised, kind);
      if (selfShown === apprShown && c.self.points === c.appraised.points) continue;
      any = true;
      const diff = c.appraised.points - c.self.points;
      const values = [u.unit.unit, c.id, u.rubric.byId.get(c.id)?.text ?? '', selfShown, c.self.state === 'missing' ? null : c.self.points, apprShown, c.appraised.points, diff];
      values.forEach((value, i) => put(sheet, row, i + 1, { value, style: { ...CELL, wrap: i === 2, ...(i === 7 && diff !== 0 ? { colour: diff < 0 ? ('zero' as const) : ('full' as const) } : {}) } }));
      row++;
    }
  }
  if (!any) put(sheet, row, 1, { value: t.noAppraisalDifferences, style: { italic: true } });
  return sheet;
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
    for (const u of provisional) line(t.provisionalLine(u.unit.unit, u.status.text, formatNumber(u.score.total), formatNumber(u.status.maxPossible)), {});
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

export function errorsSheet(result: Pick<KhoiResult, 'errors'>, lang: Lang): SheetSpec {
  const t = workbookTexts(lang);
  const sheet = emptySheet(t.sheets.errors);
  const headers = [t.where.file, t.where.sheet, t.where.cell, t.where.message];
  sheet.columns = [30, 18, 8, 100].map((width) => ({ width }));
  let row = titleBlock(sheet, [{ text: t.titles.errors, bold: true, size: 14 }], headers.length);
  headerRow(sheet, row, headers);
  sheet.print = { orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: `${row}:${row}` };
  row++;
  for (const e of result.errors) {
    [e.file, e.sheet ?? null, e.cell ?? null, e.message].forEach((value, i) => put(sheet, row, i + 1, { value, style: { ...CELL, wrap: i === 3, ...(i === 3 ? { colour: e.severity === 'error' ? ('zero' as const) : ('partial' as const) } : {}) } }));
    row++;
  }
  if (result.errors.length === 0) put(sheet, row, 1, { value: t.noErrors, style: { italic: true } });
  return sheet;
}

export function consolidationWorkbook(result: KhoiResult, info: ConsolidationInfo, lang: Lang): WorkbookSpec {
  return { title: `${workbookTexts(lang).titles.ranking} — ${info.khoi}`, sheets: [rankingSheet(result, info, lang), matrixSheet(result, lang), appraisalSheet(result, lang), errorsSheet(result, lang)] };
}
