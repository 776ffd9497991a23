import { useState } from 'preact/hooks';
import type { PersonCardData } from '@/lib/db/cards';
import type { Quote } from '@/lib/matching/quotes';
import type { SnippetPlace } from '@/lib/messaging';
import { CardFrame } from './CardFrame';
import { SeenBeforeLine, SnippetItems, StatementLine } from './Sections';

interface Props {
  data: PersonCardData;
  /** Quotes the page attributes to this person. */
  quotes: Quote[];
  /** Starts (offsets) of quotes already saved as statements in this card. */
  savedQuotes: ReadonlySet<number>;
  snippetPlaces: Record<string, SnippetPlace>;
  libraryUrl: string;
  /** Shown for an ambiguous name the reader resolved: lets them choose again. */
  onChangeChoice?: () => void;
  onSaveQuote(quote: Quote): void;
  onClose(): void;
}

const QUOTES_SHOWN = 2;

/** Who a person is, what they said before, what the reader saved, and quotes on this page. */
export function PersonCard({ data, quotes, savedQuotes, snippetPlaces, libraryUrl, onChangeChoice, onSaveQuote, onClose }: Props) {
  const { person, statements, moreStatements, pageSnippets, seen, source } = data;
  const [allQuotes, setAllQuotes] = useState(false);
  const shownQuotes = allQuotes ? quotes : quotes.slice(0, QUOTES_SHOWN);
  const subtitle = [person.role, person.organization].filter(Boolean).join(', ');
  return (
    <CardFrame title={person.name} subtitle={subtitle ? <span data-testid="card-role">{subtitle}</span> : undefined} testId="person-card" onClose={onClose}>
      {person.summary && <p class="summary">{person.summary}</p>}
      {onChangeChoice && (
        <p class="meta">
          You chose this person for this page.{' '}
          <button type="button" class="link" onClick={onChangeChoice}>
            Choose again
          </button>
        </p>
      )}
      <h2>Said before</h2>
      {statements.length === 0 ? (
        <p class="empty">No statements recorded yet.</p>
      ) : (
        <ul class="items" data-testid="card-statements">
          {statements.map((s) => (
            <StatementLine key={s.id} statement={s} />
          ))}
        </ul>
      )}
      {moreStatements > 0 && (
        <p class="meta">
          and {moreStatements} more in the <a href={libraryUrl} target="_blank" rel="noopener">library</a>
        </p>
      )}
      {quotes.length > 0 && (
        <>
          <h2>Quoted on this page</h2>
          <ul class="items" data-testid="card-quotes">
            {shownQuotes.map((q) => (
              <li key={q.start} class="quote">
                <q>{q.text}</q>
                {savedQuotes.has(q.start) ? (
                  <span class="meta" role="status">Saved as a statement</span>
                ) : (
                  <button type="button" onClick={() => onSaveQuote(q)} aria-label={`Save as a statement: ${q.text.slice(0, 60)}`}>
                    Save as statement
                  </button>
                )}
              </li>
            ))}
          </ul>
          {shownQuotes.length < quotes.length && (
            <button type="button" class="link" onClick={() => setAllQuotes(true)}>
              Show all {quotes.length} quotes
            </button>
          )}
        </>
      )}
      {pageSnippets.length > 0 && (
        <>
          <h2>Saved from this page</h2>
          <SnippetItems snippets={pageSnippets} places={snippetPlaces} />
        </>
      )}
      <SeenBeforeLine seen={seen} />
      {source?.note && (
        <aside class="source-note" aria-label={`Note on ${source.name ?? source.domain}`} data-testid="card-source-note">
          <strong>{source.name ?? source.domain}:</strong> {source.note}
        </aside>
      )}
      <p class="card-links">
        <a href={libraryUrl} target="_blank" rel="noopener">
          Open {person.name} in the library
        </a>
      </p>
    </CardFrame>
  );
}
