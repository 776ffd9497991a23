import type { Sighting, Snippet } from '@/lib/types';
import type { SeenBefore } from '@/lib/db/cards';
import type { SnippetPlace } from '@/lib/messaging';
import type { StoredStatement } from '@/lib/db';
import { plural } from '@/lib/format';

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

/** "Seen on 3 other pages: site-a, site-b" (from sightings), or nothing. */
export function SeenBeforeLine({ seen }: { seen: SeenBefore }) {
  if (seen.total === 0) return null;
  return (
    <p class="seen" data-testid="card-seen">
      Seen on {plural(seen.total, 'other page')}: {seen.sites.slice(0, 4).join(', ')}
      {seen.recent[0] && <span class="meta"> · latest: {titleOf(seen.recent[0])}</span>}
    </p>
  );
}

const titleOf = (s: Sighting) => s.title || s.url;
