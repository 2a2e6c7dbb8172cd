/**
 * A unit's results sheet: per criterion the value and points, self and appraised side by side with
 * the band that matched, the final points coloured by state, missing inputs and evidence, and what
 * it takes to reach the next band; section subtotals and the total. Plain values only.
 */
import { citeSource, formatNumber, printableName, type Lang } from '../../engine';
import { type KhoiResult, type ScoredUnit } from '../khoi/score-files';
import { workbookTexts } from '../messages';
import { emptySheet, type CellStyle, type SheetSpec, type WorkbookSpec } from '../spec';
import { CELL, put, sheetName, shownValue, stateColour, titleBlock } from './common';
import { columnOf, writeHeader, writeRow, type Column } from './columns';
import { colourLegend } from './legend';
import { errorsSheet } from './consolidation';

type Criterion = ScoredUnit['rubric']['sections'][number]['criteria'][number];
type Result = ScoredUnit['score']['criteria'][number];
interface ResultRow {
  c: Criterion;
  r: Result;
  notes: string[];
  step: ScoredUnit['next'][number] | undefined;
}

/** The result sheet's columns, one value each (keys place the section subtotals and the total). */
function resultColumns(unit: ScoredUnit, lang: Lang): Column<ResultRow>[] {
  const t = workbookTexts(lang);
  const L = t.labels;
  const byState = (row: ResultRow): CellStyle => ({ colour: stateColour(row.r.final.state) });
  return [
    { header: L.id, width: 8, value: ({ c }) => c.id },
    { header: L.criterion, width: 46, value: ({ c }) => c.text, style: { wrap: true } },
    { header: L.selfValue, width: 14, value: ({ c, r }) => shownValue(r.self, c.kind, lang), style: { wrap: true } },
    { key: 'selfPoints', header: L.selfPoints, width: 9, value: ({ r }) => (r.self.state === 'missing' ? null : r.self.points) },
    { header: L.selfBand, width: 24, value: ({ r }) => r.self.band?.text ?? null, style: { wrap: true } },
    { header: L.appraisedValue, width: 14, value: ({ c, r }) => shownValue(r.appraised, c.kind, lang), style: { wrap: true } },
    { header: L.appraisedPoints, width: 9, value: ({ r }) => (r.appraised ? r.appraised.points : null) },
    { header: L.appraisedBand, width: 24, value: ({ r }) => r.appraised?.band?.text ?? null, style: { wrap: true } },
    { key: 'final', header: L.finalPoints, width: 10, value: ({ r }) => (r.final.state === 'missing' ? null : r.final.points), style: (row) => ({ ...byState(row), bold: true }) },
    { key: 'max', header: L.max, width: 8, value: ({ c }) => c.max },
    { header: L.state, width: 14, value: ({ r }) => t.states[r.final.state], style: byState },
    { header: L.evidence, width: 28, value: ({ c }) => unit.unit.evidence[c.id] || null, style: { wrap: true } },
    { header: L.note, width: 30, value: ({ notes }) => notes.join('; ') || null, style: { wrap: true } },
    { header: L.next, width: 30, value: ({ c, step }) => (step ? (step.band ?? t.manualNext(formatNumber(c.max, lang))) : null), style: { wrap: true } },
    { header: L.gain, width: 9, value: ({ step }) => (step ? step.gain : null) },
  ];
}

export function resultSheetSpec(unit: ScoredUnit, name: string, lang: Lang): SheetSpec {
  const t = workbookTexts(lang);
  const L = t.labels;
  const sheet = emptySheet(name);
  const columns = resultColumns(unit, lang);
  const source = unit.rubric.data.source;
  let row = titleBlock(
    sheet,
    [
      { text: `${t.titles.result} — ${unit.unit.unit}`, bold: true, size: 14 },
      { text: `${L.khoi}: ${unit.unit.khoi || '—'} · ${L.period}: ${unit.unit.period || '—'}` },
      { text: `${L.rubric}: ${citeSource(source, lang)}` },
      { text: `${L.file}: ${printableName(unit.file)}` },
      { text: `${L.state}: ${unit.status.text}`, bold: !unit.status.complete },
    ],
    columns.length,
  );
  writeHeader(sheet, row, columns);
  sheet.frozen = { rows: row, columns: 2 };
  sheet.print = { orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: `${row}:${row}`, footer: unit.unit.unit };
  row++;
  const at = { self: columnOf(columns, 'selfPoints'), final: columnOf(columns, 'final'), max: columnOf(columns, 'max') };
  const next = new Map(unit.next.map((n) => [n.id, n]));
  for (const section of unit.rubric.sections) {
    const s = unit.score.sections.find((x) => x.id === section.id);
    const sectionStyle = { ...CELL, bold: true, colour: 'section' as const };
    put(sheet, row, 1, { value: section.id, style: sectionStyle });
    put(sheet, row, 2, { value: section.title, style: { ...sectionStyle, wrap: true } });
    put(sheet, row, at.self, { value: s?.selfPoints ?? 0, style: sectionStyle });
    put(sheet, row, at.final, { value: s?.points ?? 0, style: sectionStyle });
    put(sheet, row, at.max, { value: section.points, style: sectionStyle });
    row++;
    for (const c of section.criteria) {
      const r = unit.score.criteria.find((x) => x.id === c.id);
      if (!r) continue;
      const notes = [...(unit.notes[c.id] ?? [])];
      if (r.final.state === 'missing') notes.unshift(L.missingValue);
      if (unit.missingEvidence.includes(c.id)) notes.unshift(L.missingEvidence);
      writeRow(sheet, row++, columns, { c, r, notes, step: next.get(c.id) });
    }
  }
  const totalStyle = { ...CELL, bold: true, colour: 'total' as const };
  put(sheet, row, 2, { value: L.grandTotal, style: totalStyle });
  put(sheet, row, at.self, { value: unit.score.selfTotal, style: totalStyle });
  put(sheet, row, at.final, { value: unit.score.total, style: totalStyle });
  put(sheet, row, at.max, { value: unit.score.max, style: totalStyle });
  colourLegend(sheet, row + 2, t.legend.title, t.legend.points);
  return sheet;
}

/** The results workbook of `ktd5 score`: one sheet per unit, and the errors when there are any. */
export function resultsWorkbook(result: KhoiResult, lang: Lang): WorkbookSpec {
  const t = workbookTexts(lang);
  const taken = new Set<string>();
  const sheets = result.units.map((u) => resultSheetSpec(u, sheetName(t.resultSheet(u.unit.unit), taken), lang));
  if (result.errors.length > 0 || sheets.length === 0) sheets.push(errorsSheet(result, lang));
  return { title: t.titles.result, sheets };
}
