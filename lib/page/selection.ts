/**
 * From the reader's selection to what a saved snippet stores: its place in the
 * page's flattened text (a W3C text-quote anchor, so it is found again later),
 * the person it is attributed to and the claims it states.
 */

import type { TextAnchor } from '../types';
import { BLOCK_BREAK } from '../matching/types';
import type { TextMap } from './text-map';

/** Characters of context kept either side of a quote. */
export const CONTEXT_CHARS = 32;

/** [start, end) in a TextMap's text. */
export interface TextSpan {
  start: number;
  end: number;
}

/** A match in flat-text offsets; `ids` are person or claim ids. */
export interface SpanMatch extends TextSpan {
  ids: readonly string[];
}

/** Finds each text node's index in a map at once, for repeated lookups. */
export function nodeIndex(map: TextMap): Map<Node, number> {
  return new Map(map.nodes.map((node, i) => [node, i]));
}

/**
 * The flat-text offset of a DOM boundary point. A point between nodes maps to
 * the start of the first text read after it (text the map does not hold, in an
 * excluded element, is walked past).
 */
export function textOffset(map: TextMap, container: Node, offset: number, index = nodeIndex(map)): number {
  const at = index.get(container);
  if (at !== undefined) return (map.starts[at] as number) + Math.min(offset, (container as Text).data.length);
  let node: Node | null = container.nodeType === 3 ? nextAfter(container) : (container.childNodes[offset] ?? nextAfter(container));
  for (; node; node = node.firstChild ?? nextAfter(node)) {
    const i = index.get(node);
    if (i !== undefined) return map.starts[i] as number;
  }
  return map.text.length;
}

/** The next node in document order that is not inside `node`. */
function nextAfter(node: Node): Node | null {
  let n: Node | null = node;
  while (n && !n.nextSibling) n = n.parentNode;
  return n?.nextSibling ?? null;
}

/** A DOM range's span in the flat text, trimmed of surrounding whitespace and breaks; null when empty. */
export function rangeSpan(map: TextMap, range: AbstractRange, index = nodeIndex(map)): TextSpan | null {
  let start = textOffset(map, range.startContainer, range.startOffset, index);
  let end = textOffset(map, range.endContainer, range.endOffset, index);
  while (start < end && isSpace(map.text[start] as string)) start++;
  while (end > start && isSpace(map.text[end - 1] as string)) end--;
  return end > start ? { start, end } : null;
}

const isSpace = (c: string) => c === BLOCK_BREAK || /\s/.test(c);

/** The text-quote anchor of a span, with context either side. */
export function anchorOf(text: string, span: TextSpan, context = CONTEXT_CHARS): TextAnchor {
  return {
    exact: text.slice(span.start, span.end),
    prefix: text.slice(Math.max(0, span.start - context), span.start),
    suffix: text.slice(span.end, span.end + context),
    start: span.start,
    end: span.end,
  };
}

/** A quote as a reader sees it: block breaks as line breaks, runs of spaces as one. */
export function readableQuote(exact: string): string {
  return exact
    .split(BLOCK_BREAK)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/**
 * Who a selection is attributed to: the first person named in it, else the one
 * named last before it. Ambiguous names (several ids) are passed over.
 */
export function attributionOf(people: readonly SpanMatch[], span: TextSpan): string | undefined {
  let before: SpanMatch | undefined;
  for (const p of people) {
    if (p.ids.length !== 1) continue;
    if (p.start >= span.start && p.end <= span.end) return p.ids[0];
    if (p.end <= span.start && (!before || p.end > before.end)) before = p;
  }
  return before?.ids[0];
}

/** Claim ids whose sentences overlap the selection, each once. */
export function claimsWithin(claims: readonly SpanMatch[], span: TextSpan): string[] {
  const ids = new Set<string>();
  for (const c of claims) if (c.start < span.end && c.end > span.start) c.ids.forEach((id) => ids.add(id));
  return [...ids];
}

/**
 * An ambiguous name's candidates, narrowed to the one named unambiguously (in
 * full) earlier on the page, when exactly one of them was; otherwise unchanged.
 */
export function resolveAmbiguous(people: readonly SpanMatch[], at: number, ids: readonly string[]): string[] {
  if (ids.length < 2) return [...ids];
  const named = new Set<string>();
  for (const p of people) if (p.start < at && p.ids.length === 1 && ids.includes(p.ids[0] as string)) named.add(p.ids[0] as string);
  return named.size === 1 ? [...named] : [...ids];
}
