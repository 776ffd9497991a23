// Backup and restore: exportBackup writes the library with the reader's snippets, and
// importPack brings them back (all or nothing, the later edit winning, searchable at once).
import { describe, expect, it, vi } from 'vitest';
import { exportAll, exportBackup } from '../../../lib/db/export';
import { clearAll, describeImport, importPack, removePack } from '../../../lib/db/import';
import { saveSnippet, updateSnippet } from '../../../lib/db/queries';
import { createClaim, updatePerson } from '../../../lib/db/edit';
import { QUOTA_MESSAGE } from '../../../lib/db/open';
import { buildSearchIndex } from '../../../lib/db/search-sync';
import { dump, freshDb, must, samplePack, sampleSnippet } from './helpers';

const PACK = { kind: 'pack', packId: 'sample' } as const;
const BACKUP = { kind: 'pack', packId: 'file:backstory-backup' } as const;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A library with the sample pack and two snippets: one filed under a person and claim, with a note typed with a trailing line break. */
async function library() {
  const db = await freshDb();
  must(await importPack(db, samplePack(), PACK));
  const filed = must(await saveSnippet(db, sampleSnippet({ id: 'b-filed', personId: 'zamir-kabulov', claimIds: ['unmarked-helicopters'], note: 'Compare with 2017\n', tags: ['envoy'], publishedDate: '2020-12-18' })));
  // Saved after b-filed, so id order and saving order differ.
  await new Promise((resolve) => setTimeout(resolve, 2));
  const plain = must(await saveSnippet(db, sampleSnippet({ id: 'a-plain', text: 'Helicopters again.', anchor: { exact: 'Helicopters again.', prefix: 'said: ', suffix: ' He', start: 40, end: 58 } })));
  return { db, filed, plain };
}

describe('exportBackup', () => {
  it('is exportAll plus every snippet, sorted by id, under its own title', async () => {
    const { db } = await library();
    const backup = must(await exportBackup(db));
    const { title, snippets, ...rest } = backup;
    const { title: _allTitle, ...all } = must(await exportAll(db));
    expect(title).toBe('Backstory backup');
    // The same records, each also saying where it came from.
    const lists = ['people', 'claims', 'statements', 'sources'] as const;
    for (const list of lists) expect(rest[list]?.every((r) => r.backstoryOrigin === 'pack:sample')).toBe(true);
    const withoutOrigin = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, Array.isArray(v) ? v.map(({ backstoryOrigin: _o, ...r }) => r) : v]));
    expect(withoutOrigin).toEqual(all);
    expect(snippets?.map((s) => s.id)).toEqual(['a-plain', 'b-filed']);
    expect(snippets?.[1]).toMatchObject({ note: 'Compare with 2017', personId: 'zamir-kabulov', claimIds: ['unmarked-helicopters'], tags: ['envoy'] });
    expect(snippets?.[0]).not.toHaveProperty('note');
  });

  it('export → import into an empty db → export gives an identical file', async () => {
    const { db } = await library();
    const first = JSON.stringify(must(await exportBackup(db)), null, 2);
    const copy = await freshDb();
    must(await importPack(copy, JSON.parse(first), BACKUP));
    expect(JSON.stringify(must(await exportBackup(copy)), null, 2)).toBe(first);
  });
});

describe('importing a backup', () => {
  it('keeps who owns each record: the reader’s own stay theirs, edited pack records stay edited, so a pack update leaves them alone', async () => {
    const { db } = await library();
    const mine = must(await createClaim(db, { text: 'A claim the reader wrote', variants: [] }));
    must(await updatePerson(db, 'zamir-kabulov', { summary: 'My own summary' }));
    const backup = must(await exportBackup(db));
    // A new profile: the pack is installed first (as the built-in one is), then the backup restored.
    const copy = await freshDb();
    must(await importPack(copy, samplePack(), PACK));
    must(await importPack(copy, backup, BACKUP));
    expect((await copy.claims.get(mine.id))?.origin).toEqual({ kind: 'user' });
    const person = await copy.people.get('zamir-kabulov');
    expect(person).toMatchObject({ origin: PACK, summary: 'My own summary' });
    expect(person?.editedAt).toBeTypeOf('number');
    expect(person?.extra).toBeUndefined();
    // The pack updated again: the reader's edit survives, and removing the pack keeps what they own.
    must(await importPack(copy, samplePack(), PACK));
    expect((await copy.people.get('zamir-kabulov'))?.summary).toBe('My own summary');
    must(await removePack(copy, 'sample'));
    expect(await copy.claims.get(mine.id)).toBeDefined();
    expect(await copy.people.get('zamir-kabulov')).toBeDefined();
  });

  it('always restores: an impossible date, an odd canonical address or a link to a record not in the file is left out', async () => {
    const { db, plain } = await library();
    await db.snippets.put({ ...plain, publishedDate: '2020-02-31', canonicalUrl: 'about:blank', personId: 'gone', claimIds: ['gone', 'unmarked-helicopters'] });
    const copy = await freshDb();
    must(await importPack(copy, must(await exportBackup(db)), BACKUP));
    const restored = await copy.snippets.get(plain.id);
    expect(restored).toMatchObject({ text: plain.text, canonicalUrl: plain.url, claimIds: ['unmarked-helicopters'] });
    expect(restored).not.toHaveProperty('publishedDate');
    expect(restored).not.toHaveProperty('personId');
  });

  it('refuses a record whose origin is neither the reader nor a pack', async () => {
    const pack = { format: 'backstory-pack', version: 1, people: [{ id: 'p', name: 'P Q', backstoryOrigin: 'server' }] };
    const result = await importPack(await freshDb(), pack, BACKUP);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toMatch(/people\[0\] \(id "p"\): field "backstoryOrigin" must be "user" or "pack:"/);
  });

  it('restores every snippet as it was stored, without an origin, and says how many', async () => {
    const { db, filed, plain } = await library();
    const backup = must(await exportBackup(db));
    const copy = await freshDb();
    const summary = must(await importPack(copy, backup, BACKUP));
    expect(summary.snippets).toEqual({ added: 2, updated: 0 });
    expect(describeImport(summary)).toBe('3 people, 2 claims, 3 statements, 1 source, 2 saved snippets imported');
    expect(await copy.snippets.get(plain.id)).toEqual(plain);
    expect(await copy.snippets.get(filed.id)).toEqual({ ...filed, note: 'Compare with 2017' });
  });

  it('fills what a minimal record leaves out as a save from the page would', async () => {
    const db = await freshDb();
    const before = Date.now();
    const summary = must(await importPack(db, { format: 'backstory-pack', version: 1, snippets: [{ id: 's', text: 'A quote.', url: 'https://www.example.org/a?x=1' }] }, BACKUP));
    expect(describeImport(summary)).toBe('1 saved snippet imported');
    const stored = await db.snippets.get('s');
    expect(stored).toEqual({
      id: 's',
      text: 'A quote.',
      url: 'https://www.example.org/a?x=1',
      canonicalUrl: 'https://www.example.org/a?x=1',
      title: '',
      site: 'example.org',
      savedAt: stored?.updatedAt,
      updatedAt: expect.any(Number),
      anchor: { exact: 'A quote.', prefix: '', suffix: '', start: 0, end: 8 },
      claimIds: [],
      note: '',
      tags: [],
    });
    expect(stored!.updatedAt).toBeGreaterThanOrEqual(before);
  });

  it('never overwrites a newer edit, and replaces an older one', async () => {
    const { db, filed } = await library();
    const backup = must(await exportBackup(db));
    await new Promise((resolve) => setTimeout(resolve, 2));
    const edited = must(await updateSnippet(db, filed.id, { note: 'Edited after the backup' }));
    expect(edited.updatedAt).toBeGreaterThan(filed.updatedAt);

    const stale = must(await importPack(db, backup, BACKUP));
    expect(stale.snippets).toEqual({ added: 0, updated: 0 });
    expect(await db.snippets.get(filed.id)).toEqual(edited);

    const newer = { ...backup, snippets: backup.snippets?.map((s) => (s.id === filed.id ? { ...s, note: 'From a later backup', updatedAt: edited.updatedAt + 1 } : s)) };
    const summary = must(await importPack(db, newer, BACKUP));
    expect(summary.snippets).toEqual({ added: 0, updated: 1 });
    expect(describeImport(summary)).toBe('Nothing new imported; 10 updated');
    expect((await db.snippets.get(filed.id))?.note).toBe('From a later backup');
  });

  it('changes nothing when one snippet is invalid, and names it', async () => {
    const { db } = await library();
    const backup = must(await exportBackup(db));
    must(await clearAll(db));
    const before = await dump(db);
    const bad = { ...backup, snippets: [...(backup.snippets ?? []), { id: 'c-bad', text: 'Quote', url: 'ftp://example.org/a' }] };
    const result = await importPack(db, bad, BACKUP);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/snippets\[2\] \(id "c-bad"\): field "url" must be a web address/);
    expect(await dump(db)).toEqual(before);
  });

  it('changes nothing, people and claims included, when the disk fills while writing snippets', async () => {
    const { db } = await library();
    const backup = must(await exportBackup(db));
    must(await clearAll(db));
    const before = await dump(db);
    vi.spyOn(db.snippets, 'bulkPut').mockRejectedValue(new DOMException('quota', 'QuotaExceededError'));
    expect(await importPack(db, backup, BACKUP)).toEqual({ ok: false, error: QUOTA_MESSAGE });
    expect(await dump(db)).toEqual(before);
  });

  it('makes restored snippets searchable at once, and removing the pack they came in keeps them', async () => {
    const { db } = await library();
    const backup = must(await exportBackup(db));
    const copy = await freshDb();
    const { index, stop } = await buildSearchIndex(copy);
    must(await importPack(copy, backup, BACKUP));
    await settle();
    expect(index.search('compare 2017').map((hit) => `${hit.kind}:${hit.id}`)).toEqual(['snippet:b-filed']);
    must(await removePack(copy, BACKUP.packId));
    expect(await copy.snippets.count()).toBe(2);
    stop();
  });
});
