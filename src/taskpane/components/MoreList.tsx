/**
 * A list that shows its first few items and folds the rest behind a button ("Xem thêm 11 mục"): a long
 * list (16 criteria without evidence, 96 indicators) never takes the whole pane. The button says how
 * many are hidden, carries aria-expanded and aria-controls, and folds the list again once opened.
 */
import { Button, makeStyles } from '@fluentui/react-components';
import { useId, useState, type ReactNode } from 'react';
import { useMessages } from '../i18n';

const useStyles = makeStyles({
  wrap: { display: 'flex', flexDirection: 'column', gap: '4px', alignItems: 'flex-start' },
});

interface Props<T> {
  items: readonly T[];
  /** How many are shown folded. */
  shown: number;
  render: (item: T) => ReactNode;
  itemKey: (item: T) => string;
  className?: string;
  label?: string;
  testId: string;
}

export function MoreList<T>({ items, shown, render, itemKey, className, label, testId }: Props<T>) {
  const m = useMessages();
  const styles = useStyles();
  const id = useId();
  const [open, setOpen] = useState(false);
  const hidden = Math.max(0, items.length - shown);
  const visible = open || hidden === 0 ? items : items.slice(0, shown);
  return (
    <div className={styles.wrap}>
      <ul id={id} className={className} aria-label={label} data-testid={testId} data-shown={visible.length} data-total={items.length}>
        {visible.map((item) => (
          <li key={itemKey(item)}>{render(item)}</li>
        ))}
      </ul>
      {hidden > 0 ? (
        <Button size="small" appearance="subtle" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)} data-testid={`${testId}-more`}>
          {open ? m.more.less : m.more.show(hidden)}
        </Button>
      ) : null}
    </div>
  );
}
