/**
 * What one scanned page contributes to recurrence: which people and claims it names (with the
 * sentence that names them) and, for discovery, the sentences no known claim matched. Pure.
 */
import type { Span } from '../matching/sentences';

export interface FoundOnPage {
  kind: 'person' | 'claim';
  refId: string;
  sentence: string;
}

/** Enough unmatched sentences for discovery without sending a whole huge page to the background. */
export const MAX_DISCOVERY_SENTENCES = 1000;
const SENTENCE_CHARS = 300;

/** A sentence as it is stored and compared: whitespace collapsed, at most 300 characters. */
export const tidySentence = (text: string): string => text.replace(/\s+/g, ' ').trim().slice(0, SENTENCE_CHARS);

/** The sentences of `text` (spans from allSentences) that state no known claim, in page order, capped. */
export function unmatchedSentences(text: string, sentences: readonly Span[], claimed: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const s of sentences) {
    const sentence = tidySentence(text.slice(s.start, s.end));
    if (claimed.has(sentence)) continue;
    out.push(sentence);
    if (out.length >= MAX_DISCOVERY_SENTENCES) break;
  }
  return out;
}
