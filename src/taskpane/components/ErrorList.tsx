/** The problems found in files, each with its file, sheet and cell (the workbook layer's messages). */
import { Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { type FileError } from '../../workbook/khoi/score-files';
import { Clipped } from './Clipped';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: '18px', display: 'flex', flexDirection: 'column', gap: '4px', overflowWrap: 'anywhere' },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

export function ErrorList({ title, errors, testId }: { title: string; errors: FileError[]; testId: string }) {
  const styles = useStyles();
  if (errors.length === 0) return null;
  return (
    <section aria-label={title} data-testid={testId}>
      <Subtitle2 as="h3">{title}</Subtitle2>
      <ul className={styles.list}>
        {errors.map((e, i) => (
          <li key={i} className={e.severity === 'error' ? styles.error : styles.warning} data-file={e.file}>
            <Caption1>
              <Clipped text={e.message} kind="message" />
            </Caption1>
          </li>
        ))}
      </ul>
    </section>
  );
}
