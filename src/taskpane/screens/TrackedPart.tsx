/**
 * "Nạp sổ đã điền" on the "Chỉ tiêu" screen: filled tracking workbooks, standards checklists and
 * per-lead report workbooks, several at once (on the page; in Excel, the open workbook), read back
 * like `ktd5 track` reads them: each file in its own worker under the command's limits, then the same
 * tracking model. Shows each table's statuses and counts, the DTI, the per-lead merge, and the problems.
 */
import { Button, Caption1, makeStyles, ProgressBar, Subtitle2 } from '@fluentui/react-components';
import { useMemo, useRef, useState } from 'react';
import { type FileOutcome } from '../../workbook/khoi/score-files';
import { ErrorList } from '../components/ErrorList';
import { FilePicker } from '../components/FilePicker';
import { ResultHeading } from '../components/ResultHeading';
import { Status, withStatus, type StatusValue } from '../components/Status';
import { DtiPart } from '../components/targets/DtiPart';
import { LeadMergeView } from '../components/targets/LeadMergeView';
import { TargetSetPart } from '../components/targets/TargetSetPart';
import { type PaneHost } from '../host/pane-host';
import { useResultFocus } from '../hooks/use-result-focus';
import { useMessages } from '../i18n';
import { SHOWN_ITEMS } from '../model/fold';
import { type Work } from '../lazy';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px', minWidth: 0 },
  item: { display: 'flex', flexDirection: 'column', gap: '8px', minWidth: 0, paddingTop: '6px' },
});

export function TrackedPart({ host, work }: { host: PaneHost; work: Work }) {
  const m = useMessages();
  const styles = useStyles();
  const [outcomes, setOutcomes] = useState<FileOutcome[] | undefined>();
  const [progress, setProgress] = useState<{ done: number; total: number } | undefined>();
  const [status, setStatus] = useState<StatusValue>({ kind: 'idle' });
  const focusResult = useResultFocus();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const excel = host.kind === 'excel' ? host : undefined;
  // Read once; shown again in the pane's language when it changes.
  const view = useMemo(() => (outcomes ? work.trackedPaneView(outcomes, m.lang) : undefined), [outcomes, work, m.lang]);
  const busy = status.kind === 'busy';

  const load = (read: () => Promise<FileOutcome[]>) =>
    withStatus(setStatus, m.busy, m.failed, async () => {
      setOutcomes(undefined);
      const got = await read();
      setOutcomes(got);
      return m.tracked.read(got.length);
    }).then((ok) => focusResult(() => (ok ? headingRef.current : undefined) ?? statusRef.current));

  const readPicked = (files: File[]) =>
    load(async () => {
      const run = await work.readFiles(files, { onProgress: (done, total) => setProgress({ done, total }) });
      return [...run.outcomes, ...run.notRead.map((file): FileOutcome => ({ file, ok: false, io: m.khoi.notReadReason }))];
    });

  const found = view ? view.sets.length + view.dti.length + view.leads.length : 0;
  return (
    <section className={styles.root} aria-label={m.tracked.title} data-testid="tracked">
      <Subtitle2 as="h2">{m.tracked.title}</Subtitle2>
      <Caption1>{m.tracked.intro}</Caption1>
      {excel ? (
        <Button disabled={busy} onClick={() => void load(() => work.readOpenWorkbook(excel.run, m.openWorkbook))} data-testid="tracked-workbook">
          {m.tracked.readWorkbook}
        </Button>
      ) : (
        <FilePicker multiple disabled={busy} onFiles={(files) => void readPicked(files)} testId="tracked-files" />
      )}
      {progress && busy ? <ProgressBar value={progress.total > 0 ? progress.done / progress.total : 0} max={1} aria-label={m.tracked.progress(progress.done, progress.total)} /> : null}
      <Status value={status} testId="tracked-status" ref={statusRef} />
      {view ? (
        <>
          <ResultHeading level={3} ref={headingRef} testId="tracked-heading">
            {m.tracked.results(view.files)}
          </ResultHeading>
          {found === 0 ? <Caption1 data-testid="tracked-none">{m.tracked.nothingFound}</Caption1> : null}
          {view.sets.map((s) => (
            <div key={`${s.file}/${s.sheet}`} className={styles.item} data-testid="tracked-set" data-set={s.setId} data-file={s.file}>
              <Caption1>
                <strong>{s.title}</strong>
              </Caption1>
              <TargetSetPart view={s} level={4} from={m.tracked.from(s.file, s.sheet)} fold={SHOWN_ITEMS} />
            </div>
          ))}
          {view.dti.map((d) => (
            <div key={d.file} className={styles.item} data-testid="tracked-dti" data-file={d.file}>
              <DtiPart dti={d} components={d.components} notReached={d.notReached} level={4} from={m.tracked.fromFile(d.file)} />
            </div>
          ))}
          {view.leads.map((r) => (
            <div key={r.setId} className={styles.item}>
              <Subtitle2 as="h4">{m.tracked.leadsTitle(r.title)}</Subtitle2>
              <LeadMergeView merge={r} />
            </div>
          ))}
          <ErrorList title={m.tracked.problems(view.errors.length)} errors={view.errors} testId="tracked-errors" />
        </>
      ) : null}
    </section>
  );
}
