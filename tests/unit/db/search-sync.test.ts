import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../lib/db/search-sync';
import { importPack, removePack, clearAll } from '../../../lib/db/import';
import { deleteSnippet, saveSnippet, updateSnippet } from '../../../lib/db/queries';
import { updatePerson } from '../../../lib/db/edit';
import { freshDb, must, samplePack, sampleSnippet } from './helpers';

const PACK = { kind: 'pack', packId: 'sample' } as const;
const ids = (hits: { kind: string; id: string }[]) => hits.map((h) => `${h.kind}:${h.id}`);
// Committed-write notifications fire on the transaction's complete event; give them a turn.
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('search index kept in sync with the database', () => {
  it('builds from stored records and follows imports, edits, deletes and removals', async () => {
    const db = await freshDb();
    must(await importPack(db, samplePack(), PACK));
    const { index, stop } = await buildSearchIndex(db);
    expect(ids(index.search('Shoigu'))).toContain('person:sergei-shoigu');

    const snippet = must(await saveSnippet(db, sampleSnippet({ note: 'follow up with the desk' })));
    await settle();
    expect(ids(index.search('desk'))).toEqual([`snippet:${snippet.id}`]);

    must(await updateSnippet(db, snippet.id, { note: 'archived' }));
    must(await updatePerson(db, 'antonin-dvorak', { summary: 'Composer of the New World symphony' }));
    await settle();
    expect(index.search('desk')).toEqual([]);
    expect(ids(index.search('symphony'))).toEqual(['person:antonin-dvorak']);

    must(await deleteSnippet(db, snippet.id));
    must(await removePack(db, 'sample'));
    await settle();
    expect(index.search('archived')).toEqual([]);
    expect(index.search('laboratories')).toEqual([]);
    // Edited by the reader, so the pack removal kept it, and so does the index.
    expect(ids(index.search('symphony'))).toEqual(['person:antonin-dvorak']);

    must(await clearAll(db));
    await settle();
    expect(index.size).toBe(0);
    stop();
  });

  it('does not index a write that rolled back', async () => {
    const db = await freshDb();
    const { index, stop } = await buildSearchIndex(db);
    await expect(
      db.transaction('rw', db.people, async () => {
        await db.people.put({ id: 'ghost', name: 'Ghostly Person', aliases: [], origin: { kind: 'user' }, updatedAt: 0 });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    await settle();
    expect(index.search('Ghostly')).toEqual([]);
    stop();
  });
});
