/**
 * The popup's instant snippet search: nothing is read until the reader types, then every
 * snippet is read once (newest first) with its words folded, and each keystroke is a scan.
 */
import type { Result, Snippet } from '../types';
import { foldText } from '../search/fold';
import { withReopen } from './open';
import type { BackstoryDB, StoredClaim, StoredPerson } from './schema';
import { intactRows } from './intact';

/** Snippets ready to be searched, with the names of the people and claims they are filed under. */
export interface SnippetHaystack {
  entries: { snippet: Snippet; folded: string }[];
  people: ReadonlyMap<string, string>;
  claims: ReadonlyMap<string, string>;
}

/** Builds the haystack from records (pure; the popup gets them from loadSnippetHaystack). */
export function snippetHaystack(snippets: readonly Snippet[], people: ReadonlyMap<string, string>, claims: ReadonlyMap<string, string>): SnippetHaystack {
  const entries = snippets.map((snippet) => {
    const names = [snippet.personId && people.get(snippet.personId), ...snippet.claimIds.map((c) => claims.get(c))];
    const text = [snippet.text, snippet.note, snippet.title, snippet.site, snippet.tags.join(' '), ...names].filter(Boolean).join('\n');
    return { snippet, folded: foldText(text) };
  });
  return { entries, people, claims };
}

/** Reads every snippet newest first, and the people and claim names, for snippetHaystack. */
export function loadSnippetHaystack(db: BackstoryDB): Promise<Result<SnippetHaystack>> {
  return withReopen(db, async () => {
    const [snippets, people, claims] = await Promise.all([db.snippets.orderBy('savedAt').reverse().toArray(), db.people.toArray(), db.claims.toArray()]);
    return snippetHaystack(
      intactRows<Snippet>('snippets', snippets).rows,
      new Map(intactRows<StoredPerson>('people', people).rows.map((p) => [p.id, p.name])),
      new Map(intactRows<StoredClaim>('claims', claims).rows.map((c) => [c.id, c.text])),
    );
  });
}

/** Snippets containing every word of the query (accents and case ignored), newest first. */
export function matchSnippets(haystack: SnippetHaystack, query: string, limit = 50): { items: Snippet[]; total: number } {
  const words = foldText(query).split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  if (words.length === 0) return { items: [], total: 0 };
  const items: Snippet[] = [];
  let total = 0;
  for (const { snippet, folded } of haystack.entries) {
    if (!words.every((w) => folded.includes(w))) continue;
    total += 1;
    if (items.length < limit) items.push(snippet);
  }
  return { items, total };
}
