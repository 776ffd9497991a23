import { useState } from 'preact/hooks';
import { FormActions } from './FormActions';

interface Props {
  site: string;
  /** The note as stored; undefined when the site has none. */
  note?: string;
  /** Saves the note; resolves to an error sentence, or null when saved. */
  onSave(note: string): Promise<string | null>;
  /** Link to the site's page in the library. */
  libraryUrl?: string;
}

/** The reader's note on the site being read, edited in place. */
export function SiteNote({ site, note, onSave, libraryUrl }: Props) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(note ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    const problem = await onSave(draft.trim());
    setBusy(false);
    setError(problem);
    if (!problem) setEditing(false);
  };

  if (editing) {
    return (
      <form class="site-note" onSubmit={save} data-testid="site-note-form">
        <label>
          <span class="label">Your note on {site}</span>
          <textarea
            rows={3}
            value={draft}
            data-testid="site-note-input"
            onInput={(e) => setDraft(e.currentTarget.value)}
            onKeyDown={(e) => e.key === 'Escape' && setEditing(false)}
            autoFocus
          />
        </label>
        <FormActions saveLabel="Save note" busy={busy} error={error} onCancel={() => setEditing(false)} testId="site-note" />
      </form>
    );
  }
  return (
    <div class="site-note" data-testid="site-note">
      {note ? (
        <p>
          <span class="label">Note on {site}: </span>
          <span data-testid="site-note-text">{note}</span>
        </p>
      ) : (
        <p class="empty">No note on {site} yet. A note reminds you who runs a site or how far to trust it.</p>
      )}
      <div class="actions">
        <button
          type="button"
          data-testid="site-note-edit"
          onClick={() => {
            setDraft(note ?? '');
            setEditing(true);
          }}
        >
          {note ? 'Edit note' : 'Add a note'}
        </button>
        {libraryUrl && (
          <a href={libraryUrl} target="_blank" rel="noopener">
            All about {site}
          </a>
        )}
      </div>
    </div>
  );
}
