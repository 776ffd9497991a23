import { useState } from 'preact/hooks';
import { hostOf, snippetDate, type Catalog, type ClaimFields, type ClaimView, type Recurrence, type StatementFields } from '@/lib/db';
import { layoutBySite, partialDateTime, type SiteItem } from '@/lib/charts';
import { ClaimForm, VERDICT_LABEL } from './ClaimForm';
import { VariantsEditor } from './VariantsEditor';
import { StatementList } from './StatementList';
import { SnippetList } from './SnippetList';
import { TimelineChart } from './TimelineChart';
import { SeenOnSites } from './SeenOnSites';
import { EditDeleteActions } from './EditDeleteActions';

interface Props {
  view: ClaimView;
  /** Where it was seen (the sightings log); null while it is read. */
  recurrence: Recurrence | null;
  catalog: Catalog;
  onSave(fields: Partial<ClaimFields>): Promise<string | null>;
  onDelete(): void;
  onUpdateStatement(id: string, fields: Omit<StatementFields, 'personId'>): Promise<string | null>;
  onDeleteStatement(id: string): void;
  onDeleteSnippet(id: string): void;
}

const CHART_WIDTH = 680;

/** The claim's dated record, by site: statements with a source, saved snippets. */
function traces(view: ClaimView): SiteItem[] {
  const stated = view.statements.flatMap((s) => {
    const time = partialDateTime(s.date);
    const site = hostOf(s.sourceUrl) || s.sourceName || '';
    return time === null || site === '' ? [] : [{ id: `st-${s.id}`, site, time, label: `${s.date}, ${site}: ${s.text}` }];
  });
  const saved = view.snippets.flatMap((s) => {
    const time = partialDateTime(snippetDate(s));
    return time === null ? [] : [{ id: `sn-${s.id}`, site: s.site, time, label: `${snippetDate(s)}, ${s.site}: ${s.text}` }];
  });
  return [...stated, ...saved];
}

/** A claim: its wording, variants and verdict; where it was seen and when it was stated; the statements and snippets filed under it. */
export function ClaimPage({ view, recurrence, catalog, onSave, onDelete, onUpdateStatement, onDeleteStatement, onDeleteSnippet }: Props) {
  const { claim, statements, snippets, speakers } = view;
  const [editing, setEditing] = useState(false);
  const verdict = claim.verdict ?? 'unverified';
  const items = traces(view);
  return (
    <article class="record-page" aria-labelledby="record-title" data-testid="claim-page">
      <header class="record-header">
        <h2 id="record-title">{claim.text}</h2>
        <p>
          <span class={`verdict verdict-${verdict}`} data-testid="claim-verdict-label">
            {VERDICT_LABEL[verdict]}
          </span>
        </p>
        {!editing && (
          <EditDeleteActions kind="claim" editLabel="Edit claim" deleteLabel="Delete claim" onEdit={() => setEditing(true)} onDelete={onDelete} />
        )}
      </header>
      {editing ? <ClaimForm initial={claim} saveLabel="Save claim" onSave={onSave} onCancel={() => setEditing(false)} /> : claim.summary && <p>{claim.summary}</p>}

      <h3>Other wordings</h3>
      <VariantsEditor variants={claim.variants} onChange={(variants) => onSave({ variants })} />

      <h3>Where it was seen</h3>
      <SeenOnSites recurrence={recurrence} subject="the claim" chart testId="claim-seen" />

      <h3>Stated and saved, by site</h3>
      {items.length === 0 ? (
        <p class="empty">No dated statements or snippets yet. They will be drawn here as they come in.</p>
      ) : (
        <TimelineChart layout={layoutBySite(items, { width: CHART_WIDTH, left: 170 })} title={`Statements and snippets of the claim, by site`} testId="claim-chart" />
      )}

      <h3>Statements making this claim ({statements.length})</h3>
      <StatementList
        statements={statements}
        claims={[...catalog.claims.values()]}
        speakers={speakers}
        onUpdate={onUpdateStatement}
        onDelete={onDeleteStatement}
        empty="No statements filed under this claim. File one from a person's page."
      />

      <h3>Snippets filed under it ({snippets.length})</h3>
      <SnippetList snippets={snippets} catalog={catalog} onDelete={onDeleteSnippet} empty="No snippets filed under this claim yet." />
    </article>
  );
}
