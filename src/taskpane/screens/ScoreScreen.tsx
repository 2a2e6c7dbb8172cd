/**
 * "Chấm điểm": pick a rubric (built in, or a .json file loaded here and kept in the workbook), create the unit's data sheet (Excel) or download the template
 * (standalone), score the filled sheet and show the breakdown; write the results sheet into the
 * workbook (Excel) or download the results workbook (standalone).
 */
import { Button, Caption1, Input, Label, makeStyles, Select, Subtitle2, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { type FileOutcome } from '../../workbook/khoi/score-files';
import { ErrorList } from '../components/ErrorList';
import { FilePicker } from '../components/FilePicker';
import { RubricFileButton } from '../components/RubricFileButton';
import { ScoreSummary } from '../components/ScoreSummary';
import { Status, withStatus, type StatusValue } from '../components/Status';
import { rubricList } from '../documents';
import { type PaneHost } from '../host/pane-host';
import { paneRubricStore } from '../host/rubric-store';
import { useMessages } from '../i18n';
import { loadWork, type Work } from '../lazy';
import { loadRubricFile, removeRubric, restoreFromStore, type LibraryOutcome } from '../model/rubric-library';
import { scoreView } from '../model/score-view';
import { type UserRubricInfo } from '../model/user-rubrics';

const DEFAULT_RUBRIC_ID = 'ktd5-2023';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px' },
  muted: { color: tokens.colorNeutralForeground3 },
  field: { display: 'flex', flexDirection: 'column', gap: '2px' },
  details: { margin: 0, paddingLeft: '18px', overflowWrap: 'anywhere' },
  rule: { width: '100%', border: 'none', borderTop: `1px solid ${tokens.colorNeutralStroke2}`, margin: '4px 0' },
});

export function ScoreScreen({ host }: { host: PaneHost }) {
  const m = useMessages();
  const styles = useStyles();
  const [userRubrics, setUserRubrics] = useState<UserRubricInfo[]>([]);
  const rubrics = useMemo(
    () => [
      ...rubricList(m.lang).map((r) => ({ ...r, origin: undefined as string | undefined })),
      ...userRubrics.map((u) => ({ id: u.id, title: m.lang === 'en' && u.titleEn ? u.titleEn : u.title, source: u.source, origin: u.origin as string | undefined })),
    ],
    [m.lang, userRubrics],
  );
  const [rubricStatus, setRubricStatus] = useState<StatusValue>({ kind: 'idle' });
  const [rubricDetails, setRubricDetails] = useState<string[]>([]);
  const [rubricId, setRubricId] = useState(rubrics.find((r) => r.id === DEFAULT_RUBRIC_ID)?.id ?? rubrics[0]?.id ?? '');
  const [unit, setUnit] = useState('');
  const [khoi, setKhoi] = useState(m.score.defaultKhoi);
  const [period, setPeriod] = useState(String(new Date().getFullYear()));
  const [templateStatus, setTemplateStatus] = useState<StatusValue>({ kind: 'idle' });
  const [scoreStatus, setScoreStatus] = useState<StatusValue>({ kind: 'idle' });
  const [outcomes, setOutcomes] = useState<FileOutcome[] | undefined>();
  const [work, setWork] = useState<Work | undefined>();
  const result = useMemo(() => (outcomes && work ? work.scoreOutcomes(outcomes, m.lang) : undefined), [outcomes, work, m.lang]);
  const scored = result?.units[0];
  const view = useMemo(() => (scored ? scoreView(scored, m.lang) : undefined), [scored, m.lang]);
  const chosen = rubrics.find((r) => r.id === rubricId);
  const excel = host.kind === 'excel' ? host : undefined;
  const busy = templateStatus.kind === 'busy' || scoreStatus.kind === 'busy' || rubricStatus.kind === 'busy';

  const showLibrary = (o: LibraryOutcome) => {
    setUserRubrics(o.rubrics);
    setRubricStatus({ kind: o.kind, text: o.text });
    setRubricDetails(o.details);
    if (o.rubric) setRubricId(o.rubric.id);
  };

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
        if (o && !cancelled) showLibrary(o);
      })
      .catch((e: unknown) => !cancelled && setRubricStatus({ kind: 'error', text: m.failed(e instanceof Error ? e.message : String(e)) }));
    return () => {
      cancelled = true;
    };
    // once per host: the stored rubrics do not change under us
  }, [host.kind]);

  const loadRubric = (file: File) => {
    setRubricStatus({ kind: 'busy', text: m.busy });
    setRubricDetails([]);
    void loadWork()
      .then((w) => loadRubricFile(w, paneRubricStore(host), file, m))
      .then(showLibrary)
      .catch((e: unknown) => setRubricStatus({ kind: 'error', text: m.failed(e instanceof Error ? e.message : String(e)) }));
  };

  const forgetRubric = (id: string) => {
    setRubricStatus({ kind: 'busy', text: m.busy });
    setRubricDetails([]);
    void loadWork()
      .then((w) => removeRubric(w, paneRubricStore(host), id, m))
      .then((o) => {
        showLibrary(o);
        setRubricId(DEFAULT_RUBRIC_ID);
      })
      .catch((e: unknown) => setRubricStatus({ kind: 'error', text: m.failed(e instanceof Error ? e.message : String(e)) }));
  };

  const ready = async (): Promise<Work> => {
    const w = await loadWork();
    setWork(w);
    return w;
  };

  const makeTemplate = () =>
    withStatus(setTemplateStatus, m.busy, m.failed, async () => {
      if (unit.trim() === '') throw new Error(m.score.needUnit);
      const w = await ready();
      const rubric = w.resolveRubric(rubricId);
      if (!rubric) throw new Error(rubricId);
      const info = { unit: unit.trim(), ...(khoi.trim() ? { khoi: khoi.trim() } : {}), ...(period.trim() ? { period: period.trim() } : {}) };
      if (excel) return m.score.templateWritten((await w.createDataSheet(excel.run, rubric, info)).sheets.join(', '));
      return m.score.templateDownloaded(await w.downloadTemplate(rubric, info));
    });

  const scoreExcel = () =>
    withStatus(setScoreStatus, m.busy, m.failed, async () => {
      if (!excel) return '';
      const w = await ready();
      const r = await w.scoreOpenWorkbook(excel.run, m.openWorkbook, m.lang);
      setOutcomes(r.outcomes);
      return r.written ? m.score.resultsWritten(r.written.sheets.join(', ')) : m.score.noUnit;
    });

  const scoreFile = (files: File[]) =>
    withStatus(setScoreStatus, m.busy, m.failed, async () => {
      const w = await ready();
      const read = await w.loadFiles(files);
      setOutcomes(read);
      const r = w.scoreOutcomes(read, m.lang);
      return r.units[0] ? m.score.scoredFile(read[0]?.file ?? '') : m.score.noUnit;
    });

  const download = () =>
    withStatus(setScoreStatus, m.busy, m.failed, async () => {
      if (!result || !work) return '';
      return m.score.resultsDownloaded(await work.downloadResults(result, m.lang));
    });

  const select = (id: string) => {
    const cell = view?.cells[id];
    if (!excel || !view || !cell || !work) return;
    void work
      .selectInput(excel.run, view.sheet, cell.self).catch((e: unknown) => setScoreStatus({ kind: 'error', text: m.failed(e instanceof Error ? e.message : String(e)) }));
  };

  return (
    <div className={styles.root} data-testid="screen-score">
      <Subtitle2 as="h2">{m.score.stepTemplate}</Subtitle2>
      <div className={styles.field}>
        <Label htmlFor="ktd5-rubric">{m.score.rubric}</Label>
        <Select id="ktd5-rubric" value={rubricId} onChange={(_, d) => setRubricId(d.value)} data-testid="rubric">
          {rubrics.map((r) => (
            <option key={r.id} value={r.id}>
              {r.id} — {r.title}
              {r.origin ? ` (${m.rubricFile.fromFile} ${r.origin})` : ''}
            </option>
          ))}
        </Select>
      </div>
      {chosen ? (
        <Caption1 className={styles.muted} data-testid="rubric-source">
          {chosen.origin ? m.rubricFile.source(chosen.source, chosen.origin) : m.score.source(chosen.source)}
        </Caption1>
      ) : null}
      {chosen?.origin ? (
        <Button size="small" appearance="secondary" disabled={busy} onClick={() => forgetRubric(chosen.id)} data-testid="remove-rubric">
          {m.rubricFile.remove}
        </Button>
      ) : null}
      <RubricFileButton disabled={busy} onFile={loadRubric} />
      <Status value={rubricStatus} testId="rubric-file-status" />
      {rubricDetails.length > 0 ? (
        <ul className={styles.details} data-testid="rubric-file-details">
          {rubricDetails.map((d, i) => (
            <li key={i}>
              <Caption1>{d}</Caption1>
            </li>
          ))}
        </ul>
      ) : null}
      <div className={styles.field}>
        <Label htmlFor="ktd5-unit" required>{m.score.unit}</Label>
        <Input id="ktd5-unit" value={unit} onChange={(_, d) => setUnit(d.value)} data-testid="unit" aria-required="true" />
      </div>
      <div className={styles.field}>
        <Label htmlFor="ktd5-khoi">{m.score.khoi}</Label>
        <Input id="ktd5-khoi" value={khoi} onChange={(_, d) => setKhoi(d.value)} data-testid="khoi" />
      </div>
      <div className={styles.field}>
        <Label htmlFor="ktd5-period">{m.score.period}</Label>
        <Input id="ktd5-period" value={period} onChange={(_, d) => setPeriod(d.value)} data-testid="period" />
      </div>
      <Button appearance="primary" onClick={makeTemplate} disabled={busy} data-testid="make-template">
        {excel ? m.score.createSheet : m.score.downloadTemplate}
      </Button>
      <Status value={templateStatus} testId="template-status" />
      <hr className={styles.rule} />
      <Subtitle2 as="h2">{m.score.stepScore}</Subtitle2>
      {excel ? (
        <Button appearance="primary" onClick={scoreExcel} disabled={busy} data-testid="score-workbook">
          {m.score.scoreWorkbook}
        </Button>
      ) : (
        <>
          <Caption1>{m.score.scoreFileHint}</Caption1>
          <FilePicker multiple={false} disabled={busy} onFiles={scoreFile} testId="unit-file" />
        </>
      )}
      <Status value={scoreStatus} testId="score-status" />
      {result && !scored ? <Caption1>{m.score.noUnit}</Caption1> : null}
      {view ? <ScoreSummary view={view} {...(excel ? { onSelect: select } : {})} /> : null}
      {view && !excel ? (
        <Button onClick={download} disabled={busy} data-testid="download-results">
          {m.score.downloadResults}
        </Button>
      ) : null}
      {result ? <ErrorList title={m.score.problems} errors={result.errors} testId="score-errors" /> : null}
    </div>
  );
}
