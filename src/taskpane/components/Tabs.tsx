/**
 * A small WAI-ARIA tab list (Fluent's TabList costs ~8 KB gzipped on the start page): the arrow
 * keys, Home and End move between tabs and select them; only the selected tab is in the Tab order.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useRef, type KeyboardEvent } from 'react';

const useStyles = makeStyles({
  list: { display: 'flex', gap: '2px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  tab: {
    appearance: 'none',
    border: 'none',
    background: 'none',
    cursor: 'pointer',
    padding: '6px 8px',
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground2,
    borderBottom: '2px solid transparent',
    marginBottom: '-1px',
    ':hover': { color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorSubtleBackgroundHover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  selected: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold, borderBottom: `2px solid ${tokens.colorCompoundBrandStroke}` },
});

export interface TabsProps<T extends string> {
  values: readonly T[];
  selected: T;
  label: string;
  text(value: T): string;
  onSelect(value: T): void;
}

export function Tabs<T extends string>({ values, selected, label, text, onSelect }: TabsProps<T>) {
  const styles = useStyles();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const move = (e: KeyboardEvent, index: number) => {
    const last = values.length - 1;
    const to = e.key === 'ArrowRight' ? (index === last ? 0 : index + 1) : e.key === 'ArrowLeft' ? (index === 0 ? last : index - 1) : e.key === 'Home' ? 0 : e.key === 'End' ? last : -1;
    if (to < 0) return;
    e.preventDefault();
    onSelect(values[to] as T);
    refs.current[to]?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className={styles.list}>
      {values.map((v, i) => (
        <button
          key={v}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          role="tab"
          id={`tab-${v}`}
          aria-controls={`panel-${v}`}
          aria-selected={v === selected}
          tabIndex={v === selected ? 0 : -1}
          className={mergeClasses(styles.tab, v === selected && styles.selected)}
          onClick={() => onSelect(v)}
          onKeyDown={(e) => move(e, i)}
          data-testid={`tab-${v}`}
        >
          {text(v)}
        </button>
      ))}
    </div>
  );
}
