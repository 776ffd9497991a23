import { useState } from 'preact/hooks';
import { hostOf, snippetDate, type Catalog, type ClaimFields, type ClaimView, type StatementFields } from '@/lib/db';
import { layoutBySite, partialDateTime, type SiteItem } from '@/lib/charts';
import type { Sighting } from '@/lib/types';
import { ClaimForm, VERDICT_LABEL } from './ClaimForm';
import { VariantsEditor } from './VariantsEditor';
import { StatementList } from './StatementList';
import { SnippetList } from './SnippetList';
import { TimelineChart } from './TimelineChart';

interface Props {
  view: ClaimView;
  sightings: Sighting[];
  catalog: Catalog;
  onSave(fields: Partial<ClaimFields>): Promise<string | null>;
  onDelete(): void;
  onUpdateStatement(id: string, fields: Omit<StatementFields, 'personId'>): Promise<string | null>;
  onDeleteStatement(id: string): void;
  onDeleteSnippet(id: string): void;
}

const CHART_WIDTH = 680;

/** Every dated trace of a claim, by site: pages it was seen on, statements with a source, saved snippets. */
function traces(view: ClaimView, sightings: Sighting[]): SiteItem[] {
  const seen = sightings.map((s) => ({ id: `seen-${s.id ?? s.url}`, site: s.site, time: s.firstSeen, label: `Seen on ${s.site}: ${s.title || s.url}` }));
  const stated = view.statements.flatMap((s) => {
    const time = partialDateTime(s.date);
    const site = hostOf(s.sourceUrl) || s.sourceName || '';
    return time === null || site === '' ? [] : [{ id: `st-${s.id}`, site, time, label: `${s.date}, ${site}: ${s.text}` }];
  });
  const saved = view.snippets.flatMap((s) => {
    const time = partialDateTime(snippetDate(s));
    return time === null ? [] : [{ id: `sn-${s.id}`, site: s.site, time, label: `${snippetDate(s)}, ${s.site}: ${s.text}` }];
  });
  return [...seen, ...stated, ...saved];
}

/** A claim: its wording, variants and verdict; where and when it appeared; the statements and snippets filed under it. */
export function ClaimPage({ view, sightings, catalog, onSave, onDelete, onUpdateStatement, onDeleteStatement, onDeleteSnippet }: Props) {
  const { claim, statements, snippets, speakers } = view;
  const [editing, setEditing] = useState(false);
  const verdict = claim.verdict ?? 'unverified';
  const items = traces(view, sightings);
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
          <div class="actions">
            <button type="button" onClick={() => setEditing(true)} data-testid="edit-claim">
              Edit claim
            </button>
            <button type="button" class="danger" onClick={onDelete} data-testid="delete-claim">
              Delete claim
            </button>
          </div>
        )}
      </header>
      {editing ? <ClaimForm initial={claim} saveLabel="Save claim" onSave={onSave} onCancel={() => setEditing(false)} /> : claim.summary && <p>{claim.summary}</p>}

      <h3>Other wordings</h3>
      <VariantsEditor variants={claim.variants} onChange={(variants) => onSave({ variants })} />

      <h3>Where and when it appeared</h3>
      {items.length === 0 ? (
        <p class="empty">No dated statements, snippets or sightings yet. They will be drawn here as they come in.</p>
      ) : (
        <TimelineChart layout={layoutBySite(items, { width: CHART_WIDTH, left: 170 })} title={`Where and when the claim appeared, by site`} testId="claim-chart" />
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
