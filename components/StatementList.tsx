import { useState } from 'preact/hooks';
import type { StatementFields, StoredStatement } from '@/lib/db';
import { routeHash } from '@/lib/router';
import { StatementForm } from './StatementForm';

interface Props {
  statements: StoredStatement[];
  claims: readonly { id: string; text: string }[];
  /** Names of speakers, when the list mixes people (a claim's statements). */
  speakers?: ReadonlyMap<string, string>;
  onUpdate(id: string, fields: Omit<StatementFields, 'personId'>): Promise<string | null>;
  onDelete(id: string): void;
  empty: string;
}

/** Prior statements, newest first, each editable and deletable in place. */
export function StatementList({ statements, claims, speakers, onUpdate, onDelete, empty }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  if (statements.length === 0) return <p class="empty">{empty}</p>;
  const claimText = new Map(claims.map((c) => [c.id, c.text]));
  return (
    <ol class="statements" data-testid="statement-list">
      {statements.map((s) =>
        editing === s.id ? (
          <li key={s.id}>
            <StatementForm initial={s} claims={claims} saveLabel="Save statement" onSave={(f) => onUpdate(s.id, f)} onCancel={() => setEditing(null)} />
          </li>
        ) : (
          <li key={s.id} class="statement">
            <span class="date">{s.date ?? 'undated'}</span>
            <div>
              <q>{s.text}</q>
              <p class="meta">
                {s.personId && speakers?.get(s.personId) && <a href={routeHash({ page: 'person', id: s.personId })}>{speakers.get(s.personId)}</a>}
                {s.sourceUrl ? (
                  <>
                    {' '}
                    <a href={s.sourceUrl} target="_blank" rel="noopener noreferrer">
                      {s.sourceName ?? 'source'}
                    </a>
                  </>
                ) : (
                  s.sourceName && ` ${s.sourceName}`
                )}
                {s.claimIds.map((id) => (
                  <a key={id} class="badge badge-claim" href={routeHash({ page: 'claim', id })}>
                    {claimText.get(id) ?? id}
                  </a>
                ))}
              </p>
              <div class="row-actions">
                <button type="button" onClick={() => setEditing(s.id)} aria-label={`Edit statement: ${s.text.slice(0, 50)}`}>
                  Edit
                </button>
                <button type="button" class="danger" onClick={() => onDelete(s.id)} aria-label={`Delete statement: ${s.text.slice(0, 50)}`}>
                  Delete
                </button>
              </div>
            </div>
          </li>
        ),
      )}
    </ol>
  );
}
