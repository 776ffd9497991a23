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
 *
 * Cost: each DOM property read is a call into the browser, and on a fresh page
 * every node reached also gets its JS wrapper made there and then; that, more
 * than our own logic, is what the walk costs. So each node is read once,
 * climbing back follows the path already descended (no parentNode or tag
 * reads), attributes are read with one call for all their names, and
 * `checkVisibility()`, the dearest call, is asked only of blocks with content.
 */

import { BLOCK_BREAK } from '../matching/types';
import { BLOCK_TAGS, hasExcludingAttribute, isExcludedTag, isNotRendered, isShadowRoot } from './dom-rules';
import { lastAtOrBeforeFrom } from './offsets';

/** The flat text of a subtree and where each text node's data starts in it. */
export interface TextMap {
  text: string;
  nodes: Text[];
  /** starts[i] is the offset of nodes[i].data in text; ascending. */
  starts: number[];
  /** Open shadow roots read, so the caller can watch and style them. */
  shadowRoots: ShadowRoot[];
  /** Elements left unread because they were hidden, so the caller can read them once shown. */
  hidden: Element[];
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
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_NODE = 9;
const FRAGMENT_NODE = 11;

/** What leaving a node the walk descended into means for the text. */
type Exit = 'none' | 'block' | 'shadow';

/** Starts reading `roots` in order; each root is its own block. */
export function createTextWalk(roots: readonly Node[], options: TextWalkOptions = {}): TextWalk {
  const checkVisibility = options.checkVisibility ?? true;
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  const shadowRoots: ShadowRoot[] = [];
  const hiddenElements: Element[] = [];
  // The nodes descended into from the root, innermost last; a shadow root sits above its host.
  const path: Node[] = [];
  const exits: Exit[] = [];
  let length = 0;
  let pendingBreak = false;
  let rootIndex = 0;
  let current: Node | null = roots[0] ?? null;

  const hidden = (el: Element): boolean => checkVisibility && isNotRendered(el);

  const descend = (into: Node, exit: Exit): void => {
    path.push(into);
    exits.push(exit);
  };

  return {
    step(shouldStop) {
      let node = current;
      let count = 0;
      while (node) {
        if (++count % CHECK_EVERY === 0 && shouldStop()) break;
        let next: Node | null = null;
        const type = node.nodeType;
        if (type === TEXT_NODE) {
          const data = (node as Text).data;
          if (data.length > 0) {
            if (pendingBreak && length > 0) {
              parts.push(BLOCK_BREAK);
              length += 1;
            }
            pendingBreak = false;
            nodes.push(node as Text);
            starts.push(length);
            parts.push(data);
            length += data.length;
          }
        } else if (type === ELEMENT_NODE) {
          const el = node as Element;
          const name = el.localName;
          if (isExcludedTag(name)) pendingBreak = true;
          else if (hasExcludingAttribute(el)) {
            pendingBreak = true;
            if (el.firstChild) hiddenElements.push(el);
          } else {
            let shadow = el.shadowRoot;
            // An empty shadow root leaves the light children to be read as plain children.
            if (shadow && !shadow.firstChild) shadow = null;
            next = (shadow ?? el).firstChild;
            const block = BLOCK_TAGS.has(name);
            if (block) pendingBreak = true;
            // An empty block reads the same hidden or not, so only a block with content pays for the check.
            if (next && block && hidden(el)) {
              hiddenElements.push(el);
              next = null;
            }
            if (next) descend(el, block ? 'block' : 'none');
            if (next && shadow) {
              shadowRoots.push(shadow);
              pendingBreak = true;
              descend(shadow, 'shadow');
            }
          }
        } else if (type === DOCUMENT_NODE || (type === FRAGMENT_NODE && isShadowRoot(node))) {
          next = node.firstChild;
          if (next) descend(node, 'none');
        }
        // Finished with node: on to its next sibling, else back up the path (the root's siblings are not ours).
        while (!next && path.length > 0) {
          next = node.nextSibling;
          if (next) break;
          node = path.pop() as Node;
          const exit = exits.pop();
          if (exit === 'block') pendingBreak = true;
          else if (exit === 'shadow') {
            // Done with a shadow tree: its host's light children come next, as a block.
            pendingBreak = true;
            next = (path[path.length - 1] as Element).firstChild;
            if (next) break;
            node = path.pop() as Element;
            if (exits.pop() === 'block') pendingBreak = true;
          }
        }
        if (!next) {
          rootIndex += 1;
          pendingBreak = true;
          next = roots[rootIndex] ?? null;
        }
        node = next;
      }
      current = node;
      return !node;
    },
    result: () => ({ text: parts.join(''), nodes, starts, shadowRoots, hidden: hiddenElements }),
  };
}

/** Reads everything at once; for small roots and tests. */
export function extractText(root: Node, options?: TextWalkOptions): TextMap {
  const walk = createTextWalk([root], options);
  walk.step(() => false);
  return walk.result();
}

/** The text node position of a character offset, or null if it falls on a break; `hint` is a node index to search from. */
export function pointAt(map: TextMap, offset: number, isEnd = false, hint = -1): NodePoint | null {
  const index = lastAtOrBeforeFrom(map.starts, isEnd ? offset - 1 : offset, hint);
  const node = map.nodes[index];
  if (!node) return null;
  const local = offset - (map.starts[index] as number);
  if (local > node.data.length || (!isEnd && local === node.data.length)) return null;
  return { node, offset: local, index };
}
