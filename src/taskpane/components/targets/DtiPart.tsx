/**
 * The DTI as the tracking model evaluates it: the total recomputed from the pillars, the rank in the
 * comparison table, the pillars against the plan and the best province (chart and table), and the
 * Phụ lục II indicators not yet at their target, folded until asked for.
 */
import { Body1Strong, Caption1, mergeClasses, Subtitle2 } from '@fluentui/react-components';
import { type Ref } from 'react';
import { PillarChart } from '../charts/PillarChart';
import { ResultHeading } from '../ResultHeading';
import { StatusBadge } from '../StatusBadge';
import { TableHead } from '../TableHead';
import { useMessages, type PaneLang } from '../../i18n';
import type { PaneDti, PaneGroup, PaneIndicator } from '../../model/targets-view';
import { IndicatorList } from './IndicatorList';
import { useTargetStyles } from './styles';

const indexFormat = (lang: PaneLang) => (n: number) => n.toLocaleString(lang === 'en' ? 'en-US' : 'vi-VN', { minimumFractionDigits: 4, maximumFractionDigits: 4, useGrouping: false });

interface Props {
  dti: PaneDti;
  /** The Phụ lục II indicators' counts (none when a loaded workbook has no such table). */
  components: Pick<PaneGroup, 'met' | 'chuaDat' | 'unknown'> | null;
  notReached: PaneIndicator[];
  level: 2 | 3 | 4;
  headingRef?: Ref<HTMLHeadingElement>;
  from?: string;
}

export function DtiPart({ dti: d, components: c, notReached, level, headingRef, from }: Props) {
  const m = useMessages();
  const styles = useTargetStyles();
  const f = indexFormat(m.lang);
  const sub = (['h3', 'h4', 'h5'] as const)[level - 2] ?? 'h5';
  return (
    <>
      <div className={styles.headline}>
        <ResultHeading level={level} size={level === 2 ? 'large' : 'medium'} ref={headingRef}>
          {m.targets.dtiTotal(d.year ?? '')}: <span data-testid="dti-total" data-value={d.total ?? ''}>{d.total !== null ? f(d.total) : '?'}</span>
        </ResultHeading>
        {d.rank ? (
          <Body1Strong data-testid="dti-rank" data-rank={d.rank.rank} data-of={d.rank.of}>
            {m.targets.dtiRank(d.rank.rank, d.rank.of)}
          </Body1Strong>
        ) : null}
      </div>
      {from ? <Caption1 className={styles.muted}>{from}</Caption1> : null}
      {d.rank ? <Caption1 className={styles.muted}>{m.targets.dtiRankTable(d.rank.table)}</Caption1> : null}
      {d.printed ? <Caption1 data-testid="dti-printed">{m.targets.dtiPrinted(d.printed.national, d.printed.regional)}</Caption1> : null}
      <Subtitle2 as={sub}>{m.targets.pillarsTitle}</Subtitle2>
      <PillarChart
        bars={d.pillars.map((p) => ({ name: p.name, value: p.value, target: p.targetValue, best: p.best?.value ?? null, status: p.status }))}
        label={m.targets.pillarChart(d.subject, d.year ?? '')}
        legend={{ value: d.subject, target: m.targets.legendTarget, best: m.targets.legendBest }}
        format={f}
      />
      <table className={styles.table} aria-label={m.targets.pillarsTitle} data-testid="pillars">
        <TableHead
          columns={[
            { text: m.targets.pillar, className: styles.th },
            { text: d.subject, className: mergeClasses(styles.th, styles.value) },
            { text: m.targets.status, className: mergeClasses(styles.th, styles.status) },
            { text: m.targets.best, className: mergeClasses(styles.th, styles.best) },
          ]}
        />
        <tbody>
          {d.pillars.map((p) => (
            <tr key={p.id} data-testid="pillar-row" data-pillar={p.id}>
              <td className={mergeClasses(styles.td, styles.name)}>
                {p.name}
                {p.target ? (
                  <>
                    <br />
                    <Caption1 className={styles.muted}>{m.targets.target(p.target)}</Caption1>
                  </>
                ) : null}
              </td>
              <td className={mergeClasses(styles.td, styles.value)}>{p.value !== null ? f(p.value) : '—'}</td>
              <td className={mergeClasses(styles.td, styles.status)}>
                <StatusBadge status={p.status} label={p.label} />
                {p.gap !== null && p.gapText !== p.label ? (
                  <>
                    <br />
                    <Caption1>{p.gapText ?? m.targets.gap(f(p.gap))}</Caption1>
                  </>
                ) : null}
              </td>
              <td className={mergeClasses(styles.td, styles.best)}>
                {p.best ? (
                  <>
                    {f(p.best.value)}
                    <br />
                    <Caption1 className={styles.muted}>{p.best.name}</Caption1>
                  </>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {c ? <Caption1 data-testid="dti-components">{m.targets.components(c.met, c.chuaDat, c.unknown)}</Caption1> : null}
      {notReached.length > 0 ? (
        // 96 indicators are too many to list in a pane: the ones not yet reached, folded until asked for.
        <details data-testid="dti-not-reached">
          <summary>{m.targets.notReachedList(notReached.length)}</summary>
          <IndicatorList indicators={notReached} label={m.targets.notReachedList(notReached.length)} testId="dti-not-reached-list" />
        </details>
      ) : null}
    </>
  );
}
