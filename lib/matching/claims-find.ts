/**
 * Finds the sentences of a page that state a known claim. Only blocks that
 * could state a claim as a whole are split into sentences, and only sentences
 * holding a specific claim concept are scored, so the cost on a long page is
 * mostly one pass of tokenising and stemming.
 */

import type { ClaimMatch } from './types';
import type { ClaimIndex, Slot, Template } from './claims-compile';
import { readConcepts, tokenize, type ConceptHit } from './claims-tokens';
import { blockAround, sentencesOf, type Span } from './sentences';

/** Share of a template's weight a sentence must cover to state the claim. */
export const MATCH_THRESHOLD = 0.6;

/**
 * A sentence that states one claim well often half-states its neighbours (same
 * actors, same place); claims scoring this far below the sentence's best are dropped.
 */
export const RIVAL_MARGIN = 0.1;

/** A sentence is scored against a template only when it holds this many of the template's specific concepts. */
const MIN_ANCHORS = 2;

/** Tuning knobs, for measuring; the defaults are what the extension uses. */
export interface FindOptions {
  threshold?: number;
}

function firstAtOrAfter(hits: readonly ConceptHit[], offset: number): number {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((hits[mid] as ConceptHit).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// The loops over hits, concepts and slots are indexed: a for-of loop allocates an
// iterator until its code is optimised, and a page's first scan is over before that.

/** Score of one template against a sentence's concepts, and the hits that filled its slots. */
function scoreTemplate(template: Template, present: ReadonlyMap<number, ConceptHit>): { score: number; used: ConceptHit[] } {
  let matched = 0;
  let filled = 0;
  let predicates = 0;
  let predicatesFilled = 0;
  let figureMissing = false;
  const used: ConceptHit[] = [];
  for (let s = 0; s < template.slots.length; s++) {
    const slot = template.slots[s] as Slot;
    if (slot.p) predicates++;
    let hit: ConceptHit | undefined;
    for (let k = 0; k < slot.c.length && !hit; k++) hit = present.get(slot.c[k] as number);
    if (!hit) {
      if (slot.r) figureMissing = true;
      continue;
    }
    matched += slot.w;
    filled++;
    if (slot.p) predicatesFilled++;
    if (!used.includes(hit)) used.push(hit);
  }
  const keepsPredicate = predicates === 0 || predicatesFilled > 0;
  return { score: filled >= 2 && keepsPredicate && !figureMissing ? matched / template.total : 0, used };
}

/** The concepts of the hits inside a span, each with its first hit, and the templates holding MIN_ANCHORS of them. */
function conceptsIn(index: ClaimIndex, hits: readonly ConceptHit[], span: Span): { present: Map<number, ConceptHit>; templates: number[] } {
  const present = new Map<number, ConceptHit>();
  const anchorHits = new Map<number, number>();
  for (let i = firstAtOrAfter(hits, span.start); i < hits.length; i++) {
    const hit = hits[i] as ConceptHit;
    if (hit.start >= span.end) break;
    if (hit.end > span.end) continue;
    for (let k = 0; k < hit.concepts.length; k++) {
      const c = hit.concepts[k] as number;
      if (present.has(c)) continue;
      present.set(c, hit);
      const anchored = index.anchors[c];
      for (let a = 0; anchored && a < anchored.length; a++) {
        const t = anchored[a] as number;
        anchorHits.set(t, (anchorHits.get(t) ?? 0) + 1);
      }
    }
  }
  const templates: number[] = [];
  anchorHits.forEach((count, t) => {
    if (count >= MIN_ANCHORS) templates.push(t);
  });
  return { present, templates };
}

/**
 * Whether any sentence of a block may state a claim. A sentence's concepts
 * are a subset of its block's, and a template's score only grows with more
 * concepts, so a block that states nothing as a whole has no sentence that
 * does: it is never segmented, which is most of the cost on a long page.
 */
function blockMayMatch(index: ClaimIndex, hits: readonly ConceptHit[], block: Span, threshold: number): boolean {
  const { present, templates } = conceptsIn(index, hits, block);
  return templates.some((t) => {
    const { score } = scoreTemplate(index.templates[t] as Template, present);
    return score > 0 && score >= threshold;
  });
}

function isAnchor(index: ClaimIndex, hit: ConceptHit): boolean {
  for (let k = 0; k < hit.concepts.length; k++) if (index.anchors[hit.concepts[k] as number]) return true;
  return false;
}

/**
 * The sentence (of `sentences`, in text order and not overlapping) that holds the hit, by binary
 * search: a block can hold thousands of sentences (a page without paragraphs is one block).
 */
function sentenceHolding(sentences: readonly Span[], hit: ConceptHit): Span | undefined {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid] as Span).start <= hit.start) lo = mid + 1;
    else hi = mid;
  }
  const sentence = sentences[lo - 1];
  return sentence && hit.end <= sentence.end ? sentence : undefined;
}

/** Sentences that contain an anchor hit, each once, in text order, from the blocks that may state a claim. */
function candidateSentences(index: ClaimIndex, text: string, hits: readonly ConceptHit[], threshold: number): Span[] {
  const found: Span[] = [];
  for (let i = 0; i < hits.length; ) {
    const first = hits[i] as ConceptHit;
    if (!isAnchor(index, first)) {
      i++;
      continue;
    }
    const block = blockAround(text, first.start);
    let end = i + 1;
    while (end < hits.length && (hits[end] as ConceptHit).start < block.end) end++;
    if (blockMayMatch(index, hits, block, threshold)) {
      const sentences = sentencesOf(text, block);
      for (let k = i; k < end; k++) {
        const hit = hits[k] as ConceptHit;
        if (!isAnchor(index, hit)) continue;
        const sentence = sentenceHolding(sentences, hit);
        if (sentence && found[found.length - 1] !== sentence) found.push(sentence);
      }
    }
    i = end;
  }
  return found;
}

/** The claims a page states, one match per (sentence, claim), in text order. */
export function findClaims(index: ClaimIndex, text: string, options: FindOptions = {}): ClaimMatch[] {
  if (text.length === 0 || index.templates.length === 0) return [];
  const threshold = options.threshold ?? MATCH_THRESHOLD;
  const hits = readConcepts(tokenize(text), index.lexicon);
  const matches: ClaimMatch[] = [];
  for (const sentence of candidateSentences(index, text, hits, threshold)) {
    const { present, templates } = conceptsIn(index, hits, sentence);
    const best = new Map<number, { score: number; used: ConceptHit[] }>();
    for (const t of templates) {
      const template = index.templates[t] as Template;
      const result = scoreTemplate(template, present);
      if (result.score >= threshold && result.score > (best.get(template.claim)?.score ?? 0)) best.set(template.claim, result);
    }
    const top = Math.max(0, ...[...best.values()].map((b) => b.score));
    for (const [claim, { score, used }] of best) {
      if (score < top - RIVAL_MARGIN) continue;
      matches.push({
        start: sentence.start,
        end: sentence.end,
        claimId: index.claimIds[claim] ?? '',
        score: Math.round(score * 1000) / 1000,
        matchedTerms: [...new Set(used.sort((a, b) => a.start - b.start).map((h) => text.slice(h.start, h.end)))],
      });
    }
  }
  return matches;
}
