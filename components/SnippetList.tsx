import type { Catalog } from '@/lib/db';
import { routeHash, snippetPageUrl } from '@/lib/router';
import type { Snippet } from '@/lib/types';
import { SnippetRow } from './SnippetRow';

interface Props {
  snippets: Snippet[];
  catalog: Catalog;
  empty: string;
  onDelete(id: string): void;
}

/** Snippets on a person, claim or source page, each linking to its page and its edit form. */
export function SnippetList({ snippets, catalog, empty, onDelete }: Props) {
  if (snippets.length === 0) return <p class="empty">{empty}</p>;
  return (
    <div class="snippet-list">
      {snippets.map((s) => (
        <SnippetRow
          key={s.id}
          snippet={s}
          personName={s.personId ? catalog.people.get(s.personId)?.name : undefined}
          claimLabels={s.claimIds.flatMap((c) => catalog.claims.get(c)?.text ?? [])}
          pageUrl={snippetPageUrl(s.url, s.anchor.exact || s.text)}
          editUrl={routeHash({ page: 'snippet', id: s.id })}
        >
          <button type="button" class="danger" onClick={() => onDelete(s.id)} aria-label={`Delete snippet: ${s.text.slice(0, 50)}`}>
            Delete
          </button>
        </SnippetRow>
      ))}
    </div>
  );
}
