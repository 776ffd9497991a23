/**
 * Where each person and claim has been seen: one sighting per (kind, ref, article), written in
 * one transaction per page, with running per-site totals so cards and the library read one small
 * record per ref however many sightings there are. Pause and excluded-site settings live with the
 * caller; the reads accept `excludedSites` so a newly excluded site disappears at once.
 *
 * A sighting's `canonicalUrl` holds the article key (lib/recurrence/url's articleKey, or the key of
 * a known article whose fingerprint matches), so copies of one article count once.
 */
import Dexie, { type Table } from 'dexie';
import type { Result, Sighting } from '../types';
import { fingerprintBands, fingerprintSimilarity, sameArticle, type Fingerprint } from '../recurrence/fingerprint';
import { summarise, sightingTime, tallySighting, type SightingStats, type SiteTallies } from '../recurrence/totals';
import { articleKey, siteKey } from '../recurrence/url';
import { withReopen } from './open';
import type { BackstoryDB } from './schema';

export type { SightingStats } from '../recurrence/totals';

/** Running totals of one ref (table `sightingTotals`, key [kind+refId]). */
export interface SightingTotalsRow {
  kind: Sighting['kind'];
  refId: string;
  sites: SiteTallies;
}

/** A fingerprinted article, or an address known to be a copy of one (table `articles`). */
export interface ArticleRow {
  key: string;
  fingerprint?: Uint32Array;
  bands?: number[];
  /** Set on copies: the key of the article this address is a copy of. */
  alias?: string;
}

/** The page being read, as the content script describes it. */
export interface SightingPage {
  url: string;
  canonicalUrl?: string;
  ogUrl?: string;
  /** Site key; derived from the address when absent. */
  site?: string;
  title: string;
  /** ISO date the page states it was published, when it does. */
  publishedDate?: string;
  fingerprint?: Fingerprint;
}

/** One person or claim found on the page, with the sentence it was found in (claims). */
export interface FoundRef {
  kind: Sighting['kind'];
  refId: string;
  sentence?: string;
}

/** A sighting placed on the claim page's timeline. */
export interface TimelineEntry {
  url: string;
  title: string;
  /** Published date when known, else first seen (epoch ms). */
  at: number;
  publishedDate?: string;
  firstSeen: number;
  sentence?: string;
}

/** One site's row on the timeline, oldest entry first. */
export interface SiteTimeline {
  site: string;
  entries: TimelineEntry[];
}

/** A claim of the popup's "seen most this week" list. */
export interface TopClaim {
  refId: string;
  pages: number;
  sites: number;
}

/** Stored sentences are cut here: enough to recognise the passage, small enough for 100k rows. */
export const SENTENCE_CHARS = 300;
const TITLE_CHARS = 200;

const totalsTable = (db: BackstoryDB): Table<SightingTotalsRow, [string, string]> => db.table('sightingTotals');
const articlesTable = (db: BackstoryDB): Table<ArticleRow, string> => db.table('articles');
const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const hostOf = (url: string): string => {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
};

/**
 * Rows with any of the band keys (fingerprint and sentence lookups share it). One key lookup per band, all in flight at once: Chromium answers
 * these in parallel, where Dexie's anyOf walks one cursor through every key in turn.
 */
export async function rowsWithBands<T>(table: Table<T, string>, bands: readonly number[]): Promise<T[]> {
  const keys = new Set((await Promise.all(bands.map((b) => table.where('bands').equals(b).primaryKeys()))).flat());
  return (await table.bulkGet([...keys])).filter((row): row is T => row !== undefined);
}

// The article this page belongs to: its own key, a copy's original, or a fingerprint match (remembered as a copy).
async function resolveArticle(db: BackstoryDB, key: string, fingerprint: Fingerprint | undefined): Promise<string> {
  const articles = articlesTable(db);
  const known = await articles.get(key);
  if (known) return known.alias ?? key;
  if (!fingerprint) return key;
  const bands = fingerprintBands(fingerprint);
  let best: { key: string; score: number } | undefined;
  for (const candidate of await rowsWithBands(articles, bands)) {
    if (!candidate.fingerprint || !sameArticle(candidate.fingerprint, fingerprint)) continue;
    const score = fingerprintSimilarity(candidate.fingerprint, fingerprint);
    if (!best || score > best.score) best = { key: candidate.key, score };
  }
  if (best) {
    await articles.put({ key, alias: best.key });
    return best.key;
  }
  await articles.put({ key, fingerprint: Uint32Array.from(fingerprint), bands });
  return key;
}

/**
 * Records that the found people and claims appear on this page: one sighting per ref and article,
 * so revisiting the page (or a copy of it) adds nothing and keeps the first `firstSeen`.
 */
export function recordSightings(db: BackstoryDB, page: SightingPage, found: readonly FoundRef[], now = Date.now()): Promise<Result<{ added: number; article: string }>> {
  const key = articleKey(page);
  const site = siteKey(page.site || hostOf(page.url));
  // A ref found several times on the page: the first sentence found for it is the one kept.
  const unique = new Map<string, FoundRef>();
  for (const f of found) {
    const id = `${f.kind}\u0000${f.refId}`;
    const earlier = unique.get(id);
    if (!earlier || (!earlier.sentence && f.sentence)) unique.set(id, f);
  }
  return withReopen(db, () =>
    db.transaction('rw', [db.sightings, totalsTable(db), articlesTable(db)], async () => {
      if (unique.size === 0) return { added: 0, article: key };
      const article = await resolveArticle(db, key, page.fingerprint);
      const fresh: Sighting[] = [];
      for (const f of unique.values()) {
        if ((await db.sightings.where('[kind+refId+canonicalUrl]').equals([f.kind, f.refId, article]).count()) > 0) continue;
        fresh.push({
          kind: f.kind,
          refId: f.refId,
          url: page.url.replace(/#.*$/, ''),
          canonicalUrl: article,
          site,
          title: clip(page.title, TITLE_CHARS),
          ...(page.publishedDate && { publishedDate: page.publishedDate }),
          firstSeen: now,
          ...(f.sentence && { sentence: clip(f.sentence, SENTENCE_CHARS) }),
        });
      }
      if (fresh.length === 0) return { added: 0, article };
      const keys = fresh.map((s): [string, string] => [s.kind, s.refId]);
      const totals = await totalsTable(db).bulkGet(keys);
      const updated = fresh.map((s, i) => {
        const row = totals[i] ?? { kind: s.kind, refId: s.refId, sites: {} };
        tallySighting(row.sites, s.site, sightingTime(s));
        return row;
      });
      await db.sightings.bulkAdd(fresh);
      await totalsTable(db).bulkPut(updated);
      return { added: fresh.length, article };
    }),
  );
}

/** "Seen on N pages across M sites, first DATE, last DATE" for one person or claim: one keyed read. */
export function sightingStats(db: BackstoryDB, kind: Sighting['kind'], refId: string, excludedSites: readonly string[] = []): Promise<Result<SightingStats>> {
  return withReopen(db, async () => summarise((await totalsTable(db).get([kind, refId]))?.sites, excludedSites));
}

/** The same figures for many refs at once (the library list): one bulk read. */
export function sightingStatsMany(db: BackstoryDB, kind: Sighting['kind'], refIds: readonly string[], excludedSites: readonly string[] = []): Promise<Result<Record<string, SightingStats>>> {
  return withReopen(db, async () => {
    const rows = await totalsTable(db).bulkGet(refIds.map((id): [string, string] => [kind, id]));
    return Object.fromEntries(refIds.map((id, i) => [id, summarise(rows[i]?.sites, excludedSites)]));
  });
}

/** The claim page's timeline: each site with its sightings by date, sites ordered by their earliest one. */
export function sightingsBySite(db: BackstoryDB, kind: Sighting['kind'], refId: string, excludedSites: readonly string[] = []): Promise<Result<SiteTimeline[]>> {
  return withReopen(db, async () => {
    const bySite = new Map<string, TimelineEntry[]>();
    for (const s of await db.sightings.where('[kind+refId]').equals([kind, refId]).toArray()) {
      if (excludedSites.includes(s.site)) continue;
      const entry: TimelineEntry = { url: s.url, title: s.title, at: sightingTime(s), firstSeen: s.firstSeen };
      if (s.publishedDate) entry.publishedDate = s.publishedDate;
      if (s.sentence) entry.sentence = s.sentence;
      const entries = bySite.get(s.site);
      if (entries) entries.push(entry);
      else bySite.set(s.site, [entry]);
    }
    const timeline = [...bySite].map(([site, entries]) => ({ site, entries: entries.sort((a, b) => a.at - b.at) }));
    return timeline.sort((a, b) => (a.entries[0]?.at ?? 0) - (b.entries[0]?.at ?? 0) || a.site.localeCompare(b.site));
  });
}

/** The claims met on the most new pages since `sinceMs` (the popup's "seen most this week"). */
export function topClaimsSince(db: BackstoryDB, sinceMs: number, limit = 5, excludedSites: readonly string[] = []): Promise<Result<TopClaim[]>> {
  return withReopen(db, async () => {
    const tally = new Map<string, { pages: number; sites: Set<string> }>();
    const recent = db.sightings.where('[kind+firstSeen]').between(['claim', sinceMs], ['claim', Dexie.maxKey], true, true);
    for (const s of await recent.toArray()) {
      if (excludedSites.includes(s.site)) continue;
      const t = tally.get(s.refId) ?? { pages: 0, sites: new Set<string>() };
      t.pages += 1;
      t.sites.add(s.site);
      tally.set(s.refId, t);
    }
    const top = [...tally].map(([refId, t]) => ({ refId, pages: t.pages, sites: t.sites.size }));
    return top.sort((a, b) => b.pages - a.pages || b.sites - a.sites || a.refId.localeCompare(b.refId)).slice(0, limit);
  });
}

/** Forgets every sighting, total and article fingerprint (the reader's "clear history"). */
export function clearSightings(db: BackstoryDB): Promise<Result<void>> {
  return withReopen(db, () =>
    db.transaction('rw', [db.sightings, totalsTable(db), articlesTable(db)], async () => {
      await Promise.all([db.sightings.clear(), totalsTable(db).clear(), articlesTable(db).clear()]);
    }),
  );
}
