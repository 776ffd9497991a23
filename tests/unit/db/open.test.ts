import { describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { BackstoryDB } from '../../../lib/db/schema';
import { CLOSED_MESSAGE, NO_INDEXEDDB_MESSAGE, QUOTA_MESSAGE, describeDbError, openDatabase, requestPersistence } from '../../../lib/db/open';
import { importPack } from '../../../lib/db/import';
import { counts } from '../../../lib/db/queries';
import { dump, freshDb, must, samplePack } from './helpers';

describe('schema', () => {
  it('opens at the latest version (2) with every table and index', async () => {
    const result = await openDatabase(new BackstoryDB('schema-test', { indexedDB: new IDBFactory(), IDBKeyRange }));
    const db = must(result);
    expect(db.verno).toBe(2);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'articles', 'candidates', 'claims', 'discoveryPages', 'meta', 'people', 'sightingTotals', 'sightings', 'snippets', 'sources', 'statements',
    ]);
    expect(db.sightings.schema.indexes.map((i) => i.name)).toEqual(expect.arrayContaining(['[kind+refId+canonicalUrl]', '[kind+firstSeen]']));
    expect(db.statements.schema.indexes.map((i) => i.name)).toEqual(expect.arrayContaining(['personId', '[personId+date]', 'claimIds', 'date']));
    expect(db.sightings.schema.primKey.auto).toBe(true);
  });
});

describe('storage failures', () => {
  it('a full disk mid-import changes nothing and says so in words', async () => {
    const db = await freshDb();
    must(await importPack(db, samplePack(), { kind: 'pack', packId: 'sample' }));
    const before = await dump(db);
    const update = samplePack();
    update.people[0]!.name = 'Renamed Before Failure';
    update.people.push({ id: 'new-person', name: 'New Person' } as never);
    vi.spyOn(db.claims, 'bulkPut').mockRejectedValue(new DOMException('quota', 'QuotaExceededError'));

    const result = await importPack(db, update, { kind: 'pack', packId: 'sample' });
    expect(result).toEqual({ ok: false, error: QUOTA_MESSAGE });
    expect(await dump(db)).toEqual(before);
  });

  it('maps Dexie and DOM errors, including wrapped ones, to reader-facing sentences', () => {
    expect(describeDbError(new Dexie.AbortError('aborted', new DOMException('q', 'QuotaExceededError')))).toBe(QUOTA_MESSAGE);
    expect(describeDbError(new Dexie.MissingAPIError('no idb'))).toBe(NO_INDEXEDDB_MESSAGE);
    expect(describeDbError(new DOMException('x', 'InvalidStateError'))).toBe(NO_INDEXEDDB_MESSAGE);
    expect(describeDbError(new Dexie.DatabaseClosedError('closed'))).toBe(CLOSED_MESSAGE);
    expect(describeDbError(new Error('disk on fire'))).toContain('disk on fire');
  });

  it('reports a missing IndexedDB (Firefox private mode) instead of failing silently', async () => {
    expect(globalThis.indexedDB).toBeUndefined();
    expect(await openDatabase(new BackstoryDB('no-idb'))).toEqual({ ok: false, error: NO_INDEXEDDB_MESSAGE });
  });

  it('reopens once when the browser closed the database, then succeeds', async () => {
    const db = await freshDb();
    must(await importPack(db, samplePack(), { kind: 'pack', packId: 'sample' }));
    db.close();
    expect(must(await counts(db)).people).toBe(3);
    expect(db.isOpen()).toBe(true);
  });

  it('asking for persistent storage is a harmless no-op without navigator.storage', async () => {
    expect(await requestPersistence()).toBe(false);
  });
});
