/**
 * The "Chỉ tiêu" screen's reporting loop for a set whose indicators carry lead units: write each
 * lead's report workbook (a .zip on the page; in Excel, the chosen unit's sheet into this workbook).
 * The filled ones are loaded back under "Nạp sổ đã điền" (TrackedPart), as `ktd5 track` reads them.
 */
import { Button, Caption1, Input, Label, makeStyles, Select, Subtitle2 } from '@fluentui/react-components';
import { useMemo, useRef, useState } from 'react';
import { Status, withStatus, type StatusValue } from '../components/Status';
import { type PaneHost } from '../host/pane-host';
import { useResultFocus } from '../hooks/use-result-focus';
import { useMessages } from '../i18n';
import { writeNotice } from '../model/write-notice';
import { type Work } from '../lazy';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '8px', minWidth: 0 },
  field: { display: 'flex', flexDirection: 'column', gap: '2px' },
});

export function LeadReportsPart({ host, work, setId }: { host: PaneHost; work: Work; setId: string }) {
  const m = useMessages();
  const styles = useStyles();
  const leads = useMemo(() => work.leadUnitsOf(setId), [work, setId]);
  const [lead, setLead] = useState<string | undefined>();
  const [periodText, setPeriodText] = useState('');
  const [status, setStatus] = useState<StatusValue>({ kind: 'idle' });
  const focusResult = useResultFocus();
  const statusRef = useRef<HTMLDivElement>(null);
  const excel = host.kind === 'excel' ? host : undefined;
  const chosen = leads.find((l) => l === lead) ?? leads[0];
  const period = work.periodOf(periodText);
  const busy = status.kind === 'busy';
  if (leads.length === 0) return null;

  const write = () =>
    withStatus(setStatus, m.busy, m.failed, async () => {
      if (period === null) throw new Error(m.leads.badPeriod(periodText));
      if (excel && chosen) {
        const written = await work.writeLeadSheet(excel.run, setId, chosen, period);
        return writeNotice(m, written, m.targets.written(written.sheets.join(', ')));
      }
      return m.targets.downloaded(await work.downloadLeadZip(setId, period));
    }).then(() => focusResult(() => statusRef.current));

  return (
    <section className={styles.root} aria-label={m.leads.title} data-testid="lead-reports">
      <Subtitle2 as="h3">{m.leads.title}</Subtitle2>
      <Caption1>{m.leads.intro}</Caption1>
      <div className={styles.field}>
        <Label htmlFor="ktd5-lead-period">{m.leads.period}</Label>
        <Input id="ktd5-lead-period" value={periodText} onChange={(_, d) => setPeriodText(d.value)} data-testid="lead-period" />
        {period === null ? <Caption1 role="alert">{m.leads.badPeriod(periodText)}</Caption1> : null}
      </div>
      {excel ? (
        <div className={styles.field}>
          <Label htmlFor="ktd5-lead">{m.leads.lead}</Label>
          <Select id="ktd5-lead" value={chosen ?? ''} onChange={(_, d) => setLead(d.value)} data-testid="lead-unit">
            {leads.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </Select>
        </div>
      ) : null}
      <Button disabled={busy || period === null} onClick={write} data-testid="write-lead-books">
        {excel ? m.leads.write : m.leads.download}
      </Button>
      <Status value={status} testId="lead-status" ref={statusRef} />
    </section>
  );
}
