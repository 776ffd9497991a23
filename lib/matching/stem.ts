/**
 * Word normalisation for the claim matcher: one key per word family, so that
 * "ferried", "ferrying" and "ferry", "flew" and "fly", "destabilise" and
 * "destabilize", "Tajik" and "Tajikistan" compare equal.
 */

// @ts-expect-error wink-porter2-stemmer ships no type declarations
import porter2 from 'wink-porter2-stemmer';

const stemmer = porter2 as (word: string) => string;

/** Irregular forms Porter2 leaves alone; news claims are full of movement verbs in the past tense. */
const IRREGULAR = new Map<string, string>();
for (const row of [
  'fly flew flown', 'take took taken', 'bring brought', 'send sent', 'go went gone', 'come came',
  'give gave given', 'hold held', 'leave left', 'lead led', 'seek sought', 'buy bought', 'sell sold',
  'pay paid', 'make made', 'say said', 'tell told', 'know knew known', 'see saw seen', 'find found',
  'get got gotten', 'keep kept', 'meet met', 'run ran', 'rise rose risen', 'fall fell fallen',
  'drive drove driven', 'ride rode ridden', 'steal stole stolen', 'hide hid hidden', 'shoot shot',
  'fight fought', 'build built', 'spend spent', 'lose lost', 'win won', 'write wrote written',
  'speak spoke spoken', 'break broke broken', 'choose chose chosen', 'begin began begun',
  'draw drew drawn', 'grow grew grown', 'throw threw thrown', 'wear wore worn', 'tear tore torn',
  'feed fed', 'flee fled', 'cut', 'put', 'set', 'hit', 'spread', 'shut', 'cost', 'let',
  'weave wove woven', 'sink sank sunk', 'swim swam swum', 'bear bore borne', 'strike struck',
  'undertake undertook undertaken', 'overtake overtook overtaken', 'withdraw withdrew withdrawn',
  'mislead misled', 'deal dealt', 'mean meant', 'lay laid', 'sit sat', 'stand stood',
  'understand understood', 'think thought', 'teach taught', 'catch caught', 'feel felt',
  'eat ate eaten', 'drink drank drunk', 'forbid forbade forbidden', 'forgive forgave forgiven',
  'hang hung', 'light lit', 'slay slew slain', 'stick stuck', 'sweep swept', 'wind wound',
  'child children', 'man men', 'woman women', 'person people', 'mouse mice', 'foot feet', 'tooth teeth',
]) {
  const [base, ...forms] = row.split(' ');
  if (base) for (const form of forms) IRREGULAR.set(form, base);
}

/** Words in -ise that are not the British spelling of an -ize verb. */
const ISE_WORDS = new Set(
  ('exercise surprise advertise compromise enterprise expertise franchise merchandise premise otherwise ' +
    'televise supervise improvise comprise despise disguise chastise circumcise excise incise concise ' +
    'precise paradise treatise practise clockwise likewise').split(' '),
);

function americanise(word: string): string {
  if (word.indexOf('is', 5) === -1) return word; // most words: skip the regex
  const m = /^(.{5,})is(e|es|ed|ing|ation|ations|er|ers)$/.exec(word);
  if (!m || !m[1]) return word;
  if (ISE_WORDS.has(`${m[1]}ise`)) return word;
  return `${m[1]}iz${m[2] ?? ''}`;
}

const cache = new Map<string, string>();

/**
 * Reduces a folded (lower-case, no diacritics) word to its family key. Lands
 * and peoples share a key ("afghan" for Afghans and Afghanistan; "russia" for
 * Russian), because claims name the same actor either way.
 */
export function stemWord(word: string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  let w = word.endsWith("'s") ? word.slice(0, -2) : word.endsWith("'") ? word.slice(0, -1) : word;
  w = IRREGULAR.get(w) ?? americanise(w);
  let s = stemmer(w);
  if (s.length >= 8 && /i?stani?$/.test(s)) s = s.replace(/i?stani?$/, '');
  else if (s.length >= 6 && /(?:ian|can)$/.test(s)) s = s.slice(0, -1);
  if (cache.size > 50_000) cache.clear();
  cache.set(word, s);
  return s;
}

/** Words whose stem does not start like the word: irregular forms, and Porter2's exceptions dying, lying, tying. */
const WHOLE_WORD_STEMS = new Set([...IRREGULAR.keys(), 'dying', 'lying', 'tying']);

/** Words stemWord reads specially: apostrophes are stripped or stemmed by rule, and Porter2 turns every 3 into a y. */
const UNSAFE = /[3']/;

/**
 * How many first letters a stem of this spelling surely shares with the word
 * it came from. stemWord changes only a word's end. Porter2 deletes suffixes,
 * and its new letters are: an e appended at index 2 or later (step 1b; at
 * index 1 after a lone vowel, "oing" to "oe"), an i for a final y at index 2
 * or later (1c), and suffix rewrites inside R1 (index 2 or later) that keep
 * the suffix's first letter ("abli" to "able"); at most 2 new letters end a
 * stem, and 2 only from "biliti" to "ble", at index 3 or later. So a stem
 * keeps the word's first 3 letters (all if shorter), but a 3-letter one only
 * 2 ("cry" to "cri") and a vowel plus e only 1. americanise changes letters
 * from index 6 on; the -stan and -ian trims only shorten a stem.
 */
function sharedHead(stem: string): number {
  if (stem.length >= 4) return 3;
  if (stem.length === 3) return 2;
  return /^[aeiouy]e$/.test(stem) ? 1 : stem.length;
}

/**
 * A cheap test that a folded word's stem may be one of `stems`, exact (it
 * never rejects a word whose stem is one), so that a page's many words
 * outside a small lexicon need no stemming: the word must start with a
 * stem's head (see sharedHead), unless its stem is not made at its end.
 */
export function stemPrefilter(stems: Iterable<string>): (word: string) => boolean {
  const heads = new Set<string>();
  for (const stem of stems) heads.add(stem.slice(0, sharedHead(stem)));
  const headLengths = [...new Set([...heads].map((head) => head.length))];
  return (word) => {
    if (WHOLE_WORD_STEMS.has(word) || UNSAFE.test(word)) return true;
    for (const n of headLengths) if (heads.has(word.slice(0, n))) return true;
    return false;
  };
}
