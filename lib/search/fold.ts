/** Text folding shared by the search index and its queries, so both sides agree on what a "word" is. */

// Letters that NFKD does not decompose into base letter + combining mark.
const UNDECOMPOSABLE: Record<string, string> = {
  ß: 'ss',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  ħ: 'h',
};
const UNDECOMPOSABLE_RE = /[ßøłđðþæœıħ]/g;
const MARKS_RE = /\p{M}+/gu;
const WORD_SPLIT_RE = /[^\p{L}\p{N}]+/u;

/** Lower-cases and strips diacritics so "Dvořák" and "Shoïgu" are stored and queried as "dvorak" and "shoigu". */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(MARKS_RE, '')
    .toLowerCase()
    .replace(UNDECOMPOSABLE_RE, (c) => UNDECOMPOSABLE[c] ?? c);
}

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
