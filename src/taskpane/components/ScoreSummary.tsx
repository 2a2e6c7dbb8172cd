/**
 * A scored unit: the total, a bar per section against its max, missing inputs and evidence, and
 * "what it takes" (every step, the most points first). Long lists show their count and first few
 * items, the rest behind "Xem thêm". In Excel each criterion is a button that selects its input cell.
 */
import { Body1, Caption1, makeStyles, ProgressBar, Subtitle1, Subtitle2, tokens } from '@fluentui/react-components';
import { type Ref } from 'react';
import { formatPoints, useMessages } from '../i18n';
import { Clipped } from './Clipped';
import { MoreList } from './MoreList';
import { ResultHeading } from './ResultHeading';
import { SHOWN_ITEMS } from '../model/fold';
import { type CriterionRef, type ScoreView } from '../model/score-view';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px' },
  total: { display: 'flex', alignItems: 'baseline', gap: '8px', flexWrap: 'wrap' },
  bar: { display: 'flex', flexDirection: 'column', gap: '2px' },
  barLabel: { display: 'flex', justifyContent: 'space-between', gap: '6px' },
  // "16/20" never wraps inside itself beside a long section title
  barPoints: { whiteSpace: 'nowrap', flexShrink: 0 },
  // Fluent's texts are inline: each part of a list's section on its own line
  section: { display: 'flex', flexDirection: 'column', gap: '4px' },
  list: { margin: 0, paddingLeft: '18px', display: 'flex', flexDirection: 'column', gap: '4px', overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
  id: { fontFamily: tokens.fontFamilyMonospace, marginRight: '4px' },
  link: {
    appearance: 'none',
    border: 'none',
    background: 'none',
    padding: 0,
    font: 'inherit',
    textAlign: 'left',
    cursor: 'pointer',
    color: tokens.colorBrandForegroundLink,
    ':hover': { textDecoration: 'underline', color: tokens.colorBrandForegroundLinkHover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
});

interface Props {
  view: ScoreView;
  /** Present in Excel: selects the criterion's input cell. */
  onSelect?: (id: string) => void;
  /** The unit's heading, where focus goes after scoring. */
  headingRef?: Ref<HTMLHeadingElement>;
}

export function ScoreSummary({ view, onSelect, headingRef }: Props) {
  const m = useMessages();
  const styles = useStyles();
  const n = (x: number) => formatPoints(x, m.lang);
  const criterion = (c: CriterionRef) => {
    const label = (
      <>
        <span className={styles.id}>{c.id}</span>
        {c.text}
      </>
    );
    return onSelect && view.cells[c.id] ? (
      <button type="button" className={styles.link} onClick={() => onSelect(c.id)} data-testid={`select-${c.id}`}>
        {label}
      </button>
    ) : (
      label
    );
  };
  const refs = (title: string, list: CriterionRef[], testId: string) => (
    <section aria-label={title} className={styles.section} data-testid={testId}>
      <Subtitle2 as="h3">
        {title} ({list.length})
      </Subtitle2>
      {list.length === 0 ? (
        <Body1 className={styles.muted}>{m.score.nothingMissing}</Body1>
      ) : (
        <MoreList items={list} shown={SHOWN_ITEMS} itemKey={(c) => c.id} className={styles.list} label={title} testId={`${testId}-list`} render={(c) => <Caption1>{criterion(c)}</Caption1>} />
      )}
    </section>
  );
  return (
    <div className={styles.root} data-testid="score-summary">
      <div className={styles.total}>
        <ResultHeading level={3} ref={headingRef} testId="score-heading">
          <Clipped text={view.unit} />
        </ResultHeading>
      </div>
      <div className={styles.total}>
        <Body1>{m.score.total}:</Body1>
        <Subtitle1 data-testid="score-total" data-value={view.total}>
          {m.of(n(view.total), n(view.max))}
        </Subtitle1>
        <Caption1 className={styles.muted}>{m.score.selfTotal(n(view.selfTotal))}</Caption1>
      </div>
      <section aria-label={m.score.sections} className={styles.root}>
        <Subtitle2 as="h3">{m.score.sections}</Subtitle2>
        {view.sections.map((s) => (
          <div key={s.id} className={styles.bar} data-testid={`section-${s.id}`}>
            <div className={styles.barLabel}>
              <Caption1>{m.score.section(s.id, s.title)}</Caption1>
              <Caption1 className={styles.barPoints} data-testid={`section-${s.id}-points`}>{m.of(n(s.points), n(s.max))}</Caption1>
            </div>
            <ProgressBar value={s.max > 0 ? s.points / s.max : 0} max={1} thickness="large" color={s.points >= s.max ? 'success' : 'brand'} aria-label={`${m.score.section(s.id, s.title)}: ${m.of(n(s.points), n(s.max))}`} />
          </div>
        ))}
      </section>
      {onSelect ? <Caption1 className={styles.muted}>{m.score.selectHint}</Caption1> : null}
      <section aria-label={m.score.nextSteps} className={styles.section} data-testid="next-steps">
        <Subtitle2 as="h3">
          {m.score.nextSteps} ({view.steps.length})
        </Subtitle2>
        {view.steps.length === 0 ? (
          <Body1 className={styles.muted}>{m.score.nextStepsNone}</Body1>
        ) : (
          <>
            <Caption1 className={styles.muted}>{m.score.nextStepsOrder}</Caption1>
            <MoreList
              items={view.steps}
              shown={SHOWN_ITEMS}
              itemKey={(s) => s.id}
              className={styles.list}
              label={m.score.nextSteps}
              testId="next-steps-list"
              render={(s) => (
                <Caption1 data-testid={`step-${s.id}`} data-gain={s.gain}>
                  {criterion(s)}: <strong>{m.score.gain(n(s.gain))}</strong> — {s.band ? m.score.reachBand(s.band) : m.score.manualStep}
                  {s.reachAt ? ` (${m.score.reachAt(s.reachAt)})` : ''}
                </Caption1>
              )}
            />
          </>
        )}
      </section>
      {refs(m.score.missing, view.missing, 'missing')}
      {refs(m.score.missingEvidence, view.missingEvidence, 'missing-evidence')}
    </div>
  );
}
