/**
 * What the content script knows about its page in flat-text terms: the scanner's
 * matches as offsets, quotes attributed to known people, where saved snippets
 * are now, and the page's metadata. The card frame gets these as a CardPage.
 */
import type { CardPage, SnippetDraft, SnippetPlace } from '@/lib/messaging';
import type { SnippetAnchor } from '@/lib/db/cards';
import { findQuotes } from '@/lib/matching/quotes';
import type { PersonMatch } from '@/lib/matching/types';
import { extractText, type PlacedMatch, type TextMap } from '@/lib/page';
import { readPageMeta } from '@/lib/page/page-meta';
import { locateAnchor, spanPoints } from '@/lib/page/reanchor';
import {
  anchorOf,
  attributionOf,
  claimsWithin,
  nodeIndex,
  rangeSpan,
  readableQuote,
  resolveAmbiguous,
  textOffset,
  type SpanMatch,
} from '@/lib/page/selection';

/** The page in flat-text terms, from one read of its text. */
export interface PageFacts {
  map: TextMap;
  index: Map<Node, number>;
  people: SpanMatch[];
  claims: SpanMatch[];
  page: CardPage;
  /** Ranges of the snippets found on the page, to highlight. */
  snippetRanges: StaticRange[];
}

const byStart = (a: SpanMatch, b: SpanMatch) => a.start - b.start;

/** Reads the page's text and places everything in it; `site` is the page's site key. */
export function readFacts(matches: readonly PlacedMatch[], site: string, snippets: readonly SnippetAnchor[], doc: Document = document): PageFacts {
  const map = extractText(doc.body ?? doc.documentElement);
  const index = nodeIndex(map);
  const people: SpanMatch[] = [];
  const claims: SpanMatch[] = [];
  const peopleCount: Record<string, number> = {};
  const claimCount: Record<string, number> = {};
  const claimTerms: Record<string, Set<string>> = {};
  for (const { match, range } of matches) {
    const start = textOffset(map, range.startContainer, range.startOffset, index);
    const end = textOffset(map, range.endContainer, range.endOffset, index);
    (match.kind === 'person' ? people : claims).push({ start, end, ids: match.ids });
    const counts = match.kind === 'person' ? peopleCount : claimCount;
    for (const id of match.ids) counts[id] = (counts[id] ?? 0) + 1;
    if (match.kind === 'claim') for (const id of match.ids) match.terms.forEach((t) => (claimTerms[id] ??= new Set()).add(t));
  }
  people.sort(byStart);
  claims.sort(byStart);

  const named: PersonMatch[] = people.map((p) => ({
    start: p.start,
    end: p.end,
    personIds: resolveAmbiguous(people, p.start, p.ids),
    surface: map.text.slice(p.start, p.end),
  }));
  const places: Record<string, SnippetPlace> = {};
  const snippetRanges: StaticRange[] = [];
  const win = doc.defaultView ?? window;
  for (const { id, anchor } of snippets) {
    const found = locateAnchor(map.text, anchor);
    places[id] = !found ? 'missing' : found.exact ? 'exact' : 'changed';
    const points = found && spanPoints(map, found.start, found.end);
    if (points) snippetRanges.push(new win.StaticRange(points));
  }
  const meta = readPageMeta(doc);
  return {
    map,
    index,
    people,
    claims,
    snippetRanges,
    page: {
      url: doc.URL,
      canonicalUrl: meta.canonicalUrl,
      site,
      title: meta.title,
      ...(meta.siteName && { siteName: meta.siteName }),
      ...(meta.publishedDate && { publishedDate: meta.publishedDate }),
      people: peopleCount,
      claims: claimCount,
      claimTerms: Object.fromEntries(Object.entries(claimTerms).map(([id, terms]) => [id, [...terms]])),
      quotes: findQuotes(map.text, named),
      snippets: places,
    },
  };
}

/** The person ids a hovered name stands for, narrowed by who was named in full before it. */
export function candidatesAt(facts: PageFacts | null, placed: PlacedMatch): string[] {
  if (!facts || placed.match.ids.length < 2) return [...placed.match.ids];
  const at = textOffset(facts.map, placed.range.startContainer, placed.range.startOffset, facts.index);
  return resolveAmbiguous(facts.people, at, placed.match.ids);
}

/** The save form's pre-filled content for a selection, or null when it holds no page text. */
export function draftOf(facts: PageFacts, range: AbstractRange): SnippetDraft | null {
  const span = rangeSpan(facts.map, range, facts.index);
  if (!span) return null;
  const anchor = anchorOf(facts.map.text, span);
  const personId = attributionOf(facts.people, span);
  return {
    text: readableQuote(anchor.exact),
    anchor,
    ...(personId && { personId }),
    claimIds: claimsWithin(facts.claims, span),
  };
}
