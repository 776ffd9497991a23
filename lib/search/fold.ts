/** Text folding shared by the search index and its queries, so both sides agree on what a "word" is. */
import { foldText } from '../matching/fold';

const WORD_SPLIT_RE = /[^\p{L}\p{N}]+/u;

/**
 * Lower-cases and strips diacritics so "Dvořák" and "Shoïgu" are stored and queried as "dvorak"
 * and "shoigu": the page matcher's folding, so the library and the page agree on what a name is.
 */
export { foldText };

/** Splits on anything that is not a letter or digit, so "Kabulov's" yields "Kabulov" (and a dropped "s"). */
export function tokenize(text: string): string[] {
  return text.split(WORD_SPLIT_RE).filter((t) => t.length > 0);
}

/** Folds one token; single letters carry no meaning for search and are dropped (null). */
export function foldTerm(term: string): string | null {
  const folded = foldText(term);
  if (folded.length === 0) return null;
  if (folded.length === 1 && !/\d/.test(folded)) return null;
  return folded;
}
