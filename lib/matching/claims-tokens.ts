/**
 * Turns text into the concepts the claim matcher compares: words folded and
 * stemmed, phrases and aliases looked up, numbers read as values. The same
 * reader runs on claim texts (with the full lexicon) and on pages (with the
 * compiled index's small one), so both sides normalise identically.
 */

import { foldText } from './fold';
import { DIGITS_SOURCE, isNumberWord, readNumber } from './numbers';
import { stemWord } from './stem';

/** One word of the text, with its original offsets. */
export interface Token {
  start: number;
  end: number;
  /** As written, for matchedTerms and case-sensitive aliases. */
  raw: string;
  /** Folded (lower case, no diacritics, straight apostrophes). */
  word: string;
}

const TOKEN_RE = new RegExp(
  String.raw`(?:\p{Lu}\.){2,}|(?:${DIGITS_SOURCE})(?:k|m|mn|bn)?(?![\p{L}\p{N}])|[\p{L}\p{M}\p{N}\u00AD\u200B-\u200D]+(?:['\u2019][\p{L}\p{M}\p{N}]+)*`,
  'gu',
);

/** Splits text[from, to) into word tokens; hyphenated words become several tokens. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = from;
  const slice = to === text.length ? text : text.slice(0, to);
  for (let m = TOKEN_RE.exec(slice); m; m = TOKEN_RE.exec(slice)) {
    const raw = m[0];
    const word = foldText(raw.endsWith('.') ? raw.replace(/\./g, '') : raw);
    tokens.push({ start: m.index, end: m.index + raw.length, raw, word });
  }
  return tokens;
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

function matchPhrase(lex: Lexicon, stems: readonly string[], i: number): [number, number[]] | null {
  const candidates = entry(lex.phrases, stems[i] ?? '');
  if (!candidates) return null;
  for (const [rest, concepts] of candidates) {
    const parts = rest.split(' ');
    if (parts.every((p, k) => stems[i + 1 + k] === p)) return [parts.length + 1, concepts];
  }
  return null;
}

/**
 * Reads the concepts of a token sequence. When compiling a claim, `intern`
 * gives words and numbers missing from the lexicon a concept of their own;
 * when scanning a page they are simply not concepts.
 */
export function readConcepts(tokens: readonly Token[], lex: Lexicon, intern?: (key: string) => number): ConceptHit[] {
  const hits: ConceptHit[] = [];
  const words = tokens.map((t) => t.word);
  const stems = words.map(keyOf);
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i] as Token;
    const phrase = matchPhrase(lex, stems, i);
    if (phrase) {
      const last = tokens[i + phrase[0] - 1] as Token;
      hits.push({ start: token.start, end: last.end, concepts: phrase[1] });
      i += phrase[0];
      continue;
    }
    if (isNumberWord(token.word)) {
      const num = readNumber(words, i);
      if (num) {
        const concept = entry(lex.numbers, String(num.value)) ?? intern?.(`#${num.value}`);
        const last = tokens[i + num.length - 1] as Token;
        if (concept !== undefined) hits.push({ start: token.start, end: last.end, concepts: [concept] });
        i += num.length;
        continue;
      }
    }
    const caps = entry(lex.caps, token.raw.replace(/\./g, ''));
    const stem = stems[i] ?? '';
    const own = intern && /\p{L}/u.test(stem) ? [intern(stem)] : undefined;
    const concepts = STOPWORDS.has(token.word) ? undefined : (entry(lex.words, stem) ?? own);
    if (caps || concepts) hits.push({ start: token.start, end: token.end, concepts: [...(caps ?? []), ...(concepts ?? [])] });
    i++;
  }
  return hits;
}
