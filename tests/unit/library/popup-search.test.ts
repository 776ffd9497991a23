import { describe, expect, it } from 'vitest';
import { loadSnippetHaystack, matchSnippets, snippetHaystack } from '@/lib/db/library';
import { saveSnippet } from '@/lib/db/queries';
import type { Snippet } from '@/lib/types';
import { freshDb, must, sampleSnippet } from '../db/helpers';

const snippet = (id: string, text: string, extra: Partial<Snippet> = {}): Snippet => ({
  id,
  text,
  url: `https://a.example/${id}`,
  canonicalUrl: '',
  title: 'A page',
  site: 'a.example',
  savedAt: Number(id),
  anchor: { exact: text, prefix: '', suffix: '', start: 0, end: text.length },
  claimIds: [],
  note: '',
  tags: [],
  updatedAt: 0,
  ...extra,
});

describe('matchSnippets', () => {
  const people = new Map([['p1', 'Sergei Shoïgu']]);
  const claims = new Map([['c1', 'Unmarked helicopters']]);
  const hay = snippetHaystack(
    [
      snippet('3', 'The minister spoke in Tashkent.', { personId: 'p1' }),
      snippet('2', 'Flights at night, without insignia.', { claimIds: ['c1'], note: 'compare with 2017' }),
      snippet('1', 'Nothing about the minister here.', { tags: ['weather'] }),
    ],
    people,
    claims,
  );

  it('needs every word, ignoring case and accents, and searches notes, tags and filed names too', () => {
    expect(matchSnippets(hay, 'shoigu').items.map((s) => s.id)).toEqual(['3']);
    expect(matchSnippets(hay, 'HELICOPTERS 2017').items.map((s) => s.id)).toEqual(['2']);
    expect(matchSnippets(hay, 'minister').items.map((s) => s.id)).toEqual(['3', '1']);
    expect(matchSnippets(hay, 'minister weather').items.map((s) => s.id)).toEqual(['1']);
    expect(matchSnippets(hay, 'minister moon').total).toBe(0);
  });

  it('counts all matches but returns at most the limit, and nothing for an empty query', () => {
    expect(matchSnippets(hay, 'a', 1)).toMatchObject({ total: 3 });
    expect(matchSnippets(hay, 'a', 1).items).toHaveLength(1);
    expect(matchSnippets(hay, '  ').total).toBe(0);
  });

  it('reads snippets from the database newest first', async () => {
    const db = await freshDb();
    const first = must(await saveSnippet(db, sampleSnippet({ text: 'older helicopters' })));
    await db.snippets.update(first.id, { savedAt: 1 });
    const second = must(await saveSnippet(db, sampleSnippet({ text: 'newer helicopters' })));
    const loaded = must(await loadSnippetHaystack(db));
    expect(matchSnippets(loaded, 'helicopters').items.map((s) => s.id)).toEqual([second.id, first.id]);
  });
});
