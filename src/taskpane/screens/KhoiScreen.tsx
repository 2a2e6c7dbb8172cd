/**
 * "Tổng hợp": the secretariat picks (or drops) the members' workbooks at once; each is read in its own
 * worker under the command's limits (one or two at a time, with a progress bar and a button to stop),
 * scored and ranked by the same code as `ktd5 consolidate`; files a stopped run did not read are
 * named with the bad files; the consolidation sheets go into the open workbook (Excel) or a download.
 */
import { Body1Strong, Button, Caption1, makeStyles, mergeClasses, ProgressBar, Subtitle2, tokens } from '@fluentui/react-components';
import { useMemo, useRef, useState } from 'react';
import { type FileOutcome } from '../../workbook/khoi/score-files';
import { Clipped } from '../components/Clipped';
import { ErrorList } from '../components/ErrorList';
import { FilePicker } from '../components/FilePicker';
import { ResultHeading } from '../components/ResultHeading';
import { Status, withStatus, type StatusValue } from '../components/Status';
import { type PaneHost } from '../host/pane-host';
import { useResultFocus } from '../hooks/use-result-focus';
import { formatPoints, useMessages } from '../i18n';
import { loadWork, type Work } from '../lazy';
import { fileErrors, notCountedLines, proposalText, rankingRows } from '../model/khoi-view';
import { TableHead } from '../components/TableHead';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px' },
  table: { width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed', fontSize: tokens.fontSizeBase200, fontFamily: tokens.fontFamilyBase },
  th: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, padding: '4px', borderBottom: `1px solid ${tokens.colorNeutralStroke1}` },
  td: { padding: '4px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, verticalAlign: 'top' },
  rank: { width: '40px' },
  total: { width: '52px', textAlign: 'right' },
  tie: { width: '76px' },
  status: { display: 'block', color: tokens.colorNeutralForeground3 },
  provisional: { color: tokens.colorPaletteDarkOrangeForeground1 },
  unit: { overflowWrap: 'anywhere' },
  tieBadge: { padding: '1px 6px', borderRadius: tokens.borderRadiusCircular, color: tokens.colorPaletteDarkOrangeForeground2, backgroundColor: tokens.colorPaletteYellowBackground1, whiteSpace: 'nowrap' },
  proposal: { padding: '8px', borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorPaletteGreenBackground1 },
  proposalTie: { padding: '8px', borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorPaletteYellowBackground1 },
  note: { display: 'block', marginTop: '4px' },
  list: { margin: 0, paddingLeft: '18px', display: 'flex', flexDirection: 'column', gap: '4px', overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '8px' },
});

export function KhoiScreen({ host }: { host: PaneHost }) {
  const m = useMessages();
  const styles = useStyles();
  const [progress, setProgress] = useState<{ done: number; total: number } | undefined>();
  const [outcomes, setOutcomes] = useState<FileOutcome[] | undefined>();
  const [status, setStatus] = useState<StatusValue>({ kind: 'idle' });
  const [notRead, setNotRead] = useState<string[]>([]);
  const [work, setWork] = useState<Work | undefined>();
  const stopper = useRef<AbortController | undefined>(undefined);
  // Focus after reading: the ranking's heading (or the status when there is none); after saving: the status.
  const focusResult = useResultFocus();
  const rankingRef = useRef<HTMLHeadingElement>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const result = useMemo(() => {
    if (!outcomes || !work) return undefined;
    // Files a stopped run left are named on the screen and in the workbook, never just missing.
    const left = notRead.map((file): FileOutcome => ({ file, ok: false, io: m.khoi.notReadReason }));
    return work.scoreOutcomes([...outcomes, ...left], m.lang);
  }, [outcomes, notRead, work, m]);
  const [reading, setReading] = useState(false);
  const busy = reading || status.kind === 'busy';
  const excel = host.kind === 'excel' ? host : undefined;

  const read = async (files: File[]) => {
    setStatus({ kind: 'idle' });
    setOutcomes(undefined);
    setNotRead([]);
    const controller = new AbortController();
    stopper.current = controller;
    setReading(true);
    try {
      setProgress({ done: 0, total: files.length });
      const w = await loadWork();
      setWork(w);
      const run = await w.readFiles(files, { onProgress: (done, total) => setProgress({ done, total }), signal: controller.signal });
      setOutcomes(run.outcomes);
      setNotRead(run.notRead);
      if (run.notRead.length > 0) setStatus({ kind: 'done', text: m.khoi.cancelled(run.notRead.length) });
    } catch (e) {
      setStatus({ kind: 'error', text: m.failed(e instanceof Error ? e.message : String(e)) });
      setProgress(undefined);
    } finally {
      stopper.current = undefined;
      setReading(false);
      focusResult(() => rankingRef.current ?? statusRef.current);
    }
  };

  const save = () =>
    withStatus(setStatus, m.busy, m.failed, async () => {
      if (!result || !work) return '';
      if (excel) return m.khoi.written((await work.writeConsolidation(excel.run, result, m.lang)).sheets.join(', '));
      return m.khoi.downloaded(await work.downloadConsolidation(result, m.lang, m));
    }).then(() => focusResult(() => statusRef.current));

  const rows = result ? rankingRows(result) : [];
  const proposal = result ? proposalText(result, m) : undefined;
  const problems = result ? fileErrors(result) : undefined;
  const notCounted = result ? notCountedLines(result) : [];

  return (
    <div className={styles.root} data-testid="screen-khoi">
      <Body1Strong>{m.khoi.intro}</Body1Strong>
      <FilePicker multiple disabled={busy} onFiles={(files) => void read(files)} testId="member-files" />
      {progress ? (
        <div data-testid="read-progress">
          <ProgressBar value={progress.total > 0 ? progress.done / progress.total : 0} max={1} aria-label={m.khoi.progress(progress.done, progress.total)} />
          <Caption1 data-testid="read-progress-text">{m.khoi.progress(progress.done, progress.total)}</Caption1>
          {reading ? (
            <div className={styles.actions}>
              <Button size="small" onClick={() => stopper.current?.abort()} data-testid="cancel-read">
                {m.khoi.cancel}
              </Button>
            </div>
          ) : null}
        </div>
      ) : null}
      {result && proposal ? (
        <>
          <ResultHeading level={2} ref={rankingRef} testId="ranking-heading">
            {m.khoi.ranking} · {m.khoi.units(rows.length)}
          </ResultHeading>
          <table className={styles.table} aria-label={m.khoi.ranking} data-testid="ranking">
            <TableHead
              columns={[
                { text: m.khoi.rank, className: mergeClasses(styles.th, styles.rank) },
                { text: m.khoi.unit, className: styles.th },
                { text: m.khoi.total, className: mergeClasses(styles.th, styles.total) },
                { text: m.khoi.tie, className: mergeClasses(styles.th, styles.tie) },
              ]}
            />
            <tbody>
              {rows.map((r) => (
                <tr key={r.file} data-testid="rank-row" data-rank={r.rank} data-tie={r.tie ? 'yes' : 'no'} data-complete={r.complete ? 'yes' : 'no'}>
                  <td className={mergeClasses(styles.td, styles.rank)}>{r.rank}</td>
                  <td className={mergeClasses(styles.td, styles.unit)}>
                    <span data-testid="rank-unit">
                      <Clipped text={r.unit} title={r.file} />
                    </span>
                    {/* The status under the name: the pane is too narrow for a column of its own. */}
                    <Caption1 className={mergeClasses(styles.status, r.complete ? undefined : styles.provisional)} data-testid="rank-status" data-max={r.maxPossible}>
                      {r.status}
                      {r.complete ? null : ` (${m.khoi.provisional(formatPoints(r.total, m.lang), formatPoints(r.maxPossible, m.lang))})`}
                    </Caption1>
                  </td>
                  <td className={mergeClasses(styles.td, styles.total)} data-value={r.total}>
                    {formatPoints(r.total, m.lang)}
                  </td>
                  <td className={mergeClasses(styles.td, styles.tie)}>{r.tie ? <span className={styles.tieBadge}>{m.khoi.tieFlag}</span> : null}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className={proposal.kind === 'tie' || !proposal.certain ? styles.proposalTie : styles.proposal} data-testid="proposal-box" data-kind={proposal.kind} data-certain={proposal.certain ? 'yes' : 'no'}>
            <Body1Strong data-testid="proposal">
              <Clipped text={proposal.text} kind="message" />
            </Body1Strong>
            {proposal.note ? (
              <Caption1 className={styles.note} data-testid="proposal-note">
                <Clipped text={proposal.note} kind="message" />
              </Caption1>
            ) : null}
          </div>
          {notCounted.length > 0 ? (
            <section aria-label={m.khoi.notCounted(notCounted.length)} data-testid="not-counted">
              <Subtitle2 as="h3">{m.khoi.notCounted(notCounted.length)}</Subtitle2>
              <ul className={styles.list}>
                {notCounted.map((n, i) => (
                  <li key={i} data-file={n.file}>
                    <Caption1>{n.text}</Caption1>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {problems ? <ErrorList title={m.khoi.badFiles(new Set(problems.errors.map((e) => e.file)).size, problems.errors.length)} errors={problems.errors} testId="bad-files" /> : null}
          {problems ? <ErrorList title={m.khoi.warnings(problems.warnings.length)} errors={problems.warnings} testId="warnings" /> : null}
          <div className={styles.actions}>
            <Button appearance="primary" disabled={busy || result.units.length === 0} onClick={save} data-testid="save-consolidation">
              {excel ? m.khoi.writeConsolidation : m.khoi.downloadConsolidation}
            </Button>
            <Button
              disabled={busy}
              onClick={() => {
                setOutcomes(undefined);
                setNotRead([]);
                setProgress(undefined);
                setStatus({ kind: 'idle' });
              }}
            >
              {m.khoi.clear}
            </Button>
          </div>
        </>
      ) : null}
      <Status value={status} testId="khoi-status" ref={statusRef} />
    </div>
  );
}
