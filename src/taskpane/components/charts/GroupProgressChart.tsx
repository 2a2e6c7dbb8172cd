/**
 * A target set's progress by group as SVG stacked bars: Vượt, Đạt, Chưa đạt and undetermined, each
 * segment with its count, in the Good / Bad colours of the sheets. The counts are also in the table
 * next to it.
 */
import { STATUS_COLOURS } from '../StatusBadge';

export interface GroupBar {
  title: string;
  vuot: number;
  dat: number;
  chuaDat: number;
  unknown: number;
}

interface Props {
  groups: GroupBar[];
  label: string;
  legend: { vuot: string; dat: string; chuaDat: string; unknown: string };
}

const W = 296;
const LABEL = 14;
const BAR = 16;
const GAP = 8;
const LEGEND = 22;
/** Vượt a deeper green than Đạt (the sheets' progress bar green), so both read as good but differ. */
const SEGMENTS = [
  { key: 'vuot', fill: '#63BE7B', font: `#${STATUS_COLOURS.vuot.font}` },
  { key: 'dat', fill: `#${STATUS_COLOURS.dat.fill}`, font: `#${STATUS_COLOURS.dat.font}` },
  { key: 'chuaDat', fill: `#${STATUS_COLOURS['chua-dat'].fill}`, font: `#${STATUS_COLOURS['chua-dat'].font}` },
  { key: 'unknown', fill: `#${STATUS_COLOURS.unknown.fill}`, font: `#${STATUS_COLOURS.unknown.font}` },
] as const;

export function GroupProgressChart({ groups, label, legend }: Props) {
  const row = LABEL + BAR + GAP;
  const height = LEGEND + groups.length * row;
  const shown = SEGMENTS.filter((s) => groups.some((g) => g[s.key] > 0));
  return (
    <svg viewBox={`0 0 ${W} ${height}`} width="100%" role="img" aria-label={label} data-testid="progress-chart" style={{ display: 'block', maxWidth: `${W}px`, fontFamily: 'inherit' }}>
      <title>{label}</title>
      <g fontSize="10" aria-hidden="true">
        {shown.map((s, i) => (
          <g key={s.key} transform={`translate(${i * 74},0)`}>
            <rect x="0" y="4" width="10" height="8" fill={s.fill} stroke={s.font} strokeWidth="0.5" />
            <text x="13" y="11">
              {legend[s.key]}
            </text>
          </g>
        ))}
      </g>
      {groups.map((g, i) => {
        const top = LEGEND + i * row;
        const total = g.vuot + g.dat + g.chuaDat + g.unknown;
        let x = 0;
        return (
          <g key={g.title} fontSize="10">
            <text x="0" y={top + 10} fontSize="11">
              {g.title}
            </text>
            {SEGMENTS.map((s) => {
              const n = g[s.key];
              if (n === 0 || total === 0) return null;
              const w = (n / total) * W;
              const at = x;
              x += w;
              return (
                <g key={s.key} data-segment={s.key} data-count={n}>
                  <rect x={at} y={top + LABEL} width={w} height={BAR} fill={s.fill} stroke="#FFFFFF" strokeWidth="1" />
                  {w >= 14 ? (
                    <text x={at + w / 2} y={top + LABEL + 12} textAnchor="middle" fill={s.font} fontWeight="600">
                      {n}
                    </text>
                  ) : null}
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}
