/**
 * The page scanner: finds people and claims on the page after it loads, keeps
 * highlights and the hover index up to date as the page changes, and reports
 * each result. Work runs in time-boxed slices (schedule.ts); passes run one at
 * a time, and a full rescan request cancels the pass in flight.
 */

import { composedParent, isInsideExcluded } from './dom-rules';
import { createChangeTracker, type ChangeTracker, type PageChange } from './changes';
import { createHighlighter, type Highlighter } from './highlights';
import { createHitIndex, type HitIndex } from './hit-test';
import type { RangeKind } from './ranges';
import { PassCancelled, runPass, swapHighlights, type PassTimings } from './scan-pass';
import { afterNextFrame, createSlicer, whenSettled, type SliceStats } from './schedule';
import type { PlacedMatch, TextMatcher } from './types';

/** Figures for one pass; `longestMs` is our longest task (slice). */
export interface ScanStats extends PassTimings, SliceStats {
  /** Wall-clock time from start to result, including the page's turns between slices. */
  totalMs: number;
  highlightMs: number;
}

/** What each pass reports: the page's current matches (all of them, not only the changed ones). */
export interface ScanResult {
  reason: 'full' | 'update';
  matches: readonly PlacedMatch[];
  /** Matches per person id (an ambiguous match counts for each candidate). */
  people: Record<string, number>;
  claims: Record<string, number>;
  hitIndex: HitIndex;
  stats: ScanStats;
  highlights: 'ok' | 'unsupported' | 'off';
}

/** Options for {@link createPageScanner}; only `matchers` and `onResult` are required. */
export interface PageScannerOptions {
  matchers: readonly TextMatcher[];
  onResult: (result: ScanResult) => void;
  /** What to scan; defaults to the document. */
  root?: Node;
  doc?: Document;
  /** Paint highlights (default true). */
  highlight?: boolean;
  /** Milliseconds per slice before yielding (default 8). */
  budgetMs?: number;
  /** Quiet time after mutations before rescanning (default 300 ms). */
  debounceMs?: number;
  /** Wait for load and an idle moment before the first scan (default true). */
  waitForIdle?: boolean;
  rangeKind?: RangeKind;
  checkVisibility?: boolean;
  onError?: (error: unknown) => void;
}

/** The running scanner; destroy() removes every highlight, style and observer. */
export interface PageScanner {
  /** Resolves when the first pass has been requested (after load and idle). */
  start(): Promise<void>;
  /** Requests a full rescan. */
  rescan(): void;
  destroy(): void;
}

/** Creates a scanner; nothing happens until start(). */
export function createPageScanner(options: PageScannerOptions): PageScanner {
  const doc = options.doc ?? document;
  const win = doc.defaultView ?? window;
  const clock = win.performance;
  const budgetMs = options.budgetMs ?? 8;
  const highlighter: Highlighter | null = options.highlight === false ? null : createHighlighter(doc);
  let root: Node | null = null;
  let tracker: ChangeTracker | null = null;
  let matches: PlacedMatch[] = [];
  let started = false;
  let destroyed = false;
  let running = false;
  let pendingFull = false;
  let pendingContainers = new Set<Node>();
  let pendingPrune = false;
  let current = { cancelled: false };
  const watched = new WeakSet<ShadowRoot>();
  // Elements passes left unread as hidden, read again once the page shows them.
  const hidden = new Set<Element>();

  const request = (change: PageChange) => {
    if (change.full) {
      pendingFull = true;
      current.cancelled = true;
    } else {
      change.containers.forEach((c) => pendingContainers.add(c));
      pendingPrune = true;
    }
    if (!running) void drain();
  };

  const drain = async () => {
    running = true;
    try {
      while (!destroyed && (pendingFull || pendingPrune)) {
        const full = pendingFull;
        const containers = [...pendingContainers];
        pendingFull = pendingPrune = false;
        pendingContainers = new Set();
        current = { cancelled: false };
        try {
          await pass(full, containers, current);
        } catch (error) {
          if (!(error instanceof PassCancelled)) options.onError?.(error);
        }
      }
    } finally {
      running = false;
    }
  };

  const pass = async (full: boolean, containers: Node[], token: { cancelled: boolean }) => {
    const scanRoot = root as Node;
    await afterNextFrame(win);
    if (token.cancelled || destroyed) throw new PassCancelled();
    clock.clearMarks('backstory:scan-start');
    clock.mark('backstory:scan-start');
    const began = clock.now();
    const slicer = createSlicer(budgetMs, win);
    const roots = full ? [scanRoot] : containers.filter((c) => c.isConnected && !isInsideExcluded(c));
    const { placed, shadowRoots, hidden: unread, timings } = await runPass(roots, {
      matchers: options.matchers,
      slicer,
      cancelled: () => token.cancelled || destroyed,
      doc,
      rangeKind: options.rangeKind,
      walk: { checkVisibility: options.checkVisibility },
    });
    if (destroyed) throw new PassCancelled();
    if (full) hidden.clear();
    for (const el of hidden) if (!el.isConnected) hidden.delete(el);
    for (const el of unread) hidden.add(el);
    for (const shadow of shadowRoots) {
      if (watched.has(shadow)) continue;
      watched.add(shadow);
      tracker?.observe(shadow);
      highlighter?.styleShadowRoot(shadow);
    }
    slicer.phase = 'replace';
    const redone = new Set(roots);
    const stale = full ? matches : matches.filter((m) => !m.nodes.every((n) => n.isConnected) || isWithin(m.nodes[0]!, redone));
    const staleSet = new Set(stale);
    const next = matches.filter((m) => !staleSet.has(m)).concat(placed);
    const stopped = () => destroyed;
    const highlightStart = clock.now();
    if (highlighter) await swapHighlights(highlighter, stale, placed, slicer, stopped);
    matches = next;
    const highlightMs = clock.now() - highlightStart;
    const hitIndex = createHitIndex(next);
    const counts = countMatches(next);
    const slices = slicer.finish();
    clock.clearMeasures('backstory:scan');
    clock.measure('backstory:scan', { start: 'backstory:scan-start', detail: { full, matches: next.length } });
    options.onResult({
      reason: full ? 'full' : 'update',
      matches: next,
      ...counts,
      hitIndex,
      stats: { ...timings, ...slices, highlightMs, totalMs: clock.now() - began },
      highlights: highlighter ? highlighter.status : 'off',
    });
  };

  return {
    async start() {
      if (started) return;
      started = true;
      if (options.waitForIdle !== false) await whenSettled(win);
      if (destroyed) return;
      // The document itself, not its body or root element: a single-page site may swap its <body>
      // (Turbo does on every navigation) or rewrite everything with document.open(), and the
      // old elements would be left watched and rescanned.
      root = options.root ?? doc;
      tracker = createChangeTracker(root, request, { win, debounceMs: options.debounceMs, hiddenElements: () => hidden });
      request({ full: true });
    },
    rescan() {
      if (root && !destroyed) request({ full: true });
    },
    destroy() {
      destroyed = true;
      current.cancelled = true;
      tracker?.destroy();
      highlighter?.destroy();
      matches = [];
    },
  };
}

/** True when the node lies in (or is) one of the roots, across shadow boundaries. */
function isWithin(node: Node, roots: Set<Node>): boolean {
  for (let n: Node | null = node; n; n = composedParent(n)) if (roots.has(n)) return true;
  return false;
}

function countMatches(matches: readonly PlacedMatch[]) {
  const people: Record<string, number> = {};
  const claims: Record<string, number> = {};
  for (const { match } of matches) {
    const into = match.kind === 'person' ? people : claims;
    for (const id of match.ids) into[id] = (into[id] ?? 0) + 1;
  }
  return { people, claims };
}
