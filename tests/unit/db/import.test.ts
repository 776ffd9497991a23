import { describe, expect, it } from 'vitest';
import { clearAll, describeImport, importPack, removePack } from '../../../lib/db/import';
import { saveSnippet } from '../../../lib/db/queries';
import { createStatement, updatePerson } from '../../../lib/db/edit';
import { dump, freshDb, must, samplePack, sampleSnippet } from './helpers';

const PACK = { kind: 'pack', packId: 'sample' } as const;

describe('importPack', () => {
  it('imports a valid pack and reports what it added', async () => {
    const db = await freshDb();
    const summary = must(await importPack(db, samplePack(), PACK, { revision: 3 }));
    expect(summary).toEqual({
      people: { added: 3, updated: 0 },
      claims: { added: 2, updated: 0 },
      statements: { added: 3, updated: 0 },
      sources: { added: 1, updated: 0 },
    });
    expect(describeImport(summary)).toBe('3 people, 2 claims, 3 statements, 1 source imported');
    const shoigu = await db.people.get('sergei-shoigu');
    expect(shoigu?.origin).toEqual(PACK);
    expect(shoigu?.extra).toEqual({ homepage: 'https://example.org/shoigu' });
    expect((await db.meta.get('pack:sample'))?.value).toMatchObject({ packId: 'sample', title: 'Sample', revision: 3 });
  });

  it('changes nothing when one record is invalid, and names the record', async () => {
    const db = await freshDb();
    must(await importPack(db, samplePack(), PACK));
    const before = await dump(db);
    const bad = samplePack();
    bad.people.push({ id: 'no-name' } as never);
    bad.claims[0]!.text = 'Changed wording that must not land';
    const result = await importPack(db, bad, PACK);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/people\[3\]/);
    expect(await dump(db)).toEqual(before);
  });

  it('re-importing updates instead of duplicating, including statements that had no id', async () => {
    const db = await freshDb();
    must(await importPack(db, samplePack(), PACK));
    const again = must(await importPack(db, samplePack(), PACK));
    expect(again.statements).toEqual({ added: 0, updated: 3 });
    expect(again.people).toEqual({ added: 0, updated: 3 });
    expect(describeImport(again)).toBe('Nothing new imported; 9 updated');
    expect(await db.statements.count()).toBe(3);
  });

  it('accepts statements that refer to people already stored', async () => {
    const db = await freshDb();
    must(await importPack(db, samplePack(), PACK));
    const addOn = { format: 'backstory-pack', version: 1, statements: [{ personId: 'antonin-dvorak', text: 'New words.', claimIds: ['bio-labs'] }] };
    expect(must(await importPack(db, addOn, { kind: 'pack', packId: 'add-on' })).statements.added).toBe(1);
  });

  it('never touches snippets, user records, or fields the reader edited', async () => {
    const db = await freshDb();
    must(await importPack(db, samplePack(), PACK));
    const snippet = must(await saveSnippet(db, sampleSnippet({ personId: 'zamir-kabulov' })));
    must(await updatePerson(db, 'zamir-kabulov', { summary: 'My own summary.', aliases: ['Z. Kabulov'] }));
    const mine = must(await createStatement(db, { personId: 'zamir-kabulov', text: 'Something I noted.' }));

    const update = samplePack();
    update.people[0]!.summary = 'New pack summary.';
    update.people[0]!.aliases = ['Kabulov', 'Zamir N. Kabulov'];
    update.people[2]!.name = 'Antonin Dvorak (renamed)';
    must(await importPack(db, update, PACK));

    const kabulov = await db.people.get('zamir-kabulov');
    expect(kabulov?.summary).toBe('My own summary.');
    expect(new Set(kabulov?.aliases)).toEqual(new Set(['Z. Kabulov', 'Kabulov', 'Zamir N. Kabulov']));
    expect((await db.people.get('antonin-dvorak'))?.name).toBe('Antonin Dvorak (renamed)');
    expect(await db.snippets.get(snippet.id)).toEqual(snippet);
    expect(await db.statements.get(mine.id)).toEqual(mine);
  });
});

describe('removePack', () => {
  it('removes unused pack records and keeps those the reader edited or refers to', async () => {
    const db = await freshDb();
    must(await importPack(db, samplePack(), PACK));
    must(await saveSnippet(db, sampleSnippet({ personId: 'sergei-shoigu', claimIds: ['bio-labs'] })));
    must(await updatePerson(db, 'antonin-dvorak', { summary: 'Composer, not an official.' }));
    must(await createStatement(db, { personId: 'zamir-kabulov', text: 'My note.', claimIds: ['unmarked-helicopters'] }));

    const summary = must(await removePack(db, 'sample'));
    // Kept: three people (snippet, edit, user statement) and both claims; removed: 3 statements, 1 source.
    expect(summary).toEqual({ removed: 4, kept: 5 });
    expect((await db.people.toCollection().primaryKeys()).sort()).toEqual(['antonin-dvorak', 'sergei-shoigu', 'zamir-kabulov']);
    expect(await db.statements.count()).toBe(1);
    expect(await db.sources.count()).toBe(0);
    expect(await db.meta.get('pack:sample')).toBeUndefined();
  });

  it('removes everything a pack brought when nothing refers to it, and leaves other packs alone', async () => {
    const db = await freshDb();
    must(await importPack(db, samplePack(), PACK));
    const other = { format: 'backstory-pack', version: 1, people: [{ id: 'other', name: 'Other Person' }] };
    must(await importPack(db, other, { kind: 'pack', packId: 'other' }));
    expect(must(await removePack(db, 'sample'))).toEqual({ removed: 9, kept: 0 });
    expect(await db.people.toCollection().primaryKeys()).toEqual(['other']);
  });
});

describe('clearAll', () => {
  it('empties every table, snippets included', async () => {
    const db = await freshDb();
    must(await importPack(db, samplePack(), PACK));
    must(await saveSnippet(db, sampleSnippet()));
    must(await clearAll(db));
    const tables = await dump(db);
    expect(Object.values(tables).every((rows) => rows.length === 0)).toBe(true);
  });
});
