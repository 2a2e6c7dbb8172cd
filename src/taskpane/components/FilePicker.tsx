/**
 * Picks .xlsx files: a button that opens the file dialog (keyboard: Tab to it, Enter) and a zone
 * that takes dropped files. Files are only handed to the caller; nothing is uploaded.
 */
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState, type DragEvent } from 'react';
import { useMessages } from '../i18n';

const useStyles = makeStyles({
  zone: {
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: '10px',
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: '6px',
  },
  over: { border: `1px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface FilePickerProps {
  multiple: boolean;
  disabled?: boolean;
  onFiles(files: File[]): void;
  testId: string;
}

export function FilePicker({ multiple, disabled, onFiles, testId }: FilePickerProps) {
  const m = useMessages();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const take = (list: FileList | null) => {
    const files = list ? Array.from(list) : [];
    if (files.length > 0 && !disabled) onFiles(multiple ? files : files.slice(0, 1));
  };
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    take(e.dataTransfer.files);
  };
  return (
    <div
      className={over ? `${styles.zone} ${styles.over}` : styles.zone}
      data-testid={`${testId}-drop`}
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <input
        ref={input}
        type="file"
        hidden
        multiple={multiple}
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        data-testid={`${testId}-input`}
        onChange={(e) => {
          take(e.currentTarget.files);
          e.currentTarget.value = '';
        }}
      />
      <Button disabled={disabled} onClick={() => input.current?.click()} data-testid={`${testId}-button`}>
        {multiple ? m.picker.pickMany : m.picker.pickOne}
      </Button>
      <Caption1 className={styles.hint}>
        {multiple ? m.picker.dropMany : m.picker.drop}. {m.picker.local}
      </Caption1>
    </div>
  );
}
