/**
 * The in-page half of the scanner benchmark (bundled by scanner.mjs): compiles
 * dictionaries, runs our scanner, the TreeWalker floor and mark.js, and returns
 * figures. Runs in the benchmark page's main world.
 */

import { compileClaims, findClaims, type ClaimIndex } from '../../lib/matching/claims';
import { compileNames, findPeople, type NameDictionary } from '../../lib/matching/names';
import type { ClaimSource, NameSource } from '../../lib/matching/types';
import { claimsMatcher, peopleMatcher } from '../../lib/page/matchers';
import type { RangeKind } from '../../lib/page/ranges';
import { createPageScanner, type ScanResult } from '../../lib/page/scanner';
import type { TextMatcher } from '../../lib/page/types';

declare const Mark: new (root: Element) => { mark(words: string[], options: object): void };

let people: NameSource[] = [];
let dict: NameDictionary | null = null;
let claims: ClaimIndex | null = null;

/** Longest 'longtask' entry seen while `run` is under way (0 if none over 50 ms). */
async function withLongTasks<T>(run: () => Promise<T>): Promise<{ value: T; longtaskMs: number }> {
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longest = Math.max(longest, e.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  const value = await run();
  // Long task entries arrive after their task; give them time to be delivered.
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  return { value, longtaskMs: longest };
}

const bench = {
  setPeople(list: NameSource[]) {
    people = list;
  },
  /** Compiles the first `count` people; keeps the dictionary for scans. */
  compile(count: number) {
    const sources = people.slice(0, count);
    const t = performance.now();
    dict = compileNames(sources);
    return { ms: performance.now() - t, jsonBytes: JSON.stringify(dict).length };
  },
  dropDictionary() {
    dict = null;
  },
  compileClaims(sources: ClaimSource[]) {
    const t = performance.now();
    claims = compileClaims(sources);
    return { ms: performance.now() - t, jsonBytes: JSON.stringify(claims).length };
  },
  /** One full scan with highlights; destroyed afterwards so the next run starts clean. */
  async scan(options: { withClaims: boolean; rangeKind: RangeKind; checkVisibility: boolean }) {
    const names = dict as NameDictionary;
    const matchers: TextMatcher[] = [peopleMatcher((t) => findPeople(names, t))];
    const index = claims;
    if (options.withClaims && index) matchers.push(claimsMatcher((t) => findClaims(index, t)));
    let wallMs = 0;
    const { value, longtaskMs } = await withLongTasks(
      () =>
        new Promise<ScanResult>((resolve, reject) => {
          const scanner = createPageScanner({
            matchers,
            waitForIdle: false,
            rangeKind: options.rangeKind,
            checkVisibility: options.checkVisibility,
            onError: reject,
            onResult: (result) => {
              wallMs = result.stats.totalMs;
              scanner.destroy();
              resolve(result);
            },
          });
          void scanner.start();
        }),
    );
    const s = value.stats;
    return {
      wallMs,
      workMs: s.workMs,
      longestMs: s.longestMs,
      longestPhase: s.longestPhase,
      longtaskMs,
      slices: s.slices,
      extractMs: s.extractMs,
      matchMs: s.matchMs,
      placeMs: s.placeMs,
      highlightMs: s.highlightMs,
      people: value.matches.filter((m) => m.match.kind === 'person').length,
      claims: value.matches.filter((m) => m.match.kind === 'claim').length,
      textLength: s.textLength,
    };
  },
  /**
   * The floor: collect the page's text with a bare TreeWalker and nothing else, once,
   * timed exactly like a scan (cold on a fresh page, or warm after an earlier walk).
   */
  floor() {
    const t = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const parts: string[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push((n as Text).data);
    const length = parts.join('').length;
    return { ms: performance.now() - t, length };
  },
  /** The compiled dictionaries as the plain data a content script receives in a message. */
  exportDictionaries() {
    return { names: dict, claims };
  },
  /** Installs dictionaries received as plain data, as the content script does; nothing is built yet. */
  setDictionaries(data: { names: NameDictionary; claims: ClaimIndex | null }) {
    dict = data.names;
    claims = data.claims;
  },
  /** mark.js 8 across elements with the same names; mutates the page, so reload after. */
  mark(count: number) {
    const words = people.slice(0, count).flatMap((p) => [p.name, ...p.aliases]);
    return new Promise<{ ms: number; marks: number }>((resolve) => {
      const t = performance.now();
      new Mark(document.body).mark(words, {
        acrossElements: true,
        separateWordSearch: false,
        done: (marks: number) => resolve({ ms: performance.now() - t, marks }),
      });
    });
  },
};

(globalThis as { __bench?: typeof bench }).__bench = bench;
