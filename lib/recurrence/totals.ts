/**
 * Running totals of where one person or claim was seen, kept per site so a card
 * reads one small record instead of counting thousands of sightings, and an
 * excluded site can still be left out exactly.
 *
 * A sighting's date ("at") is the page's published date when the page states one,
 * else the time Backstory first saw the page. `first` is the earliest such date,
 * `last` the latest, both in epoch milliseconds.
 */

/** What one site contributes: how many pages, and the earliest and latest of their dates. */
export interface SiteTally {
  n: number;
  first: number;
  last: number;
}

/** Per-site tallies of one person or claim. */
export type SiteTallies = Record<string, SiteTally>;

/** "Seen on N pages across M sites, first DATE, last DATE"; no dates when never seen. */
export interface SightingStats {
  pages: number;
  sites: number;
  first?: number;
  last?: number;
}

/** The date a sighting is placed at: its published date if it parses, else when it was first seen. */
export function sightingTime(s: { publishedDate?: string; firstSeen: number }): number {
  const published = s.publishedDate ? Date.parse(s.publishedDate) : Number.NaN;
  return Number.isFinite(published) ? published : s.firstSeen;
}

/** Adds one sighting (one page) to the tallies in place. */
export function tallySighting(tallies: SiteTallies, site: string, at: number): void {
  const t = tallies[site];
  if (t) {
    t.n += 1;
    t.first = Math.min(t.first, at);
    t.last = Math.max(t.last, at);
  } else {
    tallies[site] = { n: 1, first: at, last: at };
  }
}

/** The card's figures from the tallies, leaving out excluded sites. */
export function summarise(tallies: SiteTallies | undefined, excludedSites: readonly string[] = []): SightingStats {
  const stats: SightingStats = { pages: 0, sites: 0 };
  for (const [site, t] of Object.entries(tallies ?? {})) {
    if (excludedSites.includes(site)) continue;
    stats.pages += t.n;
    stats.sites += 1;
    stats.first = Math.min(stats.first ?? t.first, t.first);
    stats.last = Math.max(stats.last ?? t.last, t.last);
  }
  return stats;
}
