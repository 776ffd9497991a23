/**
 * Finds a saved snippet on the page again. Robust before clever: the exact
 * quote first (its context and old position break ties), then an approximate
 * match scored by quote similarity, context and position, after Hypothesis's
 * anchoring/match-quote.ts. A fuzzy find means the text changed since it was
 * saved, and the caller says so rather than moving the snippet silently.
 */

import search from 'approx-string-match';
import type { TextAnchor } from '../types';
import { pointAt, type TextMap } from './text-map';

/** Where a snippet was found, and whether its text is still exactly the same. */
export interface Located {
  start: number;
  end: number;
  exact: boolean;
}

/** The least quote similarity (1 - errors / length) a fuzzy find needs. */
export const MIN_SIMILARITY = 0.75;
const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 2 };

/** Locates an anchor in the page's flattened text; null when it is no longer there. */
export function locateAnchor(text: string, anchor: TextAnchor): Located | null {
  const exact = anchor.exact;
  if (exact.length === 0) return null;
  let best: { start: number; score: number } | null = null;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    const score = contextScore(text, anchor, at, at + exact.length);
    if (!best || score > best.score) best = { start: at, score };
  }
  if (best) return { start: best.start, end: best.start + exact.length, exact: true };

  const maxErrors = Math.floor(exact.length * (1 - MIN_SIMILARITY));
  let fuzzy: Located & { score: number } | null = null;
  for (const candidate of search(text, exact, maxErrors)) {
    const similarity = 1 - candidate.errors / exact.length;
    const score = WEIGHT.quote * similarity + contextScore(text, anchor, candidate.start, candidate.end);
    if (!fuzzy || score > fuzzy.score) fuzzy = { start: candidate.start, end: candidate.end, exact: false, score };
  }
  return fuzzy && { start: fuzzy.start, end: fuzzy.end, exact: false };
}

/** How well the text around [start, end) agrees with the anchor's context and old position. */
function contextScore(text: string, anchor: TextAnchor, start: number, end: number): number {
  const before = text.slice(Math.max(0, start - anchor.prefix.length), start);
  const after = text.slice(end, end + anchor.suffix.length);
  const position = 1 - Math.min(1, Math.abs(start - anchor.start) / Math.max(1, text.length));
  return (
    WEIGHT.prefix * similarity(before, anchor.prefix) +
    WEIGHT.suffix * similarity(after, anchor.suffix) +
    WEIGHT.position * position
  );
}

/** 0..1: how much of `expected` `actual` reproduces (1 when both are empty). */
function similarity(actual: string, expected: string): number {
  if (expected.length === 0) return 1;
  if (actual === expected) return 1;
  const [match] = search(actual, expected, expected.length);
  return match ? 1 - match.errors / expected.length : 0;
}

/** The DOM boundary points of [start, end) of a map's text (for a StaticRange), skipping block breaks at either edge. */
export function spanPoints(map: TextMap, start: number, end: number): StaticRangeInit | null {
  let from = start;
  let to = end;
  let first = pointAt(map, from);
  while (!first && from < to) first = pointAt(map, ++from);
  let last = pointAt(map, to, true);
  while (!last && to > from) last = pointAt(map, --to, true);
  if (!first || !last || last.index < first.index) return null;
  return { startContainer: first.node, startOffset: first.offset, endContainer: last.node, endOffset: last.offset };
}
