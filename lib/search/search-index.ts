/**
 * Full-text search over people, claims, statements and snippets, held in memory.
 * MiniSearch was chosen by measurement (scripts/bench-search.mjs): it is the only
 * candidate with prefix and typo tolerance together and answers well under 30 ms at 10,000 snippets.
 */

import MiniSearch, { type SearchResult } from 'minisearch';
import { foldTerm, tokenize } from './fold';
import { SEARCH_KINDS, type SearchDoc, type SearchKind } from './documents';

/** One result: what it is, where to find it, and what to show. */
export interface SearchHit {
  kind: SearchKind;
  id: string;
  score: number;
  label: string;
  /** Indexed (folded) terms that matched, for highlighting. */
  terms: string[];
}

export interface SearchOptions {
  kinds?: readonly SearchKind[];
  limit?: number;
}

type Stored = { kind: SearchKind; id: string; label: string };

const DEFAULT_LIMIT = 50;
const keyOf = (kind: SearchKind, id: string): string => `${kind}:${id}`;

// Typo tolerance only where a word is long enough that one edit keeps it recognisable.
const fuzzyFor = (term: string): number | false => (term.length >= 5 ? 0.2 : false);
const prefixFor = (term: string): boolean => term.length >= 2;

function createEngine(): MiniSearch<SearchDoc & { key: string }> {
  return new MiniSearch<SearchDoc & { key: string }>({
    idField: 'key',
    fields: ['title', 'meta', 'body'],
    storeFields: ['kind', 'id', 'label'],
    tokenize,
    processTerm: foldTerm,
    searchOptions: {
      boost: { title: 3, meta: 1.5, body: 1 },
      prefix: prefixFor,
      fuzzy: fuzzyFor,
      maxFuzzy: 2,
    },
  });
}

/** The in-memory index; the db layer keeps it in step with stored records (lib/db/search-sync.ts). */
export class SearchIndex {
  private engine = createEngine();
  // Per-kind ids, so one kind can be dropped without walking the engine's internals.
  private ids = new Map<SearchKind, Set<string>>(SEARCH_KINDS.map((k) => [k, new Set<string>()]));

  /** Number of documents currently searchable. */
  get size(): number {
    return this.engine.documentCount;
  }

  has(kind: SearchKind, id: string): boolean {
    return this.engine.has(keyOf(kind, id));
  }

  /** Adds or replaces a document, so callers need not know whether it was indexed before. */
  upsert(doc: SearchDoc): void {
    const entry = { ...doc, key: keyOf(doc.kind, doc.id) };
    if (this.engine.has(entry.key)) this.engine.replace(entry);
    else this.engine.add(entry);
    this.ids.get(doc.kind)?.add(doc.id);
  }

  /** Indexes many documents at once (initial build); replaces any already present. */
  upsertAll(docs: Iterable<SearchDoc>): void {
    const fresh: (SearchDoc & { key: string })[] = [];
    for (const doc of docs) {
      const key = keyOf(doc.kind, doc.id);
      if (this.engine.has(key)) this.engine.replace({ ...doc, key });
      else fresh.push({ ...doc, key });
      this.ids.get(doc.kind)?.add(doc.id);
    }
    this.engine.addAll(fresh);
  }

  remove(kind: SearchKind, id: string): void {
    const key = keyOf(kind, id);
    if (this.engine.has(key)) this.engine.discard(key);
    this.ids.get(kind)?.delete(id);
  }

  /** Drops every document of one kind, or all of them, e.g. before a rebuild of that table. */
  clear(kind?: SearchKind): void {
    if (kind === undefined) {
      this.engine = createEngine();
      for (const set of this.ids.values()) set.clear();
      return;
    }
    const ids = this.ids.get(kind);
    if (!ids) return;
    this.engine.discardAll([...ids].map((id) => keyOf(kind, id)));
    ids.clear();
  }

  /**
   * All words must match (a prefix or near-miss counts); when nothing matches every word,
   * results matching any word are returned instead, ranked by how many they match.
   */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const kinds = new Set(options.kinds ?? SEARCH_KINDS);
    const limit = options.limit ?? DEFAULT_LIMIT;
    const filter = (r: SearchResult): boolean => kinds.has(r.kind as SearchKind);
    let results = this.engine.search(query, { combineWith: 'AND', filter });
    if (results.length === 0) results = this.engine.search(query, { combineWith: 'OR', filter });
    return results.slice(0, limit).map((r) => {
      const stored = r as unknown as SearchResult & Stored;
      return { kind: stored.kind, id: stored.id, label: stored.label, score: r.score, terms: r.terms };
    });
  }
}
