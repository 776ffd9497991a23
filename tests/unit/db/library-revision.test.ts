import { describe, expect, it } from 'vitest';
import { freshDb } from './helpers';
import { currentLibraryRevision, matchingSources } from '../../../lib/db/library-revision';
import { createPerson } from '../../../lib/db/edit';
import { saveSnippet } from '../../../lib/db/queries';

const settle = () => new Promise((r) => setTimeout(r, 20));
const revision = async (db: Awaited<ReturnType<typeof freshDb>>) => {
  const r = await currentLibraryRevision(db);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe('library revision', () => {
  it('moves when people change, whatever context wrote, so compiled dictionaries are rebuilt', async () => {
    const db = await freshDb();
    expect(await revision(db)).toBe(0);
    await createPerson(db, { name: 'Anna Marek', aliases: ['Marek'] });
    await settle();
    const first = await revision(db);
    expect(first).toBeGreaterThan(0);
    await db.sources.put({ domain: 'news.example', tags: [], origin: { kind: 'user' }, updatedAt: 1 });
    await settle();
    expect(await revision(db)).toBe(first);
  });

  it('hands the compiler people, claims and the snippets filed under claims', async () => {
    const db = await freshDb();
    await createPerson(db, { name: 'Anna Marek' });
    const base = { url: 'https://n.example/', canonicalUrl: 'https://n.example/', title: 'T', site: 'n.example' };
    const anchor = { exact: 'x', prefix: '', suffix: '', start: 0, end: 1 };
    await saveSnippet(db, { ...base, text: 'Filed under a claim', anchor, claimIds: ['c1'] });
    await saveSnippet(db, { ...base, text: 'Not filed', anchor });
    const sources = await matchingSources(db);
    expect(sources.ok).toBe(true);
    if (!sources.ok) return;
    expect(sources.value.people.map((p) => p.name)).toEqual(['Anna Marek']);
    expect(sources.value.filed.map((s) => s.text)).toEqual(['Filed under a claim']);
  });
});
