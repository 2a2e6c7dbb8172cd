/** The frame every season step of the Tổng hợp screen shares: its section, numbered heading, intro and status line. */
import { Caption1, Subtitle2 } from '@fluentui/react-components';
import { type ReactNode } from 'react';
import { Status, type StatusValue } from '../../components/Status';
import { useMessages } from '../../i18n';
import { HEADINGS } from './step';
import { useKhoiStyles } from './styles';

export type StepName = 'roster' | 'appraisal' | 'notices' | 'previous' | 'final';

export function SeasonStep({ name, intro, status, children, after }: { name: StepName; intro?: string; status: StatusValue; children: ReactNode; after?: ReactNode }) {
  const m = useMessages();
  const k = useKhoiStyles();
  return (
    <section className={k.step} aria-labelledby={HEADINGS[name]} data-testid={`season-${name}`}>
      <Subtitle2 as="h3" id={HEADINGS[name]} tabIndex={-1} className={k.heading}>
        {m.season.steps[name]}
      </Subtitle2>
      {intro ? <Caption1>{intro}</Caption1> : null}
      {children}
      <Status value={status} testId={`${name}-status`} />
      {after}
    </section>
  );
}
