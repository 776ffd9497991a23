import type { Snippet } from '@/lib/types';
import { plural } from '@/lib/format';
import { SnippetRow } from './SnippetRow';

interface Props {
  query: string;
  onQuery(query: string): void;
  items: Snippet[];
  total: number;
  /** Null while the first page is being read. */
  loading: boolean;
  people: ReadonlyMap<string, string>;
  claims: ReadonlyMap<string, string>;
  pageUrlOf(snippet: Snippet): string;
  editUrlOf(snippet: Snippet): string;
  onMore(): void;
  /** The query whose results are shown (they arrive after the first keystroke reads every snippet). */
  resultsFor?: string;
}

/** The reader's snippets, newest first, with a search box that narrows them as they type. */
export function SavedList({ query, onQuery, items, total, loading, people, claims, pageUrlOf, editUrlOf, onMore, resultsFor }: Props) {
  const searching = query.trim() !== '';
  return (
    <section aria-label="Saved snippets" data-testid="saved-list">
      <input
        type="search"
        class="search-input"
        placeholder="Search your snippets…"
        aria-label="Search your snippets"
        data-testid="saved-search"
        value={query}
        onInput={(e) => onQuery(e.currentTarget.value)}
      />
      {!loading && (
        <p class="muted" role="status" data-testid="saved-count" data-results-for={resultsFor}>
          {searching
            ? total === 0
              ? 'No snippet contains all of these words. Try fewer or shorter words.'
              : `${plural(total, 'snippet')} found`
            : total === 0
              ? 'Nothing saved yet. Select a passage on a news page and choose “Save to Backstory” from the right-click menu (or press Alt+Shift+S).'
              : `${plural(total, 'saved snippet')}, newest first`}
        </p>
      )}
      {items.map((s) => (
        <SnippetRow
          key={s.id}
          snippet={s}
          personName={s.personId ? people.get(s.personId) : undefined}
          claimLabels={s.claimIds.flatMap((c) => claims.get(c) ?? [])}
          pageUrl={pageUrlOf(s)}
          editUrl={editUrlOf(s)}
        />
      ))}
      {items.length < total && (
        <button type="button" class="more" data-testid="saved-more" onClick={onMore}>
          Show more ({total - items.length} left)
        </button>
      )}
    </section>
  );
}
