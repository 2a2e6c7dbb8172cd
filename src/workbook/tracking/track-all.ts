/**
 * `ktd5 track` over any mix of filled workbooks: per-lead report workbooks are merged on their own
 * (by-lead/track), every other file is read as a tracking or standards workbook (report.ts). One
 * source for the CLI and the pane's "Chỉ tiêu" screen. Pure: files come in as parsed outcomes.
 */
import { type Lang } from '../../engine';
import { type FileOutcome } from '../khoi/score-files';
import { isLeadWorkbook } from './by-lead/reader';
import { trackLeadFiles, type LeadTrack } from './by-lead/track';
import { trackFiles, type TrackReport } from './report';

export interface TrackAll {
  /** Tracking and standards tables, the DTI, and every file's problems (the per-lead ones included). */
  report: TrackReport;
  leads: LeadTrack;
}

export function trackAll(outcomes: FileOutcome[], lang: Lang): TrackAll {
  const leadFiles = outcomes.flatMap((o) => (o.ok && isLeadWorkbook(o.grid) ? [{ file: o.file, grid: o.grid }] : []));
  const report = trackFiles(outcomes.filter((o) => !leadFiles.some((l) => l.file === o.file)), lang);
  const leads = trackLeadFiles(leadFiles, lang);
  report.errors.push(...leads.errors);
  report.files = outcomes.length;
  return { report, leads };
}
