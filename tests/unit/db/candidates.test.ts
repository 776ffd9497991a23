// Discovery: a sentence on pages of two sites becomes a candidate claim; copies, one site, short sentences and dismissed ones do not.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  candidateClaims, clearDiscovery, dismissCandidate, MAX_DISCOVERY_PAGES, promoteCandidate, recordPageSentences, recordSightings, sightingsBySite, sightingStats,
  type BackstoryDB, type DiscoveryPage,
} from '../../../lib/db';
import { freshDb, must } from './helpers';

const T0 = Date.parse('2024-05-01T12:00:00Z');
const SHARED = 'Unmarked helicopters are delivering weapons and ammunition to militants in the north of Afghanistan, the envoy claimed.';
const REWORDED = 'Unmarked helicopters are delivering weapons and ammunition to the militants in northern Afghanistan, the envoy claimed.';
// Sentences no other site writes: every word carries the site and sentence number (spelt in letters: digits read alike).
const spell = (n: number) => [...String(n)].map((d) => 'abcdefghij'[Number(d)]).join('');
const filler = (site: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${Array.from({ length: 10 }, (_, w) => `${site}${spell(i)}q${spell(w)}`).join(' ')}.`);
const page = (url: string, extra: Partial<DiscoveryPage> = {}): DiscoveryPage => ({ url, title: `Title ${url}`, ...extra });

let db: BackstoryDB;
beforeEach(async () => {
  db = await freshDb();
});

describe('recordPageSentences and candidateClaims', () => {
  it('offers a sentence reworded on two sites, with where it was seen and both dates', async () => {
    expect(must(await recordPageSentences(db, page('https://a.example/1', { publishedDate: '2024-04-01' }), [SHARED, ...filler('a', 5)], T0))).toEqual([]);
    const joined = must(await recordPageSentences(db, page('https://www.b.example/2?utm_source=x'), [...filler('b', 5), REWORDED], T0 + 1000));
    expect(joined).toHaveLength(1);
    const [candidate, ...rest] = must(await candidateClaims(db));
    expect(rest).toEqual([]);
    expect(candidate).toMatchObject({ text: REWORDED, variants: [REWORDED], sites: ['b.example', 'a.example'], pages: 2, firstSeen: T0, lastSeen: T0 + 1000, status: 'open' });
    expect(candidate!.seen.map((s) => [s.site, s.url, s.publishedDate])).toEqual([
      ['b.example', 'https://www.b.example/2?utm_source=x', undefined],
      ['a.example', 'https://a.example/1', '2024-04-01'],
    ]);
    expect(candidate).not.toHaveProperty('signature');
  });

  it('lets later pages join the candidate with their wording, and counts sites', async () => {
    must(await recordPageSentences(db, page('https://a.example/1'), [SHARED], T0));
    must(await recordPageSentences(db, page('https://b.example/1'), [REWORDED], T0 + 1));
    must(await recordPageSentences(db, page('https://c.example/1'), [SHARED], T0 + 2));
    const [candidate] = must(await candidateClaims(db));
    expect(candidate).toMatchObject({ variants: [REWORDED, SHARED], pages: 3, lastSeen: T0 + 2 });
    expect(candidate!.sites.sort()).toEqual(['a.example', 'b.example', 'c.example']);
    expect(must(await candidateClaims(db, { minSites: 3 }))).toHaveLength(1);
    expect(must(await candidateClaims(db, { minSites: 3, excludedSites: ['c.example'] }))).toHaveLength(0);
  });

  it('does not offer a sentence repeated only on one site, short sentences, or a revisit', async () => {
    const short = 'The envoy denied it.';
    must(await recordPageSentences(db, page('https://a.example/1'), [SHARED, short], T0));
    must(await recordPageSentences(db, page('https://a.example/2'), [SHARED, short], T0 + 1));
    must(await recordPageSentences(db, page('https://a.example/1#again'), [SHARED], T0 + 2));
    must(await recordPageSentences(db, page('https://b.example/1'), [short], T0 + 3));
    expect(must(await candidateClaims(db))).toEqual([]);
  });

  it('treats two pages sharing many sentences as copies of one article, not a narrative', async () => {
    const article = filler('wire', 6);
    must(await recordPageSentences(db, page('https://wire.example/1'), article, T0));
    must(await recordPageSentences(db, page('https://reprint.example/9'), [...article, ...filler('reprint', 3)], T0 + 1));
    expect(must(await candidateClaims(db))).toEqual([]);
  });

  it('remembers a dismissal when the sentence recurs elsewhere', async () => {
    must(await recordPageSentences(db, page('https://a.example/1'), [SHARED], T0));
    must(await recordPageSentences(db, page('https://b.example/1'), [SHARED], T0 + 1));
    const [candidate] = must(await candidateClaims(db));
    expect(must(await dismissCandidate(db, candidate!.key))).toBe(true);
    expect(must(await recordPageSentences(db, page('https://c.example/1'), [REWORDED], T0 + 2))).toEqual([]);
    expect(must(await candidateClaims(db))).toEqual([]);
    expect(must(await dismissCandidate(db, 'no-such-key'))).toBe(false);
  });

  it('promotes a candidate to the reader’s claim with its wordings as variants, once', async () => {
    must(await recordPageSentences(db, page('https://a.example/1'), [SHARED], T0));
    must(await recordPageSentences(db, page('https://b.example/1'), [REWORDED], T0 + 1));
    must(await recordPageSentences(db, page('https://c.example/1'), [SHARED], T0 + 2));
    const [candidate] = must(await candidateClaims(db));
    const claim = must(await promoteCandidate(db, candidate!.key, 'Helicopters deliver weapons to militants in northern Afghanistan'));
    expect(claim).toMatchObject({ text: 'Helicopters deliver weapons to militants in northern Afghanistan', variants: [REWORDED, SHARED], origin: { kind: 'user' } });
    expect(await db.claims.get(claim.id)).toBeDefined();
    expect(must(await candidateClaims(db))).toEqual([]);
    expect((await promoteCandidate(db, candidate!.key)).ok).toBe(false);
    must(await recordPageSentences(db, page('https://d.example/1'), [SHARED], T0 + 3));
    expect(must(await candidateClaims(db))).toEqual([]);
  });

  it('gives the promoted claim the candidate’s pages as its first sightings, dated as they were seen', async () => {
    must(await recordPageSentences(db, page('https://a.example/1', { publishedDate: '2024-04-01' }), [SHARED], T0));
    must(await recordPageSentences(db, page('https://b.example/world/story-2', { canonicalUrl: 'https://b.example/2' }), [REWORDED], T0 + 1000));
    const [candidate] = must(await candidateClaims(db));
    const claim = must(await promoteCandidate(db, candidate!.key));
    expect(must(await sightingStats(db, 'claim', claim.id))).toEqual({ pages: 2, sites: 2, first: Date.parse('2024-04-01'), last: T0 + 1000 });
    const timeline = must(await sightingsBySite(db, 'claim', claim.id));
    expect(timeline.map((t) => [t.site, t.entries.map((e) => e.url)])).toEqual([['a.example', ['https://a.example/1']], ['b.example', ['https://b.example/world/story-2']]]);
    // Reading one of those pages again (at the address its canonical link gives) adds nothing.
    must(await recordSightings(db, { url: 'https://b.example/2', title: 'Title' }, [{ kind: 'claim', refId: claim.id, sentence: REWORDED }], T0 + 5000));
    expect(must(await sightingStats(db, 'claim', claim.id)).pages).toBe(2);
  });

  it('promotes with the candidate’s own text when none is given, not repeating it as a variant', async () => {
    must(await recordPageSentences(db, page('https://a.example/1'), [SHARED], T0));
    must(await recordPageSentences(db, page('https://b.example/1'), [SHARED], T0 + 1));
    const [candidate] = must(await candidateClaims(db));
    expect(must(await promoteCandidate(db, candidate!.key))).toMatchObject({ text: SHARED, variants: [] });
  });

  it('clearDiscovery forgets pages and open candidates but keeps dismissals', async () => {
    must(await recordPageSentences(db, page('https://a.example/1'), [SHARED, ...filler('a', 2)], T0));
    must(await recordPageSentences(db, page('https://b.example/1'), [SHARED, filler('a', 2)[1]!], T0 + 1));
    const keys = must(await candidateClaims(db)).map((c) => c.key);
    expect(keys).toHaveLength(2);
    must(await dismissCandidate(db, keys[0]!));
    must(await clearDiscovery(db));
    expect(await db.table('discoveryPages').count()).toBe(0);
    expect((await db.table('candidates').toArray()).map((c: { key: string }) => c.key)).toEqual([keys[0]]);
  });
});

describe('bounded storage', () => {
  it('keeps at most the cap of pages, evicting the oldest seen', async () => {
    const cap = 50;
    expect(cap).toBeLessThan(MAX_DISCOVERY_PAGES);
    for (let i = 0; i <= cap; i++) must(await recordPageSentences(db, page(`https://s${i}.example/p`), [filler(`s${spell(i)}`, 1)[0]!], T0 + i, cap));
    const pages = db.table('discoveryPages');
    expect(await pages.count()).toBe(cap);
    expect(await pages.get('https://s0.example/p')).toBeUndefined();
    expect(await pages.get(`https://s${cap}.example/p`)).toBeDefined();
  });

  it('stores signatures, not text: 128 bytes a sentence', async () => {
    must(await recordPageSentences(db, page('https://a.example/1'), filler('a', 40), T0));
    const [row] = await db.table('discoveryPages').toArray();
    expect(JSON.stringify(row)).not.toContain('aaqa');
    expect(row.signatures.byteLength / 40).toBeLessThanOrEqual(128);
  });
});
