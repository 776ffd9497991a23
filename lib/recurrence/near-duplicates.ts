/**
 * Sentence-level near-duplicates, for discovering claims nobody has named yet:
 * the same sentence, or a lightly reworded one, on pages of different sites.
 *
 * A sentence's features are its words (bar function words) and its word pairs (after {@link wordsOf}):
 * rewording two or three words keeps most of both, while two sentences that only
 * share a long name share those words and pairs and little else. Signatures are
 * 64 MinHash values kept to 16 bits (128 bytes a sentence); the first 16 values make
 * 8 LSH bands of 2, so a lookup touches only sentences that share a band.
 */

import { bandKeys, hash32, jaccard, minhash, signatureSimilarity, wordsOf } from './minhash';

/** Sentences shorter than this are too generic to be a narrative ("He said no."). */
export const SENTENCE_MIN_WORDS = 8;
/** Longer "sentences" are usually lists or run-together paragraphs. */
export const SENTENCE_MAX_WORDS = 60;
/** Feature-set similarity at or above which two sentences are one claim worded twice. */
export const NEAR_DUPLICATE_THRESHOLD = 0.45;
/**
 * The bar for signatures, a little lower: a 64-value estimate wanders by about ±0.06, and a lightly
 * reworded quote (true similarity 0.5) must not be lost; a false merge only groups two wordings of
 * a candidate the reader reviews anyway.
 */
export const SIGNATURE_THRESHOLD = 0.4;
/** Values in a sentence signature (16 bits each, 128 bytes stored). */
export const SENTENCE_SIGNATURE_SIZE = 64;
const BANDS = 8;
const ROWS = 2;

/** 64 values of 16 bits: a 16-bit value collides by chance once in 65,536, far below the estimate's own noise. */
export type SentenceSignature = number[];

/** The normalised words of a sentence, or undefined when its length is outside what discovery considers. */
export function sentenceWords(text: string): string[] | undefined {
  const words = wordsOf(text);
  return words.length >= SENTENCE_MIN_WORDS && words.length <= SENTENCE_MAX_WORDS ? words : undefined;
}

/**
 * Words too common to stand alone as a feature: almost every sentence has them, so a MinHash
 * position they win would agree across unrelated sentences (and crowd the LSH bands). They
 * still count inside word pairs.
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be been but by for from had has have he her his i in is it its not of on or our said says she that the their they this to was we were will with would you #'.split(' '),
);

function features(words: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    if (!FUNCTION_WORDS.has(words[i] ?? '')) out.add(hash32(words[i] ?? ''));
    if (i + 1 < words.length) out.add(hash32(`${words[i]} ${words[i + 1]}`, 1));
  }
  return out;
}

/**
 * A stable, compact key for a sentence: equal for sentences that differ only in case, accents,
 * punctuation or numbers. Used to remember dismissed candidates and to skip exact repeats.
 */
export function sentenceKey(text: string): string {
  const words = wordsOf(text).join(' ');
  return `s${hash32(words).toString(36)}${hash32(words, 7).toString(36)}`;
}

/** The MinHash signature of a sentence, or undefined when it is too short or too long for discovery. */
export function sentenceSignature(text: string): SentenceSignature | undefined {
  const words = sentenceWords(text);
  return words && minhash(features(words), SENTENCE_SIGNATURE_SIZE).map((v) => v >>> 16);
}

/** Index keys under which near-duplicates of a sentence are looked up. */
export const sentenceBands = (signature: ArrayLike<number>): number[] => bandKeys(signature, BANDS, ROWS);

/** Estimated similarity of two stored sentences, from their signatures alone. */
export const signaturesNearDuplicate = (a: ArrayLike<number>, b: ArrayLike<number>): boolean =>
  signatureSimilarity(a, b) >= SIGNATURE_THRESHOLD;

/** Exact feature similarity of two sentences (0..1), or 0 when either is outside discovery's lengths. */
export function sentenceSimilarity(a: string, b: string): number {
  const wa = sentenceWords(a);
  const wb = sentenceWords(b);
  return wa && wb ? jaccard(features(wa), features(wb)) : 0;
}

/** Whether two sentences say the same thing in (nearly) the same words; short sentences never do. */
export const isNearDuplicate = (a: string, b: string): boolean => sentenceSimilarity(a, b) >= NEAR_DUPLICATE_THRESHOLD;
