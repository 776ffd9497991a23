import { describe, expect, it } from 'vitest';
import { importPack } from '@/lib/db/import';
import { saveSnippet } from '@/lib/db/queries';
import { createSource, updatePerson } from '@/lib/db/edit';
import { buildSearchIndex } from '@/lib/db/search-sync';
import { recordSightings, sightingStats } from '@/lib/db/sightings';
import {
  claimView,
  describeRemoval,
  followCatalog,
  loadCatalog,
  personView,
  queryLibrary,
  removeRecord,
  restoreRemoval,
  recurrenceOf,
  statsOfTimeline,
  diffCatalogs,
  sourceView,
  type Catalog,
} from '@/lib/db/library';
import { dump, freshDb, must, samplePack, sampleSnippet } from '../db/helpers';

const PACK = { kind: 'pack', packId: 'sample' } as const;

async function seeded() {
  const db = await freshDb();
  must(await importPack(db, samplePack(), PACK));
  const a = must(await saveSnippet(db, sampleSnippet({ personId: 'zamir-kabulov', claimIds: ['unmarked-helicopters'], tags: ['envoy'], publishedDate: '2021-09-01' })));
  const b = must(await saveSnippet(db, sampleSnippet({ text: 'Laboratories near the border, the minister said.', site: 'other.example', url: 'https://other.example/b', canonicalUrl: '', claimIds: ['bio-labs'], publishedDate: '2022-03-11' })));
  return { db, a, b };
}

describe('queryLibrary', () => {
  it('finds a snippet by a word of its quote and joins the record', async () => {
    const { db, a } = await seeded();
    const catalog = must(await loadCatalog(db));
    const { index } = await buildSearchIndex(db);
    const items = queryLibrary(catalog, index, { q: 'markings' });
    expect(items.map((i) => [i.kind, i.id])).toEqual([['snippet', a.id]]);
    expect(items[0]?.record).toEqual(a);
    expect(items[0]?.date).toBe('2021-09-01');
  });

  it('finds sources by domain, name or note, which the full-text index does not hold', async () => {
    const { db } = await seeded();
    const items = queryLibrary(must(await loadCatalog(db)), null, { q: 'state-affiliated', kind: 'source' });
    expect(items.map((i) => i.id)).toEqual(['example.org']);
  });

  it('lists everything of a kind newest first when the query is empty', async () => {
    const { db } = await seeded();
    const items = queryLibrary(must(await loadCatalog(db)), null, { kind: 'statement' });
    expect(items.map((i) => i.date)).toEqual(['2022-03-10', '2020-04', '2017-12']);
  });

  it('filters by person: their statements and snippets, themselves, and the claims they made', async () => {
    const { db, a } = await seeded();
    const items = queryLibrary(must(await loadCatalog(db)), null, { person: 'zamir-kabulov' });
    const found = items.map((i) => `${i.kind}:${i.kind === 'statement' ? i.record.text : i.id}`).sort();
    expect(found).toEqual([
      'claim:unmarked-helicopters',
      'person:zamir-kabulov',
      `snippet:${a.id}`,
      'statement:Helicopters again, in the north.',
      'statement:Unidentified helicopters fly at night.',
    ]);
  });

  it('filters by claim, site, tag and date range together', async () => {
    const { db, a, b } = await seeded();
    const catalog = must(await loadCatalog(db));
    expect(queryLibrary(catalog, null, { claim: 'bio-labs', kind: 'snippet' }).map((i) => i.id)).toEqual([b.id]);
    expect(queryLibrary(catalog, null, { site: 'other.example', kind: 'snippet' }).map((i) => i.id)).toEqual([b.id]);
    expect(queryLibrary(catalog, null, { tag: 'envoy' }).map((i) => i.id)).toEqual([a.id]);
    expect(queryLibrary(catalog, null, { kind: 'statement', from: '2018', to: '2021-12' }).map((i) => i.date)).toEqual(['2020-04']);
    // A month is in a range that starts within it.
    expect(queryLibrary(catalog, null, { kind: 'statement', from: '2017-12-20', to: '2017-12-31' }).map((i) => i.date)).toEqual(['2017-12']);
  });

  it('sorts by relevance or by date when asked', async () => {
    const { db } = await seeded();
    const catalog = must(await loadCatalog(db));
    const { index } = await buildSearchIndex(db);
    const byDate = queryLibrary(catalog, index, { q: 'helicopters', sort: 'date' }).filter((i) => i.date !== undefined);
    const dates = byDate.map((i) => i.date!);
    expect(dates).toEqual([...dates].sort().reverse());
    const byScore = queryLibrary(catalog, index, { q: 'helicopters', sort: 'relevance' });
    const scores = byScore.map((i) => i.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
  });
});

describe('page views', () => {
  it('a person page has their statements newest first, their snippets and the sites they were met on', async () => {
    const { db, a } = await seeded();
    const view = personView(must(await loadCatalog(db)), 'zamir-kabulov')!;
    expect(view.statements.map((s) => s.date)).toEqual(['2020-04', '2017-12']);
    expect(view.snippets.map((s) => s.id)).toEqual([a.id]);
    expect(view.sites).toEqual([
      { site: 'example.org', count: 1 },
      { site: 'news.example.com', count: 1 },
    ]);
    expect(personView(must(await loadCatalog(db)), 'nobody')).toBeNull();
  });

  it('a claim page has its statements with speakers, and its snippets', async () => {
    const { db, a } = await seeded();
    const view = claimView(must(await loadCatalog(db)), 'unmarked-helicopters')!;
    expect(view.statements).toHaveLength(2);
    expect(view.speakers.get('zamir-kabulov')).toBe('Zamir Kabulov');
    expect(view.snippets.map((s) => s.id)).toEqual([a.id]);
  });

  it('a source page has the note, snippets and the claims and people met there, with or without www.', async () => {
    const { db, b } = await seeded();
    must(await createSource(db, { domain: 'other.example', note: 'Regional weekly.' }));
    const view = sourceView(must(await loadCatalog(db)), 'www.other.example');
    expect(view.source?.note).toBe('Regional weekly.');
    expect(view.snippets.map((s) => s.id)).toEqual([b.id]);
    expect(view.claims.map((c) => [c.claim.id, c.count])).toEqual([['bio-labs', 1]]);
  });

  it('where a person was seen: the line’s figures agree with the timeline by site, excluded sites left out', async () => {
    const { db } = await seeded();
    const found = [{ kind: 'person' as const, refId: 'zamir-kabulov' }];
    must(await recordSightings(db, { url: 'https://a.example/1', title: 'One', publishedDate: '2020-03-12' }, found, 5));
    must(await recordSightings(db, { url: 'https://a.example/2', title: 'Two' }, found, Date.UTC(2021, 5, 3)));
    must(await recordSightings(db, { url: 'https://b.example/1', title: 'Three', publishedDate: '2019-01-01' }, found, 9));
    must(await recordSightings(db, { url: 'https://c.example/1', title: 'Other' }, [{ kind: 'person', refId: 'other' }], 9));
    const all = must(await recurrenceOf(db, 'person', 'zamir-kabulov'));
    expect(all.bySite.map((r) => [r.site, r.entries.map((e) => e.title)])).toEqual([['b.example', ['Three']], ['a.example', ['One', 'Two']]]);
    expect(all.stats).toEqual({ pages: 3, sites: 2, first: Date.parse('2019-01-01'), last: Date.UTC(2021, 5, 3) });
    expect(all.stats).toEqual(must(await sightingStats(db, 'person', 'zamir-kabulov')));
    const without = must(await recurrenceOf(db, 'person', 'zamir-kabulov', ['b.example']));
    expect(without.stats).toEqual({ pages: 2, sites: 1, first: Date.parse('2020-03-12'), last: Date.UTC(2021, 5, 3) });
  });

  it('a person or claim never seen has no dates', () => {
    expect(statsOfTimeline([])).toEqual({ pages: 0, sites: 0 });
  });
});

describe('delete and undo', () => {
  for (const [kind, id] of [
    ['person', 'zamir-kabulov'],
    ['claim', 'unmarked-helicopters'],
    ['source', 'example.org'],
  ] as const) {
    it(`deleting a ${kind} and undoing leaves the database exactly as before`, async () => {
      const { db } = await seeded();
      const before = await dump(db);
      const removal = must(await removeRecord(db, kind, id));
      expect(await dump(db)).not.toEqual(before);
      must(await restoreRemoval(db, removal));
      expect(await dump(db)).toEqual(before);
    });
  }

  it('deleting a person removes their statements and unfiles their snippets; the message says so', async () => {
    const { db, a } = await seeded();
    const removal = must(await removeRecord(db, 'person', 'zamir-kabulov'));
    expect(removal).toMatchObject({ kind: 'person', snippetIds: [a.id] });
    expect(await db.statements.where('personId').equals('zamir-kabulov').count()).toBe(0);
    expect((await db.snippets.get(a.id))?.personId).toBeUndefined();
    expect(describeRemoval(removal)).toBe('Deleted Zamir Kabulov and 2 prior statements.');
  });

  it('deleting a snippet or a statement can be undone', async () => {
    const { db, a } = await seeded();
    const statement = (await db.statements.toArray())[0]!;
    const before = await dump(db);
    const first = must(await removeRecord(db, 'snippet', a.id));
    const second = must(await removeRecord(db, 'statement', statement.id));
    must(await restoreRemoval(db, second));
    must(await restoreRemoval(db, first));
    expect(await dump(db)).toEqual(before);
  });

  it('refuses to delete what is not there, and changes nothing', async () => {
    const { db } = await seeded();
    const before = await dump(db);
    expect(await removeRecord(db, 'claim', 'missing')).toEqual({ ok: false, error: 'That record no longer exists.' });
    expect(await dump(db)).toEqual(before);
  });
});

describe('followCatalog', () => {
  it('follows edits, deletes and clears made through the same database object', async () => {
    const { db, a } = await seeded();
    let catalog: Catalog = must(await loadCatalog(db));
    const stop = followCatalog(db, () => catalog, (next) => (catalog = next));
    must(await updatePerson(db, 'zamir-kabulov', { aliases: ['Kabulov', 'Zamir Nikolayevich'] }));
    expect(catalog.people.get('zamir-kabulov')?.aliases).toContain('Zamir Nikolayevich');
    must(await removeRecord(db, 'snippet', a.id));
    expect(catalog.snippets.has(a.id)).toBe(false);
    const untouched = catalog.claims;
    must(await removeRecord(db, 'statement', [...catalog.statements.keys()][0]!));
    expect(catalog.claims).toBe(untouched);
    await db.snippets.clear();
    await new Promise((r) => setTimeout(r, 20));
    expect(catalog.snippets.size).toBe(0);
    stop();
  });
});

describe('diffCatalogs', () => {
  it('reports what another connection added, changed and deleted, and nothing else', async () => {
    const { db, a, b } = await seeded();
    const before = must(await loadCatalog(db));
    const other = new (db.constructor as typeof import('@/lib/db/schema').BackstoryDB)(db.name, { indexedDB: db._options.indexedDB, IDBKeyRange: db._options.IDBKeyRange });
    await other.snippets.update(a.id, { note: 'from the popup', updatedAt: a.updatedAt + 1 });
    await other.snippets.delete(b.id);
    const c = must(await saveSnippet(other, sampleSnippet({ text: 'a third one' })));
    const changes = diffCatalogs(before, must(await loadCatalog(db)));
    expect(changes).toHaveLength(1);
    expect(changes[0]!.table).toBe('snippets');
    expect((changes[0]!.put as { id: string }[]).map((s) => s.id).sort()).toEqual([a.id, c.id].sort());
    expect(changes[0]!.deleted).toEqual([b.id]);
    expect(diffCatalogs(before, before)).toEqual([]);
  });
});
