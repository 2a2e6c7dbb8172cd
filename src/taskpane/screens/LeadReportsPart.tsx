/**
 * The "Chỉ tiêu" screen's reporting loop for a set whose indicators carry lead units: write each
 * lead's report workbook (a .zip on the page; in Excel, the chosen unit's sheet into this workbook),
 * then load filled ones and see, as `ktd5 track` shows it, who reported what and who sent nothing.
 */
import { Button, Caption1, Input, Label, makeStyles, mergeClasses, Select, Subtitle2, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { FilePicker } from '../components/FilePicker';
import { Status, withStatus, type StatusValue } from '../components/Status';
import { TableHead } from '../components/TableHead';
import { type PaneHost } from '../host/pane-host';
import { useMessages } from '../i18n';
import { type Work } from '../lazy';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '8px', minWidth: 0 },
  field: { display: 'flex', flexDirection: 'column', gap: '2px' },
  muted: { color: tokens.colorNeutralForeground3 },
  table: { width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed', fontSize: tokens.fontSizeBase200 },
  th: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, padding: '3px', borderBottom: `1px solid ${tokens.colorNeutralStroke1}` },
  td: { padding: '3px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, verticalAlign: 'top', overflowWrap: 'anywhere' },
  num: { width: '54px', textAlign: 'right' },
  errors: { margin: 0, paddingLeft: '16px', color: tokens.colorPaletteRedForeground1 },
});

type Report = ReturnType<Work['leadReport']>;

export function LeadReportsPart({ host, work, setId }: { host: PaneHost; work: Work; setId: string }) {
  const m = useMessages();
  const styles = useStyles();
  const leads = useMemo(() => work.leadUnitsOf(setId), [work, setId]);
  const [lead, setLead] = useState<string | undefined>();
  const [periodText, setPeriodText] = useState('');
  const [status, setStatus] = useState<StatusValue>({ kind: 'idle' });
  const [report, setReport] = useState<Report | undefined>();
  const excel = host.kind === 'excel' ? host : undefined;
  const chosen = leads.find((l) => l === lead) ?? leads[0];
  const period = work.periodOf(periodText);
  const busy = status.kind === 'busy';
  if (leads.length === 0) return null;

  const write = () =>
    withStatus(setStatus, m.busy, m.failed, async () => {
      if (period === null) throw new Error(m.leads.badPeriod(periodText));
      if (excel && chosen) return m.targets.written((await work.writeLeadSheet(excel.run, setId, chosen, period)).sheets.join(', '));
      return m.targets.downloaded(await work.downloadLeadZip(setId, period));
    });

  const read = (files: File[]) =>
    withStatus(setStatus, m.busy, m.failed, async () => {
      const outcomes = await work.loadFiles(files);
      const r = work.leadReport(outcomes, m.lang, m.leads.notALeadWorkbook);
      setReport(r);
      return r.errors.length > 0 ? m.leads.problems(r.errors.length) : '';
    });

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
      <Label>{m.leads.load}</Label>
      <FilePicker multiple disabled={busy} onFiles={(files) => void read(files)} testId="lead-files" />
      <Status value={status} testId="lead-status" />
      {report?.merges.map((r) => (
        <div key={r.setId} className={styles.root} data-testid="lead-merge" data-set={r.setId}>
          <Caption1>{m.leads.summary(r.setId, r.periods.at(-1)?.label ?? '—', r.leads.filter((l) => l.files.length > 0).length, r.leads.length)}</Caption1>
          <table className={styles.table} aria-label={m.leads.title}>
            <TableHead
              columns={[
                { text: m.leads.columns.lead, className: styles.th },
                { text: m.leads.columns.reported, className: mergeClasses(styles.th, styles.num) },
                { text: m.leads.columns.reached, className: mergeClasses(styles.th, styles.num) },
                { text: m.leads.columns.notReached, className: mergeClasses(styles.th, styles.num) },
                { text: m.leads.columns.missing, className: mergeClasses(styles.th, styles.num) },
              ]}
            />
            <tbody>
              {[...r.leads]
                .sort((a, b) => (b.assigned ? b.reported / b.assigned : 0) - (a.assigned ? a.reported / a.assigned : 0) || a.lead.localeCompare(b.lead, 'vi'))
                .map((l) => (
                  <tr key={l.lead} data-testid="lead-row" data-lead={l.lead} data-reported={l.reported} data-assigned={l.assigned}>
                    <td className={mergeClasses(styles.td, l.files.length === 0 ? styles.muted : undefined)}>{l.lead}</td>
                    <td className={mergeClasses(styles.td, styles.num)}>
                      {l.reported}/{l.assigned}
                    </td>
                    <td className={mergeClasses(styles.td, styles.num)}>{l.reached}</td>
                    <td className={mergeClasses(styles.td, styles.num)}>{l.notReached}</td>
                    <td className={mergeClasses(styles.td, styles.num)}>{l.missing}</td>
                  </tr>
                ))}
            </tbody>
          </table>
          {r.notSent.length > 0 ? <Caption1 data-testid="lead-not-sent">{m.leads.notSent(r.notSent.join('; '))}</Caption1> : null}
          <Caption1 data-testid="lead-unreported">{m.leads.unreported(r.unreported.length)}</Caption1>
        </div>
      ))}
      {report && report.errors.length > 0 ? (
        <ul className={styles.errors} data-testid="lead-errors">
          {report.errors.map((e, i) => (
            <li key={i}>
              <Caption1>{e.message}</Caption1>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
