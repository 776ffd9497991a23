import { describe, expect, it } from 'vitest';
import { exportAll, exportClaim, exportPerson } from '../../../lib/db/export';
import { importPack } from '../../../lib/db/import';
import { createClaim, createPerson, updateClaim } from '../../../lib/db/edit';
import { saveSnippet } from '../../../lib/db/queries';
import { freshDb, must, samplePack, sampleSnippet } from './helpers';

const PACK = { kind: 'pack', packId: 'sample' } as const;

describe('exportAll', () => {
  it('export → import into an empty db → export is identical, unknown fields included', async () => {
    const db = await freshDb();
    must(await importPack(db, samplePack(), PACK));
    must(await createPerson(db, { name: 'Reader Added', aliases: ['Added'] }));
    must(await updateClaim(db, 'bio-labs', { summary: 'Reader note.' }));
    const first = must(await exportAll(db));

    const copy = await freshDb();
    must(await importPack(copy, first, { kind: 'user' }));
    const second = must(await exportAll(copy));
    expect(second).toEqual(first);

    const shoigu = first.people?.find((p) => p.id === 'sergei-shoigu');
    expect(shoigu?.['homepage']).toBe('https://example.org/shoigu');
    const statement = first.statements?.find((s) => s.text === 'The laboratories are a threat.');
    expect(statement?.['confidence']).toBe(0.4);
    expect(statement?.id).toMatch(/^st-[0-9a-f]{24}$/);
  });

  it('includes reader-created records but not snippets', async () => {
    const db = await freshDb();
    must(await createClaim(db, { text: 'A claim only the reader knows' }));
    must(await saveSnippet(db, sampleSnippet()));
    const pack = must(await exportAll(db));
    expect(pack.claims?.map((c) => c.text)).toEqual(['A claim only the reader knows']);
    expect(JSON.stringify(pack)).not.toContain('Kabulov said the helicopters');
  });
});

describe('exportPerson / exportClaim', () => {
  it('a person comes with their statements and the claims those name', async () => {
    const db = await freshDb();
    must(await importPack(db, samplePack(), PACK));
    const pack = must(await exportPerson(db, 'zamir-kabulov'));
    expect(pack.people?.map((p) => p.id)).toEqual(['zamir-kabulov']);
    expect(pack.statements).toHaveLength(2);
    expect(pack.claims?.map((c) => c.id)).toEqual(['unmarked-helicopters']);
    expect(pack.sources).toBeUndefined();
  });

  it('a claim comes with its statements and the people who made them, and imports on its own', async () => {
    const db = await freshDb();
    must(await importPack(db, samplePack(), PACK));
    const pack = must(await exportClaim(db, 'bio-labs'));
    expect(pack.claims?.map((c) => c.id)).toEqual(['bio-labs']);
    expect(pack.people?.map((p) => p.id)).toEqual(['sergei-shoigu']);
    expect(pack.statements?.map((s) => s.text)).toEqual(['The laboratories are a threat.']);
    const empty = await freshDb();
    expect(must(await importPack(empty, pack, { kind: 'user' })).statements.added).toBe(1);
  });

  it('says so when the record does not exist', async () => {
    const db = await freshDb();
    const result = await exportPerson(db, 'nobody');
    expect(result).toEqual({ ok: false, error: 'No person with id "nobody" is stored.' });
  });
});
