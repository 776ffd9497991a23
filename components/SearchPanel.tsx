import { useState } from 'preact/hooks';
import type { SearchHit, SearchKind } from '@/lib/search';

const KIND_LABEL: Record<SearchKind, string> = { person: 'Person', claim: 'Claim', statement: 'Statement', snippet: 'Snippet' };

interface Props {
  /** Runs a query; null while the index is still being built. */
  search: ((query: string) => SearchHit[]) | null;
}

/** One box that searches people, claims, prior statements and saved snippets as you type. */
export function SearchPanel({ search }: Props) {
  const [query, setQuery] = useState('');
  const hits = search && query.trim() !== '' ? search(query) : [];
  return (
    <section aria-labelledby="search-heading" class="panel">
      <h2 id="search-heading">Search</h2>
      <input
        type="search"
        class="search-input"
        placeholder="A name, a claim, a word from a quote…"
        aria-label="Search the library"
        data-testid="library-search"
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      {!search && <p role="status">Preparing search…</p>}
      {search && query.trim() !== '' && (
        <p role="status" class="muted" data-testid="search-count">
          {hits.length === 0 ? 'Nothing found. Try fewer or shorter words.' : `${hits.length} result${hits.length === 1 ? '' : 's'}`}
        </p>
      )}
      <ul class="results" data-testid="search-results">
        {hits.map((hit) => (
          <li key={`${hit.kind}:${hit.id}`}>
            <span class={`badge badge-${hit.kind}`}>{KIND_LABEL[hit.kind]}</span> {hit.label}
          </li>
        ))}
      </ul>
    </section>
  );
}
