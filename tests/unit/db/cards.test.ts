// The hover cards' reads: a person's latest statements, this page's snippets, the site note, sightings elsewhere.
import { beforeEach, describe, expect, it } from 'vitest';
import { claimCard, pageSnippetAnchors, personCard, saveSnippet, type BackstoryDB } from '../../../lib/db';
import { importPack } from '../../../lib/db/import';
import { freshDb, must, samplePack, sampleSnippet } from './helpers';

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
    await db.sightings.bulkAdd([
      { kind: 'person', refId: 'zamir-kabulov', url: 'https://x.example/1', canonicalUrl: 'https://x.example/1', site: 'x.example', title: 'One', firstSeen: 1 },
      { kind: 'person', refId: 'zamir-kabulov', url: PAGE.url, canonicalUrl: PAGE.canonicalUrl, site: PAGE.site, title: 'Here', firstSeen: 2 },
    ]);
    const card = must(await personCard(db, 'zamir-kabulov', PAGE))!;
    expect(card.person.name).toBe('Zamir Kabulov');
    expect(card.statements.map((s) => s.date)).toEqual(['2022-05-01', '2021-01', '2020-04']);
    expect(card.moreStatements).toBe(1);
    expect(card.pageSnippets).toHaveLength(2);
    expect(card.source?.note).toBe('State-affiliated.');
    expect(card.seen).toMatchObject({ total: 1, sites: ['x.example'] });
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
