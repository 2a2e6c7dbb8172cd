/** One season input taken from a file: the picker with its label, the file in use (removable) and its warnings. */
import { Button, Caption1, Label } from '@fluentui/react-components';
import { Clipped } from '../../components/Clipped';
import { FilePicker } from '../../components/FilePicker';
import { useMessages } from '../../i18n';
import { useKhoiStyles } from './styles';

export interface SeasonFileProps {
  label: string;
  testId: string;
  multiple?: boolean;
  disabled: boolean;
  /** The file(s) in use, if any. */
  inUse: string | undefined;
  warnings: string[] | undefined;
  onFiles(files: File[]): void;
  onRemove(): void;
}

export function SeasonFile({ label, testId, multiple = false, disabled, inUse, warnings, onFiles, onRemove }: SeasonFileProps) {
  const m = useMessages();
  const k = useKhoiStyles();
  return (
    <div className={k.root} role="group" aria-label={label}>
      <Label>{label}</Label>
      <FilePicker multiple={multiple} disabled={disabled} onFiles={onFiles} testId={testId} />
      {inUse ? (
        <div className={k.actions}>
          <Caption1 data-testid={`${testId}-in-use`}>
            <Clipped text={m.season.loadedFrom(inUse)} kind="message" />
          </Caption1>
          <Button size="small" disabled={disabled} onClick={onRemove} data-testid={`${testId}-remove`} aria-label={`${m.season.remove}: ${inUse}`}>
            {m.season.remove}
          </Button>
        </div>
      ) : null}
      {warnings && warnings.length > 0 ? (
        <ul className={k.list} aria-label={m.season.warnings(warnings.length)} data-testid={`${testId}-warnings`}>
          {warnings.map((w, i) => (
            <li key={i} className={k.warn}>
              <Caption1>
                <Clipped text={w} kind="message" />
              </Caption1>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
