/** Text that wraps anywhere and is cut for display (model/clip.ts); when cut, the full text is its title. */
import { makeStyles } from '@fluentui/react-components';
import { clip, CLIP_CHARACTERS } from '../model/clip';

const useStyles = makeStyles({
  text: { overflowWrap: 'anywhere', wordBreak: 'break-word', minWidth: 0 },
});

export function Clipped({ text, kind = 'name', title }: { text: string; kind?: keyof typeof CLIP_CHARACTERS; title?: string }) {
  const styles = useStyles();
  const { shown, cut } = clip(text, CLIP_CHARACTERS[kind]);
  const full = cut ? text : undefined;
  const tooltip = [title, full].filter(Boolean).join('\n');
  return (
    <span className={styles.text} {...(tooltip ? { title: tooltip } : {})}>
      {shown}
    </span>
  );
}
