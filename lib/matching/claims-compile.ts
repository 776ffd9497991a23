/**
 * Compiles claims into the small index the content script scans pages with:
 * each claim text, variant and filed example becomes a template of weighted
 * concept slots, and only the lexicon entries those slots need are kept.
 */

import type { ClaimSource } from './types';
import { keyOf, readConcepts, tokenize, wordOf, type ConceptHit, type Lexicon } from './claims-tokens';
import { fullLexicon, wordClasses, type FullLexicon } from './claims-lexicon';
import { sentencesOf } from './sentences';

/** One content slot of a template: any of its concepts fills it. */
export interface Slot {
  c: number[];
  /** Weight: how specific the slot is. */
  w: number;
  /** 1 when the slot is the claim's predicate (what happens): a match must keep one of them. */
  p?: 1;
  /** 1 when the slot is a figure: a claim about a number is not stated without it. */
  r?: 1;
}

/** One way of stating a claim. */
export interface Template {
  claim: number;
  slots: Slot[];
  total: number;
}

/** Everything the page scan needs; plain JSON, so it crosses contexts by structured clone. */
export interface ClaimIndex {
  version: 1;
  claimIds: string[];
  templates: Template[];
  lexicon: Lexicon;
  /** Concept → templates in which it is specific enough to make a sentence worth scoring. */
  anchors: Record<string, number[]>;
}

/** Switches for measuring the matcher's parts; the defaults are what the extension uses. */
export interface CompileOptions {
  useWordNet?: boolean;
  useExamples?: boolean;
}

/** Base weights: figures and named actors are what tell claims apart; everyday words say little. */
const WEIGHT = { number: 1.5, entity: 1.2, plain: 1, common: 0.5, veryCommon: 0.25 } as const;
/** Weight left to a concept that every claim shares: it still counts, but tells claims apart least. */
const RARITY_FLOOR = 0.35;
const MIN_SLOTS = 2;
/** An example sentence joins the claim's templates only if it shares this many concepts with the claim. */
const EXAMPLE_OVERLAP = 2;

interface RawSlot {
  concepts: number[];
  base: number;
  predicate: boolean;
  figure: boolean;
}

interface Compiler {
  lex: FullLexicon;
  interned: Map<string, number>;
  keys: string[];
}

function intern(compiler: Compiler, key: string): number {
  let id = compiler.interned.get(key);
  if (id === undefined) {
    id = compiler.lex.groups.length + compiler.keys.length;
    compiler.interned.set(key, id);
    compiler.keys.push(key);
  }
  return id;
}

function slotOf(compiler: Compiler, hit: ConceptHit, text: string): RawSlot {
  const classes = wordClasses();
  const kinds = hit.concepts.map((c) => compiler.lex.groups[c]?.kind);
  const { raw } = tokenize(text, hit.start, hit.end);
  const stem = raw.length === 1 && raw[0] !== undefined ? keyOf(wordOf(raw[0])) : '';
  const isNumber = hit.concepts.some((c) => compiler.keys[c - compiler.lex.groups.length]?.startsWith('#'));
  const entity = kinds.includes('E');
  let base: number = WEIGHT.plain;
  if (isNumber) base = WEIGHT.number;
  else if (entity) base = WEIGHT.entity;
  else if (classes.veryCommon.has(stem)) base = WEIGHT.veryCommon;
  else if (classes.common.has(stem)) base = WEIGHT.common;
  const predicate = !entity && !isNumber && (kinds.includes('V') || classes.verbs.has(stem));
  return { concepts: hit.concepts, base, predicate, figure: isNumber };
}

function slotsOf(compiler: Compiler, text: string): RawSlot[] {
  const hits = readConcepts(tokenize(text), compiler.lex, (key) => intern(compiler, key));
  const seen = new Set<string>();
  const slots: RawSlot[] = [];
  for (const hit of hits) {
    const key = hit.concepts.join(',');
    if (seen.has(key)) continue;
    seen.add(key);
    slots.push(slotOf(compiler, hit, text));
  }
  return slots;
}

function exampleSentences(text: string): string[] {
  return sentencesOf(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));
}

/** Templates of one claim: its text and variants, and the example sentences that restate it. */
function claimTemplates(compiler: Compiler, source: ClaimSource, useExamples: boolean): RawSlot[][] {
  const stated = [source.text, ...source.variants].map((t) => slotsOf(compiler, t));
  const known = new Set(stated.flat().flatMap((s) => s.concepts));
  const examples = useExamples ? (source.examples ?? []).flatMap(exampleSentences) : [];
  const restated = examples
    .map((t) => slotsOf(compiler, t))
    .filter((slots) => slots.filter((s) => s.concepts.some((c) => known.has(c))).length >= EXAMPLE_OVERLAP);
  return [...stated, ...restated].filter((slots) => slots.length >= MIN_SLOTS);
}

/** Adds what a page needs to recognise global concept `id` as local concept `local`. */
function exportConcept(compiler: Compiler, out: Lexicon, id: number, local: number): void {
  const add = (map: Record<string, number[]>, key: string): void => {
    const list = map[key] ?? (map[key] = []);
    if (!list.includes(local)) list.push(local);
  };
  const group = compiler.lex.groups[id];
  if (!group) {
    const key = compiler.keys[id - compiler.lex.groups.length] ?? '';
    if (key.startsWith('#')) out.numbers[key.slice(1)] = local;
    else add(out.words, key);
    return;
  }
  for (const stem of group.stems) add(out.words, stem);
  for (const cap of group.caps) add(out.caps, cap);
  for (const [first, ...rest] of group.phrases) {
    if (!first) continue;
    const list = out.phrases[first] ?? (out.phrases[first] = []);
    const joined = rest.join(' ');
    const entry = list.find(([r]) => r === joined);
    if (entry) entry[1].push(local);
    else list.push([joined, [local]]);
    list.sort((a, b) => b[0].split(' ').length - a[0].split(' ').length);
  }
}

/** Compiles the reader's claims (text, variants, filed examples) into a scan index. */
export function compileClaims(sources: readonly ClaimSource[], options: CompileOptions = {}): ClaimIndex {
  const compiler: Compiler = { lex: fullLexicon(options.useWordNet ?? true), interned: new Map(), keys: [] };
  const perClaim = sources.map((s) => claimTemplates(compiler, s, options.useExamples ?? true));

  const df = new Map<number, number>();
  for (const templates of perClaim) for (const c of new Set(templates.flat().flatMap((s) => s.concepts))) df.set(c, (df.get(c) ?? 0) + 1);
  const n = Math.max(1, sources.length);
  const rarity = (concepts: number[]): number => {
    const least = Math.min(...concepts.map((c) => df.get(c) ?? 1));
    return RARITY_FLOOR + ((1 - RARITY_FLOOR) * Math.log(1 + n / least)) / Math.log(1 + n);
  };

  const local = new Map<number, number>();
  const localOf = (id: number): number => {
    let l = local.get(id);
    if (l === undefined) local.set(id, (l = local.size));
    return l;
  };
  const index: ClaimIndex = { version: 1, claimIds: sources.map((s) => s.id), templates: [], lexicon: { words: {}, phrases: {}, caps: {}, numbers: {} }, anchors: {} };
  const seen = new Set<string>();
  perClaim.forEach((templates, claim) => {
    for (const raw of templates) {
      const slots: Slot[] = raw.map((s) => {
        const slot: Slot = { c: s.concepts.map(localOf), w: Math.round(s.base * rarity(s.concepts) * 1000) / 1000 };
        if (s.predicate) slot.p = 1;
        if (s.figure) slot.r = 1;
        return slot;
      });
      const key = `${claim}|${slots.map((s) => s.c.join(',')).sort().join(';')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const t = index.templates.length;
      index.templates.push({ claim, slots, total: slots.reduce((sum, s) => sum + s.w, 0) });
      const specific = raw.some((s) => s.base >= WEIGHT.plain);
      raw.forEach((s, i) => {
        if (specific && s.base < WEIGHT.plain) return;
        for (const c of slots[i]?.c ?? []) {
          const list = index.anchors[c] ?? (index.anchors[c] = []);
          if (!list.includes(t)) list.push(t);
        }
      });
    }
  });
  for (const [id, l] of local) exportConcept(compiler, index.lexicon, id, l);
  return index;
}
