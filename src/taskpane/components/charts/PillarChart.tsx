/**
 * The DTI pillars of the province against the plan's targets and the best province of the table, as
 * an SVG drawn here (no chart library on the page): per pillar a bar for the province (green when it
 * reaches the target, red when not), a grey bar for the best province and a mark at the target. It
 * scales to the pane's width; the numbers are also in the table next to it.
 */
import { STATUS_COLOURS } from '../StatusBadge';
import type { TargetStatusCode } from '../../../engine';

export interface PillarBar {
  name: string;
  value: number | null;
  target: number | null;
  best: number | null;
  status: TargetStatusCode;
}

interface Props {
  bars: PillarBar[];
  /** What the chart shows, for screen readers. */
  label: string;
  legend: { value: string; target: string; best: string };
  format: (n: number) => string;
}

const W = 296;
const LABEL = 13;
const BAR = 8;
const GAP = 7;
const LEGEND = 22;
/** The bars' length for 1.0; the values are written in a column to the right, clear of the target mark. */
const PLOT = W - 44;
const TARGET = '#9C5700';
const BEST = '#A5A5A5';

export function PillarChart({ bars, label, legend, format }: Props) {
  const row = LABEL + BAR * 2 + 2 + GAP;
  const height = LEGEND + bars.length * row;
  const x = (v: number) => Math.max(0, Math.min(1, v)) * PLOT;
  return (
    <svg viewBox={`0 0 ${W} ${height}`} width="100%" role="img" aria-label={label} data-testid="pillar-chart" style={{ display: 'block', maxWidth: `${W}px`, fontFamily: 'inherit' }}>
      <title>{label}</title>
      <g fontSize="10" aria-hidden="true">
        <rect x="0" y="4" width="10" height="8" fill={`#${STATUS_COLOURS['chua-dat'].fill}`} stroke={`#${STATUS_COLOURS['chua-dat'].font}`} strokeWidth="0.5" />
        <text x="13" y="11">{legend.value}</text>
        <line x1="110" x2="110" y1="2" y2="14" stroke={TARGET} strokeWidth="2" />
        <text x="115" y="11">{legend.target}</text>
        <rect x="190" y="4" width="10" height="8" fill={BEST} />
        <text x="203" y="11">{legend.best}</text>
      </g>
      {bars.map((b, i) => {
        const top = LEGEND + i * row;
        const c = STATUS_COLOURS[b.status];
        const y1 = top + LABEL;
        const y2 = y1 + BAR + 2;
        return (
          <g key={b.name} fontSize="10" data-pillar={b.name}>
            <text x="0" y={top + 10} fontSize="11">
              {b.name}
            </text>
            {b.value !== null ? (
              <>
                <rect x="0" y={y1} width={x(b.value)} height={BAR} fill={`#${c.fill}`} stroke={`#${c.font}`} strokeWidth="0.5" />
                <text x={W} y={y1 + BAR - 1} textAnchor="end" fill={`#${c.font}`}>
                  {format(b.value)}
                </text>
              </>
            ) : null}
            {b.best !== null ? (
              <>
                <rect x="0" y={y2} width={x(b.best)} height={BAR} fill={BEST} />
                <text x={W} y={y2 + BAR - 1} textAnchor="end" fill="#595959">
                  {format(b.best)}
                </text>
              </>
            ) : null}
            {b.target !== null ? <line x1={x(b.target)} x2={x(b.target)} y1={y1 - 2} y2={y2 + BAR + 2} stroke={TARGET} strokeWidth="2" /> : null}
          </g>
        );
      })}
    </svg>
  );
}
