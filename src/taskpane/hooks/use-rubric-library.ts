/**
 * The Score screen's rubric library: the built-in documents plus rubric files loaded by the user (kept
 * in the workbook, or in this browser), restored once per host at start, loaded and removed on demand.
 */
import { useEffect, useMemo, useState } from 'react';
import { type StatusValue } from '../components/Status';
import { rubricList } from '../documents';
import { recalculate, type PaneHost } from '../host/pane-host';
import { paneRubricStore } from '../host/rubric-store';
import { type Messages } from '../i18n';
import { loadWork } from '../lazy';
import { loadRubricFile, removeRubric, restoreFromStore, type LibraryOutcome } from '../model/rubric-library';
import { type UserRubricInfo } from '../model/user-rubrics';

export const DEFAULT_RUBRIC_ID = 'ktd5-2023';

export interface RubricChoice {
  id: string;
  title: string;
  source: string;
  /** The file a user rubric came from; undefined for built-in documents. */
  origin: string | undefined;
}

export interface RubricLibrary {
  rubrics: RubricChoice[];
  rubricId: string;
  setRubricId: (id: string) => void;
  status: StatusValue;
  details: string[];
  load: (file: File) => void;
  remove: (id: string) => void;
}

export function useRubricLibrary(host: PaneHost, m: Messages): RubricLibrary {
  const [userRubrics, setUserRubrics] = useState<UserRubricInfo[]>([]);
  const rubrics = useMemo<RubricChoice[]>(
    () => [
      ...rubricList(m.lang).map((r) => ({ ...r, origin: undefined })),
      ...userRubrics.map((u) => ({ id: u.id, title: m.lang === 'en' && u.titleEn ? u.titleEn : u.title, source: u.source, origin: u.origin as string | undefined })),
    ],
    [m.lang, userRubrics],
  );
  const [status, setStatus] = useState<StatusValue>({ kind: 'idle' });
  const [details, setDetails] = useState<string[]>([]);
  const [rubricId, setRubricId] = useState(rubrics.find((r) => r.id === DEFAULT_RUBRIC_ID)?.id ?? rubrics[0]?.id ?? '');

  const show = (o: LibraryOutcome) => {
    setUserRubrics(o.rubrics);
    setStatus({ kind: o.kind, text: o.text });
    setDetails(o.details);
    if (o.rubric) setRubricId(o.rubric.id);
    // The custom functions see the new set of rubrics only after a recalculation.
    if (host.kind === 'excel' && o.kind !== 'error') void recalculate(host.run).catch(() => undefined);
  };
  const failed = (e: unknown) => setStatus({ kind: 'error', text: m.failed(e instanceof Error ? e.message : String(e)) });

  // Rubric files kept in the workbook (or this browser) come back at start, validated again.
  useEffect(() => {
    const store = paneRubricStore(host);
    if (!store) return;
    let cancelled = false;
    let stored: unknown;
    try {
      stored = store.read();
    } catch {
      return;
    }
    if (stored === undefined || stored === null || stored === '') return;
    void loadWork()
      .then((w) => restoreFromStore(w, store, m))
      .then((o) => {
        if (o && !cancelled) show(o);
      })
      .catch((e: unknown) => !cancelled && failed(e));
    return () => {
      cancelled = true;
    };
    // once per host: the stored rubrics do not change under us
  }, [host.kind]);

  const load = (file: File) => {
    setStatus({ kind: 'busy', text: m.busy });
    setDetails([]);
    void loadWork()
      .then((w) => loadRubricFile(w, paneRubricStore(host), file, m))
      .then(show)
      .catch(failed);
  };

  const remove = (id: string) => {
    setStatus({ kind: 'busy', text: m.busy });
    setDetails([]);
    void loadWork()
      .then((w) => removeRubric(w, paneRubricStore(host), id, m))
      .then((o) => {
        show(o);
        setRubricId(DEFAULT_RUBRIC_ID);
      })
      .catch(failed);
  };

  return { rubrics, rubricId, setRubricId, status, details, load, remove };
}
