/**
 * Watches a page for changes worth a rescan: DOM mutations (reduced to the block
 * containers that changed, debounced) and same-document navigations (which call
 * for a full rescan). A content script cannot patch the page's history functions
 * from its isolated world, so navigations are caught by the Navigation API's
 * 'navigate' event where present, 'popstate', and a URL comparison whenever
 * mutations arrive (SPA navigations nearly always change the DOM).
 *
 * Text the scan left unread because it was hidden is read once it is shown: a
 * change of class, style, hidden or open on an element holding such text (a
 * "read more" panel, an opened <details>, a tab) makes it a container to rescan
 * if it now renders. Changed elements are only collected as they come; at the
 * flush each hidden element looks for one among its ancestors, so a page
 * animating its classes costs a set insertion per change, and attribute changes
 * that reveal nothing cause no rescan.
 */

import type { PageWindow } from './types';
import { UI_ATTRIBUTE, blockContainer, composedParent, isBlock, isInsideExcluded, isNotRendered } from './dom-rules';

/** A debounced batch of changes: either a full rescan or these containers. */
export type PageChange = { full: true } | { full: false; containers: Node[] };

/** The watcher; `observe` adds a shadow root met during a scan. */
export interface ChangeTracker {
  observe(target: Node): void;
  destroy(): void;
}

const OPTIONS: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  // The attributes pages show and hide content with.
  attributeFilter: ['class', 'style', 'hidden', 'open'],
};

type NavigationWindow = PageWindow & { navigation?: EventTarget };

/**
 * Starts watching `root`; calls `onChange` after `debounceMs` of quiet, and at
 * the latest `maxWaitMs` after the first unreported change: a live ticker that
 * mutates every few milliseconds is never quiet, yet its new text must be read.
 */
export function createChangeTracker(
  root: Node,
  onChange: (change: PageChange) => void,
  {
    win = window,
    debounceMs = 300,
    maxWaitMs = 1000,
    hiddenElements = () => NONE,
  }: {
    win?: PageWindow;
    debounceMs?: number;
    maxWaitMs?: number;
    /** The elements the scanner left unread because they were hidden. */
    hiddenElements?: () => ReadonlySet<Element>;
  } = {},
): ChangeTracker {
  let containers = new Set<Node>();
  let changedAttributes = new Set<Node>();
  let structural = false;
  let full = false;
  let timer: number | undefined;
  let pendingSince: number | undefined;
  let lastUrl = win.location.href;

  const flush = () => {
    timer = undefined;
    pendingSince = undefined;
    if (win.location.href !== lastUrl) full = true;
    lastUrl = win.location.href;
    // Checked now, after the page's own code has run: its style is settled.
    if (changedAttributes.size > 0) {
      for (const el of hiddenElements()) if (isShownBy(el, changedAttributes)) containers.add(el);
      changedAttributes = new Set();
    }
    const nothingShown = !full && !structural && containers.size === 0;
    structural = false;
    if (nothingShown) return;
    const change: PageChange = full || containers.has(root) ? { full: true } : { full: false, containers: outermost(containers) };
    containers = new Set();
    full = false;
    // Even with no containers (only blocks removed) the scanner drops the detached matches.
    onChange(change);
  };
  const schedule = () => {
    const now = Date.now();
    pendingSince ??= now;
    if (timer !== undefined) win.clearTimeout(timer);
    timer = win.setTimeout(flush, Math.max(0, Math.min(debounceMs, pendingSince + maxWaitMs - now)));
  };

  const observer = new win.MutationObserver((records) => {
    let relevant = false;
    for (const record of records) {
      const target = record.target;
      if (record.type === 'attributes') {
        if (hiddenElements().size === 0) continue;
        changedAttributes.add(target);
        relevant = true;
        continue;
      }
      if (isOurs(record) || isInsideExcluded(target)) continue;
      relevant = true;
      structural = true;
      if (record.type === 'characterData') {
        containers.add(blockContainer(target, root));
        continue;
      }
      // Added blocks are rescanned on their own; anything else (inline nodes added,
      // nodes removed) may join or split text in the target's block.
      let joinsText = false;
      record.addedNodes.forEach((node) => {
        if (node.nodeType === 1 && isBlock(node as Element)) containers.add(node);
        else joinsText = true;
      });
      record.removedNodes.forEach((node) => {
        if (node.nodeType !== 1 || !isBlock(node as Element)) joinsText = true;
      });
      if (joinsText) containers.add(blockContainer(target, root));
    }
    if (relevant) schedule();
  });
  observer.observe(root, OPTIONS);

  const onNavigate = () => {
    full = true;
    schedule();
  };
  const navigation = (win as NavigationWindow).navigation;
  navigation?.addEventListener('navigate', onNavigate);
  win.addEventListener('popstate', onNavigate);

  return {
    observe: (target) => observer.observe(target, OPTIONS),
    destroy() {
      observer.disconnect();
      if (timer !== undefined) win.clearTimeout(timer);
      navigation?.removeEventListener('navigate', onNavigate);
      win.removeEventListener('popstate', onNavigate);
    },
  };
}

const NONE: ReadonlySet<Element> = new Set();

/** True when a hidden element now renders because of a change to it or to one of its ancestors. */
function isShownBy(el: Element, changed: ReadonlySet<Node>): boolean {
  if (!el.isConnected) return false;
  let n: Node | null = el;
  while (n && !changed.has(n)) n = composedParent(n);
  return n !== null && !isInsideExcluded(el) && !isNotRendered(el);
}

/** True for mutations made by or inside Backstory's UI (our style element, our panels). */
function isOurs(record: MutationRecord): boolean {
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every((n) => n.nodeType === 1 && (n as Element).hasAttribute(UI_ATTRIBUTE));
}

/** Drops containers that lie inside another container of the set. */
function outermost(set: Set<Node>): Node[] {
  return [...set].filter((node) => {
    for (let n = composedParent(node); n; n = composedParent(n)) if (set.has(n)) return false;
    return node.isConnected;
  });
}
