// The hover cards' reads: a person's latest statements, this page's snippets, the site note, sightings elsewhere.
import { beforeEach, describe, expect, it } from 'vitest';
import { claimCard, pageSnippetAnchors, personCard, recordSightings, saveSnippet, seenElsewhere, sightingStats, type BackstoryDB, type FoundRef } from '../../../lib/db';
import { importPack } from '../../../lib/db/import';
import { freshDb, must, samplePack, sampleSnippet } from './helpers';

const ZAMIR: FoundRef = { kind: 'person', refId: 'zamir-kabulov' };
const PAGE = { url: 'https://news.example.com/a?utm=1', canonicalUrl: 'https://news.example.com/a', site: 'example.org' };
let db: BackstoryDB;

beforeEach(async () => {
  db = await freshDb();
  const pack = samplePack();
  const statements: Record<string, unknown>[] = [
    ...pack.statements,
    { personId: 'zamir-kabulov', text: 'Third.', date: '2021-01' },
    { personId: 'zamir-kabulov', text: 'Fourth.', date: '2022-05-01' },
  ];
  must(await importPack(db, { ...pack, statements }, { kind: 'pack', packId: 'sample' }));
});

describe('personCard', () => {
  it('gives the latest three statements, how many more, the site note and this page’s snippets', async () => {
    must(await saveSnippet(db, sampleSnippet({ personId: 'zamir-kabulov' })));
    must(await saveSnippet(db, sampleSnippet({ url: 'https://news.example.com/a', personId: 'zamir-kabulov', text: 'Same page, other address.' })));
    must(await saveSnippet(db, sampleSnippet({ url: 'https://other.example/b', canonicalUrl: 'https://other.example/b', personId: 'zamir-kabulov' })));
    must(await recordSightings(db, { url: 'https://x.example/1', title: 'One' }, [ZAMIR], 1));
    must(await recordSightings(db, { url: PAGE.url, canonicalUrl: PAGE.canonicalUrl, title: 'Here' }, [ZAMIR], 2));
    const card = must(await personCard(db, 'zamir-kabulov', PAGE))!;
    expect(card.person.name).toBe('Zamir Kabulov');
    expect(card.statements.map((s) => s.date)).toEqual(['2022-05-01', '2021-01', '2020-04']);
    expect(card.moreStatements).toBe(1);
    expect(card.pageSnippets).toHaveLength(2);
    expect(card.source?.note).toBe('State-affiliated.');
    expect(card.seen).toEqual({ pages: 1, sites: 1, first: 1, last: 1 });
  });

  it('is null for a person that no longer exists', async () => {
    expect(must(await personCard(db, 'nobody', PAGE))).toBeNull();
  });
});

describe('claimCard', () => {
  it('gathers statements filed under the claim with their speakers, and its snippets', async () => {
    must(await saveSnippet(db, sampleSnippet({ claimIds: ['unmarked-helicopters'] })));
    const card = must(await claimCard(db, 'unmarked-helicopters', PAGE))!;
    expect(card.claim.verdict).toBe('unverified');
    expect(card.statements.map((s) => s.date)).toEqual(['2020-04', '2017-12']);
    expect(card.speakers).toEqual({ 'zamir-kabulov': 'Zamir Kabulov' });
    expect(card.snippets).toHaveLength(1);
  });
});

describe('pageSnippetAnchors', () => {
  it('returns ids and anchors only, never notes', async () => {
    const saved = must(await saveSnippet(db, sampleSnippet({ note: 'private thought' })));
    const anchors = must(await pageSnippetAnchors(db, { url: 'https://elsewhere/', canonicalUrl: PAGE.canonicalUrl }));
    expect(anchors).toEqual([{ id: saved.id, anchor: saved.anchor }]);
    expect(JSON.stringify(anchors)).not.toContain('private thought');
  });
});

describe('seenElsewhere', () => {
  const day = (d: string) => Date.parse(d);
  const seen = (url: string, publishedDate: string, extra: object = {}) =>
    recordSightings(db, { url, title: url, publishedDate, ...extra }, [ZAMIR], day(publishedDate));

  it('is the ref’s totals when this page was never logged', async () => {
    must(await seen('https://a.example/1', '2020-03-12'));
    must(await seen('https://b.example/1', '2021-06-03'));
    expect(await seenElsewhere(db, 'person', 'zamir-kabulov', PAGE)).toEqual(must(await sightingStats(db, 'person', 'zamir-kabulov')));
  });

  it('leaves this page out, however it was reached (tracking parameters, another address of the same article)', async () => {
    must(await seen('https://a.example/1', '2020-03-12'));
    must(await seen('https://news.example.com/a', '2022-01-01'));
    const expected = { pages: 1, sites: 1, first: day('2020-03-12'), last: day('2020-03-12') };
    expect(await seenElsewhere(db, 'person', 'zamir-kabulov', { url: 'https://www.news.example.com/a?utm_source=x', canonicalUrl: '', site: 'news.example.com' })).toEqual(expected);
    expect(await seenElsewhere(db, 'person', 'zamir-kabulov', { url: 'https://m.news.example.com/a/', canonicalUrl: '', site: 'news.example.com' })).toEqual(expected);
  });

  it('keeps the dates exact when this page was its site’s latest or earliest of several', async () => {
    must(await seen('https://a.example/1', '2020-03-12'));
    must(await seen('https://a.example/2', '2021-06-03'));
    must(await seen('https://a.example/3', '2022-01-01'));
    const here = (url: string) => ({ url, canonicalUrl: '', site: 'a.example' });
    expect(await seenElsewhere(db, 'person', 'zamir-kabulov', here('https://a.example/3'))).toEqual({ pages: 2, sites: 1, first: day('2020-03-12'), last: day('2021-06-03') });
    expect(await seenElsewhere(db, 'person', 'zamir-kabulov', here('https://a.example/1'))).toEqual({ pages: 2, sites: 1, first: day('2021-06-03'), last: day('2022-01-01') });
    expect(await seenElsewhere(db, 'person', 'zamir-kabulov', here('https://a.example/2'))).toEqual({ pages: 2, sites: 1, first: day('2020-03-12'), last: day('2022-01-01') });
  });

  it('leaves out the sites the reader excluded', async () => {
    must(await seen('https://a.example/1', '2020-03-12'));
    must(await seen('https://b.example/1', '2021-06-03'));
    expect(await seenElsewhere(db, 'person', 'zamir-kabulov', { ...PAGE, excludedSites: ['b.example'] })).toEqual({ pages: 1, sites: 1, first: day('2020-03-12'), last: day('2020-03-12') });
  });

  it('is empty for a ref never seen', async () => {
    expect(await seenElsewhere(db, 'claim', 'bio-labs', PAGE)).toEqual({ pages: 0, sites: 0 });
  });
});
