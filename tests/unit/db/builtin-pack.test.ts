import { describe, expect, it } from 'vitest';
import { freshDb, dump } from './helpers';
import { builtInPackState, ensureBuiltInPack, removeBuiltInPack, restoreBuiltInPack } from '../../../lib/db/builtin-pack';
import { saveSnippet } from '../../../lib/db/queries';
import { DEFAULT_PACK } from '../../../lib/pack/default-pack';

describe('the built-in pack', () => {
  it('installs once and is current afterwards without rewriting anything', async () => {
    const db = await freshDb();
    expect(await ensureBuiltInPack(db)).toEqual({ ok: true, value: 'installed' });
    expect(await db.people.count()).toBe(DEFAULT_PACK.people?.length);
    const before = await dump(db);
    expect(await ensureBuiltInPack(db)).toEqual({ ok: true, value: 'current' });
    expect(await dump(db)).toEqual(before);
  });

  it('stays removed across updates, keeps what the reader uses, and can be restored', async () => {
    const db = await freshDb();
    await ensureBuiltInPack(db);
    const kabulov = (await db.people.toArray()).find((p) => p.name === 'Zamir Kabulov');
    expect(kabulov).toBeDefined();
    const snippet = await saveSnippet(db, {
      text: 'Unidentified helicopters again.',
      url: 'https://news.example/a',
      canonicalUrl: 'https://news.example/a',
      title: 'A',
      site: 'news.example',
      anchor: { exact: 'Unidentified helicopters again.', prefix: '', suffix: '', start: 0, end: 31 },
      personId: kabulov!.id,
    });
    expect(snippet.ok).toBe(true);

    const removed = await removeBuiltInPack(db);
    expect(removed.ok && removed.value.kept).toBeGreaterThanOrEqual(1);
    expect(await db.people.get(kabulov!.id)).toBeDefined();
    expect(await db.snippets.count()).toBe(1);
    expect(await db.people.count()).toBe(1);

    expect(await ensureBuiltInPack(db)).toEqual({ ok: true, value: 'removed' });
    expect(await db.people.count()).toBe(1);
    expect(await builtInPackState(db)).toEqual({ ok: true, value: { installed: false, removed: true } });

    expect(await restoreBuiltInPack(db)).toEqual({ ok: true, value: 'installed' });
    expect(await db.people.count()).toBe(DEFAULT_PACK.people?.length);
    expect(await db.snippets.count()).toBe(1);
  });
});
