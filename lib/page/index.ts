/** The page scanner's public surface, for the content script. */

export { createPageScanner } from './scanner';
export type { PageScanner, PageScannerOptions, ScanResult, ScanStats } from './scanner';
export { peopleMatcher, claimsMatcher } from './matchers';
export { createHighlighter, highlightName, highlightCss, setHighlightColours } from './highlights';
export type { Highlighter, HighlightColours, HighlightKind } from './highlights';
export { createHitIndex, hitTest, matchesAt } from './hit-test';
export type { HitIndex, HitMatch } from './hit-test';
export { extractText, createTextWalk, pointAt } from './text-map';
export type { TextMap, TextWalk } from './text-map';
export { createPlacer, liveRange } from './ranges';
export { UI_ATTRIBUTE } from './dom-rules';
export type { MatchKind, PageMatch, PlacedMatch, TextMatcher } from './types';
