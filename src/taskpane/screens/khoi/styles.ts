/** The Tổng hợp screen's shared look: narrow tables, step sections, action rows. */
import { makeStyles, tokens } from '@fluentui/react-components';

export const useKhoiStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px' },
  step: { display: 'flex', flexDirection: 'column', gap: '6px', paddingTop: '6px', borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  table: { width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed', fontSize: tokens.fontSizeBase200, fontFamily: tokens.fontFamilyBase },
  th: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, padding: '4px', borderBottom: `1px solid ${tokens.colorNeutralStroke1}` },
  td: { padding: '4px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, verticalAlign: 'top', overflowWrap: 'anywhere' },
  num: { width: '52px', textAlign: 'right' },
  muted: { color: tokens.colorNeutralForeground3 },
  good: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  bad: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: '18px', display: 'flex', flexDirection: 'column', gap: '4px', overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '8px' },
  heading: { outline: 'none' },
});
