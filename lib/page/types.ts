/**
 * Types shared by the page scanner's modules. The scanner takes its matchers as
 * plain functions so lib/page never depends on how names or claims are found.
 */

/** What a match on the page refers to; each kind has its own highlight. */
export type MatchKind = 'person' | 'claim';

/** A matcher's find, in the page scanner's terms: offsets into the text given. */
export interface PageMatch {
  start: number;
  end: number;
  kind: MatchKind;
  /** Person ids (several when a surface form is ambiguous) or the one claim id. */
  ids: string[];
  /** Claim score 0..1; 1 for people. */
  score: number;
  /** Words that made a claim match; empty for people. */
  terms: string[];
}

/**
 * Finds matches in flattened page text (block boundaries written as BLOCK_BREAK).
 * Must be linear and must never return a match that crosses a BLOCK_BREAK, so the
 * scanner can run it on slices of the text cut at BLOCK_BREAKs. Returns objects of
 * its own making: the scanner shifts them to page offsets in place.
 */
export type TextMatcher = (text: string) => PageMatch[];

/** A match tied back to the DOM text it covers. */
export interface PlacedMatch {
  match: PageMatch;
  /** The text as the page writes it. */
  text: string;
  /** Covers the match; a StaticRange unless live ranges were asked for. */
  range: AbstractRange;
  /** The text nodes the match touches, first to last (usually one to three). */
  nodes: Text[];
}

/** A window with its constructors (MutationObserver, StaticRange...), as `doc.defaultView` is typed. */
export type PageWindow = Window & typeof globalThis;
