/** "Chỉ tiêu": for now the province's target sets and indices with their source documents (the tracking views come later). */
import { Body1, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { targetSetList } from '../documents';
import { useMessages } from '../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px' },
  list: { margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: '10px' },
  id: { fontFamily: tokens.fontFamilyMonospace },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function TargetsScreen() {
  const m = useMessages();
  const styles = useStyles();
  const sets = useMemo(() => targetSetList(m.lang), [m.lang]);
  return (
    <div className={styles.root} data-testid="screen-targets">
      <Body1>{m.targets.intro}</Body1>
      <ul className={styles.list} aria-label={m.targets.listLabel}>
        {sets.map((s) => (
          <li key={s.id} data-testid={`target-set-${s.id}`}>
            <Subtitle2 as="h3">{s.title}</Subtitle2>
            <div>
              <Caption1 className={styles.id}>{s.id}</Caption1> · <Caption1>{m.targets.kinds[s.kind]}</Caption1> ·{' '}
              <Caption1>{s.countKind === 'indicators' ? m.targets.indicators(s.count) : m.targets.pillars(s.count)}</Caption1>
            </div>
            <Caption1 className={styles.muted}>{s.source}</Caption1>
          </li>
        ))}
      </ul>
    </div>
  );
}
