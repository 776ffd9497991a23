import type { BySiteLayout, TimelineLayout } from '@/lib/charts';

interface Props {
  layout: TimelineLayout | BySiteLayout;
  /** The picture's accessible name, e.g. "Zamir Kabulov's statements over time". */
  title: string;
  radius?: number;
  testId?: string;
}

/** Draws a laid-out timeline (lib/charts): dots with tooltips, a time axis, and site names for by-site layouts. */
export function TimelineChart({ layout, title, radius = 5, testId }: Props) {
  if (layout.dots.length === 0) return null;
  const rows = 'rows' in layout ? layout.rows : [];
  return (
    <svg class="chart" role="img" aria-label={title} width={layout.width} height={layout.height} viewBox={`0 0 ${layout.width} ${layout.height}`} data-testid={testId}>
      <title>{title}</title>
      {rows.map((row) => (
        <g key={row.site}>
          <line class="chart-row" x1={layout.x0} x2={layout.x1} y1={row.y} y2={row.y} />
          <text class="chart-label" x={layout.x0 - 8} y={row.y} text-anchor="end" dominant-baseline="middle">
            {row.site} ({row.count})
          </text>
        </g>
      ))}
      <line class="chart-axis" x1={layout.x0} x2={layout.x1} y1={layout.axisY} y2={layout.axisY} />
      {layout.ticks.map((tick) => (
        <g key={`${tick.x}-${tick.label}`}>
          <line class="chart-axis" x1={tick.x} x2={tick.x} y1={layout.axisY} y2={layout.axisY + 4} />
          <text class="chart-tick" x={tick.x} y={layout.axisY + 15} text-anchor="middle">
            {tick.label}
          </text>
        </g>
      ))}
      {layout.dots.map((dot) => (
        <circle key={dot.id} class="chart-dot" cx={dot.x} cy={dot.y} r={radius}>
          <title>{dot.label}</title>
        </circle>
      ))}
    </svg>
  );
}
