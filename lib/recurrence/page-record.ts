/**
 * What one scanned page contributes to recurrence: which people and claims it names (with
 * the sentence that names them) and the sentences no claim matched, for discovery. Pure: the
 * content script feeds it the page's flat text and its matches as offsets.
 */
import { allSentences } from '../matching/quotes';
import type { Span } from '../matching/sentences';

export interface SpanRef {
  start: number;
  end: number;
  ids: readonly string[];
}

export interface FoundOnPage {
  kind: 'person' | 'claim';
  refId: string;
  sentence: string;
}

/** Enough unmatched sentences for discovery without sending a whole huge page to the background. */
export const MAX_DISCOVERY_SENTENCES = 1000;
const SENTENCE_CHARS = 300;

const tidy = (text: string): string => text.replace(/\s+/g, ' ').trim().slice(0, SENTENCE_CHARS);

/** The sentence holding `offset`, by binary search over sorted spans. */
function sentenceAt(sentences: readonly Span[], offset: number): Span | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as Span;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** One entry per person or claim on the page, with the first sentence that names or states it. */
export function foundOnPage(text: string, people: readonly SpanRef[], claims: readonly SpanRef[], sentences = allSentences(text)): FoundOnPage[] {
  const found = new Map<string, FoundOnPage>();
  const add = (kind: FoundOnPage['kind'], match: SpanRef, span: { start: number; end: number }) => {
    for (const refId of match.ids) {
      const key = `${kind}:${refId}`;
      if (!found.has(key)) found.set(key, { kind, refId, sentence: tidy(text.slice(span.start, span.end)) });
    }
  };
  // An ambiguous name ("Marek" for two people) is not a sighting of either.
  for (const p of people) if (p.ids.length === 1) add('person', p, sentenceAt(sentences, p.start) ?? p);
  for (const c of claims) add('claim', c, c);
  return [...found.values()];
}

/** The page's sentences that state no known claim, in page order, capped. */
export function unmatchedSentences(text: string, claims: readonly SpanRef[], sentences = allSentences(text)): string[] {
  const claimed = [...claims].sort((a, b) => a.start - b.start);
  const out: string[] = [];
  let c = 0;
  for (const s of sentences) {
    while (c < claimed.length && (claimed[c] as SpanRef).end <= s.start) c++;
    const next = claimed[c];
    if (next && next.start < s.end) continue;
    out.push(tidy(text.slice(s.start, s.end)));
    if (out.length >= MAX_DISCOVERY_SENTENCES) break;
  }
  return out;
}
