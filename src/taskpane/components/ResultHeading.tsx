/**
 * The heading of an action's result, focusable from code (tabIndex -1) so that focus lands on it
 * once the action is done (useResultFocus), in the look of the pane's other headings.
 */
import { makeStyles, Subtitle1, Subtitle2, tokens } from '@fluentui/react-components';
import { type ReactNode, type Ref } from 'react';

const useStyles = makeStyles({
  heading: { margin: 0, ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' } },
});

interface Props {
  level: 2 | 3 | 4;
  /** Subtitle1 (a screen's headline) or Subtitle2 (a part's heading). */
  size?: 'large' | 'medium';
  ref?: Ref<HTMLHeadingElement>;
  children: ReactNode;
  testId?: string;
  data?: Record<`data-${string}`, string | number>;
}

export function ResultHeading({ level, size = 'medium', ref, children, testId, data }: Props) {
  const styles = useStyles();
  const Tag = (['h2', 'h3', 'h4'] as const)[level - 2] ?? 'h4';
  const Text = size === 'large' ? Subtitle1 : Subtitle2;
  return (
    <Tag ref={ref} tabIndex={-1} className={styles.heading} data-testid={testId} {...data}>
      <Text>{children}</Text>
    </Tag>
  );
}
