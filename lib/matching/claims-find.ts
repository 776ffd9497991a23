/**
 * Finds the sentences of a page that state a known claim. Only sentences
 * holding at least one specific claim concept are scored, so the cost on a
 * long page is mostly one pass of tokenising and stemming.
 */

import type { ClaimMatch } from './types';
import type { ClaimIndex, Template } from './claims-compile';
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

/** Sentences that contain an anchor hit, each once, in text order. */
function candidateSentences(index: ClaimIndex, text: string, hits: readonly ConceptHit[]): Span[] {
  const found: Span[] = [];
  let block: Span | undefined;
  let sentences: Span[] = [];
  for (const hit of hits) {
    if (!hit.concepts.some((c) => index.anchors[c])) continue;
    if (!block || hit.start >= block.end) {
      block = blockAround(text, hit.start);
      sentences = sentencesOf(text, block);
    }
    const sentence = sentences.find((s) => s.start <= hit.start && hit.end <= s.end);
    if (sentence && found[found.length - 1] !== sentence) found.push(sentence);
  }
  return found;
}

/** Score of one template against a sentence's concepts, and the hits that filled its slots. */
function scoreTemplate(template: Template, present: ReadonlyMap<number, ConceptHit>): { score: number; used: ConceptHit[] } {
  let matched = 0;
  let filled = 0;
  let predicates = 0;
  let predicatesFilled = 0;
  let figureMissing = false;
  const used: ConceptHit[] = [];
  for (const slot of template.slots) {
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

/** The claims a page states, one match per (sentence, claim), in text order. */
export function findClaims(index: ClaimIndex, text: string, options: FindOptions = {}): ClaimMatch[] {
  if (text.length === 0 || index.templates.length === 0) return [];
  const threshold = options.threshold ?? MATCH_THRESHOLD;
  const hits = readConcepts(tokenize(text), index.lexicon);
  const matches: ClaimMatch[] = [];
  for (const sentence of candidateSentences(index, text, hits)) {
    const present = new Map<number, ConceptHit>();
    const anchorHits = new Map<number, number>();
    for (let i = firstAtOrAfter(hits, sentence.start); i < hits.length; i++) {
      const hit = hits[i] as ConceptHit;
      if (hit.start >= sentence.end) break;
      if (hit.end > sentence.end) continue;
      for (const c of hit.concepts) {
        if (present.has(c)) continue;
        present.set(c, hit);
        for (const t of index.anchors[c] ?? []) anchorHits.set(t, (anchorHits.get(t) ?? 0) + 1);
      }
    }
    const best = new Map<number, { score: number; used: ConceptHit[] }>();
    for (const [t, count] of anchorHits) {
      if (count < MIN_ANCHORS) continue;
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
