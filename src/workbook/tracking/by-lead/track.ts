/**
 * `ktd5 track` over per-lead workbooks: reads each, reports its problems by file, sheet and cell,
 * and merges the reports of each target set (the set's split from the built-in document when there
 * is one, so leads that sent nothing are known). Pure: files come in as grids.
 */
import { findDocument } from '../../../rubrics';
import { printedDate, type Lang, type RawValue } from '../../../engine';
import { type FileError } from '../../khoi/score-files';
import { workbookTexts } from '../../messages';
import { type WorkbookGrid } from '../../grid';
import { mergeLeadReports, type LeadFileRead, type LeadMerge, type SetPlan } from './merge';
import { readLeadWorkbook } from './reader';
import { leadProblemText } from './texts';
import { leadPlanOf } from './workbooks';

export interface LeadTrack {
  merges: LeadMerge[];
  errors: FileError[];
}

const shown = (v: RawValue): string => (v === null || v === undefined ? '' : v instanceof Date ? printedDate(v.toISOString().slice(0, 10)) : typeof v === 'boolean' ? (v ? 'Có' : 'Không') : String(v));

function planOf(setId: string): SetPlan {
  const doc = findDocument(setId);
  const plan = doc ? leadPlanOf(doc) : undefined;
  return { title: doc?.title ?? setId, units: plan?.units, split: plan?.split, printedYear: plan?.printedYear ?? '', order: plan?.table.groups.flatMap((g) => g.indicators.map((i) => i.id)) ?? [] };
}

export function trackLeadFiles(files: { file: string; grid: WorkbookGrid }[], lang: Lang): LeadTrack {
  const t = workbookTexts(lang);
  const errors: FileError[] = [];
  const bySet = new Map<string, LeadFileRead[]>();
  for (const { file, grid } of files) {
    const { reads, problems } = readLeadWorkbook(grid);
    for (const p of problems) errors.push({ file, ...(p.sheet ? { sheet: p.sheet } : {}), ...(p.cell ? { cell: p.cell } : {}), message: `${t.location(file, p.sheet, p.cell)}: ${leadProblemText(p.code, p.params, lang)}`, severity: p.severity });
    for (const read of reads) {
      if (!read.unit) continue;
      const list = bySet.get(read.setId) ?? [];
      list.push({ file, read });
      bySet.set(read.setId, list);
    }
  }
  const merges: LeadMerge[] = [];
  for (const [setId, reads] of bySet) {
    const merge = mergeLeadReports(setId, planOf(setId), reads, lang);
    for (const c of merge.conflicts) {
      const period = merge.periods.find((p) => p.code === c.period)?.label ?? c.period;
      const params = { id: c.id, period, unitA: c.a.unit, fileA: c.a.file, valueA: shown(c.a.value) || c.a.manualStatus, unitB: c.b.unit, fileB: c.b.file, valueB: shown(c.b.value) || c.b.manualStatus };
      errors.push({ file: `${c.a.file}, ${c.b.file}`, message: leadProblemText('conflict', params, lang), severity: 'error' });
    }
    for (const s of merge.strangers) errors.push({ file: s.file, message: `${t.location(s.file)}: ${leadProblemText('stranger', { unit: s.unit, set: setId }, lang)}`, severity: 'warning' });
    merges.push(merge);
  }
  return { merges, errors };
}
