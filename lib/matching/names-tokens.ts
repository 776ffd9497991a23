/**
 * Splits text into word tokens for the people matcher: one pass, original
 * UTF-16 offsets kept, each token folded to a lookup key (plain ASCII words only
 * when asked for), and each gap between tokens classified so a name can
 * continue across spaces, line breaks and hyphens but never across punctuation
 * or a BLOCK_BREAK.
 *
 * Chinese and Japanese put no spaces between words, so each of their characters
 * is a token by itself, joined to a neighbour of the same kind as if by a space:
 * "习近平" is found in "国家主席习近平表示".
 */

import { CharKind, charKind, foldCodePoint, foldText } from './fold';

/** How the characters between two tokens let a name continue. */
export const Gap = {
  /** Only whitespace (any amount, no-break spaces and '\n' included). */
  Space: 1,
  /** A single hyphen of any kind, no spaces: "al-Baghdadi". */
  Hyphen: 2,
  /** A full stop right after the previous token, then optional spaces: "J. Smith", "Mr. Kabulov". */
  Dot: 3,
  /** Anything else, including text start and BLOCK_BREAK. */
  Break: 4,
} as const;
export type Gap = (typeof Gap)[keyof typeof Gap];

/**
 * The tokens of one text, as parallel arrays (cheap for long pages). Most tokens are "plain" (ASCII
 * letters and digits only) and their key is just their text in lower case: it is made only when
 * asked for ({@link keyOf}), because most words of a page are never looked up.
 */
export interface Tokens {
  text: string;
  count: number;
  /** Offsets of tokens 0 … count - 1 (the arrays may be longer). */
  start: Int32Array;
  end: Int32Array;
  /** The {@link Gap} before each token (the first token's gap joins it to nothing). */
  gap: Int32Array;
  /** A plain token's {@link shapeOf} (>= 0), or -1 - k for a token whose key is keys[k]. */
  shape: Int32Array;
  /** Folded keys of the tokens that are not plain: lower case, no diacritics, no apostrophes. */
  keys: string[];
  /** For "Kabulov's", "Putin'in": the key and end of the word without its apostrophe suffix; '' / 0 otherwise. Parallel to keys. */
  bareKeys: string[];
  bareEnd: number[];
}

const MAX_SUFFIX = 3;

// Tokenising runs once per page, mostly before the JIT has compiled it, when every operation costs
// a call: hence these regular expressions, which cover whole runs of ASCII characters in native
// code. They must agree with charKind (a unit test tries every ASCII character).

/** The commonest token: one space after the previous token, then a plain word that surely ends there. */
const SPACE_AND_PLAIN_WORD = / [A-Za-z0-9]+(?=[^'`A-Za-z0-9\u0080-\uffff]|$)/y;
const PLAIN_RUN = /[A-Za-z0-9]*/y;
const SPACE_RUN = /[\t\n\v\f\r ]*/y;
/** charKind of ASCII characters (undefined beyond), read inline rather than through a call. */
const ASCII_KIND = Uint8Array.from({ length: 0x80 }, (_, code) => charKind(code));
// Constants rather than property reads, for the same reason.
const { Word: WORD, Apostrophe: APOSTROPHE, Hyphen: HYPHEN, Space: SPACE, Ignorable: IGNORABLE, Other: OTHER } = CharKind;
const { Space: SPACED, Hyphen: HYPHENATED, Dot: DOTTED, Break: BROKEN } = Gap;

/** Whether a code point is a Chinese character or Japanese kana: a script written without spaces between words. */
export function isUnspacedScript(code: number): boolean {
  return (
    (code >= 0x3040 && code <= 0x30ff) || // hiragana, katakana
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xff66 && code <= 0xff9f) || // half-width katakana
    (code >= 0x20000 && code <= 0x3ffff)
  );
}

/** Whether any character of `text` is of an unspaced script. */
export function hasUnspacedScript(text: string): boolean {
  for (const ch of text) if (isUnspacedScript(ch.codePointAt(0) ?? 0)) return true;
  return false;
}

/** Where a sticky expression's match at `at` ends; 0 if it does not match there. */
function runEnd(run: RegExp, text: string, at: number): number {
  run.lastIndex = at;
  run.test(text);
  return run.lastIndex;
}

/** Size of the table {@link shapeOf} indexes. */
export const SHAPES = 0x10000;

/**
 * A hash of a plain key's length and first, middle and last characters, read straight from the
 * text ("| 32" lower-cases ASCII letters and leaves digits alone): equal keys have equal shapes,
 * so a table of the shapes of a dictionary's words rules out most words of a page without
 * making their keys.
 */
export function shapeOf(text: string, start: number, end: number): number {
  const length = end - start;
  const first = text.charCodeAt(start) | 32;
  const middle = text.charCodeAt(start + (length >> 1)) | 32;
  const last = text.charCodeAt(end - 1) | 32;
  return (length * 7919 + first * 1031 + middle * 37 + last) & (SHAPES - 1);
}

/** Tokenises text for name lookup; see {@link Tokens}. */
export function tokenize(text: string): Tokens {
  const n = text.length;
  const capacity = (n >> 2) + 16; // English averages a token per six characters; grown if need be
  const tokens: Tokens = {
    text,
    count: 0,
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    gap: new Int32Array(capacity),
    shape: new Int32Array(capacity),
    keys: [],
    bareKeys: [],
    bareEnd: [],
  };
  let { start, end, gap, shape } = tokens;
  let count = 0;
  let i = 0;
  // The gap since the previous token (or text start) so far; 0 while it is empty.
  let gapKind: Gap | 0 = 0;
  // Whether the previous token is one character of an unspaced script, and this one too.
  let lastUnspaced = false;
  let unspaced = false;
  while (i < n) {
    let tokenStart: number;
    let tokenShape: number;
    const simpleEnd = gapKind === 0 ? runEnd(SPACE_AND_PLAIN_WORD, text, i) : 0;
    if (simpleEnd > i) {
      tokenStart = i + 1;
      i = simpleEnd;
      gapKind = SPACED;
      tokenShape = shapeOf(text, tokenStart, i);
      unspaced = false;
    } else {
      const code = text.charCodeAt(i);
      let kind: number;
      let width = 1;
      if (code < 0x80) kind = ASCII_KIND[code] ?? OTHER;
      else {
        const point = text.codePointAt(i) ?? 0;
        kind = charKind(point);
        if (point > 0xffff) width = 2;
      }
      if (kind === SPACE || kind === IGNORABLE) {
        // Only the first space can change the gap (a hyphen then spaces is no join).
        if (gapKind === 0) gapKind = SPACED;
        else if (gapKind === HYPHENATED) gapKind = BROKEN;
        i = runEnd(SPACE_RUN, text, i + width);
        continue;
      }
      if (kind !== WORD) {
        if (gapKind !== 0) gapKind = BROKEN;
        else gapKind = kind === HYPHEN ? HYPHENATED : code === 0x2e /* . */ ? DOTTED : BROKEN;
        i += width;
        continue;
      }
      // A token: word characters, with ignorables and single apostrophes between them.
      tokenStart = i;
      let lastApostrophe = -1;
      let plain = true;
      unspaced = code >= 0x80 && isUnspacedScript(text.codePointAt(i) ?? 0);
      if (unspaced) i += width;
      for (; !unspaced; ) {
        i = runEnd(PLAIN_RUN, text, i);
        if (i >= n) break;
        const c = text.charCodeAt(i);
        if (c >= 0x80) {
          const point = text.codePointAt(i) ?? 0;
          const k = charKind(point);
          if (k === WORD && isUnspacedScript(point)) break;
          if (k === WORD || k === IGNORABLE) {
            plain = false;
            i += point > 0xffff ? 2 : 1;
            continue;
          }
          if (k !== APOSTROPHE) break;
        } else if (ASCII_KIND[c] !== APOSTROPHE) break;
        if (!isWordAt(text, i + 1)) break;
        lastApostrophe = i;
        plain = false;
        i++;
      }
      if (plain && !unspaced) tokenShape = shapeOf(text, tokenStart, i);
      else {
        const raw = text.slice(tokenStart, i);
        const key = toKey(raw);
        if (key.length === 0) {
          gapKind = BROKEN;
          continue;
        }
        const suffix = lastApostrophe < 0 ? '' : text.slice(lastApostrophe + 1, i);
        const bare = lastApostrophe > tokenStart && isGrammaticalSuffix(suffix, raw);
        tokens.bareKeys.push(bare ? toKey(text.slice(tokenStart, lastApostrophe)) : '');
        tokens.bareEnd.push(bare ? lastApostrophe : 0);
        tokenShape = -tokens.keys.push(key); // -1 - its index
      }
    }
    if (count === start.length) {
      grow(tokens);
      ({ start, end, gap, shape } = tokens);
    }
    start[count] = tokenStart;
    end[count] = i;
    // Two characters of an unspaced script side by side are joined as if by a space.
    gap[count] = gapKind !== 0 ? gapKind : unspaced && lastUnspaced && end[count - 1] === tokenStart ? SPACED : BROKEN;
    shape[count] = tokenShape;
    count++;
    gapKind = 0;
    lastUnspaced = unspaced;
  }
  tokens.count = count;
  return tokens;
}

/** Doubles the room in the arrays of `tokens`. */
function grow(tokens: Tokens): void {
  const double = (array: Int32Array) => {
    const bigger = new Int32Array(array.length * 2);
    bigger.set(array);
    return bigger;
  };
  tokens.start = double(tokens.start);
  tokens.end = double(tokens.end);
  tokens.gap = double(tokens.gap);
  tokens.shape = double(tokens.shape);
}

/** The folded key of token t. */
export function keyOf(tokens: Tokens, t: number): string {
  const shape = tokens.shape[t] ?? 0;
  return shape < 0 ? (tokens.keys[-1 - shape] ?? '') : tokens.text.slice(tokens.start[t], tokens.end[t]).toLowerCase();
}

/** The key of token t without a possessive or case suffix ("Kabulov's" → "kabulov"), or ''. */
export function bareKeyOf(tokens: Tokens, t: number): string {
  const shape = tokens.shape[t] ?? 0;
  return shape < 0 ? (tokens.bareKeys[-1 - shape] ?? '') : '';
}

/** Where token t ends without its suffix; meaningful only when it has a bare key. */
export function bareEndOf(tokens: Tokens, t: number): number {
  const shape = tokens.shape[t] ?? 0;
  return shape < 0 ? (tokens.bareEnd[-1 - shape] ?? 0) : 0;
}

/** A name as written in the library, as its folded words joined by single spaces ("J. Smith" → "j smith"). */
export function aliasKey(name: string): string {
  // Plain ASCII names (most of a library) split the same way without building Tokens.
  if (PLAIN_NAME.test(name)) {
    const lower = name.toLowerCase();
    return CLEAN_KEY.test(lower) ? lower : lower.replace(NON_WORD, ' ').trim();
  }
  // The same words tokenize() would key, in one pass without offsets (compiling 10,000 names must stay fast).
  const words: string[] = [];
  let word = '';
  let inWord = false;
  const endWord = () => {
    if (word.length > 0) words.push(word);
    word = '';
    inWord = false;
  };
  for (let i = 0; i < name.length; i++) {
    const code = name.codePointAt(i) ?? 0;
    const kind = charKind(code);
    if (code > 0xffff) i++;
    if (kind === CharKind.Word && isUnspacedScript(code)) {
      // A word by itself, as tokenize() makes it.
      endWord();
      words.push(foldCodePoint(code));
    } else if (kind === CharKind.Word) {
      inWord = true;
      word += foldCodePoint(code);
    } else if (!(inWord && (kind === CharKind.Ignorable || (kind === CharKind.Apostrophe && isWordAt(name, i + 1))))) {
      endWord();
    }
  }
  endWord();
  return words.join(' ');
}

const PLAIN_NAME = /^[A-Za-z0-9 .-]*$/;
const NON_WORD = /[^a-z0-9]+/g;
const CLEAN_KEY = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

/** Whether token t and token t+1 can be words of one name: spaces or a hyphen between, or a dot after an initial. */
export function joinsNext(tokens: Tokens, t: number): boolean {
  const gap = tokens.gap[t + 1];
  if (gap === Gap.Space || gap === Gap.Hyphen) return true;
  if (gap !== Gap.Dot) return false;
  const shape = tokens.shape[t] ?? 0;
  return shape < 0 ? tokens.keys[-1 - shape]?.length === 1 : (tokens.end[t] ?? 0) - (tokens.start[t] ?? 0) === 1;
}

/** The first character (code point) of token t, for capitalisation checks. */
export function firstChar(text: string, tokens: Tokens, t: number): string {
  return String.fromCodePoint(text.codePointAt(tokens.start[t] ?? 0) ?? 0);
}

function toKey(raw: string): string {
  return foldText(raw).replace(/'/g, '');
}

/** "'s" (English), "'in"/"'ın" (Turkish): short lower-case endings, or any ending in an all-capitals token. */
function isGrammaticalSuffix(suffix: string, raw: string): boolean {
  if (suffix.length === 0 || suffix.length > MAX_SUFFIX) return false;
  return suffix === suffix.toLowerCase() || raw === raw.toUpperCase();
}

/** Whether a word of a spaced script goes on at i (an apostrophe joins only such words: "O'Brien"). */
function isWordAt(text: string, i: number): boolean {
  const code = text.codePointAt(i) ?? 0;
  return charKind(code) === CharKind.Word && !isUnspacedScript(code);
}
