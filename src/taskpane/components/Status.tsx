/**
 * A one-line status under an action: progress and results are announced politely, failures at once.
 * Focusable from code (tabIndex -1): after an action without a heading of its own, focus comes here.
 */
import { Body1, makeStyles, ProgressBar, tokens } from '@fluentui/react-components';
import { type Ref } from 'react';
import { Clipped } from './Clipped';

export type StatusValue = { kind: 'idle' } | { kind: 'busy'; text: string } | { kind: 'done'; text: string } | { kind: 'error'; text: string };

const useStyles = makeStyles({
  done: { color: tokens.colorPaletteGreenForeground1 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export function Status({ value, testId, ref }: { value: StatusValue; testId: string; ref?: Ref<HTMLDivElement> }) {
  const styles = useStyles();
  if (value.kind === 'idle') return <div role="status" data-testid={testId} ref={ref} tabIndex={-1} />;
  if (value.kind === 'busy') {
    return (
      <div role="status" data-testid={testId} ref={ref} tabIndex={-1}>
        <Body1>{value.text}</Body1>
        <ProgressBar thickness="medium" aria-label={value.text} />
      </div>
    );
  }
  return (
    <div role={value.kind === 'error' ? 'alert' : 'status'} data-testid={testId} ref={ref} tabIndex={-1}>
      <Body1 className={value.kind === 'error' ? styles.error : styles.done}>
        <Clipped text={value.text} kind="message" />
      </Body1>
    </div>
  );
}

/** Runs an action with a busy status, and turns its result or failure into the status shown; true when it succeeded. */
export async function withStatus(set: (s: StatusValue) => void, busyText: string, failed: (detail: string) => string, action: () => Promise<string>): Promise<boolean> {
  set({ kind: 'busy', text: busyText });
  try {
    set({ kind: 'done', text: await action() });
    return true;
  } catch (e) {
    set({ kind: 'error', text: failed(e instanceof Error ? e.message : String(e)) });
    return false;
  }
}
