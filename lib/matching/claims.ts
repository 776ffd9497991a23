/**
 * The claim matcher: the background compiles the reader's claims once per
 * library change; the content script runs findClaims on each page's text.
 * Paraphrases match through stems, synonym groups, aliases and numbers read
 * as values; a sentence states a claim when it covers enough of the weight of
 * one of the claim's templates (its text, a variant or a filed example) and
 * keeps its predicate. Negated or disputed statements of a claim still match:
 * the reader is shown the claim's card either way.
 */

export { compileClaims, type ClaimIndex, type CompileOptions } from './claims-compile';
export { findClaims, MATCH_THRESHOLD, type FindOptions } from './claims-find';
