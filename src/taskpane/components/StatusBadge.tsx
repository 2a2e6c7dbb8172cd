/** A target status in Excel's Good / Bad colours (DESIGN.md): Vượt and Đạt green, Chưa đạt red, undetermined grey. */
import { COLOURS } from '../../workbook/spec';
import type { TargetStatusCode } from '../../engine';

export const STATUS_COLOURS: Record<TargetStatusCode, { fill: string; font: string }> = {
  vuot: COLOURS.full,
  dat: COLOURS.full,
  'chua-dat': COLOURS.zero,
  unknown: COLOURS.missing,
};

export function StatusBadge({ status, label }: { status: TargetStatusCode; label: string }) {
  const c = STATUS_COLOURS[status];
  // inline-block and wrapping: a gap to a later year's target is a sentence, and the pane is narrow.
  const style = { backgroundColor: `#${c.fill}`, color: `#${c.font}`, padding: '0 6px', borderRadius: '8px', display: 'inline-block', overflowWrap: 'anywhere' as const, fontWeight: status === 'vuot' ? 600 : 400 };
  return (
    <span data-status={status} style={style}>
      {label}
    </span>
  );
}
