/**
 * MinHash written small (the registry's MinHash packages are unkept): 32-bit
 * string hashes, word shingles, signatures and LSH band keys. Shared by the
 * article fingerprint and the sentence near-duplicate detector.
 */

import { foldText } from '../matching/fold';

const WORD = /[\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}\p{N}]+)*/gu;
const DIGIT = /\p{N}/u;

/**
 * The words of a text as the detectors compare them: folded (case, diacritics, quote marks),
 * punctuation dropped, apostrophes removed ("don't" → "dont") and every token with a digit
 * written "#", so "3 sites" and "4 sites" read alike.
 */
export function wordsOf(text: string): string[] {
  const out: string[] = [];
  for (const m of foldText(text).matchAll(WORD)) out.push(DIGIT.test(m[0]) ? '#' : m[0].replace(/'/g, ''));
  return out;
}

/** MurmurHash3's finaliser: a bijection on 32-bit integers that mixes every bit. */
export function mix32(x: number): number {
  let h = x | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** FNV-1a over UTF-16 units, then mixed: a fast, stable 32-bit hash (not for security). */
export function hash32(text: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return mix32(h);
}

/** Distinct hashes of the word n-grams (one shingle of every word when there are fewer than n). */
export function shingles(words: readonly string[], n: number): Set<number> {
  const out = new Set<number>();
  if (words.length === 0) return out;
  if (words.length <= n) out.add(hash32(words.join(' ')));
  for (let i = 0; i + n <= words.length; i++) out.add(hash32(words.slice(i, i + n).join(' ')));
  return out;
}

// Fixed per-position seeds: signatures must stay comparable across versions and contexts.
const SEEDS: Uint32Array = (() => {
  const seeds = new Uint32Array(128);
  for (let i = 0; i < seeds.length; i++) seeds[i] = mix32(Math.imul(i + 1, 0x9e3779b9));
  return seeds;
})();

/** The MinHash signature: for each of `size` hash permutations, the smallest hash over the features. */
export function minhash(features: Iterable<number>, size: number): number[] {
  if (size > SEEDS.length) throw new RangeError(`minhash: at most ${SEEDS.length} permutations`);
  const mins = new Uint32Array(size).fill(0xffffffff);
  for (const f of features) {
    for (let i = 0; i < size; i++) {
      const h = mix32(f ^ (SEEDS[i] ?? 0));
      if (h < (mins[i] ?? 0)) mins[i] = h;
    }
  }
  return Array.from(mins);
}

/** The share of positions at which two signatures agree: an estimate of the Jaccard similarity of their feature sets. */
export function signatureSimilarity(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}

/**
 * LSH band keys: `bands` groups of `rows` consecutive signature values, each hashed with its band
 * number. Two signatures share a key with probability 1 − (1 − J^rows)^bands, so similar items
 * meet in an index lookup without comparing against everything.
 */
export function bandKeys(signature: ArrayLike<number>, bands: number, rows: number): number[] {
  const keys: number[] = [];
  for (let b = 0; b < bands && (b + 1) * rows <= signature.length; b++) {
    let h = mix32(b + 0x51ed270b);
    for (let r = 0; r < rows; r++) h = mix32(h ^ (signature[b * rows + r] ?? 0));
    keys.push(h);
  }
  return keys;
}

/** Exact Jaccard similarity of two feature sets, for direct comparisons where both texts are at hand. */
export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}
