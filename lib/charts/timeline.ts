/**
 * Layouts for the library's two small pictures: a person's (or claim's) statements on a
 * time line, and where a claim was seen, one row per site. Pure data: the components
 * only draw the circles and labels these return.
 */
import { linearScale, timeTicks } from './scale';

/** Something that happened at a time: a statement, a sighting, a saved snippet. */
export interface TimedItem {
  id: string;
  time: number;
  /** Tooltip / accessible text for the dot. */
  label: string;
}

export interface ChartBox {
  width: number;
  /** Left margin (site names in the by-site chart). */
  left?: number;
  radius?: number;
}

export interface PlacedDot {
  id: string;
  x: number;
  y: number;
  label: string;
}

export interface PlacedTick {
  x: number;
  label: string;
}

export interface TimelineLayout {
  width: number;
  height: number;
  /** y of the axis line. */
  axisY: number;
  x0: number;
  x1: number;
  dots: PlacedDot[];
  ticks: PlacedTick[];
}

const PAD = 12;
const TICK_SPACE = 18;
const HALF_YEAR = 182 * 24 * 3600 * 1000;

// One lone date gets a year of room around it, so it is not drawn against an edge.
function timeDomain(items: readonly TimedItem[]): [number, number] {
  const times = items.map((i) => i.time);
  const min = Math.min(...times);
  const max = Math.max(...times);
  return min === max ? [min - HALF_YEAR, max + HALF_YEAR] : [min, max];
}

function axis(items: readonly TimedItem[], box: ChartBox) {
  const x0 = (box.left ?? 0) + PAD;
  const x1 = box.width - PAD;
  const domain = timeDomain(items);
  const x = linearScale(domain, [x0, x1]);
  const maxTicks = Math.max(2, Math.floor((x1 - x0) / 70));
  const ticks = timeTicks(domain[0], domain[1], maxTicks).map((t) => ({ x: x(t.time), label: t.label }));
  return { x, x0, x1, ticks };
}

/**
 * Dots on one time line; dots that would overlap stack upwards, so five statements on
 * one day read as a column of five. Empty input gives an empty layout.
 */
export function layoutTimeline(items: readonly TimedItem[], box: ChartBox): TimelineLayout {
  const r = box.radius ?? 5;
  if (items.length === 0) return { width: box.width, height: 0, axisY: 0, x0: 0, x1: 0, dots: [], ticks: [] };
  const { x, x0, x1, ticks } = axis(items, box);
  const sorted = [...items].sort((a, b) => a.time - b.time || a.id.localeCompare(b.id));
  // For each stack level, the x of the last dot placed on it.
  const levels: number[] = [];
  const placed = sorted.map((item) => {
    const cx = x(item.time);
    let level = levels.findIndex((lastX) => cx - lastX >= 2 * r + 1);
    if (level === -1) level = levels.length;
    levels[level] = cx;
    return { item, cx, level };
  });
  const axisY = PAD + levels.length * (2 * r + 2);
  const dots = placed.map(({ item, cx, level }) => ({ id: item.id, x: cx, y: axisY - r - 2 - level * (2 * r + 2), label: item.label }));
  return { width: box.width, height: axisY + TICK_SPACE, axisY, x0, x1, dots, ticks };
}

/** An item seen on a site. */
export interface SiteItem extends TimedItem {
  site: string;
}

export interface SiteRow {
  site: string;
  y: number;
  count: number;
}

export interface BySiteLayout extends TimelineLayout {
  rows: SiteRow[];
}

export const OTHER_SITES = 'other sites';
const ROW_HEIGHT = 22;

/**
 * One row per site, busiest first, dots along a shared time axis. Sites beyond `maxRows - 1`
 * share an "other sites" row, so the picture stays small however widely a claim spread.
 */
export function layoutBySite(items: readonly SiteItem[], box: ChartBox, maxRows = 8): BySiteLayout {
  if (items.length === 0) return { width: box.width, height: 0, axisY: 0, x0: 0, x1: 0, dots: [], ticks: [], rows: [] };
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.site, (counts.get(item.site) ?? 0) + 1);
  const bySize = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const shown = bySize.length > maxRows ? bySize.slice(0, maxRows - 1) : bySize;
  const named = new Set(shown.map(([site]) => site));
  const rest = items.filter((i) => !named.has(i.site)).length;
  const rowSites = rest > 0 ? [...shown, [OTHER_SITES, rest] as [string, number]] : shown;
  const rows = rowSites.map(([site, count], i) => ({ site, count, y: PAD + i * ROW_HEIGHT + ROW_HEIGHT / 2 }));
  const rowOf = new Map(rows.map((row) => [row.site, row]));
  const { x, x0, x1, ticks } = axis(items, box);
  const dots = items.map((item) => ({
    id: item.id,
    x: x(item.time),
    y: (rowOf.get(item.site) ?? rowOf.get(OTHER_SITES))?.y ?? 0,
    label: item.label,
  }));
  const axisY = PAD + rows.length * ROW_HEIGHT;
  return { width: box.width, height: axisY + TICK_SPACE, axisY, x0, x1, dots, ticks, rows };
}
