/** Shared helpers for the browser specs: fixture DOMs, a real names matcher, awaiting scanner results. */

import { compileNames, findPeople } from '../../lib/matching/names';
import type { NameSource } from '../../lib/matching/types';
import { peopleMatcher } from '../../lib/page/matchers';
import { createPageScanner, type PageScanner, type PageScannerOptions, type ScanResult } from '../../lib/page/scanner';
import type { TextMatcher } from '../../lib/page/types';
import { onCleanup } from './harness';

/** People the synthetic fixtures name. */
export const PEOPLE: NameSource[] = [
  { id: 'kabulov', name: 'Zamir Kabulov', aliases: [] },
  { id: 'lavrov', name: 'Sergey Lavrov', aliases: ['Sergei Lavrov'] },
  { id: 'merkel', name: 'Angela Merkel', aliases: [] },
];

/** The real people matcher over `sources`. */
export function namesMatcher(sources: NameSource[] = PEOPLE): TextMatcher {
  const dict = compileNames(sources);
  return peopleMatcher((text) => findPeople(dict, text));
}

/** Replaces the body's children with parsed test markup (DOMParser: no scripts run). */
export function setBody(markup: string): void {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${markup}</body>`, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.adoptNode(n)));
}

/** A started scanner and a way to await its next result. */
export interface ScannerProbe {
  scanner: PageScanner;
  next(): Promise<ScanResult>;
  errors: unknown[];
}

/** Starts a scanner without waiting for idle; `next()` resolves with each result in turn. */
export function startScanner(options: Partial<PageScannerOptions> = {}): ScannerProbe {
  const queue: ScanResult[] = [];
  const waiting: Array<(r: ScanResult) => void> = [];
  const errors: unknown[] = [];
  const scanner = createPageScanner({
    matchers: [namesMatcher()],
    waitForIdle: false,
    debounceMs: 50,
    onError: (e) => errors.push(e),
    ...options,
    onResult: (result) => {
      const resolve = waiting.shift();
      if (resolve) resolve(result);
      else queue.push(result);
    },
  });
  void scanner.start();
  onCleanup(() => scanner.destroy());
  return {
    scanner,
    errors,
    next: () => {
      const ready = queue.shift();
      if (ready) return Promise.resolve(ready);
      return new Promise((resolve, reject) => {
        waiting.push(resolve);
        setTimeout(() => reject(new Error('no scan result within 5 s')), 5000);
      });
    },
  };
}

/** Waits `ms` milliseconds. */
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A viewport point in the middle of a range's first rect. */
export function centreOf(range: AbstractRange): { x: number; y: number } {
  const live = document.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  const rect = live.getClientRects()[0];
  if (!rect) throw new Error('range has no rects');
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}
