/**
 * Sentence spans of flattened page text. A BLOCK_BREAK always ends a
 * sentence; inside a block, Intl.Segmenter finds the boundaries. Line breaks
 * inside a block are soft (hard-wrapped text), so they do not end sentences.
 */

import { BLOCK_BREAK } from './types';

/** A sentence as [start, end) offsets into the text, trimmed of surrounding whitespace. */
export interface Span {
  start: number;
  end: number;
}

let segmenter: Intl.Segmenter | undefined;

/** Start of the block containing `offset` and the end of that block (exclusive). */
export function blockAround(text: string, offset: number): Span {
  const start = text.lastIndexOf(BLOCK_BREAK, offset - 1) + 1;
  const next = text.indexOf(BLOCK_BREAK, offset);
  return { start, end: next === -1 ? text.length : next };
}

/** Splits text[block.start, block.end) into trimmed sentence spans. */
export function sentencesOf(text: string, block: Span): Span[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const slice = text.slice(block.start, block.end).replace(/[\r\n\u2028]/g, ' ');
  const spans: Span[] = [];
  for (const { index, segment } of segmenter.segment(slice)) {
    const lead = segment.length - segment.trimStart().length;
    const body = segment.trim();
    if (body) spans.push({ start: block.start + index + lead, end: block.start + index + lead + body.length });
  }
  return spans;
}
