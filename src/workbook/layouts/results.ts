/**
 * A unit's results sheet: per criterion the value and points, self and appraised side by side with
 * the band that matched, the final points coloured by state, missing inputs and evidence, and what
 * it takes to reach the next band; section subtotals and the total. Plain values only.
 */
import { citeSource, formatNumber, printableName, type Lang } from '../../engine';
import { type KhoiResult, type ScoredUnit } from '../khoi/score-files';
import { workbookTexts } from '../messages';
import { emptySheet, type SheetSpec, type WorkbookSpec } from '../spec';
import { CELL, headerRow, put, sheetName, shownValue, stateColour, titleBlock } from './common';
import { errorsSheet } from './consolidation';

export function resultSheetSpec(unit: ScoredUnit, name: string, lang: Lang): SheetSpec {
  const t = workbookTexts(lang);
  const L = t.labels;
  const sheet = emptySheet(name);
  const headers = [L.id, L.criterion, L.selfValue, L.selfPoints, L.selfBand, L.appraisedValue, L.appraisedPoints, L.appraisedBand, L.finalPoints, L.max, L.state, L.evidence, L.note, L.next, L.gain];
  sheet.columns = [8, 46, 14, 9, 24, 14, 9, 24, 10, 8, 14, 28, 30, 30, 9].map((width) => ({ width }));
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
    headers.length,
  );
  headerRow(sheet, row, headers);
  sheet.frozen = { rows: row, columns: 2 };
  sheet.print = { orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: `${row}:${row}`, footer: unit.unit.unit };
  row++;
  const next = new Map(unit.next.map((n) => [n.id, n]));
  for (const section of unit.rubric.sections) {
    const s = unit.score.sections.find((x) => x.id === section.id);
    const sectionStyle = { ...CELL, bold: true, colour: 'section' as const };
    put(sheet, row, 1, { value: section.id, style: sectionStyle });
    put(sheet, row, 2, { value: section.title, style: { ...sectionStyle, wrap: true } });
    put(sheet, row, 4, { value: s?.selfPoints ?? 0, style: sectionStyle });
    put(sheet, row, 9, { value: s?.points ?? 0, style: sectionStyle });
    put(sheet, row, 10, { value: section.points, style: sectionStyle });
    row++;
    for (const c of section.criteria) {
      const r = unit.score.criteria.find((x) => x.id === c.id);
      if (!r) continue;
      const notes = [...(unit.notes[c.id] ?? [])];
      if (r.final.state === 'missing') notes.unshift(L.missingValue);
      if (unit.missingEvidence.includes(c.id)) notes.unshift(L.missingEvidence);
      const step = next.get(c.id);
      const colour = stateColour(r.final.state);
      const values: (string | number | null)[] = [
        c.id,
        c.text,
        shownValue(r.self, c.kind),
        r.self.state === 'missing' ? null : r.self.points,
        r.self.band?.text ?? null,
        shownValue(r.appraised, c.kind),
        r.appraised ? r.appraised.points : null,
        r.appraised?.band?.text ?? null,
        r.final.state === 'missing' ? null : r.final.points,
        c.max,
        t.states[r.final.state],
        unit.unit.evidence[c.id] || null,
        notes.join('; ') || null,
        step ? (step.band ?? `0–${formatNumber(c.max)}`) : null,
        step ? step.gain : null,
      ];
      values.forEach((value, i) => put(sheet, row, i + 1, { value, style: { ...CELL, wrap: i === 1 || i >= 11, ...(i === 8 || i === 10 ? { colour, bold: i === 8 } : {}) } }));
      row++;
    }
  }
  const totalStyle = { ...CELL, bold: true, colour: 'total' as const };
  put(sheet, row, 2, { value: L.grandTotal, style: totalStyle });
  put(sheet, row, 4, { value: unit.score.selfTotal, style: totalStyle });
  put(sheet, row, 9, { value: unit.score.total, style: totalStyle });
  put(sheet, row, 10, { value: unit.score.max, style: totalStyle });
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
