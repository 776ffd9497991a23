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
 * End of the next slice of `text` to match, starting at `from`: cut just before a
 * BLOCK_BREAK so no match is split, about `size` characters long (longer only
 * when a single block is longer).
 */
export function sliceEnd(text: string, from: number, size: number, breakChar: string): number {
  const limit = from + size;
  if (limit >= text.length) return text.length;
  const before = text.lastIndexOf(breakChar, limit);
  if (before > from) return before;
  const after = text.indexOf(breakChar, limit);
  return after < 0 ? text.length : after;
}
