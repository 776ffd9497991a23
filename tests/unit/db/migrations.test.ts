/**
 * Pattern for every schema version: build a database exactly as version N left it, using the raw
 * IndexedDB API (frozen here, never derived from lib/db), open it with the current BackstoryDB,
 * and check the data. For v2, add a `v2` block that writes the v1 fixture below and asserts the
 * upgraded rows; this v1 block keeps guarding that the v1 declaration is never edited in place.
 */
import { describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { BackstoryDB } from '../../../lib/db/schema';

type StoreSpec = { keyPath: string | null; autoIncrement?: boolean; indexes: [string, string | string[], boolean][] };

// The v1 layout as Dexie writes it (Dexie stores version N as IndexedDB version N * 10).
const V1_LAYOUT: Record<string, StoreSpec> = {
  people: { keyPath: 'id', indexes: [] },
  claims: { keyPath: 'id', indexes: [] },
  statements: { keyPath: 'id', indexes: [['personId', 'personId', false], ['[personId+date]', ['personId', 'date'], false], ['claimIds', 'claimIds', true], ['date', 'date', false]] },
  snippets: { keyPath: 'id', indexes: [['url', 'url', false], ['canonicalUrl', 'canonicalUrl', false], ['site', 'site', false], ['personId', 'personId', false], ['claimIds', 'claimIds', true], ['savedAt', 'savedAt', false], ['tags', 'tags', true]] },
  sources: { keyPath: 'domain', indexes: [] },
  sightings: { keyPath: 'id', autoIncrement: true, indexes: [['[kind+refId]', ['kind', 'refId'], false], ['canonicalUrl', 'canonicalUrl', false], ['site', 'site', false], ['firstSeen', 'firstSeen', false]] },
  meta: { keyPath: 'key', indexes: [] },
};

const V1_ROWS: Record<string, unknown[]> = {
  people: [{ id: 'p1', name: 'Zamir Kabulov', aliases: ['Kabulov'], origin: { kind: 'pack', packId: 'd' }, updatedAt: 1 }],
  statements: [
    { id: 's1', personId: 'p1', text: 'Older.', date: '2017-12', claimIds: ['c1'], origin: { kind: 'user' }, updatedAt: 1 },
    { id: 's2', personId: 'p1', text: 'Newer.', date: '2020-04', claimIds: [], origin: { kind: 'user' }, updatedAt: 1 },
  ],
  sightings: [{ kind: 'person', refId: 'p1', url: 'u', canonicalUrl: 'u', site: 's', title: 't', firstSeen: 5 }],
  meta: [{ key: 'pack:d', value: { packId: 'd', revision: 1, importedAt: 1 } }],
};

function writeRawV1(factory: IDBFactory, name: string, rows: Record<string, unknown[]> = V1_ROWS): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name, 10);
    request.onupgradeneeded = () => {
      const raw = request.result;
      for (const [store, spec] of Object.entries(V1_LAYOUT)) {
        const os = raw.createObjectStore(store, { keyPath: spec.keyPath, autoIncrement: spec.autoIncrement ?? false });
        for (const [index, keyPath, multiEntry] of spec.indexes) os.createIndex(index, keyPath, { multiEntry });
      }
      for (const [store, list] of Object.entries(rows)) for (const row of list) request.transaction?.objectStore(store).add(row);
    };
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

describe('v1 data', () => {
  it('opens without loss and its indexes answer queries', async () => {
    const factory = new IDBFactory();
    await writeRawV1(factory, 'legacy');
    const db = new BackstoryDB('legacy', { indexedDB: factory, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(2);
    expect(await db.people.toArray()).toEqual(V1_ROWS['people']);
    const newest = await db.statements.where('[personId+date]').between(['p1', ''], ['p1', '\uffff']).reverse().first();
    expect(newest?.id).toBe('s2');
    expect(await db.statements.where('claimIds').equals('c1').primaryKeys()).toEqual(['s1']);
    expect(await db.sightings.where('[kind+refId]').equals(['person', 'p1']).count()).toBe(1);
    expect((await db.meta.get('pack:d'))?.value).toMatchObject({ revision: 1 });
    db.close();
  });
});

// v1 sightings were never deduplicated: v2 gives each its article key and site key, drops repeats of one article, builds totals.
const V1_SIGHTINGS = [
  { kind: 'claim', refId: 'c1', url: 'https://www.a.example/story?utm_source=x', canonicalUrl: 'https://www.a.example/story?utm_source=x', site: 'www.a.example', title: 'A', firstSeen: 100 },
  { kind: 'claim', refId: 'c1', url: 'https://amp.a.example/story/amp', canonicalUrl: 'https://a.example/story', site: 'amp.a.example', title: 'A (AMP)', firstSeen: 200 },
  { kind: 'claim', refId: 'c1', url: 'https://b.example/other', canonicalUrl: 'https://b.example/other', site: 'b.example', title: 'B', publishedDate: '2020-01-02', firstSeen: 300 },
  { kind: 'person', refId: 'p1', url: 'https://b.example/other', canonicalUrl: 'https://b.example/other', site: 'b.example', title: 'B', firstSeen: 300 },
];

describe('v1 → v2', () => {
  it('keys sightings by article, drops repeats, builds totals, and the new indexes answer', async () => {
    const factory = new IDBFactory();
    await writeRawV1(factory, 'legacy-sightings', { ...V1_ROWS, sightings: V1_SIGHTINGS });
    const db = new BackstoryDB('legacy-sightings', { indexedDB: factory, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(2);
    const rows = await db.sightings.where('[kind+refId]').equals(['claim', 'c1']).toArray();
    expect(rows.map((r) => [r.canonicalUrl, r.site, r.firstSeen])).toEqual([
      ['https://a.example/story', 'a.example', 100],
      ['https://b.example/other', 'b.example', 300],
    ]);
    expect(await db.sightings.where('[kind+refId+canonicalUrl]').equals(['claim', 'c1', 'https://a.example/story']).count()).toBe(1);
    expect(await db.sightings.where('[kind+firstSeen]').between(['person', 0], ['person', 1000]).count()).toBe(1);
    expect(await db.table('sightingTotals').get(['claim', 'c1'])).toEqual({
      kind: 'claim', refId: 'c1', sites: { 'a.example': { n: 1, first: 100, last: 100 }, 'b.example': { n: 1, first: Date.parse('2020-01-02'), last: Date.parse('2020-01-02') } },
    });
    expect(await db.table('sightingTotals').get(['person', 'p1'])).toMatchObject({ sites: { 'b.example': { n: 1 } } });
    expect((await db.people.toArray()).map((p) => p.id)).toEqual(['p1']);
    db.close();
  });
});
