/** Offset arithmetic over a text map, kept free of DOM types so it tests in Node. */

/** Index of the last of `count` ascending values (read by `valueAt`) that is <= offset; -1 when none. */
export function lastAtOrBefore(count: number, valueAt: (i: number) => number, offset: number): number {
  let lo = 0;
  let hi = count - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (valueAt(mid) <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** Steps taken forward from a hint before falling back to binary search. */
const HINT_STEPS = 8;

/**
 * {@link lastAtOrBefore} over an ascending array, starting from a guess: matches
 * are placed in text order, so the answer is usually the previous one or a few
 * after it, and stepping there is cheaper than a fresh binary search.
 */
export function lastAtOrBeforeFrom(values: readonly number[], offset: number, hint: number): number {
  if (hint < 0 || hint >= values.length || (values[hint] as number) > offset) {
    return lastAtOrBefore(values.length, (i) => values[i] as number, offset);
  }
  let index = hint;
  for (let steps = 0; index + 1 < values.length && (values[index + 1] as number) <= offset; steps++) {
    if (steps === HINT_STEPS) return lastAtOrBefore(values.length, (i) => values[i] as number, offset);
    index++;
  }
  return index;
}

/**
 * A block longer than this is cut between two of its sentences: one matcher call on a page
 * written as a single block (no paragraphs at all) would hold the page's thread for long.
 */
export const LONGEST_PIECE = 50_000;

/**
 * A gap between sentences: after . ! ? or … ending a word of two or more lower-case letters or
 * digits (so not an initial, as in "George W. Bush"), before a capital. No name or claim spans one.
 */
const SENTENCE_GAP = /(?<=[\p{Ll}\p{N}]{2}[.!?…]['"’”»)\]]*)\s+(?=['"‘“«([]?\p{Lu})/gu;

/**
 * End of the next slice of `text` to match, starting at `from`: cut just before a
 * BLOCK_BREAK so no match is split, about `size` characters long (longer only
 * when a single block is longer, and then at most `longest`, cut between sentences).
 */
export function sliceEnd(text: string, from: number, size: number, breakChar: string, longest = LONGEST_PIECE): number {
  const end = blockEnd(text, from, size, breakChar);
  return end - from > longest ? (sentenceCut(text, from, longest) ?? end) : end;
}

function blockEnd(text: string, from: number, size: number, breakChar: string): number {
  const limit = from + size;
  if (limit >= text.length) return text.length;
  const before = text.lastIndexOf(breakChar, limit);
  if (before > from) return before;
  const after = text.indexOf(breakChar, limit);
  return after < 0 ? text.length : after;
}

/** The start of the last sentence that begins in the second half of `longest` characters from `from`. */
function sentenceCut(text: string, from: number, longest: number): number | undefined {
  const start = from + (longest >> 1);
  let cut: number | undefined;
  for (const gap of text.slice(start, from + longest).matchAll(SENTENCE_GAP)) cut = start + gap.index + gap[0].length;
  return cut;
}
