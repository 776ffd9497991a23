// Sightings: one per ref and article (copies, AMP pages and revisits count once), running totals, the claim timeline, the popup's top claims.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  clearSightings, recordSightings, sightingsBySite, sightingStats, sightingStatsMany, topClaimsSince, type BackstoryDB, type SightingPage,
} from '../../../lib/db';
import { articleFingerprint } from '../../../lib/recurrence/fingerprint';
import { freshDb, must } from './helpers';

const DAY = 86_400_000;
const T0 = Date.parse('2024-05-01T12:00:00Z');
const claim = (refId: string, sentence?: string) => ({ kind: 'claim' as const, refId, ...(sentence && { sentence }) });
const page = (url: string, extra: Partial<SightingPage> = {}): SightingPage => ({ url, title: `Title of ${url}`, ...extra });

const STORY = Array.from({ length: 12 }, (_, i) =>
  `Paragraph ${i} of the wire story reports that officials in province number ${i} described unmarked helicopters landing near villages ${['north', 'east', 'south', 'west'][i % 4]} of the river after midnight.`).join(' ');

let db: BackstoryDB;
beforeEach(async () => {
  db = await freshDb();
});

describe('recordSightings', () => {
  it('adds one sighting per ref and article, and a revisit adds nothing and keeps firstSeen', async () => {
    const p = page('https://a.example/news/1?utm_source=x', { publishedDate: '2024-04-30' });
    expect(must(await recordSightings(db, p, [claim('c1', 'A sentence.'), claim('c1'), { kind: 'person', refId: 'p1' }], T0)).added).toBe(2);
    expect(must(await recordSightings(db, page('https://www.a.example/news/1#top'), [claim('c1')], T0 + DAY)).added).toBe(0);
    const rows = await db.sightings.toArray();
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.kind === 'claim')).toMatchObject({ canonicalUrl: 'https://a.example/news/1', site: 'a.example', firstSeen: T0, sentence: 'A sentence.', publishedDate: '2024-04-30' });
    expect(must(await sightingStats(db, 'claim', 'c1')).pages).toBe(1);
  });

  it('counts the AMP copy and the canonical article once', async () => {
    must(await recordSightings(db, page('https://b.example/story'), [claim('c1')], T0));
    must(await recordSightings(db, page('https://amp.b.example/story/amp', { canonicalUrl: 'https://b.example/story' }), [claim('c1')], T0 + 1));
    expect(await db.sightings.count()).toBe(1);
  });

  it('counts a syndicated copy with a matching fingerprint once, and remembers the copy’s address', async () => {
    const original = articleFingerprint(`Wire service header. ${STORY} Subscribe to the wire.`);
    const copy = articleFingerprint(`Reprint Daily: most read today. ${STORY} Comments are moderated.`);
    must(await recordSightings(db, page('https://wire.example/a', { fingerprint: original! }), [claim('c1')], T0));
    const second = must(await recordSightings(db, page('https://reprint.example/x', { fingerprint: copy! }), [claim('c1'), claim('c2')], T0 + 1));
    expect(second.article).toBe('https://wire.example/a');
    expect(second.added).toBe(1);
    expect(must(await recordSightings(db, page('https://reprint.example/x'), [claim('c2')], T0 + 2)).added).toBe(0);
    expect(must(await sightingStats(db, 'claim', 'c1'))).toMatchObject({ pages: 1, sites: 1 });
  });

  it('keeps a different article with its own fingerprint separate', async () => {
    const other = articleFingerprint(STORY.replace(/helicopters/g, 'convoys').split(' ').reverse().join(' '));
    must(await recordSightings(db, page('https://wire.example/a', { fingerprint: articleFingerprint(STORY)! }), [claim('c1')], T0));
    must(await recordSightings(db, page('https://other.example/b', { fingerprint: other! }), [claim('c1')], T0));
    expect(must(await sightingStats(db, 'claim', 'c1'))).toMatchObject({ pages: 2, sites: 2 });
  });

  it('clips long sentences and titles so records stay small', async () => {
    must(await recordSightings(db, { url: 'https://a.example/1', title: 't'.repeat(1000) }, [claim('c1', 's'.repeat(5000))], T0));
    const row = (await db.sightings.toArray())[0]!;
    expect(row.sentence!.length).toBeLessThanOrEqual(300);
    expect(row.title.length).toBeLessThanOrEqual(200);
  });
});

describe('reads', () => {
  beforeEach(async () => {
    must(await recordSightings(db, page('https://a.example/1', { publishedDate: '2024-01-10' }), [claim('c1'), claim('c2')], T0));
    must(await recordSightings(db, page('https://a.example/2'), [claim('c1')], T0 + 2 * DAY));
    must(await recordSightings(db, page('https://www.b.example/1', { publishedDate: '2024-03-05' }), [claim('c1')], T0 + 3 * DAY));
    must(await recordSightings(db, page('https://c.example/1'), [claim('c1'), claim('c2')], T0 + 10 * DAY));
  });

  it('sightingStats: pages, sites, first by published date else first seen, last', async () => {
    expect(must(await sightingStats(db, 'claim', 'c1'))).toEqual({ pages: 4, sites: 3, first: Date.parse('2024-01-10'), last: T0 + 10 * DAY });
    expect(must(await sightingStats(db, 'claim', 'c1', ['c.example']))).toEqual({ pages: 3, sites: 2, first: Date.parse('2024-01-10'), last: T0 + 2 * DAY });
    expect(must(await sightingStats(db, 'claim', 'unknown'))).toEqual({ pages: 0, sites: 0 });
  });

  it('sightingStatsMany answers for several refs at once', async () => {
    const many = must(await sightingStatsMany(db, 'claim', ['c1', 'c2', 'none']));
    expect(Object.fromEntries(Object.entries(many).map(([k, v]) => [k, v.pages]))).toEqual({ c1: 4, c2: 2, none: 0 });
  });

  it('sightingsBySite: sites by their earliest date, each site’s entries in date order', async () => {
    const timeline = must(await sightingsBySite(db, 'claim', 'c1'));
    expect(timeline.map((t) => t.site)).toEqual(['a.example', 'b.example', 'c.example']);
    expect(timeline[0]!.entries.map((e) => e.url)).toEqual(['https://a.example/1', 'https://a.example/2']);
    expect(timeline[0]!.entries[0]).toMatchObject({ publishedDate: '2024-01-10', at: Date.parse('2024-01-10'), firstSeen: T0 });
    expect(must(await sightingsBySite(db, 'claim', 'c1', ['a.example'])).map((t) => t.site)).toEqual(['b.example', 'c.example']);
  });

  it('topClaimsSince: claims met on most new pages since a time', async () => {
    expect(must(await topClaimsSince(db, T0, 10))).toEqual([{ refId: 'c1', pages: 4, sites: 3 }, { refId: 'c2', pages: 2, sites: 2 }]);
    expect(must(await topClaimsSince(db, T0 + 5 * DAY, 10))).toEqual([{ refId: 'c1', pages: 1, sites: 1 }, { refId: 'c2', pages: 1, sites: 1 }]);
    expect(must(await topClaimsSince(db, T0, 1))).toHaveLength(1);
    expect(must(await topClaimsSince(db, T0, 10, ['a.example', 'c.example']))).toEqual([{ refId: 'c1', pages: 1, sites: 1 }]);
  });

  it('clearSightings forgets sightings, totals and fingerprints', async () => {
    must(await clearSightings(db));
    expect(await db.sightings.count()).toBe(0);
    expect(must(await sightingStats(db, 'claim', 'c1')).pages).toBe(0);
    expect(await db.table('articles').count()).toBe(0);
  });
});
