/**
 * Splits text into word tokens for the people matcher: one pass, original
 * UTF-16 offsets kept, each token folded to a lookup key, and each gap between
 * tokens classified so a name can continue across spaces, line breaks and
 * hyphens but never across punctuation or a BLOCK_BREAK.
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

/** The tokens of one text, as parallel arrays (cheap for long pages). */
export interface Tokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  /** Folded key: lower case, no diacritics, no apostrophes. */
  keys: string[];
  /** The gap before each token (the first token's gap joins it to nothing). */
  gap: Uint8Array;
  /** For "Kabulov's", "Putin'in": the key and end of the word without its apostrophe suffix; '' / 0 otherwise. */
  bareKeys: string[];
  bareEnd: Int32Array;
}

const MAX_SUFFIX = 3;

/** Tokenises text for name lookup; see {@link Tokens}. */
export function tokenize(text: string): Tokens {
  const n = text.length;
  const start: number[] = [];
  const end: number[] = [];
  const keys: string[] = [];
  const gap: number[] = [];
  const bareKeys: string[] = [];
  const bareEnd: number[] = [];

  let i = 0;
  let gapKind: Gap = Gap.Break;
  let gapSeen = false; // anything between the previous token and here
  while (i < n) {
    const code = text.codePointAt(i) ?? 0;
    const kind = charKind(code);
    if (kind !== CharKind.Word) {
      gapKind = nextGap(gapKind, gapSeen, kind, code);
      gapSeen = true;
      i += code > 0xffff ? 2 : 1;
      continue;
    }
    // A token: word characters, with ignorables and single apostrophes between them.
    const tokenStart = i;
    let lastApostrophe = -1;
    let ascii = true;
    while (i < n) {
      const c = text.codePointAt(i) ?? 0;
      const k = charKind(c);
      const width = c > 0xffff ? 2 : 1;
      if (k === CharKind.Word || k === CharKind.Ignorable) {
        if (c >= 0x80) ascii = false;
        i += width;
      } else if (k === CharKind.Apostrophe && charKind(text.codePointAt(i + 1) ?? 0) === CharKind.Word) {
        lastApostrophe = i;
        ascii = false;
        i += 1;
      } else break;
    }
    const raw = text.slice(tokenStart, i);
    const key = ascii ? raw.toLowerCase() : toKey(raw);
    if (key.length === 0) {
      gapKind = Gap.Break;
      gapSeen = true;
      continue;
    }
    start.push(tokenStart);
    end.push(i);
    keys.push(key);
    gap.push(gapSeen ? gapKind : Gap.Break);
    const suffix = lastApostrophe < 0 ? '' : text.slice(lastApostrophe + 1, i);
    if (lastApostrophe > tokenStart && isGrammaticalSuffix(suffix, raw)) {
      bareKeys.push(toKey(text.slice(tokenStart, lastApostrophe)));
      bareEnd.push(lastApostrophe);
    } else {
      bareKeys.push('');
      bareEnd.push(0);
    }
    gapKind = Gap.Break;
    gapSeen = false;
  }
  return {
    count: keys.length,
    start: Int32Array.from(start),
    end: Int32Array.from(end),
    keys,
    gap: Uint8Array.from(gap),
    bareKeys,
    bareEnd: Int32Array.from(bareEnd),
  };
}

/** A name as written in the library, as its folded words joined by single spaces ("J. Smith" → "j smith"). */
export function aliasKey(name: string): string {
  // Plain ASCII names (most of a library) split the same way without building Tokens.
  if (PLAIN_NAME.test(name)) {
    const lower = name.toLowerCase();
    return CLEAN_KEY.test(lower) ? lower : lower.replace(NON_WORD, ' ').trim();
  }
  // The same words tokenize() would key, in one pass without offsets (compiling 10,000 names must stay fast).
  let out = '';
  let word = '';
  let inWord = false;
  for (let i = 0; i < name.length; i++) {
    const code = name.codePointAt(i) ?? 0;
    const kind = charKind(code);
    if (code > 0xffff) i++;
    if (kind === CharKind.Word) {
      inWord = true;
      word += foldCodePoint(code);
    } else if (inWord && (kind === CharKind.Ignorable || (kind === CharKind.Apostrophe && charKind(name.codePointAt(i + 1) ?? 0) === CharKind.Word))) {
      continue;
    } else {
      if (word.length > 0) out += out.length > 0 ? ` ${word}` : word;
      word = '';
      inWord = false;
    }
  }
  if (word.length > 0) out += out.length > 0 ? ` ${word}` : word;
  return out;
}

const PLAIN_NAME = /^[A-Za-z0-9 .-]*$/;
const NON_WORD = /[^a-z0-9]+/g;
const CLEAN_KEY = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

/** Whether token t and token t+1 can be words of one name: spaces or a hyphen between, or a dot after an initial. */
export function joinsNext(tokens: Tokens, t: number): boolean {
  const gap = tokens.gap[t + 1];
  if (gap === Gap.Space || gap === Gap.Hyphen) return true;
  return gap === Gap.Dot && (tokens.keys[t] ?? '').length === 1;
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

/** Folds one more gap character into the gap's classification. */
function nextGap(current: Gap, seen: boolean, kind: CharKind, code: number): Gap {
  if (kind === CharKind.Space || kind === CharKind.Ignorable) {
    if (!seen) return Gap.Space;
    return current === Gap.Hyphen ? Gap.Break : current;
  }
  if (kind === CharKind.Hyphen) return seen ? Gap.Break : Gap.Hyphen;
  if (code === 0x2e /* . */) return seen ? Gap.Break : Gap.Dot;
  return Gap.Break;
}
