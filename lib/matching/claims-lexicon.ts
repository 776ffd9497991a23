/**
 * The full synonym lexicon (hand-written news groups plus the WordNet table),
 * consulted only when compiling claims: the compiled index carries just the
 * few entries its claims need, so the content script never loads this.
 */

import { keyOf, tokenize, wordOf, type Lexicon } from './claims-tokens';
import { NEWS_GROUPS } from './synonyms-news';
import { COMMON_STEMS, VERB_STEMS, VERY_COMMON_STEMS, WORDNET_GROUPS } from './synonyms-wordnet';

/** E: one actor's aliases; V: a predicate; W: other hand-written words; N: a WordNet synset. */
export type GroupKind = 'E' | 'V' | 'W' | 'N';

/** One synonym group, with the page forms that express it. */
export interface Group {
  kind: GroupKind;
  /** Single-word members, as stems. */
  stems: string[];
  /** Multi-word members, as lookup keys. */
  phrases: string[][];
  /** Members that count only when written exactly so. */
  caps: string[];
}

/** The full lexicon: concept n < groups.length is groups[n]. */
export interface FullLexicon extends Lexicon {
  groups: Group[];
}

/** How much a word says about which claim a sentence states, before rarity among claims. */
export interface WordClass {
  veryCommon: ReadonlySet<string>;
  common: ReadonlySet<string>;
  verbs: ReadonlySet<string>;
}

function parseGroup(line: string, useWordNet: boolean): Group | null {
  const kind: GroupKind = useWordNet ? 'N' : ((line[0] ?? 'W') as GroupKind);
  const entries = useWordNet ? line.split(' ') : line.slice(2).split('|');
  const group: Group = { kind, stems: [], phrases: [], caps: [] };
  for (const entry of entries) {
    if (entry.startsWith('=')) {
      group.caps.push(entry.slice(1).replace(/\./g, ''));
      continue;
    }
    if (useWordNet) {
      group.stems.push(entry);
      continue;
    }
    const keys = tokenize(entry).raw.map((raw) => keyOf(wordOf(raw)));
    if (keys.length === 1 && keys[0]) group.stems.push(keys[0]);
    else if (keys.length > 1) group.phrases.push(keys);
  }
  return group.stems.length + group.phrases.length + group.caps.length > 0 ? group : null;
}

function push<T>(map: Record<string, T[]>, key: string, value: T): void {
  const list = map[key] ?? (map[key] = []);
  list.push(value);
}

/** Indexes groups into a lexicon whose concepts are the groups' positions. */
export function lexiconOf(groups: Group[]): FullLexicon {
  const lex: FullLexicon = { groups, words: {}, phrases: {}, caps: {}, numbers: {} };
  groups.forEach((group, id) => {
    for (const stem of group.stems) push(lex.words, stem, id);
    for (const cap of group.caps) push(lex.caps, cap, id);
    for (const [first, ...rest] of group.phrases) if (first) push(lex.phrases, first, [rest.join(' '), [id]] as [string, number[]]);
  });
  for (const list of Object.values(lex.phrases)) list.sort((a, b) => b[0].split(' ').length - a[0].split(' ').length);
  return lex;
}

let cached: { withWordNet: FullLexicon; handOnly: FullLexicon; classes: WordClass } | undefined;

function build(): NonNullable<typeof cached> {
  const hand = NEWS_GROUPS.map((line) => parseGroup(line, false)).filter((g): g is Group => g !== null);
  const wordnet = WORDNET_GROUPS.map((line) => parseGroup(line, true)).filter((g): g is Group => g !== null);
  const set = (s: string): ReadonlySet<string> => new Set(s.split(' '));
  return {
    withWordNet: lexiconOf([...hand, ...wordnet]),
    handOnly: lexiconOf(hand),
    classes: { veryCommon: set(VERY_COMMON_STEMS), common: set(COMMON_STEMS), verbs: set(VERB_STEMS) },
  };
}

/** The full lexicon, built once; `useWordNet: false` leaves out the generated table (for measuring its worth). */
export function fullLexicon(useWordNet = true): FullLexicon {
  cached ??= build();
  return useWordNet ? cached.withWordNet : cached.handOnly;
}

/** Frequency classes of stems, from WordNet's tagged-corpus counts. */
export function wordClasses(): WordClass {
  cached ??= build();
  return cached.classes;
}
