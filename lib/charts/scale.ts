/** Linear scales and axis ticks for small hand-drawn SVG charts (d3-scale's job, in a few lines). */

/** Maps [d0, d1] onto [r0, r1]; an empty domain maps everything to the middle of the range. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): (x: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d1 === d0) return () => (r0 + r1) / 2;
  const k = (r1 - r0) / (d1 - d0);
  return (x) => r0 + (x - d0) * k;
}

export interface TimeTick {
  time: number;
  label: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_STEPS = [1, 2, 3, 6];

// The smallest of 1, 2, 5, 10, 20, 50... years that gives fewer than maxTicks ticks.
function niceYearStep(years: number, maxTicks: number): number {
  for (let mult = 1; ; mult *= 10) {
    for (const base of [1, 2, 5]) if (years / (base * mult) < maxTicks) return base * mult;
  }
}

/**
 * Round ticks between two times: years (every 1, 2, 5, 10...) for long spans, months for short ones.
 * At most `maxTicks` ticks, all inside [start, end].
 */
export function timeTicks(start: number, end: number, maxTicks = 6): TimeTick[] {
  if (!(end >= start) || maxTicks < 1) return [];
  const first = new Date(start);
  const last = new Date(end);
  const months = (last.getUTCFullYear() - first.getUTCFullYear()) * 12 + last.getUTCMonth() - first.getUTCMonth();
  const monthStep = MONTH_STEPS.find((s) => months / s < maxTicks);
  if (monthStep !== undefined) {
    const ticks: TimeTick[] = [];
    for (let y = first.getUTCFullYear(), m = first.getUTCMonth(); ; m += 1) {
      const time = Date.UTC(y, m, 1);
      if (time > end) break;
      const month = ((m % 12) + 12) % 12;
      if (time >= start && month % monthStep === 0) ticks.push({ time, label: `${MONTHS[month]} ${y + Math.floor(m / 12)}` });
    }
    return ticks;
  }
  const years = last.getUTCFullYear() - first.getUTCFullYear();
  const step = niceYearStep(years, maxTicks);
  const ticks: TimeTick[] = [];
  const firstYear = Math.ceil(first.getUTCFullYear() / step) * step;
  for (let y = firstYear; y <= last.getUTCFullYear(); y += step) {
    const time = Date.UTC(y, 0, 1);
    if (time >= start && time <= end) ticks.push({ time, label: String(y) });
  }
  return ticks;
}
