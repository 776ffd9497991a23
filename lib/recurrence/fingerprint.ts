/**
 * A fingerprint of an article's text, so copies of one article under unrelated
 * addresses (syndication without a canonical link, reposts) count once. MinHash
 * over word 5-shingles: copies that differ only in their boilerplate, sidebars or
 * a trimmed ending keep most shingles; two articles on the same story share
 * almost none, because five words in a row rarely repeat unless copied.
 */

import { bandKeys, minhash, shingles, signatureSimilarity, wordsOf } from './minhash';

/** 64 × 32-bit values (256 bytes stored): the estimate's error is about ±0.06 around the threshold. */
export const FINGERPRINT_SIZE = 64;
const SHINGLE_WORDS = 5;
/** Below this many words a page is too short to tell copies from look-alikes; it gets no fingerprint. */
export const FINGERPRINT_MIN_WORDS = 80;
/**
 * Estimated Jaccard similarity at or above which two fingerprints are one article. A copy with 30%
 * different boilerplate on each side scores about 0.6, the first half of an article about 0.5;
 * separate articles that share a long quotation stay under 0.15.
 */
export const SAME_ARTICLE_THRESHOLD = 0.4;
// 32 bands of 2 rows: a pair at 0.4 shares a band with probability 0.996, a pair at 0.05 with 0.08.
const BANDS = 32;
const ROWS = 2;

/** A JSON-safe article fingerprint (it crosses from the content script to the background); stored as a Uint32Array. */
export type Fingerprint = number[];

/** The fingerprint of an article's text, or undefined when the text is too short to be one. */
export function articleFingerprint(text: string): Fingerprint | undefined {
  const words = wordsOf(text);
  if (words.length < FINGERPRINT_MIN_WORDS) return undefined;
  return minhash(shingles(words, SHINGLE_WORDS), FINGERPRINT_SIZE);
}

/** Estimated share of 5-word runs two articles have in common (0..1). */
export const fingerprintSimilarity = (a: ArrayLike<number>, b: ArrayLike<number>): number => signatureSimilarity(a, b);

/** Whether two fingerprints are the same article (see {@link SAME_ARTICLE_THRESHOLD}). */
export function sameArticle(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  return a.length === FINGERPRINT_SIZE && b.length === FINGERPRINT_SIZE && fingerprintSimilarity(a, b) >= SAME_ARTICLE_THRESHOLD;
}

/** Index keys under which likely copies of the article are looked up before comparing fingerprints. */
export const fingerprintBands = (fp: ArrayLike<number>): number[] => bandKeys(fp, BANDS, ROWS);
