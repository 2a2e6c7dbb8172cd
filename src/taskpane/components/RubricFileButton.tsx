/**
 * Loads a rubric .json file: a button that opens the file dialog (keyboard: Tab to it, Enter).
 * The file is only read on this computer.
 */
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useRef } from 'react';
import { useMessages } from '../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: '2px' },
  hint: { color: tokens.colorNeutralForeground3 },
});

export function RubricFileButton({ disabled, onFile }: { disabled?: boolean; onFile(file: File): void }) {
  const m = useMessages();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className={styles.root}>
      <input
        ref={input}
        type="file"
        hidden
        accept=".json,application/json"
        data-testid="rubric-file-input"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file && !disabled) onFile(file);
        }}
      />
      <Button size="small" disabled={disabled} onClick={() => input.current?.click()} data-testid="rubric-file-button">
        {m.rubricFile.load}
      </Button>
      <Caption1 className={styles.hint}>{m.rubricFile.hint}</Caption1>
    </div>
  );
}
