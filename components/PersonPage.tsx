import { useState } from 'preact/hooks';
import type { Catalog, PersonFields, PersonView, Recurrence, StatementFields } from '@/lib/db';
import { layoutTimeline, partialDateTime } from '@/lib/charts';
import { routeHash } from '@/lib/router';
import { plural } from '@/lib/format';
import { PersonForm } from './PersonForm';
import { StatementForm } from './StatementForm';
import { StatementList } from './StatementList';
import { SnippetList } from './SnippetList';
import { TimelineChart } from './TimelineChart';
import { SeenOnSites } from './SeenOnSites';
import { EditDeleteActions } from './EditDeleteActions';

interface Props {
  view: PersonView;
  /** Where the person was seen (the sightings log); null while it is read. */
  recurrence: Recurrence | null;
  catalog: Catalog;
  onSave(fields: PersonFields): Promise<string | null>;
  onDelete(): void;
  onAddStatement(fields: Omit<StatementFields, 'personId'>): Promise<string | null>;
  onUpdateStatement(id: string, fields: Omit<StatementFields, 'personId'>): Promise<string | null>;
  onDeleteStatement(id: string): void;
  onDeleteSnippet(id: string): void;
}

const CHART_WIDTH = 640;

/** A person: profile, what they said before as a timeline, snippets about them, and where they were met. */
export function PersonPage({ view, recurrence, catalog, onSave, onDelete, onAddStatement, onUpdateStatement, onDeleteStatement, onDeleteSnippet }: Props) {
  const { person, statements, snippets } = view;
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  const claims = [...catalog.claims.values()];
  const dated = statements.flatMap((s) => {
    const time = partialDateTime(s.date);
    return time === null ? [] : [{ id: s.id, time, label: `${s.date}: ${s.text}` }];
  });
  return (
    <article class="record-page" aria-labelledby="record-title" data-testid="person-page">
      <header class="record-header">
        <h2 id="record-title">{person.name}</h2>
        <p class="muted">{[person.role, person.organization, person.country].filter(Boolean).join(' · ') || 'No role recorded.'}</p>
        {!editing && (
          <EditDeleteActions kind="person" editLabel="Edit profile" deleteLabel="Delete person" onEdit={() => setEditing(true)} onDelete={onDelete} />
        )}
      </header>
      {editing ? (
        <PersonForm initial={person} saveLabel="Save profile" onSave={onSave} onCancel={() => setEditing(false)} />
      ) : (
        <>
          {person.summary && <p>{person.summary}</p>}
          <p data-testid="person-aliases">
            <span class="label">Also found as: </span>
            {person.aliases.length > 0 ? person.aliases.join(' · ') : 'no other names yet'}
          </p>
        </>
      )}

      <h3>Said before ({statements.length})</h3>
      {dated.length > 1 && (
        <TimelineChart layout={layoutTimeline(dated, { width: CHART_WIDTH })} title={`${person.name}: ${plural(dated.length, 'dated statement')} over time`} testId="person-timeline" />
      )}
      <StatementList
        statements={statements}
        claims={claims}
        onUpdate={onUpdateStatement}
        onDelete={onDeleteStatement}
        empty={`No prior statements by ${person.name} yet. Add what they said, with a date and source, to see it on their cards.`}
      />
      {adding ? (
        <StatementForm claims={claims} saveLabel="Add statement" onSave={onAddStatement} onCancel={() => setAdding(false)} />
      ) : (
        <button type="button" onClick={() => setAdding(true)} data-testid="add-statement">
          Add a statement
        </button>
      )}

      <h3>Snippets about {person.name} ({snippets.length})</h3>
      <SnippetList snippets={snippets} catalog={catalog} onDelete={onDeleteSnippet} empty="No snippets filed under this person. When you save a passage that names them, it is filed here." />

      <h3>Where they were seen</h3>
      <SeenOnSites recurrence={recurrence} subject={person.name} chart={false} testId="person-seen" />
      {view.sites.length > 0 && (
        <>
          <h3>Sites of their statements and snippets</h3>
          <ul class="sites" data-testid="person-sites">
            {view.sites.map(({ site, count }) => (
              <li key={site}>
                <a href={routeHash({ page: 'source', domain: site })}>{site}</a> <span class="count">×{count}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
