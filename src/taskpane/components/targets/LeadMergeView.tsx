/** The merge of per-lead report workbooks as `ktd5 track` shows it: who reported what, who sent nothing. */
import { Caption1, mergeClasses } from '@fluentui/react-components';
import { TableHead } from '../TableHead';
import { useMessages } from '../../i18n';
import { type LeadMerge } from '../../../workbook/tracking/by-lead/merge';
import { useTargetStyles } from './styles';

export function LeadMergeView({ merge: r }: { merge: LeadMerge }) {
  const m = useMessages();
  const styles = useTargetStyles();
  return (
    <div className={styles.root} data-testid="lead-merge" data-set={r.setId}>
      <Caption1>{m.leads.summary(r.title, r.periods.at(-1)?.label ?? '—', r.leads.filter((l) => l.files.length > 0).length, r.leads.length)}</Caption1>
      <table className={styles.table} aria-label={m.leads.title}>
        <TableHead
          columns={[
            { text: m.leads.columns.lead, className: styles.th },
            { text: m.leads.columns.reported, className: mergeClasses(styles.th, styles.lead) },
            { text: m.leads.columns.reached, className: mergeClasses(styles.th, styles.lead) },
            { text: m.leads.columns.notReached, className: mergeClasses(styles.th, styles.lead) },
            { text: m.leads.columns.missing, className: mergeClasses(styles.th, styles.lead) },
          ]}
        />
        <tbody>
          {[...r.leads]
            .sort((a, b) => (b.assigned ? b.reported / b.assigned : 0) - (a.assigned ? a.reported / a.assigned : 0) || a.lead.localeCompare(b.lead, 'vi'))
            .map((l) => (
              <tr key={l.lead} data-testid="lead-row" data-lead={l.lead} data-reported={l.reported} data-assigned={l.assigned}>
                <td className={mergeClasses(styles.td, l.files.length === 0 ? styles.muted : undefined)}>{l.lead}</td>
                <td className={mergeClasses(styles.td, styles.lead)}>
                  {l.reported}/{l.assigned}
                </td>
                <td className={mergeClasses(styles.td, styles.lead)}>{l.reached}</td>
                <td className={mergeClasses(styles.td, styles.lead)}>{l.notReached}</td>
                <td className={mergeClasses(styles.td, styles.lead)}>{l.missing}</td>
              </tr>
            ))}
        </tbody>
      </table>
      {r.notSent.length > 0 ? <Caption1 data-testid="lead-not-sent">{m.leads.notSent(r.notSent.join('; '))}</Caption1> : null}
      <Caption1 data-testid="lead-unreported">{m.leads.unreported(r.unreported.length)}</Caption1>
    </div>
  );
}
