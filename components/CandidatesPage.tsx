import { useState } from 'preact/hooks';
import type { CandidateClaim } from '@/lib/db';
import { plural } from '@/lib/format';
import { formatDate } from './seen-line';
import { FormActions } from './FormActions';

interface Props {
  /** Null while they are read. */
  candidates: CandidateClaim[] | null;
  /** Resolves to an error sentence, or null once the claim exists (the page then moves to it). */
  onPromote(key: string, text?: string): Promise<string | null>;
  onDismiss(key: string): void;
}

/** One candidate: its wording, where it was seen, and the two ways to answer it. */
function Candidate({ candidate, onPromote, onDismiss }: { candidate: CandidateClaim } & Omit<Props, 'candidates'>) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(candidate.text);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const promote = async (wording?: string) => {
    setBusy(true);
    setError(await onPromote(candidate.key, wording));
    setBusy(false);
  };
  return (
    <li class="candidate" data-testid="candidate">
      <blockquote data-testid="candidate-text">{candidate.text}</blockquote>
      <p class="muted">
        Seen on {plural(candidate.pages, 'page')} across {plural(candidate.sites.length, 'site')}
        {candidate.variants.length > 1 && `, in ${candidate.variants.length} wordings`}.
      </p>
      <ul class="candidate-seen">
        {candidate.seen.map((s) => (
          <li key={s.url}>
            <span class="site">{s.site}</span> ·{' '}
            <a href={s.url} target="_blank" rel="noreferrer noopener">
              {s.title || s.url}
            </a>{' '}
            <span class="muted">{formatDate(s.publishedDate, s.seenAt)}</span>
          </li>
        ))}
      </ul>
      {editing ? (
        <form
          class="candidate-edit"
          onSubmit={(e) => {
            e.preventDefault();
            void promote(text);
          }}
        >
          <label class="field">
            <span>The claim, in your words</span>
            <textarea rows={3} value={text} onInput={(e) => setText(e.currentTarget.value)} data-testid="candidate-wording" />
          </label>
          <FormActions saveLabel="Make a claim" busy={busy || text.trim() === ''} error={null} onCancel={() => setEditing(false)} testId="candidate" />
        </form>
      ) : (
        <div class="actions">
          <button type="button" class="primary" disabled={busy} onClick={() => void promote()} data-testid="candidate-promote">
            Make a claim
          </button>
          <button type="button" onClick={() => setEditing(true)} data-testid="candidate-edit">
            Edit the wording first
          </button>
          <button type="button" onClick={() => onDismiss(candidate.key)} data-testid="candidate-dismiss">
            Dismiss
          </button>
        </div>
      )}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </li>
  );
}

/** Sentences met on pages of several sites that are not claims yet: make each a claim, or dismiss it. */
export function CandidatesPage({ candidates, onPromote, onDismiss }: Props) {
  return (
    <section class="panel" aria-labelledby="candidates-heading" data-testid="candidates-page">
      <h2 id="candidates-heading">Candidate claims</h2>
      {candidates === null ? (
        <p role="status">Reading the candidates…</p>
      ) : candidates.length === 0 ? (
        <p class="empty" data-testid="candidates-empty">
          No candidates yet. When the same sentence turns up on pages from two or more different sites you read, and it is
          not one of your claims, Backstory offers it here with where it was seen. Make it a claim to have it highlighted
          and recognised from then on, or dismiss it. Only pages read while logging is on count (see Settings).
        </p>
      ) : (
        <>
          <p class="muted">
            These sentences appeared on pages from several sites. A sentence repeated word for word across outlets is often a talking
            point worth following; make it a claim, and Backstory will highlight it and its wordings on every page.
          </p>
          <ul class="candidates" data-testid="candidate-list">
            {candidates.map((c) => (
              <Candidate key={c.key} candidate={c} onPromote={onPromote} onDismiss={onDismiss} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
