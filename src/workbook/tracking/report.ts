/**
 * `ktd5 track` over files already parsed into grids: each tracking table's statuses and counts by
 * group, and for the DTI the total from the pillars, the ranks in the table, the pillars against the
 * targets and the indicators not yet at their target. Pure: the CLI feeds it and writes what it returns.
 */
import { findDocument } from '../../rubrics';
import { type Lang } from '../../engine';
import { fileFailure, type FileError, type FileOutcome } from '../khoi/score-files';
import { workbookTexts } from '../messages';
import { dtiView, type DtiView } from './dti';
import { trackingView, type TrackingView } from './model';
import { readTracking } from './reader';
import { trackProblemText } from './texts';

export interface SetReport {
  file: string;
  sheet: string;
  kind: 'indicators' | 'pillars';
  view: TrackingView;
  year: string | null;
}

export interface DtiReport extends DtiView {
  file: string;
}

export interface TrackReport {
  sets: SetReport[];
  dti: DtiReport[];
  errors: FileError[];
  files: number;
}

export function trackFiles(outcomes: FileOutcome[], lang: Lang): TrackReport {
  const report: TrackReport = { sets: [], dti: [], errors: [], files: outcomes.length };
  const t = workbookTexts(lang);
  for (const outcome of outcomes) {
    if (!outcome.ok) {
      report.errors.push(fileFailure(outcome, lang));
      continue;
    }
    const read = readTracking(outcome.grid);
    for (const p of read.problems) {
      report.errors.push({ file: outcome.file, ...(p.sheet ? { sheet: p.sheet } : {}), ...(p.cell ? { cell: p.cell } : {}), message: `${t.location(outcome.file, p.sheet, p.cell)}: ${trackProblemText(p.code, p.params, lang)}`, severity: p.severity });
    }
    const views = read.tables.map((table) => ({ table, view: trackingView(table.table, lang) }));
    for (const { table, view } of views) {
      report.sets.push({ file: outcome.file, sheet: table.sheet, kind: table.kind, view, year: view.indicators.find((i) => i.year)?.year ?? null });
    }
    for (const { table } of views.filter((v) => v.table.kind === 'pillars')) {
      const doc = findDocument(table.table.setId);
      const tables = read.ranking.map((r) => {
        const known = doc?.kind === 'index' ? doc.tables.find((d) => d.title === r.title) : undefined;
        const name = lang === 'en' ? (known?.nameEn ?? known?.name) : known?.name;
        return { ...r, id: known?.id ?? r.id, ...(name ? { name } : {}) };
      });
      const indicators = views.find((v) => v.table.kind === 'indicators' && v.table.table.setId === table.table.setId)?.view;
      const view = dtiView({ subject: table.subject ?? '', scale: table.scale ?? 1000, weights: table.weights ?? [], pillars: table.table, tables }, indicators, lang);
      report.dti.push({ file: outcome.file, ...view });
    }
  }
  return report;
}
