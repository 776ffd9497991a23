import { useState } from 'preact/hooks';
import type { SnippetDraft } from '@/lib/messaging';
import { CardFrame } from './CardFrame';
import { PersonSelect } from '../PersonSelect';

/** What the reader decides in the form; the rest of the snippet comes from the page. */
export interface SaveChoices {
  personId?: string;
  claimIds: string[];
  note: string;
  tags: string[];
}

interface Props {
  draft: SnippetDraft;
  people: Array<{ id: string; name: string }>;
  claims: Array<{ id: string; text: string }>;
  status: { kind: 'editing' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };
  onSave(choices: SaveChoices): void;
  onCancel(): void;
}

const splitTags = (text: string) => [...new Set(text.split(',').map((t) => t.trim()).filter(Boolean))];

/** The save form, pre-filled from the selection: Enter saves, Esc cancels (the card App handles Esc). */
export function SaveForm({ draft, people, claims, status, onSave, onCancel }: Props) {
  const [personId, setPersonId] = useState(draft.personId ?? '');
  const [claimIds, setClaimIds] = useState<string[]>(draft.claimIds);
  const [note, setNote] = useState('');
  const [tags, setTags] = useState('');
  const submit = (e: Event) => {
    e.preventDefault();
    if (status.kind === 'saving' || status.kind === 'saved') return;
    onSave({ ...(personId && { personId }), claimIds, note, tags: splitTags(tags) });
  };
  const toggle = (id: string, on: boolean) => setClaimIds((ids) => (on ? [...ids, id] : ids.filter((c) => c !== id)));
  // Claims the matcher found in the selection come first; the page's others stay folded away.
  const found = claims.filter((c) => draft.claimIds.includes(c.id));
  const others = claims.filter((c) => !draft.claimIds.includes(c.id));
  const claimBox = (c: { id: string; text: string }) => (
    <label key={c.id} class="check">
      <input type="checkbox" checked={claimIds.includes(c.id)} onChange={(e) => toggle(c.id, e.currentTarget.checked)} data-testid="save-claim" />
      <span>{c.text}</span>
    </label>
  );
  return (
    <CardFrame title="Save to Backstory" testId="save-form" onClose={onCancel}>
      <form onSubmit={submit} aria-describedby="save-help">
        <blockquote class="draft-quote" data-testid="save-quote">
          {draft.text}
        </blockquote>
        <label class="field">
          <span>Attributed to</span>
          <PersonSelect people={people} value={personId} onChange={setPersonId} testId="save-person" />
        </label>
        {found.length > 0 && (
          <fieldset class="field">
            <legend>Claims it states</legend>
            {found.map(claimBox)}
          </fieldset>
        )}
        {others.length > 0 && (
          <details class="field">
            <summary>{found.length > 0 ? 'Other claims on this page' : 'Claims on this page'}</summary>
            {others.map(claimBox)}
          </details>
        )}
        <label class="field">
          <span>Note</span>
          <textarea
            rows={2}
            value={note}
            onInput={(e) => setNote(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey) {
                e.preventDefault();
                e.currentTarget.form?.requestSubmit();
              }
            }}
            data-testid="save-note"
            autoFocus
          />
        </label>
        <label class="field">
          <span>Tags (comma-separated)</span>
          <input type="text" value={tags} onInput={(e) => setTags(e.currentTarget.value)} data-testid="save-tags" />
        </label>
        <p id="save-help" class="meta">
          Enter saves (Shift+Enter for a new line in the note), Esc cancels.
        </p>
        <div class="actions">
          <button type="submit" class="primary" disabled={status.kind === 'saving' || status.kind === 'saved'} data-testid="save-submit">
            Save snippet
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
        <p role="status" class={status.kind === 'error' ? 'error' : 'meta'} data-testid="save-status">
          {status.kind === 'saved' ? 'Saved.' : status.kind === 'error' ? status.message : status.kind === 'saving' ? 'Saving…' : ''}
        </p>
      </form>
    </CardFrame>
  );
}
