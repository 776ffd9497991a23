import type { Snippet } from '@/lib/types';
import type { SightingStats } from '@/lib/recurrence/totals';
import type { SnippetPlace } from '@/lib/messaging';
import type { StoredStatement } from '@/lib/db';
import { seenLine } from '../seen-line';

/** "2017-12 · Sputnik" under a statement; the source links when it has a URL. */
export function StatementLine({ statement, speaker }: { statement: StoredStatement; speaker?: string }) {
  const source = statement.sourceName ?? (statement.sourceUrl ? hostOf(statement.sourceUrl) : undefined);
  return (
    <li class="statement">
      <q>{statement.text}</q>
      <span class="meta">
        {[speaker, statement.date ?? 'undated'].filter(Boolean).join(' · ')}
        {source && ' · '}
        {source && statement.sourceUrl ? (
          <a href={statement.sourceUrl} target="_blank" rel="noreferrer noopener">
            {source}
          </a>
        ) : (
          source
        )}
      </span>
    </li>
  );
}

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
};

const FLAG: Record<SnippetPlace, string | null> = {
  exact: null,
  changed: 'text changed since saved',
  missing: 'text changed since saved: no longer found on this page',
};

/** Saved snippets, each flagged when the page no longer shows its text as saved. */
export function SnippetItems({ snippets, places }: { snippets: Snippet[]; places: Record<string, SnippetPlace> }) {
  return (
    <ul class="items" data-testid="card-snippets">
      {snippets.map((s) => {
        const flag = FLAG[places[s.id] ?? 'exact'];
        return (
          <li key={s.id} class="snippet">
            <q>{s.text}</q>
            {s.note && <span class="note">{s.note}</span>}
            {flag && (
              <span class="flag" role="status" data-testid="snippet-flag">
                {flag}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** "Seen on 3 other pages across 2 sites, first 12 Mar 2020, last 3 Jun 2021", or "Not seen on other pages yet." */
export function SeenBeforeLine({ seen }: { seen: SightingStats }) {
  return (
    <p class={seen.pages === 0 ? 'seen empty' : 'seen'} data-testid="card-seen">
      {seenLine(seen, true)}
    </p>
  );
}
