/** Public face of the chart helpers: pure layout for small SVG timelines. */
export { isoDay, partialDateTime } from './dates';
export { linearScale, timeTicks, type TimeTick } from './scale';
export {
  layoutBySite,
  layoutTimeline,
  OTHER_SITES,
  type BySiteLayout,
  type ChartBox,
  type PlacedDot,
  type PlacedTick,
  type SiteItem,
  type SiteRow,
  type TimedItem,
  type TimelineLayout,
} from './timeline';
