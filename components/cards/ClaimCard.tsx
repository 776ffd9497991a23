import type { ClaimCardData } from '@/lib/db/cards';
import type { SnippetPlace } from '@/lib/messaging';
import type { Verdict } from '@/lib/types';
import { CardFrame } from './CardFrame';
import { SeenBeforeLine, SnippetItems, StatementLine } from './Sections';

interface Props {
  data: ClaimCardData;
  /** The words on this page that made the match. */
  terms: string[];
  snippetPlaces: Record<string, SnippetPlace>;
  libraryUrl: string;
  /** Opens the save form on the sentence this card is about (cards shown on a page only). */
  onSavePassage?: () => void;
  onClose(): void;
}

const VERDICT_LABEL: Record<Verdict, string> = {
  unverified: 'Unverified',
  disputed: 'Disputed',
  misleading: 'Misleading',
  false: 'False',
  true: 'True',
};

/** A recurring claim: its canonical wording, verdict, why it matched here, and who said it before. */
export function ClaimCard({ data, terms, snippetPlaces, libraryUrl, onSavePassage, onClose }: Props) {
  const { claim, statements, snippets, speakers, seen } = data;
  const verdict = claim.verdict ?? 'unverified';
  return (
    <CardFrame
      title={claim.text}
      subtitle={
        <span class={`verdict verdict-${verdict}`} data-testid="card-verdict">
          {VERDICT_LABEL[verdict]}
        </span>
      }
      testId="claim-card"
      onClose={onClose}
    >
      {claim.summary && <p class="summary">{claim.summary}</p>}
      {terms.length > 0 && (
        <p class="meta terms" data-testid="card-terms">
          <span>Matched on this page by:</span>
          {terms.map((t, i) => (
            <mark key={i}>{t}</mark>
          ))}
        </p>
      )}
      <h2>Stated before</h2>
      {statements.length === 0 ? (
        <p class="empty">No statements filed under this claim yet.</p>
      ) : (
        <ul class="items" data-testid="card-statements">
          {statements.slice(0, 5).map((s) => (
            <StatementLine key={s.id} statement={s} speaker={s.personId ? speakers[s.personId] : undefined} />
          ))}
        </ul>
      )}
      {snippets.length > 0 && (
        <>
          <h2>Your snippets</h2>
          <SnippetItems snippets={snippets.slice(0, 5)} places={snippetPlaces} />
        </>
      )}
      <SeenBeforeLine seen={seen} />
      <p class="card-links">
        {onSavePassage && (
          <button type="button" class="link" onClick={onSavePassage} data-testid="save-passage">
            Save this passage
          </button>
        )}
        <a href={libraryUrl} target="_blank" rel="noopener">
          Open this claim in the library
        </a>
      </p>
    </CardFrame>
  );
}
