/**
 * The Tổng hợp screen's season inputs: the roster, the filled appraisal, the answered notices and
 * last year's consolidation, each loaded from a file (or, in Excel, the roster and the appraisal
 * from the open workbook's sheets) and kept until removed. Every action gives the status to show.
 */
import { useState } from 'react';
import { type PaneHost } from '../host/pane-host';
import { type Messages } from '../i18n';
import { loadWork } from '../lazy';
import { type PageSeason } from '../model/season';

export type SeasonKey = 'roster' | 'appraisal' | 'answers' | 'previous';

export interface SeasonState {
  season: PageSeason;
  /** Warnings of the files in use, by input. */
  warnings: Partial<Record<SeasonKey, string[]>>;
  /** In Excel: the appraisal sheet written into the workbook (read back from it). */
  appraisalSheet: string | undefined;
  setAppraisalSheet(name: string): void;
  loadRoster(files: File[] | 'sheet'): Promise<string>;
  loadAppraisal(files: File[] | 'sheet'): Promise<string>;
  loadAnswers(files: File[]): Promise<string>;
  loadPrevious(files: File[]): Promise<string>;
  remove(key: SeasonKey): void;
}

export function useSeason(host: PaneHost, m: Messages): SeasonState {
  const [season, setSeason] = useState<PageSeason>({ warnings: [] });
  const [warnings, setWarnings] = useState<Partial<Record<SeasonKey, string[]>>>({});
  const [appraisalSheet, setAppraisalSheet] = useState<string | undefined>();
  const excel = host.kind === 'excel' ? host : undefined;
  const keep = (key: SeasonKey, patch: Partial<PageSeason>, list: string[]) => {
    setSeason((s) => ({ ...s, ...patch }));
    setWarnings((w) => ({ ...w, [key]: list }));
  };
  const one = async (files: File[]) => {
    const work = await loadWork();
    const [outcome] = await work.loadFiles(files.slice(0, 1));
    if (!outcome) throw new Error(m.khoi.notReadReason);
    return { work, outcome };
  };

  return {
    season,
    warnings,
    appraisalSheet,
    setAppraisalSheet,
    async loadRoster(files) {
      const work = await loadWork();
      const read = files === 'sheet' && excel ? await work.readRosterSheet(excel.run, m.openWorkbook, m.lang) : work.controlInput('roster', (await one(files as File[])).outcome, m.lang);
      if (!read.ok) throw new Error(read.message);
      keep('roster', { roster: read.value }, read.warnings.map((w) => w.message));
      return m.season.rosterLoaded(read.value.file, read.value.roster.members.length);
    },
    async loadAppraisal(files) {
      const work = await loadWork();
      let sha: string | undefined;
      let read;
      if (files === 'sheet' && excel) read = await work.readAppraisalSheet(excel.run, appraisalSheet, m.openWorkbook, m.lang);
      else {
        const picked = (files as File[])[0];
        read = work.controlInput('appraisal', (await one(files as File[])).outcome, m.lang);
        if (read.ok && picked) sha = await work.sha256Hex(picked);
      }
      if (!read.ok) throw new Error(read.message);
      const rows = [...read.value.book.units.values()].reduce((n, u) => n + [...u.rows.values()].filter((e) => e.reason || (e.value !== undefined && e.value !== null && e.value !== '')).length, 0);
      setSeason((s) => {
        const next: PageSeason = { ...s, appraisal: read.value };
        if (sha) next.appraisalSha256 = sha;
        else delete next.appraisalSha256;
        return next;
      });
      setWarnings((w) => ({ ...w, appraisal: read.warnings.map((n) => n.message) }));
      return m.season.appraisalLoaded(read.value.file, rows);
    },
    async loadAnswers(files) {
      const work = await loadWork();
      const read = work.noticeAnswers(await work.loadFiles(files), m.lang);
      keep('answers', { answers: read.answers }, read.warnings);
      return m.season.explanationsLoaded(read.answers.length, read.answers.reduce((n, a) => n + a.explanations.size, 0));
    },
    async loadPrevious(files) {
      const { work, outcome } = await one(files);
      const read = work.controlInput('previous', outcome, m.lang);
      if (!read.ok) throw new Error(read.message);
      keep('previous', { previous: read.value }, read.warnings.map((w) => w.message));
      return m.season.previousLoaded(read.value.file, read.value.year.units.size);
    },
    remove(key) {
      setSeason((s) => {
        const next = { ...s };
        delete next[key];
        if (key === 'appraisal') delete next.appraisalSha256;
        return next;
      });
      setWarnings((w) => ({ ...w, [key]: [] }));
    },
  };
}
