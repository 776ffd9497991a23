/**
 * Finds the match under the pointer without listening on every highlighted
 * element (there are none: highlights add no DOM). The caret APIs turn a point
 * into a text node and offset; an index per text node then finds the matches
 * there by binary search, and the range's client rects confirm the point really
 * is on the text (caret APIs snap to the nearest character, even past a line end).
 * Matches are filed by node at the first lookup, not when a scan ends: most
 * scans are never hovered, and filing costs a few milliseconds on a long page.
 */

import { lastAtOrBefore } from './offsets';
import { liveRange } from './ranges';
import type { PlacedMatch } from './types';

interface Entry {
  /** Offsets of the match within this node. */
  start: number;
  end: number;
  /** The largest `end` of this and every earlier entry: bounds the backward scan over overlaps. */
  maxEnd: number;
  item: PlacedMatch;
}

/** One node's entries; sorted (and maxEnd filled) lazily, at the first lookup after a change. */
interface Slot {
  ready: boolean;
  entries: Entry[];
}

/** Matches indexed by the text nodes they touch. */
export interface HitIndex {
  /** Matches added but not filed into byNode yet. */
  pending: PlacedMatch[];
  byNode: Map<Node, Slot>;
  /** Open shadow roots holding filed matches, for caretPositionFromPoint to look into. */
  shadowRoots: ShadowRoot[];
}

/** What lies under a point: the innermost match and the rect of it that holds the point. */
export interface HitMatch {
  placed: PlacedMatch;
  rect: DOMRect;
}

/** Files pending matches by node: constant work per text node a match touches. */
function filed(index: HitIndex): Map<Node, Slot> {
  for (const item of index.pending) {
    const last = item.nodes.length - 1;
    for (let i = 0; i <= last; i++) {
      const node = item.nodes[i] as Text;
      let slot = index.byNode.get(node);
      if (!slot) {
        slot = { ready: false, entries: [] };
        index.byNode.set(node, slot);
        const root = node.getRootNode();
        if (root !== node.ownerDocument && 'host' in root && !index.shadowRoots.includes(root as ShadowRoot)) {
          index.shadowRoots.push(root as ShadowRoot);
        }
      }
      const start = i === 0 ? item.range.startOffset : 0;
      const end = i === last ? item.range.endOffset : node.data.length;
      slot.ready = false;
      slot.entries.push({ start, end, maxEnd: end, item });
    }
  }
  index.pending = [];
  return index.byNode;
}

/** An index of `matches`; they are filed at the first lookup. */
export function createHitIndex(matches: readonly PlacedMatch[]): HitIndex {
  return { pending: [...matches], byNode: new Map(), shadowRoots: [] };
}

function prepared(slot: Slot): Entry[] {
  if (!slot.ready) {
    slot.entries.sort((x, y) => x.start - y.start);
    let max = 0;
    for (const e of slot.entries) e.maxEnd = max = Math.max(max, e.end);
    slot.ready = true;
  }
  return slot.entries;
}

/**
 * Matches covering the character on either side of a caret offset in a node,
 * shortest first (a name inside a claim sentence wins).
 */
export function matchesAt(index: HitIndex, node: Node, offset: number): PlacedMatch[] {
  const slot = filed(index).get(node);
  if (!slot) return [];
  const entries = prepared(slot);
  const found: Array<{ span: number; item: PlacedMatch }> = [];
  // A caret at `offset` sits between characters offset-1 and offset; either may be under the point.
  let i = lastAtOrBefore(entries.length, (k) => (entries[k] as Entry).start, offset);
  for (; i >= 0 && (entries[i] as Entry).maxEnd >= offset; i--) {
    const { start, end, item } = entries[i] as Entry;
    if (start <= offset && offset <= end) found.push({ span: item.match.end - item.match.start, item });
  }
  return found.sort((a, b) => a.span - b.span).map((f) => f.item);
}

/** The text node and offset under a viewport point, by whichever caret API exists. */
export function caretAt(x: number, y: number, shadowRoots: ShadowRoot[], doc: Document = document) {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const pos = doc.caretPositionFromPoint(x, y, { shadowRoots });
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** The match drawn at a viewport point, or null. */
export function hitTest(index: HitIndex, x: number, y: number, doc: Document = document): HitMatch | null {
  if (filed(index).size === 0) return null;
  const caret = caretAt(x, y, index.shadowRoots, doc);
  if (!caret) return null;
  for (const placed of matchesAt(index, caret.node, caret.offset)) {
    for (const rect of liveRange(placed, doc).getClientRects()) {
      if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return { placed, rect };
    }
  }
  return null;
}
