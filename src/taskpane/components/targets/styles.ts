/** The styles the "Chỉ tiêu" screen's parts share (tables of counts and pillars, indicator lines). */
import { makeStyles, tokens } from '@fluentui/react-components';

export const useTargetStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px', minWidth: 0 },
  field: { display: 'flex', flexDirection: 'column', gap: '2px' },
  muted: { color: tokens.colorNeutralForeground3 },
  table: { width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed', fontSize: tokens.fontSizeBase200, fontFamily: tokens.fontFamilyBase },
  th: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, padding: '3px', borderBottom: `1px solid ${tokens.colorNeutralStroke1}`, verticalAlign: 'bottom' },
  td: { padding: '3px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, verticalAlign: 'top', overflowWrap: 'anywhere' },
  num: { width: '42px', textAlign: 'right' },
  lead: { width: '54px', textAlign: 'right' },
  value: { width: '46px', textAlign: 'right' },
  status: { width: '62px', textAlign: 'right' },
  best: { width: '58px', textAlign: 'right' },
  name: { overflowWrap: 'break-word', hyphens: 'auto' },
  list: { margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: '8px' },
  item: { display: 'flex', flexDirection: 'column', gap: '2px', overflowWrap: 'anywhere' },
  line: { display: 'flex', flexWrap: 'wrap', gap: '4px 8px', alignItems: 'baseline' },
  headline: { display: 'flex', flexWrap: 'wrap', gap: '4px 10px', alignItems: 'baseline' },
  id: { fontFamily: tokens.fontFamilyMonospace, marginRight: '4px' },
  steps: { margin: 0, paddingLeft: '20px', display: 'flex', flexDirection: 'column', gap: '2px' },
});
