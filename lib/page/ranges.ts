/**
 * Turns matches (offsets into a TextMap's text) into DOM ranges. StaticRange is
 * the default: the browser does not have to keep it updated on every DOM change
 * the way it does a live Range, and the scanner replaces the ranges of any block
 * that changes anyway (scripts/bench measures both).
 */

import type { TextMap } from './text-map';
import { pointAt } from './text-map';
import type { PageMatch, PlacedMatch } from './types';

/** Which kind of range {@link placeMatch} builds. */
export type RangeKind = 'static' | 'live';

/** Ties one match back to the text nodes it covers; null if its offsets fall on a block break. */
export function placeMatch(
  map: TextMap,
  match: PageMatch,
  kind: RangeKind = 'static',
  doc: Document = document,
): PlacedMatch | null {
  const start = pointAt(map, match.start);
  const end = pointAt(map, match.end, true);
  if (!start || !end || end.index < start.index) return null;
  const init = {
    startContainer: start.node,
    startOffset: start.offset,
    endContainer: end.node,
    endOffset: end.offset,
  };
  let range: AbstractRange;
  if (kind === 'static') {
    const win = doc.defaultView ?? globalThis;
    range = new win.StaticRange(init);
  } else {
    const live = doc.createRange();
    live.setStart(init.startContainer, init.startOffset);
    live.setEnd(init.endContainer, init.endOffset);
    range = live;
  }
  return {
    match,
    text: map.text.slice(match.start, match.end),
    range,
    nodes: map.nodes.slice(start.index, end.index + 1),
  };
}

/** A live Range over a placed match, for measuring it (StaticRange has no geometry). */
export function liveRange(placed: PlacedMatch, doc: Document = document): Range {
  const { range } = placed;
  const live = doc.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live;
}
