import { useEffect, useState } from 'preact/hooks';
import type { Catalog, LibraryItem } from '@/lib/db';
import { routeHash, type SearchFilters } from '@/lib/router';
import { plural } from '@/lib/format';
import { FilterBar } from './FilterBar';
import { ResultRow } from './ResultRow';

const PAGE = 50;

interface Props {
  filters: SearchFilters;
  onFilters(filters: SearchFilters): void;
  /** Null while the library is still being read. */
  results: LibraryItem[] | null;
  /** How long the last query took, in milliseconds, for the curious. */
  tookMs?: number;
  catalog: Catalog;
  choices: { sites: string[]; tags: string[] };
}

const NEW_LINKS = [
  { kind: 'person', label: 'Add a person' },
  { kind: 'claim', label: 'Add a claim' },
  { kind: 'source', label: 'Add a note on a site' },
] as const;

function EmptyLibrary({ filters }: { filters: SearchFilters }) {
  if (filters.q || filters.person || filters.claim || filters.site || filters.tag || filters.from || filters.to) {
    return <p class="empty">Nothing matches. Try fewer or shorter words, or clear a filter.</p>;
  }
  if (filters.kind === 'snippet') {
    return (
      <p class="empty">
        No snippets yet. On a news page, select a passage and choose “Save to Backstory” from the right-click menu (or press
        Alt+Shift+S); it will appear here.
      </p>
    );
  }
  return <p class="empty">Nothing here yet. Add your own below, or import a context pack under Settings &amp; data.</p>;
}

/** One box that searches snippets, statements, people, claims and sources, with filters and paging. */
export function SearchPanel({ filters, onFilters, results, tookMs, catalog, choices }: Props) {
  const [shown, setShown] = useState(PAGE);
  useEffect(() => setShown(PAGE), [filters]);
  return (
    <section aria-labelledby="search-heading" class="panel">
      <h2 id="search-heading">Search the library</h2>
      <input
        type="search"
        class="search-input"
        placeholder="A name, a claim, a word from a quote, a site…"
        aria-label="Search the library"
        data-testid="library-search"
        value={filters.q ?? ''}
        onInput={(e) => onFilters({ ...filters, q: e.currentTarget.value || undefined })}
      />
      <FilterBar filters={filters} onChange={onFilters} catalog={catalog} choices={choices} />
      {results === null ? (
        <p role="status">Reading your library…</p>
      ) : (
        <p role="status" class="muted" data-testid="search-count" data-took-ms={tookMs} data-results-for={filters.q ?? ''}>
          {results.length === 0 ? '' : `${plural(results.length, 'result')}${tookMs !== undefined ? ` (${tookMs.toFixed(0)} ms)` : ''}`}
        </p>
      )}
      {results?.length === 0 && <EmptyLibrary filters={filters} />}
      <ul class="results" data-testid="search-results">
        {results?.slice(0, shown).map((item) => (
          <li key={`${item.kind}:${item.id}`} class={`result result-${item.kind}`}>
            <ResultRow item={item} catalog={catalog} />
          </li>
        ))}
      </ul>
      {results && results.length > shown && (
        <button type="button" class="more" onClick={() => setShown(shown + PAGE)}>
          Show {Math.min(PAGE, results.length - shown)} more
        </button>
      )}
      <p class="actions new-links">
        {NEW_LINKS.filter((l) => !filters.kind || filters.kind === l.kind).map((l) => (
          <a key={l.kind} class="button" href={routeHash({ page: 'new', kind: l.kind })} data-testid={`new-${l.kind}`}>
            {l.label}
          </a>
        ))}
      </p>
    </section>
  );
}
