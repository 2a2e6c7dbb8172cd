/**
 * One line per indicator: its text, the status badge, the target, the result and the gap. With
 * `fold`, only the first ones are shown and the rest wait behind "Xem thêm" (the loaded workbooks'
 * lists, which would otherwise run over several screens).
 */
import { Body1, Caption1 } from '@fluentui/react-components';
import { MoreList } from '../MoreList';
import { StatusBadge } from '../StatusBadge';
import { formatPercent, formatPoints, useMessages, type PaneLang } from '../../i18n';
import type { PaneIndicator } from '../../model/targets-view';
import { useTargetStyles } from './styles';

function gapText(i: PaneIndicator, lang: PaneLang): string {
  if (i.gap === null) return '';
  return i.quantity === 'percent' ? formatPercent(i.gap, lang) : formatPoints(i.gap, lang);
}

interface Props {
  indicators: PaneIndicator[];
  label: string;
  testId: string;
  /** Show this many, the rest behind "Xem thêm". */
  fold?: number;
}

export function IndicatorList({ indicators, label, testId, fold }: Props) {
  const m = useMessages();
  const styles = useTargetStyles();
  const line = (i: PaneIndicator) => (
    <div className={styles.item} data-testid="indicator" data-status={i.status}>
      <Body1>
        <span className={styles.id}>{i.id}</span>
        {i.text}
      </Body1>
      <div className={styles.line}>
        <StatusBadge status={i.status} label={i.label} />
        {i.target ? <Caption1>{m.targets.target(i.target)}</Caption1> : null}
        <Caption1>{i.result !== null && i.year ? m.targets.result(i.year, i.result) : m.targets.noResult}</Caption1>
        {i.gap !== null && i.gapText !== i.label ? <Caption1 data-testid="gap">{i.gapText ?? m.targets.gap(gapText(i, m.lang))}</Caption1> : null}
      </div>
    </div>
  );
  return <MoreList items={indicators} shown={fold ?? indicators.length} render={line} itemKey={(i) => `${i.group}/${i.id}`} className={styles.list} label={label} testId={testId} />;
}
