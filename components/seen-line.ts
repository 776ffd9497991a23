/**
 * The recurrence line every card and library page shares: "Seen on 3 pages across 2 sites,
 * first 12 Mar 2020, last 3 Jun 2021". Pure, so its wording is tested in Node.
 */
import type { SightingStats } from '@/lib/recurrence/totals';
import { plural } from '@/lib/format';

// Published dates are stored as UTC midnights: read them in UTC so a reader west of Greenwich
// does not see the day before. Day month year, whatever the browser's own locale orders them as.
const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "12 Mar 2020" for an epoch-millisecond time. */
export const formatDay = (time: number): string => DAY.format(time);

/** "12 Mar 2020" for a stored date (ISO, or a partial YYYY-MM), falling back to a time; '' when neither reads. */
export function formatDate(date: string | undefined, fallback?: number): string {
  const parsed = date ? Date.parse(date) : Number.NaN;
  if (Number.isFinite(parsed)) return formatDay(parsed);
  return fallback === undefined ? '' : formatDay(fallback);
}

/** ", first 12 Mar 2020, last 3 Jun 2021", or ", on 12 Mar 2020" when both fall on one day. */
function dateRange(first: number | undefined, last: number | undefined): string {
  if (first === undefined || last === undefined) return '';
  const [from, to] = [formatDay(first), formatDay(last)];
  return from === to ? `, on ${from}` : `, first ${from}, last ${to}`;
}

/**
 * The sentence for a person's or claim's sightings. `others` words it for a card on a page, whose
 * figures leave that page out ("Seen on 3 other pages…", "Not seen on other pages yet.").
 */
export function seenLine(stats: SightingStats, others = false): string {
  if (stats.pages === 0) return others ? 'Not seen on other pages yet.' : 'Not seen on any page yet.';
  const pages = plural(stats.pages, others ? 'other page' : 'page');
  return `Seen on ${pages} across ${plural(stats.sites, 'site')}${dateRange(stats.first, stats.last)}.`;
}
