/**
 * What the "Chỉ tiêu" screen shows of filled workbooks loaded back (tracking workbooks, standards
 * checklists, per-lead reports, any mix, several at once): the same reading and model as `ktd5 track`
 * (workbook/tracking/track-all), shaped like the built-in view so the same parts show it.
 */
import { type IndexData } from '../../engine';
import { findDocument } from '../../rubrics';
import { type FileError, type FileOutcome } from '../../workbook/khoi/score-files';
import { type LeadMerge } from '../../workbook/tracking/by-lead/merge';
import { trackAll } from '../../workbook/tracking/track-all';
import { type PaneLang } from '../i18n';
import { indicatorRow, isStandards, paneDtiOf, type PaneDti, type PaneGroup, type PaneIndicator } from './targets-view';

export interface TrackedSet {
  file: string;
  sheet: string;
  setId: string;
  /** The document's title (the set id when it is not a built-in document). */
  title: string;
  kind: 'targets' | 'standards' | 'index';
  year: string | null;
  groups: PaneGroup[];
  total: PaneGroup;
  /** Nothing in the table has a status yet (a checklist not filled in). */
  assessed: boolean;
  indicators: PaneIndicator[];
}

export interface TrackedDti extends PaneDti {
  file: string;
  /** The counts of the same file's Phụ lục II table, when it has one. */
  components: Pick<PaneGroup, 'met' | 'chuaDat' | 'unknown'> | null;
  notReached: PaneIndicator[];
  unassessed: number;
}

export interface TrackedPaneView {
  files: number;
  sets: TrackedSet[];
  dti: TrackedDti[];
  leads: LeadMerge[];
  errors: FileError[];
}

function kindOf(setId: string, tableKind: 'indicators' | 'pillars'): TrackedSet['kind'] {
  const doc = findDocument(setId);
  if (tableKind === 'pillars' || doc?.kind === 'index') return 'index';
  return doc && isStandards(doc) ? 'standards' : 'targets';
}

export function trackedPaneView(outcomes: FileOutcome[], lang: PaneLang): TrackedPaneView {
  const { report, leads } = trackAll(outcomes, lang);
  const dtiFiles = new Set(report.dti.map((d) => d.file));
  const sets = report.sets
    // A DTI workbook is shown as the DTI (below): its pillars, and its Phụ lục II table as counts and the indicators not reached.
    .filter((s) => s.kind === 'indicators' && !dtiFiles.has(s.file))
    .map((s): TrackedSet => {
      const doc = findDocument(s.view.setId);
      return {
        file: s.file,
        sheet: s.sheet,
        setId: s.view.setId,
        title: doc?.title ?? s.view.title,
        kind: kindOf(s.view.setId, s.kind),
        year: s.year,
        groups: s.view.groups,
        total: s.view.total,
        assessed: s.view.total.unknown < s.view.total.total,
        indicators: s.view.indicators.map((i) => indicatorRow(i, lang)),
      };
    });
  const dti = report.dti.map((d): TrackedDti => {
    const setId = report.sets.find((s) => s.file === d.file && s.kind === 'pillars')?.view.setId;
    const doc = setId ? findDocument(setId) : undefined;
    const index = doc?.kind === 'index' ? (doc as IndexData) : undefined;
    const pane = paneDtiOf(d, index, lang);
    // The ranks the document prints are of its own year only, never of a year filled in later.
    const printed = index && d.year === index.year ? pane.printed : null;
    const annex = report.sets.find((s) => s.file === d.file && s.kind === 'indicators')?.view.total;
    const components = annex ? { met: annex.met, chuaDat: annex.chuaDat, unknown: annex.unknown } : null;
    return { ...pane, printed, file: d.file, components, notReached: d.notReached.map((i) => indicatorRow(i, lang)), unassessed: d.unassessed };
  });
  return { files: report.files, sets, dti, leads: leads.merges, errors: report.errors };
}
