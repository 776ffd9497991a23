import { useState } from 'preact/hooks';

interface Props {
  sites: string[];
  /** Takes a site name or any address on the site; settings keep only the site. */
  onAdd(site: string): void;
  onRemove(site: string): void;
}

/** The sites never logged: a list with "Log again" buttons and a field to add one. */
export function ExcludedSites({ sites, onAdd, onRemove }: Props) {
  const [draft, setDraft] = useState('');
  return (
    <>
      {sites.length === 0 ? (
        <p class="empty">Every site is logged. Add one here to keep pages of that site out of the history and the candidates.</p>
      ) : (
        <ul class="found" data-testid="excluded-sites">
          {sites.map((site) => (
            <li key={site}>
              {site}{' '}
              <button type="button" onClick={() => onRemove(site)} aria-label={`Log ${site} again`}>
                Log again
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="site-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (draft.trim() === '') return;
          onAdd(draft.trim());
          setDraft('');
        }}
      >
        <label>
          <span class="label">Site: </span>
          <input type="text" value={draft} placeholder="example.com" onInput={(e) => setDraft(e.currentTarget.value)} data-testid="exclude-site-input" />
        </label>{' '}
        <button type="submit" data-testid="exclude-site-add">
          Never log this site
        </button>
      </form>
    </>
  );
}
