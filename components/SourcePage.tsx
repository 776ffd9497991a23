import { useState } from 'preact/hooks';
import type { Catalog, SourceFields, SourceView } from '@/lib/db';
import { routeHash } from '@/lib/router';
import { SourceForm } from './SourceForm';
import { SnippetList } from './SnippetList';
import { EditDeleteActions } from './EditDeleteActions';

interface Props {
  view: SourceView;
  catalog: Catalog;
  onSave(fields: SourceFields): Promise<string | null>;
  onDelete(): void;
  onDeleteSnippet(id: string): void;
}

/** A site: the reader's note and tags, and the snippets, claims and people met there. */
export function SourcePage({ view, catalog, onSave, onDelete, onDeleteSnippet }: Props) {
  const { domain, source, snippets, claims, people } = view;
  const [editing, setEditing] = useState(false);
  return (
    <article class="record-page" aria-labelledby="record-title" data-testid="source-page">
      <header class="record-header">
        <h2 id="record-title">{source?.name ? `${source.name} (${domain})` : domain}</h2>
        {source && source.tags.length > 0 && <p class="muted">{source.tags.map((t) => `#${t}`).join(' ')}</p>}
      </header>
      {editing ? (
        <SourceForm initial={source ?? { domain }} saveLabel="Save note" onSave={(f) => onSave({ ...f, domain: source?.domain ?? domain })} onCancel={() => setEditing(false)} />
      ) : (
        <>
          {source?.note ? <p data-testid="source-note-text">{source.note}</p> : <p class="empty">No note on this site yet. Add who runs it or how far to trust it.</p>}
          <EditDeleteActions
            kind="source"
            editLabel={source ? 'Edit note' : 'Add a note'}
            deleteLabel="Delete note"
            onEdit={() => setEditing(true)}
            onDelete={source ? onDelete : undefined}
          />
        </>
      )}

      <h3>Claims seen here</h3>
      {claims.length === 0 ? (
        <p class="empty">No claims filed from this site.</p>
      ) : (
        <ul class="found">
          {claims.map(({ claim, count }) => (
            <li key={claim.id}>
              <a href={routeHash({ page: 'claim', id: claim.id })}>{claim.text}</a> <span class="count">×{count}</span>
            </li>
          ))}
        </ul>
      )}
      {people.length > 0 && (
        <>
          <h3>People met here</h3>
          <ul class="found">
            {people.map(({ person, count }) => (
              <li key={person.id}>
                <a href={routeHash({ page: 'person', id: person.id })}>{person.name}</a> <span class="count">×{count}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>Snippets saved here ({snippets.length})</h3>
      <SnippetList snippets={snippets} catalog={catalog} onDelete={onDeleteSnippet} empty={`Nothing saved from ${domain} yet.`} />
    </article>
  );
}
