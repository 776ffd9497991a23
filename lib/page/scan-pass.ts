/**
 * One scanning pass over some roots, in time-boxed slices: read the text, run
 * the matchers on slices of it cut at block breaks, tie matches to the DOM. The
 * scanner (scanner.ts) decides which roots and applies the result.
 */

import { BLOCK_BREAK } from '../matching/types';
import type { Highlighter, HighlightKind } from './highlights';
import { sliceEnd } from './offsets';
import { createPlacer, type RangeKind } from './ranges';
import type { Slicer } from './schedule';
import { createTextWalk, type TextWalkOptions } from './text-map';
import type { PageMatch, PlacedMatch, TextMatcher } from './types';

/** Where a pass spent its time (wall-clock within our slices, in ms). */
export interface PassTimings {
  extractMs: number;
  matchMs: number;
  placeMs: number;
  textLength: number;
  textNodes: number;
}

/** What a pass needs; `cancelled` is polled after every yield. */
export interface PassContext {
  matchers: readonly TextMatcher[];
  slicer: Slicer;
  cancelled: () => boolean;
  doc: Document;
  rangeKind?: RangeKind;
  walk?: TextWalkOptions;
}

/** Thrown out of a pass that was cancelled (a newer pass supersedes it). */
export class PassCancelled extends Error {}

const MIN_SLICE_CHARS = 2_000;
const MAX_SLICE_CHARS = 400_000;

/** Reads, matches and places; throws PassCancelled when superseded. */
export async function runPass(
  roots: readonly Node[],
  ctx: PassContext,
): Promise<{ placed: PlacedMatch[]; shadowRoots: ShadowRoot[]; hidden: Element[]; timings: PassTimings }> {
  const { slicer } = ctx;
  const clock = ctx.doc.defaultView?.performance ?? performance;
  const pause = async () => {
    await slicer.next();
    if (ctx.cancelled()) throw new PassCancelled();
  };

  slicer.phase = 'extract';
  let t = clock.now();
  const walk = createTextWalk(roots, ctx.walk);
  while (!walk.step(slicer.due)) await pause();
  const map = walk.result();
  const extractMs = clock.now() - t;

  // Matching starts in a fresh slice: the matchers' first call on a page runs cold.
  await pause();
  slicer.phase = 'match';
  t = clock.now();
  const found: PageMatch[] = [];
  // Slice length adapts so one call takes about half a budget; it starts small
  // because the matchers' first calls run cold (unoptimised) on every new page.
  let size = MIN_SLICE_CHARS;
  const target = slicer.budgetMs / 2;
  for (let from = 0; from < map.text.length; ) {
    if (slicer.due()) await pause();
    const end = sliceEnd(map.text, from, size, BLOCK_BREAK);
    const began = clock.now();
    const piece = map.text.slice(from, end);
    for (const matcher of ctx.matchers) {
      for (const m of matcher(piece)) {
        m.start += from;
        m.end += from;
        found.push(m);
      }
    }
    const spent = clock.now() - began;
    const wanted = spent > 0 ? (size * target) / spent : size * 4;
    size = Math.min(MAX_SLICE_CHARS, size * 4, Math.max(MIN_SLICE_CHARS, wanted));
    from = end;
  }
  const matchMs = clock.now() - t;

  slicer.phase = 'place';
  t = clock.now();
  const placed: PlacedMatch[] = [];
  const place = createPlacer(map, ctx.rangeKind, ctx.doc);
  for (let i = 0; i < found.length; i++) {
    if (i % 64 === 63 && slicer.due()) await pause();
    const p = place(found[i]!);
    if (p) placed.push(p);
  }
  const timings = {
    extractMs,
    matchMs,
    placeMs: clock.now() - t,
    textLength: map.text.length,
    textNodes: map.nodes.length,
  };
  return { placed, shadowRoots: map.shadowRoots, hidden: map.hidden, timings };
}

/** Calls `fn` on batches of `list`, yielding between slices; throws PassCancelled once `stopped()`. */
export async function inSlices<T>(
  list: readonly T[],
  slicer: Slicer,
  stopped: () => boolean,
  fn: (batch: readonly T[]) => void,
  batchSize = 512,
): Promise<void> {
  for (let i = 0; i < list.length; i += batchSize) {
    if (slicer.due()) {
      await slicer.next();
      if (stopped()) throw new PassCancelled();
    }
    fn(list.slice(i, i + batchSize));
  }
}

/** Swaps highlight ranges in slices: removes `before`, adds `after`. */
export async function swapHighlights(
  highlighter: Highlighter,
  before: readonly PlacedMatch[],
  after: readonly PlacedMatch[],
  slicer: Slicer,
  stopped: () => boolean,
): Promise<void> {
  const apply = (op: 'add' | 'remove') => (batch: readonly PlacedMatch[]) => {
    const byKind = new Map<HighlightKind, AbstractRange[]>();
    for (const p of batch) {
      const ranges = byKind.get(p.match.kind) ?? [];
      ranges.push(p.range);
      byKind.set(p.match.kind, ranges);
    }
    for (const [kind, ranges] of byKind) highlighter[op](kind, ranges);
  };
  slicer.phase = 'highlight';
  await inSlices(before, slicer, stopped, apply('remove'));
  await inSlices(after, slicer, stopped, apply('add'));
}
