/**
 * Turns matches (offsets into a TextMap's text) into DOM ranges. StaticRange is
 * the default: the browser does not have to keep it updated on every DOM change
 * the way it does a live Range, and the scanner replaces the ranges of any block
 * that changes anyway (scripts/bench measures both).
 */

import type { TextMap } from './text-map';
import { pointAt } from './text-map';
import type { PageMatch, PlacedMatch } from './types';

/** Which kind of range {@link createPlacer} builds. */
export type RangeKind = 'static' | 'live';

/**
 * A function tying matches back to the text nodes they cover (null where a
 * match's offsets fall on a block break). Matches placed in text order are
 * cheapest: each search starts from the node the previous match began in.
 */
export function createPlacer(
  map: TextMap,
  kind: RangeKind = 'static',
  doc: Document = document,
): (match: PageMatch) => PlacedMatch | null {
  const StaticRangeOfPage = (doc.defaultView ?? globalThis).StaticRange;
  let hint = -1;
  return (match) => {
    const start = pointAt(map, match.start, false, hint);
    if (!start) return null;
    hint = start.index;
    const end = pointAt(map, match.end, true, hint);
    if (!end || end.index < start.index) return null;
    let range: AbstractRange;
    if (kind === 'static') {
      range = new StaticRangeOfPage({ startContainer: start.node, startOffset: start.offset, endContainer: end.node, endOffset: end.offset });
    } else {
      const live = doc.createRange();
      live.setStart(start.node, start.offset);
      live.setEnd(end.node, end.offset);
      range = live;
    }
    return {
      match,
      text: map.text.slice(match.start, match.end),
      range,
      nodes: map.nodes.slice(start.index, end.index + 1),
    };
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
