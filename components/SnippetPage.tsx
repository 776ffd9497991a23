import type { Catalog, SnippetChanges } from '@/lib/db';
import { snippetPageUrl } from '@/lib/router';
import type { Snippet } from '@/lib/types';
import { SnippetRow } from './SnippetRow';
import { SnippetForm } from './SnippetForm';

interface Props {
  snippet: Snippet;
  catalog: Catalog;
  onSave(changes: SnippetChanges): Promise<string | null>;
  onDelete(): void;
}

/** One saved snippet: the quote as saved, and the reader's note, tags, person and claims to edit. */
export function SnippetPage({ snippet, catalog, onSave, onDelete }: Props) {
  const people = [...catalog.people.values()].map((p) => ({ id: p.id, name: p.name })).sort((a, b) => a.name.localeCompare(b.name));
  return (
    <article class="record-page" aria-labelledby="record-title" data-testid="snippet-page">
      <header class="record-header">
        <h2 id="record-title">Snippet from {snippet.title || snippet.site}</h2>
      </header>
      <SnippetRow
        snippet={snippet}
        personName={snippet.personId ? catalog.people.get(snippet.personId)?.name : undefined}
        claimLabels={snippet.claimIds.flatMap((c) => catalog.claims.get(c)?.text ?? [])}
        pageUrl={snippetPageUrl(snippet.url, snippet.anchor.exact || snippet.text)}
      />
      <SnippetForm key={snippet.updatedAt} snippet={snippet} people={people} claims={[...catalog.claims.values()]} onSave={onSave} />
      <div class="actions">
        <button type="button" class="danger" onClick={onDelete} data-testid="delete-snippet">
          Delete snippet
        </button>
      </div>
    </article>
  );
}
