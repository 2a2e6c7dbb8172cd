/** What every season step of the Tổng hợp screen is given, and how it runs an action. */
import { useState } from 'react';
import { withStatus, type StatusValue } from '../../components/Status';
import { type PaneHost } from '../../host/pane-host';
import { type SeasonState } from '../../hooks/use-season';
import { type Messages } from '../../i18n';
import { type SeasonResult, type SeasonView } from '../../model/season';

export interface StepProps {
  host: PaneHost;
  state: SeasonState;
  /** The members scored with the season's inputs (undefined until member files are read). */
  season: SeasonResult | undefined;
  view: SeasonView | undefined;
  /** Moves focus to a result heading once it is shown. */
  focus(id: string): void;
  /** Another action of the screen is running. */
  busy: boolean;
}

/** A step's status, and its actions: busy while running, the result announced, focus to `target` after success. */
export function useStepAction(m: Messages, focus: (id: string) => void): { status: StatusValue; busy: boolean; act(action: () => Promise<string>, target?: string): Promise<void> } {
  const [status, setStatus] = useState<StatusValue>({ kind: 'idle' });
  return {
    status,
    busy: status.kind === 'busy',
    async act(action, target) {
      let ok = true;
      await withStatus(setStatus, m.busy, m.failed, async () => {
        try {
          return await action();
        } catch (e) {
          ok = false;
          throw e;
        }
      });
      if (ok && target) focus(target);
    },
  };
}

export const HEADINGS = {
  collection: 'ktd5-collection-heading',
  differences: 'ktd5-differences-heading',
  final: 'ktd5-final-heading',
  roster: 'ktd5-roster-heading',
  appraisal: 'ktd5-appraisal-heading',
  notices: 'ktd5-notices-heading',
  previous: 'ktd5-previous-heading',
} as const;
