import type { ComponentChildren } from 'preact';
import type { Snippet } from '@/lib/types';

interface Props {
  snippet: Snippet;
  personName?: string;
  claimLabels: string[];
  /** The source page, scrolled to the quote. */
  pageUrl: string;
  /** Where the snippet is edited (the library), when not already there. */
  editUrl?: string;
  /** Extra actions (edit, delete) the page offers. */
  children?: ComponentChildren;
}

const savedDate = (s: Snippet) => new Date(s.savedAt).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

/** One saved snippet: the quote, who and what it is filed under, the note, where and when. */
export function SnippetRow({ snippet, personName, claimLabels, pageUrl, editUrl, children }: Props) {
  return (
    <article class="snippet-row" data-testid="snippet-row" aria-label={`Snippet from ${snippet.site}`}>
      <blockquote class="quote">{snippet.text}</blockquote>
      {(personName || claimLabels.length > 0) && (
        <p class="filed">
          {personName && <span class="badge badge-person">{personName}</span>}
          {claimLabels.map((label) => (
            <span class="badge badge-claim" key={label}>
              {label}
            </span>
          ))}
        </p>
      )}
      {snippet.note && <p class="note" data-testid="snippet-note">{snippet.note}</p>}
      <p class="meta">
        <a href={pageUrl} target="_blank" rel="noopener noreferrer" title={snippet.title}>
          {snippet.site}
        </a>
        {' · '}
        <span>saved {savedDate(snippet)}</span>
        {snippet.publishedDate && <span> · published {snippet.publishedDate}</span>}
        {snippet.tags.length > 0 && <span> · {snippet.tags.map((t) => `#${t}`).join(' ')}</span>}
        {editUrl && (
          <>
            {' · '}
            {/* A hash link is the library itself: stay in the tab. */}
            {editUrl.startsWith('#') ? (
              <a href={editUrl}>edit</a>
            ) : (
              <a href={editUrl} target="_blank" rel="noopener">
                edit in library
              </a>
            )}
          </>
        )}
      </p>
      {children && <div class="row-actions">{children}</div>}
    </article>
  );
}
