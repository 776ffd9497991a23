/**
 * The contract between the pure matchers (this folder) and the page code (lib/page).
 * The page code flattens a document into one string in which block boundaries
 * (p, div, li, br, td, ...) are written as BLOCK_BREAK; matchers never let a
 * match cross one. Offsets are UTF-16 code-unit indexes into that string.
 */

/** U+2029 PARAGRAPH SEPARATOR: a hard boundary no match may cross. */
export const BLOCK_BREAK = '\u2029';

/** A name (or alias) found in the text. */
export interface PersonMatch {
  start: number;
  end: number;
  /** Every person the surface form may refer to; more than one when ambiguous. */
  personIds: string[];
  /** The text as it appears, for display. */
  surface: string;
}

/** A sentence that states a known claim, possibly in other words. */
export interface ClaimMatch {
  start: number;
  end: number;
  claimId: string;
  /** 0..1, how strongly the sentence matches. */
  score: number;
  /** The words (as written on the page) that made the match, for the card's explanation. */
  matchedTerms: string[];
}

/** What a person dictionary is compiled from. */
export interface NameSource {
  id: string;
  name: string;
  aliases: string[];
  /** The names put the family name first ("Xi Jinping"), which is then the surname (see names-order.ts). */
  familyNameFirst?: boolean;
}

/** What a claim index is compiled from; examples are snippets the reader filed under the claim. */
export interface ClaimSource {
  id: string;
  text: string;
  variants: string[];
  examples?: string[];
}
