/**
 * A target set or standards category as the tracking model evaluates it: the headline count, the
 * counts per group (chart and table) and every indicator. Nothing is headlined before it is
 * assessed: a checklist with no result yet says so (with the steps to assess it), not "0/9".
 */
import { Body1Strong, Caption1, mergeClasses, Subtitle2 } from '@fluentui/react-components';
import { type Ref } from 'react';
import { GroupProgressChart } from '../charts/GroupProgressChart';
import { ResultHeading } from '../ResultHeading';
import { TableHead } from '../TableHead';
import { useMessages } from '../../i18n';
import type { PaneGroup, PaneIndicator } from '../../model/targets-view';
import { IndicatorList } from './IndicatorList';
import { useTargetStyles } from './styles';

export interface SetShown {
  title: string;
  kind: 'targets' | 'standards' | 'index';
  category?: { title: string } | null;
  groups: PaneGroup[];
  total: PaneGroup;
  printedSummary?: { metOrExceeded?: string; notMet?: string } | null;
  indicators: PaneIndicator[];
}

interface Props {
  view: SetShown;
  level: 2 | 3 | 4;
  headingRef?: Ref<HTMLHeadingElement>;
  /** "Tệp …, trang …" for a loaded workbook. */
  from?: string;
  /** The steps to assess a standards checklist (on the built-in view, where it is downloaded). */
  howTo?: boolean;
  /** Fold the indicator list after this many. */
  fold?: number;
}

export function TargetSetPart({ view, level, headingRef, from, howTo, fold }: Props) {
  const m = useMessages();
  const styles = useTargetStyles();
  const t = view.total;
  const assessed = t.unknown < t.total;
  const standards = view.kind === 'standards';
  const sub = (['h3', 'h4', 'h5'] as const)[level - 2] ?? 'h5';
  return (
    <>
      <div className={styles.headline}>
        <ResultHeading level={level} size={level === 2 ? 'large' : 'medium'} ref={headingRef} testId="targets-met" data={{ 'data-met': t.met, 'data-total': t.total, 'data-assessed': assessed ? 'yes' : 'no' }}>
          {assessed ? m.targets.metOf(t.met, t.total) : m.targets.notAssessed(t.total, standards)}
        </ResultHeading>
        {view.category ? <Body1Strong>{view.category.title}</Body1Strong> : null}
      </div>
      {from ? <Caption1 className={styles.muted}>{from}</Caption1> : null}
      {assessed ? <Caption1 data-testid="targets-counts">{m.targets.counts(t.vuot, t.dat, t.chuaDat, t.unknown)}</Caption1> : null}
      {view.printedSummary?.metOrExceeded ? (
        <Caption1 className={styles.muted} data-testid="targets-printed">
          {m.targets.printed(view.printedSummary.metOrExceeded, view.printedSummary.notMet ?? '—')}
        </Caption1>
      ) : null}
      {standards && !assessed && howTo ? (
        <div data-testid="standards-howto">
          <Caption1>{m.targets.standardsNote}</Caption1>
          <ol className={styles.steps}>
            {m.targets.standardsSteps.map((s) => (
              <li key={s}>
                <Caption1>{s}</Caption1>
              </li>
            ))}
          </ol>
        </div>
      ) : null}
      {assessed ? (
        <>
          <Subtitle2 as={sub}>{m.targets.byGroup}</Subtitle2>
          <GroupProgressChart groups={view.groups} label={m.targets.progressChart(view.title)} legend={m.targets.legend} />
          <table className={styles.table} aria-label={m.targets.byGroup} data-testid="group-counts">
            <TableHead
              columns={[
                { text: m.targets.group, className: styles.th },
                { text: m.targets.legend.vuot, className: mergeClasses(styles.th, styles.num) },
                { text: m.targets.legend.dat, className: mergeClasses(styles.th, styles.num) },
                { text: m.targets.legend.chuaDat, className: mergeClasses(styles.th, styles.num) },
                { text: m.targets.metCol, className: mergeClasses(styles.th, styles.num) },
              ]}
            />
            <tbody>
              {view.groups.map((g) => (
                <tr key={g.id} data-testid="group-row" data-group={g.id}>
                  <td className={styles.td}>{g.title}</td>
                  <td className={mergeClasses(styles.td, styles.num)}>{g.vuot}</td>
                  <td className={mergeClasses(styles.td, styles.num)}>{g.dat}</td>
                  <td className={mergeClasses(styles.td, styles.num)}>{g.chuaDat}</td>
                  <td className={mergeClasses(styles.td, styles.num)}>
                    {g.met}/{g.total}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      <Subtitle2 as={sub}>{m.targets.indicatorList}</Subtitle2>
      <IndicatorList indicators={view.indicators} label={m.targets.indicatorList} testId="indicators" {...(fold ? { fold } : {})} />
    </>
  );
}
