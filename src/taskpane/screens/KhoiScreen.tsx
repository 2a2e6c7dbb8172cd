/**
 * "Tổng hợp": the secretariat picks (or drops) the members' workbooks at once; each is read in its own
 * worker under the command's limits (one or two at a time, with a progress bar and a button to stop),
 * scored and ranked by the same code as `ktd5 consolidate` (SeasonRun: roster, appraisal, notices,
 * last year); files a stopped run did not read are named with the bad files; the consolidation goes
 * into the open workbook (Excel) or a download. The season's steps follow the ranking (screens/khoi/).
 */
import { Body1Strong, Button, Caption1, makeStyles, ProgressBar, Subtitle2 } from '@fluentui/react-components';
import { useMemo, useRef, useState } from 'react';
import { type FileOutcome } from '../../workbook/khoi/score-files';
import { FilePicker } from '../components/FilePicker';
import { Status, withStatus, type StatusValue } from '../components/Status';
import { type PaneHost } from '../host/pane-host';
import { useResultFocus } from '../hooks/use-result-focus';
import { useSeason } from '../hooks/use-season';
import { useMessages } from '../i18n';
import { loadWork, type Work } from '../lazy';
import { consolidationInfo } from '../../workbook/khoi/info';
import { slug } from '../model/khoi-view';
import { writeNotice } from '../model/write-notice';
import { AppraisalPart, DifferencesPart } from './khoi/AppraisalPart';
import { FinalPart, PreviousPart } from './khoi/FinalPart';
import { NoticesPart } from './khoi/NoticesPart';
import { RankingPart, RANKING_HEADING } from './khoi/RankingPart';
import { RosterPart } from './khoi/RosterPart';
import { type StepProps } from './khoi/step';
import { useKhoiStyles } from './khoi/styles';

const useStyles = makeStyles({
  season: { display: 'flex', flexDirection: 'column', gap: '10px', marginTop: '8px' },
});

export function KhoiScreen({ host }: { host: PaneHost }) {
  const m = useMessages();
  const k = useKhoiStyles();
  const styles = useStyles();
  const focus = useResultFocus();
  const statusRef = useRef<HTMLDivElement>(null);
  const state = useSeason(host, m);
  const [progress, setProgress] = useState<{ done: number; total: number } | undefined>();
  const [outcomes, setOutcomes] = useState<FileOutcome[] | undefined>();
  const [files, setFiles] = useState<File[]>([]);
  const [status, setStatus] = useState<StatusValue>({ kind: 'idle' });
  const [notRead, setNotRead] = useState<string[]>([]);
  const [work, setWork] = useState<Work | undefined>();
  const stopper = useRef<AbortController | undefined>(undefined);
  const season = useMemo(() => {
    if (!outcomes || !work) return undefined;
    // Files a stopped run left are named on the screen and in the workbook, never just missing.
    const left = notRead.map((file): FileOutcome => ({ file, ok: false, io: m.khoi.notReadReason }));
    return work.seasonResult([...outcomes, ...left], state.season, m.lang);
  }, [outcomes, notRead, work, m, state.season]);
  const view = useMemo(() => (season && work ? work.seasonView(season, m.lang) : undefined), [season, work, m.lang]);
  const result = season?.result;
  const [reading, setReading] = useState(false);
  const busy = reading || status.kind === 'busy';
  const excel = host.kind === 'excel' ? host : undefined;

  const read = async (picked: File[]) => {
    setStatus({ kind: 'idle' });
    setOutcomes(undefined);
    setNotRead([]);
    setFiles(picked);
    const controller = new AbortController();
    stopper.current = controller;
    setReading(true);
    try {
      setProgress({ done: 0, total: picked.length });
      const w = await loadWork();
      setWork(w);
      const run = await w.readFiles(picked, { onProgress: (done, total) => setProgress({ done, total }), signal: controller.signal });
      setOutcomes(run.outcomes);
      setNotRead(run.notRead);
      if (run.notRead.length > 0) setStatus({ kind: 'done', text: m.khoi.cancelled(run.notRead.length) });
      focus(RANKING_HEADING);
    } catch (e) {
      setStatus({ kind: 'error', text: m.failed(e instanceof Error ? e.message : String(e)) });
      setProgress(undefined);
    } finally {
      stopper.current = undefined;
      setReading(false);
    }
  };

  const save = () =>
    withStatus(setStatus, m.busy, m.failed, async () => {
      if (!season || !work) return '';
      const { spec } = work.seasonWorkbook(season, m.lang);
      if (excel) {
        const written = await work.writeSeasonWorkbook(excel.run, spec);
        return writeNotice(m, written, m.khoi.written(written.sheets.join(', ')));
      }
      const info = consolidationInfo(season.result.units);
      return m.khoi.downloaded(await work.downloadSpec(spec, `${m.khoi.fileName}${info.khoi ? `.${slug(info.khoi)}` : ''}${info.period ? `.${slug(info.period)}` : ''}.xlsx`));
    }).then(() => focus(() => statusRef.current)); // the saving button was disabled: focus goes to what happened

  const clear = () => {
    setOutcomes(undefined);
    setNotRead([]);
    setFiles([]);
    setProgress(undefined);
    setStatus({ kind: 'idle' });
  };

  const steps: StepProps = { host, state, season, view, focus, busy };

  return (
    <div className={k.root} data-testid="screen-khoi">
      <Body1Strong>{m.khoi.intro}</Body1Strong>
      <FilePicker multiple disabled={busy} onFiles={(picked) => void read(picked)} testId="member-files" />
      {progress ? (
        <div data-testid="read-progress">
          <ProgressBar value={progress.total > 0 ? progress.done / progress.total : 0} max={1} aria-label={m.khoi.progress(progress.done, progress.total)} />
          <Caption1 data-testid="read-progress-text">{m.khoi.progress(progress.done, progress.total)}</Caption1>
          {reading ? (
            <div className={k.actions}>
              <Button size="small" onClick={() => stopper.current?.abort()} data-testid="cancel-read">
                {m.khoi.cancel}
              </Button>
            </div>
          ) : null}
        </div>
      ) : null}
      {result ? (
        <>
          <RankingPart result={result} previous={view?.previous} />
          <div className={k.actions}>
            <Button appearance="primary" disabled={busy || result.units.length === 0} onClick={save} data-testid="save-consolidation">
              {excel ? m.khoi.writeConsolidation : m.khoi.downloadConsolidation}
            </Button>
            <Button disabled={busy} onClick={clear}>
              {m.khoi.clear}
            </Button>
          </div>
        </>
      ) : null}
      <Status value={status} testId="khoi-status" ref={statusRef} />
      <section className={styles.season} aria-label={m.season.title} data-testid="season">
        <Subtitle2 as="h2">{m.season.title}</Subtitle2>
        <Caption1>{m.season.intro}</Caption1>
        <RosterPart {...steps} />
        <AppraisalPart {...steps} />
        <DifferencesPart view={view} season={season} />
        <NoticesPart {...steps} />
        <PreviousPart {...steps} />
        <FinalPart {...steps} files={files} />
      </section>
    </div>
  );
}
