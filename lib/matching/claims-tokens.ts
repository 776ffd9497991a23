/**
 * Turns text into the concepts the claim matcher compares: words folded and
 * stemmed, phrases and aliases looked up, numbers read as values. The same
 * reader runs on claim texts (with the full lexicon) and on pages (with the
 * compiled index's small one), so both sides normalise identically.
 */

import { foldText } from './fold';
import { DIGITS_SOURCE, isNumberWord, readNumber } from './numbers';
import { stemPrefilter, stemWord } from './stem';

/** The words of a text, as parallel arrays (cheap on long pages); token i ends at start[i] + raw[i].length. */
export interface Tokens {
  start: number[];
  /** As written, for matchedTerms and case-sensitive aliases; {@link wordOf} folds them. */
  raw: string[];
}

const TOKEN_RE = new RegExp(
  String.raw`(?:\p{Lu}\.){2,}|(?:${DIGITS_SOURCE})(?:k|m|mn|bn)?(?![\p{L}\p{N}])|[\p{L}\p{M}\p{N}\u00AD\u200B-\u200D]+(?:['\u2019][\p{L}\p{M}\p{N}]+)*`,
  'gu',
);

/** Splits text[from, to) into word tokens; hyphenated words become several tokens. */
export function tokenize(text: string, from = 0, to = text.length): Tokens {
  const tokens: Tokens = { start: [], raw: [] };
  TOKEN_RE.lastIndex = from;
  const slice = to === text.length ? text : text.slice(0, to);
  for (let m = TOKEN_RE.exec(slice); m; m = TOKEN_RE.exec(slice)) {
    tokens.start.push(m.index);
    tokens.raw.push(m[0]);
  }
  return tokens;
}

const withoutDots = (raw: string): string => (raw.includes('.') ? raw.replace(/\./g, '') : raw);

/** A token folded (lower case, no diacritics, straight apostrophes), an acronym without its dots. */
export function wordOf(raw: string): string {
  return foldText(raw.endsWith('.') ? withoutDots(raw) : raw);
}

/** Function words: never a claim's content, though they may sit inside a phrase ("Islamic State of Iraq"). */
export const STOPWORDS: ReadonlySet<string> = new Set(
  ("a about above after again against all also am an and any are aren't as at be because been before being " +
    "below between both but by can could did do does doing down during each few for from further had has have " +
    "having he her here hers herself him himself his how i if in into is it it's its itself just me more most my " +
    "myself no nor not now of off on once only or other our ours ourselves out over own same she should so some " +
    "such than that the their theirs them themselves then there these they this those through to too under until " +
    "up very was we were what when where which while who whom why will with would you your yours yourself " +
    "yourselves s t don't didn't doesn't isn't wasn't weren't won't can't cannot hasn't haven't hadn't shouldn't " +
    "wouldn't couldn't may might must shall said says say according reportedly allegedly also mr mrs ms dr per via " +
    "least many much several even still yet already since among amid upon onto toward towards within without")
    .split(' '),
);

/** The lexicon a concept reader consults; concepts are small integers. */
export interface Lexicon {
  /** Stem → concepts it expresses. */
  words: Record<string, number[]>;
  /** First word's stem → [remaining stems joined by spaces, concepts], longest first. */
  phrases: Record<string, Array<[string, number[]]>>;
  /** Exact surface form (dots removed) → concepts; for aliases that are common words in lower case. */
  caps: Record<string, number[]>;
  /** Concept of each number value that appears in a claim, keyed by the value. */
  numbers: Record<string, number>;
}

/** A run of tokens that expresses one or more concepts. */
export interface ConceptHit {
  start: number;
  end: number;
  concepts: number[];
}

/** The key a folded word is looked up by: its stem, or the word itself for a function word. */
export function keyOf(word: string): string {
  return STOPWORDS.has(word) ? word : stemWord(word);
}

/** A lexicon lookup by a page's word: own keys only, so "constructor" or "valueOf" on a page is just a word. */
const entry = <T>(map: Record<string, T>, key: string): T | undefined => (Object.hasOwn(map, key) ? map[key] : undefined);

function matchPhrase(lex: Lexicon, stem: string, stemAt: (i: number) => string | undefined, i: number): [number, number[]] | null {
  const candidates = entry(lex.phrases, stem);
  if (!candidates) return null;
  for (const [rest, concepts] of candidates) {
    const parts = rest.split(' ');
    if (parts.every((p, k) => stemAt(i + 1 + k) === p)) return [parts.length + 1, concepts];
  }
  return null;
}

/** The concepts a token expresses by itself: an exact-case alias, its word's group (or, compiling, a concept of its own). */
function ownConcepts(lex: Lexicon, raw: string, word: string, stem: string, intern?: (key: string) => number): number[] | undefined {
  const caps = entry(lex.caps, withoutDots(raw));
  const own = intern && /\p{L}/u.test(stem) ? [intern(stem)] : undefined;
  const concepts = STOPWORDS.has(word) ? undefined : (entry(lex.words, stem) ?? own);
  return caps && concepts ? caps.concat(concepts) : (caps ?? concepts);
}

/**
 * What a spelling says by itself in a page lexicon: nothing (null), the
 * concepts of a one-token hit, or 'context' when a phrase or a number may
 * start with it and the following words decide.
 */
type Reading = number[] | null | 'context';

function readingOf(lex: Lexicon, raw: string, mayBeKey: (word: string) => boolean): Reading {
  const word = wordOf(raw);
  // Most of a page's words cannot stem to a key of the small lexicon: they are not stemmed, as cold stemming is
  // most of a first scan's cost, and only an exact-case alias or a number can make them count.
  if (!STOPWORDS.has(word) && !mayBeKey(word)) return isNumberWord(word) ? 'context' : (entry(lex.caps, withoutDots(raw)) ?? null);
  const stem = keyOf(word);
  if (entry(lex.phrases, stem) || isNumberWord(word)) return 'context';
  return ownConcepts(lex, raw, word, stem) ?? null;
}

/**
 * Per page lexicon: the readings of the spellings met so far (pages repeat
 * their words, so most tokens cost one lookup, and a rescan of the page costs
 * little; bounded, so a huge page cannot grow it without limit), and which
 * words may stem to one of its keys.
 */
interface PageLexicon {
  known: Map<string, Reading>;
  mayBeKey: (word: string) => boolean;
}

const pageLexicons = new WeakMap<Lexicon, PageLexicon>();
const READINGS_LIMIT = 50_000;

function pageLexiconOf(lex: Lexicon): PageLexicon {
  let page = pageLexicons.get(lex);
  if (!page) {
    page = { known: new Map(), mayBeKey: stemPrefilter(Object.keys(lex.words).concat(Object.keys(lex.phrases))) };
    pageLexicons.set(lex, page);
  }
  return page;
}

function readingIn(page: PageLexicon, lex: Lexicon, raw: string): Reading {
  const { known } = page;
  let reading = known.get(raw);
  if (reading === undefined) {
    reading = readingOf(lex, raw, page.mayBeKey);
    if (known.size >= READINGS_LIMIT) known.clear();
    known.set(raw, reading);
  }
  return reading;
}

/**
 * Reads the concepts of a token sequence. When compiling a claim, `intern`
 * gives words and numbers missing from the lexicon a concept of their own;
 * when scanning a page they are simply not concepts, and a token whose
 * spelling alone decides its reading is looked up once per spelling.
 */
export function readConcepts(tokens: Tokens, lex: Lexicon, intern?: (key: string) => number): ConceptHit[] {
  const { start, raw } = tokens;
  const endOf = (i: number): number => (start[i] as number) + (raw[i] as string).length;
  const wordAt = (i: number): string | undefined => (i < raw.length ? wordOf(raw[i] as string) : undefined);
  const stemAt = (i: number): string | undefined => (i < raw.length ? keyOf(wordOf(raw[i] as string)) : undefined);
  const page = intern ? undefined : pageLexiconOf(lex);
  const hits: ConceptHit[] = [];
  for (let i = 0; i < raw.length; ) {
    const spelling = raw[i] as string;
    const first = start[i] as number;
    const reading = page ? readingIn(page, lex, spelling) : 'context';
    if (reading !== 'context') {
      if (reading) hits.push({ start: first, end: endOf(i), concepts: reading });
      i++;
      continue;
    }
    const word = wordOf(spelling);
    const stem = keyOf(word);
    const phrase = matchPhrase(lex, stem, stemAt, i);
    if (phrase) {
      hits.push({ start: first, end: endOf(i + phrase[0] - 1), concepts: phrase[1] });
      i += phrase[0];
      continue;
    }
    if (isNumberWord(word)) {
      const num = readNumber(wordAt, i);
      if (num) {
        const concept = entry(lex.numbers, String(num.value)) ?? intern?.(`#${num.value}`);
        if (concept !== undefined) hits.push({ start: first, end: endOf(i + num.length - 1), concepts: [concept] });
        i += num.length;
        continue;
      }
    }
    const concepts = ownConcepts(lex, spelling, word, stem, intern);
    if (concepts) hits.push({ start: first, end: endOf(i), concepts });
    i++;
  }
  return hits;
}
