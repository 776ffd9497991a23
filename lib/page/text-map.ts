/**
 * Flattens the readable text under one or more roots into a single string the
 * matchers can scan, and maps any [start, end) of it back to DOM text nodes.
 *
 * The text is the text nodes' data concatenated exactly (nothing collapsed), with
 * one BLOCK_BREAK written wherever a block boundary (dom-rules.ts) or an excluded
 * element lies between two text nodes. Open shadow roots are read in place of
 * their host's children, followed by the host's light children, each as its own
 * block.
 *
 * Hidden elements: tag names and attributes (hidden, inline display:none) are
 * checked for every element; CSS-hidden content (a class with display:none) is
 * caught with one `checkVisibility()` per block element entered, not per inline
 * element, because it is the block elements that menus, dialogs and collapsed
 * panels are made of, and a call per element costs more than the whole walk.
 * Hidden inline text inside a visible block is therefore still read.
 */

import { BLOCK_BREAK } from '../matching/types';
import { isBlock, isExcluded, isShadowRoot } from './dom-rules';
import { lastAtOrBefore } from './offsets';

/** The flat text of a subtree and where each text node's data starts in it. */
export interface TextMap {
  text: string;
  nodes: Text[];
  /** starts[i] is the offset of nodes[i].data in text; ascending. */
  starts: number[];
  /** Open shadow roots read, so the caller can watch and style them. */
  shadowRoots: ShadowRoot[];
}

/** A text node position: what a Range boundary needs. */
export interface NodePoint {
  node: Text;
  offset: number;
  /** Index of the node in the map's nodes. */
  index: number;
}

/** Options for {@link createTextWalk}. */
export interface TextWalkOptions {
  /** Skip block elements that `checkVisibility()` reports as not rendered (default true). */
  checkVisibility?: boolean;
}

/** A resumable extraction, so a big page can be read in time-boxed slices. */
export interface TextWalk {
  /** Reads nodes until `shouldStop()` says so (checked every few hundred nodes); true when done. */
  step(shouldStop: () => boolean): boolean;
  /** The map of everything read so far. */
  result(): TextMap;
}

const CHECK_EVERY = 256;

/** Starts reading `roots` in order; each root is its own block. */
export function createTextWalk(roots: readonly Node[], options: TextWalkOptions = {}): TextWalk {
  const checkVisibility = options.checkVisibility ?? true;
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  const shadowRoots: ShadowRoot[] = [];
  let length = 0;
  let pendingBreak = false;
  let rootIndex = 0;
  let root: Node | undefined = roots[0];
  let current: Node | null = root ?? null;

  const hidden = (el: Element): boolean => {
    if (!checkVisibility || typeof el.checkVisibility !== 'function' || el.checkVisibility()) return false;
    // display:contents has no box of its own, yet its children render.
    return getComputedStyle(el).display !== 'contents';
  };

  /** Handles entering a node; returns the node to visit next, or null to climb. */
  const enter = (node: Node): Node | null => {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data.length === 0) return null;
      if (pendingBreak && length > 0) {
        parts.push(BLOCK_BREAK);
        length += 1;
      }
      pendingBreak = false;
      nodes.push(node as Text);
      starts.push(length);
      parts.push(data);
      length += data.length;
      return null;
    }
    if (node.nodeType === 1) {
      const el = node as Element;
      if (isExcluded(el)) {
        pendingBreak = true;
        return null;
      }
      if (isBlock(el)) {
        pendingBreak = true;
        if (hidden(el)) return null;
      }
      const shadow = el.shadowRoot;
      if (shadow && shadow.firstChild) {
        shadowRoots.push(shadow);
        pendingBreak = true;
        return shadow.firstChild;
      }
      return el.firstChild;
    }
    return isShadowRoot(node) || node.nodeType === 9 ? node.firstChild : null;
  };

  /** From a finished node, the next one in document order within the root, or null. */
  const climb = (from: Node): Node | null => {
    let node = from;
    while (node !== root) {
      const sibling = node.nextSibling;
      if (sibling) return sibling;
      const parent = node.parentNode;
      if (parent) {
        node = parent;
        if (node.nodeType === 1 && isBlock(node as Element)) pendingBreak = true;
        continue;
      }
      if (!isShadowRoot(node)) return null;
      // Done with a shadow tree: read the host's light children next, as a block.
      pendingBreak = true;
      const host = node.host;
      if (host.firstChild) return host.firstChild;
      node = host;
      if (isBlock(host)) pendingBreak = true;
    }
    return null;
  };

  const nextRoot = (): Node | null => {
    rootIndex += 1;
    root = roots[rootIndex];
    pendingBreak = true;
    return root ?? null;
  };

  return {
    step(shouldStop) {
      let count = 0;
      while (current) {
        if (++count % CHECK_EVERY === 0 && shouldStop()) return false;
        const node: Node = current;
        current = enter(node) ?? climb(node) ?? nextRoot();
      }
      return true;
    },
    result: () => ({ text: parts.join(''), nodes, starts, shadowRoots }),
  };
}

/** Reads everything at once; for small roots and tests. */
export function extractText(root: Node, options?: TextWalkOptions): TextMap {
  const walk = createTextWalk([root], options);
  walk.step(() => false);
  return walk.result();
}

/** The text node position of a character offset, or null if it falls on a break. */
export function pointAt(map: TextMap, offset: number, isEnd = false): NodePoint | null {
  const index = lastAtOrBefore(map.starts.length, (i) => map.starts[i] as number, isEnd ? offset - 1 : offset);
  const node = map.nodes[index];
  if (!node) return null;
  const local = offset - (map.starts[index] as number);
  if (local > node.data.length || (!isEnd && local === node.data.length)) return null;
  return { node, offset: local, index };
}
