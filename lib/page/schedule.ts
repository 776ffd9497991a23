/**
 * Time-boxing for the scanner: work runs in slices of a few milliseconds and
 * yields to the page between them, so no task of ours blocks input for long.
 */

import type { PageWindow } from './types';

type SchedulerWindow = PageWindow & { scheduler?: { yield?: () => Promise<void> } };

/** Gives the page a turn: scheduler.yield() where it exists, else a message-channel task. */
export function yieldToMain(win: PageWindow = window): Promise<void> {
  const scheduler = (win as SchedulerWindow).scheduler;
  if (scheduler && typeof scheduler.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new win.MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Resolves once the page has loaded and the main thread is idle (or after `timeout` ms). */
export function whenSettled(win: PageWindow = window, timeout = 2000): Promise<void> {
  const loaded =
    win.document.readyState === 'complete'
      ? Promise.resolve()
      : new Promise<void>((resolve) => win.addEventListener('load', () => resolve(), { once: true }));
  return loaded.then(
    () =>
      new Promise<void>((resolve) => {
        if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(() => resolve(), { timeout });
        else win.setTimeout(resolve, 0);
      }),
  );
}

/**
 * Resolves just after the next rendering opportunity, so the page's pending
 * style and layout work is done by the browser's frame rather than forced inside
 * our first slice (checkVisibility needs clean style). Hidden tabs get no frames:
 * a timeout stands in.
 */
export function afterNextFrame(win: PageWindow = window, timeout = 100): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = win.setTimeout(resolve, timeout);
    win.requestAnimationFrame(() => {
      win.clearTimeout(timer);
      win.setTimeout(resolve, 0);
    });
  });
}

/** Figures a pass reports about its slices. */
export interface SliceStats {
  slices: number;
  /** Time spent in our slices, excluding the page's turns in between. */
  workMs: number;
  /** The longest single slice: our contribution to the page's longest task. */
  longestMs: number;
  /** The phase the longest slice ended in, for diagnosis. */
  longestPhase: string;
}

/** Tracks the current slice and yields when its budget is spent. */
export interface Slicer {
  readonly budgetMs: number;
  /** What the work is currently doing; reported for the longest slice. */
  phase: string;
  /** True once the current slice has used its budget. */
  due(): boolean;
  /** Ends the slice, yields to the page, starts the next slice. */
  next(): Promise<void>;
  /** Ends the last slice and returns the totals. */
  finish(): SliceStats;
}

/** A slicer with a budget in milliseconds per slice. */
export function createSlicer(budgetMs: number, win: PageWindow = window): Slicer {
  const clock = win.performance;
  const stats: SliceStats = { slices: 0, workMs: 0, longestMs: 0, longestPhase: '' };
  let sliceStart = clock.now();
  const close = () => {
    const spent = clock.now() - sliceStart;
    stats.slices += 1;
    stats.workMs += spent;
    if (spent > stats.longestMs) {
      stats.longestMs = spent;
      stats.longestPhase = slicer.phase;
    }
  };
  const slicer: Slicer = {
    budgetMs,
    phase: '',
    due: () => clock.now() - sliceStart >= budgetMs,
    async next() {
      close();
      await yieldToMain(win);
      sliceStart = clock.now();
    },
    finish() {
      close();
      return { ...stats };
    },
  };
  return slicer;
}
