import { describe, expect, it } from 'vitest';
import { importPack } from '../../../lib/db/import';
import { counts, deleteSnippet, installedPack, restoreSnippet, saveSnippet, snippetsPage, sourceByDomain, statementsByPerson, updateSnippet } from '../../../lib/db/queries';
import { createStatement, deleteClaim, deletePerson, updatePerson } from '../../../lib/db/edit';
import { freshDb, must, samplePack, sampleSnippet } from './helpers';

const PACK = { kind: 'pack', packId: 'sample' } as const;

describe('snippets', () => {
  it('saves, updates, deletes and restores a snippet exactly', async () => {
    const db = await freshDb();
    const saved = must(await saveSnippet(db, sampleSnippet()));
    expect(saved.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(saved).toMatchObject({ note: '', tags: [], claimIds: [] });
    const edited = must(await updateSnippet(db, saved.id, { note: 'check this', tags: ['envoy'] }));
    expect(await db.snippets.get(saved.id)).toEqual(edited);
    const deleted = must(await deleteSnippet(db, saved.id));
    expect(deleted).toEqual(edited);
    expect(await db.snippets.count()).toBe(0);
    must(await restoreSnippet(db, deleted));
    expect(await db.snippets.get(saved.id)).toEqual(edited);
  });

  it('refuses empty or oversized text and missing snippets', async () => {
    const db = await freshDb();
    expect(await saveSnippet(db, sampleSnippet({ text: '   ' }))).toEqual({ ok: false, error: 'A snippet needs some text.' });
    expect((await saveSnippet(db, sampleSnippet({ text: 'x'.repeat(20_001) }))).ok).toBe(false);
    expect((await updateSnippet(db, 'missing', { note: 'x' })).ok).toBe(false);
    expect((await deleteSnippet(db, 'missing')).ok).toBe(false);
    expect(await db.snippets.count()).toBe(0);
  });

  it('lists newest first, filtered by page, site, person or claim, with totals', async () => {
    const db = await freshDb();
    const a = must(await saveSnippet(db, sampleSnippet({ site: 'a.example', personId: 'p1' })));
    await db.snippets.update(a.id, { savedAt: 1000 });
    const b = must(await saveSnippet(db, sampleSnippet({ site: 'b.example', claimIds: ['c1'] })));
    await db.snippets.update(b.id, { savedAt: 2000 });
    const c = must(await saveSnippet(db, sampleSnippet({ site: 'a.example', canonicalUrl: 'https://a.example/x' })));
    await db.snippets.update(c.id, { savedAt: 3000 });

    const all = must(await snippetsPage(db, {}, { limit: 2 }));
    expect(all.total).toBe(3);
    expect(all.items.map((s) => s.id)).toEqual([c.id, b.id]);
    expect(must(await snippetsPage(db, { site: 'a.example' })).items.map((s) => s.id)).toEqual([c.id, a.id]);
    expect(must(await snippetsPage(db, { personId: 'p1' })).items.map((s) => s.id)).toEqual([a.id]);
    expect(must(await snippetsPage(db, { claimId: 'c1' })).items.map((s) => s.id)).toEqual([b.id]);
    expect(must(await snippetsPage(db, { canonicalUrl: 'https://a.example/x' })).total).toBe(1);
  });
});

describe('reads', () => {
  it('statements by person come newest first, undated last, with the total', async () => {
    const db = await freshDb();
    must(await importPack(db, samplePack(), PACK, { revision: 2 }));
    must(await createStatement(db, { personId: 'zamir-kabulov', text: 'Undated remark.' }));
    const page = must(await statementsByPerson(db, 'zamir-kabulov', { limit: 2 }));
    expect(page.total).toBe(3);
    expect(page.items.map((s) => s.date)).toEqual(['2020-04', '2017-12']);
    expect(must(await statementsByPerson(db, 'zamir-kabulov', { offset: 2 })).items[0]?.text).toBe('Undated remark.');
    expect(must(await installedPack(db, 'sample'))?.revision).toBe(2);
  });

  it('finds a source note with or without www.', async () => {
    const db = await freshDb();
    must(await importPack(db, samplePack(), PACK));
    expect(must(await sourceByDomain(db, 'www.example.org'))?.name).toBe('Example');
    expect(must(await sourceByDomain(db, 'EXAMPLE.org'))?.name).toBe('Example');
    expect(must(await sourceByDomain(db, 'other.org'))).toBeUndefined();
  });

  it('counts every table for the popup', async () => {
    const db = await freshDb();
    must(await importPack(db, samplePack(), PACK));
    must(await saveSnippet(db, sampleSnippet()));
    expect(must(await counts(db))).toEqual({ people: 3, claims: 2, statements: 3, snippets: 1, sources: 1 });
  });
});

describe('editing records', () => {
  it('marks an edited pack record and keeps its origin', async () => {
    const db = await freshDb();
    must(await importPack(db, samplePack(), PACK));
    const edited = must(await updatePerson(db, 'zamir-kabulov', { role: 'Retired envoy' }));
    expect(edited).toMatchObject({ role: 'Retired envoy', origin: PACK, summary: 'Pack summary.' });
    expect(edited.editedAt).toBeTypeOf('number');
  });

  it('refuses a statement naming an unknown person, with the validator message', async () => {
    const db = await freshDb();
    const result = await createStatement(db, { personId: 'ghost', text: 'Boo.' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/ghost/);
    expect(await db.statements.count()).toBe(0);
  });

  it('deleting a person drops their statements and unfiles their snippets; deleting a claim unfiles', async () => {
    const db = await freshDb();
    must(await importPack(db, samplePack(), PACK));
    const s = must(await saveSnippet(db, sampleSnippet({ personId: 'zamir-kabulov', claimIds: ['unmarked-helicopters'] })));
    must(await deletePerson(db, 'zamir-kabulov'));
    expect(await db.statements.where('personId').equals('zamir-kabulov').count()).toBe(0);
    expect((await db.snippets.get(s.id))?.personId).toBeUndefined();
    must(await deleteClaim(db, 'bio-labs'));
    expect((await db.statements.toArray()).flatMap((st) => st.claimIds)).not.toContain('bio-labs');
    expect((await db.snippets.get(s.id))?.claimIds).toEqual(['unmarked-helicopters']);
  });
});
