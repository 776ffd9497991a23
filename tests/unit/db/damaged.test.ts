import { describe, expect, it } from 'vitest';
import { dump, freshDb, must, samplePack } from './helpers';
import { importPack } from '../../../lib/db/import';
import { matchingSources } from '../../../lib/db/library-revision';
import { loadCatalog } from '../../../lib/db/library-catalog';
import { buildSearchIndex } from '../../../lib/db/search-sync';
import { damagedMessage } from '../../../lib/db/intact';
import { exportAll } from '../../../lib/db/export';
import { validatePack } from '../../../lib/pack/validate';

/** Writes rows as a buggy version or another tool might have, bypassing every check. */
async function writeDamaged(db: Awaited<ReturnType<typeof freshDb>>) {
  await db.table('people').bulkPut([{ id: 'broken-1', name: 42 }, { id: 'broken-2', name: 'No aliases list', aliases: 'Kabulov' }]);
  await db.table('snippets').put({ id: 'broken-3', text: 'A quote', claimIds: null });
  await db.table('claims').put({ id: 'broken-4' });
}

describe('damaged records', () => {
  it('are skipped by every reader, counted, and left in storage exactly as they are', async () => {
    const db = await freshDb();
    must(await importPack(db, samplePack(), { kind: 'pack', packId: 'sample' }));
    await writeDamaged(db);
    const before = await dump(db);

    const sources = must(await matchingSources(db));
    expect(sources.people.map((p) => p.id).sort()).toEqual(['antonin-dvorak', 'sergei-shoigu', 'zamir-kabulov']);
    expect(sources.claims.every((c) => Array.isArray(c.variants))).toBe(true);

    const catalog = must(await loadCatalog(db));
    expect(catalog.damaged).toBe(4);
    expect(catalog.people.has('broken-1')).toBe(false);
    expect(catalog.people.has('zamir-kabulov')).toBe(true);

    const { index, stop } = await buildSearchIndex(db);
    expect(index.search('kabulov').some((hit) => hit.id === 'zamir-kabulov')).toBe(true);
    stop();

    const exported = must(await exportAll(db));
    expect(exported.people?.map((p) => p.id).sort()).toEqual(['antonin-dvorak', 'sergei-shoigu', 'zamir-kabulov']);
    expect(validatePack(exported).ok).toBe(true);

    expect(await dump(db)).toEqual(before);
  });

  it('are reported in words a reader understands', () => {
    expect(damagedMessage(1)).toBe('1 stored record is damaged and could not be shown. It is kept in storage unchanged; an export of everything else still works.');
    expect(damagedMessage(3)).toMatch(/^3 stored records are damaged/);
  });
});
