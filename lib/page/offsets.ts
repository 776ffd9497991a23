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
