/**
 * Adapters from lib/matching's finders to the scanner's TextMatcher, so the
 * content script wires them in one line and lib/page stays independent of how
 * the dictionaries are built.
 */

import type { ClaimMatch, PersonMatch } from '../matching/types';
import type { TextMatcher } from './types';

/** Wraps a people finder, e.g. `peopleMatcher((t) => findPeople(dict, t))`. */
export function peopleMatcher(find: (text: string) => PersonMatch[]): TextMatcher {
  return (text) =>
    find(text).map((m) => ({ start: m.start, end: m.end, kind: 'person', ids: m.personIds, score: 1, terms: [] }));
}

/** Wraps a claim finder, e.g. `claimsMatcher((t) => findClaims(index, t))`. */
export function claimsMatcher(find: (text: string) => ClaimMatch[]): TextMatcher {
  return (text) =>
    find(text).map((m) => ({
      start: m.start,
      end: m.end,
      kind: 'claim',
      ids: [m.claimId],
      score: m.score,
      terms: m.matchedTerms,
    }));
}
