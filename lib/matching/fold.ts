/**
 * Character folding shared by the people and claim matchers, so that a name or
 * claim typed one way is found however the page happens to write it: case,
 * diacritics (Latin, Greek, Cyrillic, Arabic and Hebrew vowel points), curly vs
 * straight apostrophes, hyphen variants, exotic spaces, soft hyphens and
 * zero-width joiners, and the Arabic and Persian forms of the same letter
 * (Afghan and Iranian sources type ی and ک, Arab ones ي and ك). Folding works
 * one code point at a time, so it can also report where each folded character
 * came from in the original text.
 */

import { BLOCK_BREAK } from './types';

/** How the tokenisers see a code point; see {@link charKind}. */
export const CharKind = {
  /** Letter, combining mark or digit. */
  Word: 1,
  /** ' ’ ‘ ʼ ʻ ` ´ ′ and friends: inside a word ("O’Brien") or a quote mark. */
  Apostrophe: 2,
  /** - ‐ ‑ ‒ – − and friends (not the em dash, which separates clauses). */
  Hyphen: 3,
  /**
   * Any whitespace, including no-break spaces and '\n', but not BLOCK_BREAK; also the
   * zero-width non-joiner, the Persian "half space" written where others write a space.
   */
  Space: 4,
  /** Soft hyphen and zero-width characters: invisible, folded away. */
  Ignorable: 5,
  /** BLOCK_BREAK (U+2029): nothing may match across it. */
  Block: 6,
  /** Everything else: punctuation, symbols. */
  Other: 7,
} as const;
export type CharKind = (typeof CharKind)[keyof typeof CharKind];

const APOSTROPHES = "'\u2019\u2018\u201B\u02BC\u02BB\u02BD\u02BE\u02BF`\u00B4\u2032\uFF07";
const HYPHENS = '-\u2010\u2011\u2012\u2013\u2212\uFE63\uFF0D';
const IGNORABLES = '\u00AD\u200B\u200D\u2060\uFEFF';
const ZWNJ = '\u200C';
const WORD_RE = /[\p{L}\p{M}\p{N}]/u;
const SPACE_RE = /\s/;

/** Letters NFD does not decompose but readers treat as plain ones. */
const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h', ŧ: 't', ŋ: 'n', ς: 'σ',
  // Arabic yeh, alef maksura, kaf and teh marbuta as Persian (and Dari, Pashto) write them.
  '\u064A': '\u06CC', '\u0649': '\u06CC', '\u0643': '\u06A9', '\u0629': '\u0647',
};

/**
 * Marks that are optional decoration in their script and are dropped when folding.
 * Marks of other scripts (Devanagari vowel signs, Japanese voicing marks) change
 * the letter and are kept.
 */
function isStrippableMark(code: number): boolean {
  return (
    (code >= 0x0300 && code <= 0x036f) ||
    (code >= 0x0483 && code <= 0x0489) ||
    (code >= 0x0591 && code <= 0x05c7 && code !== 0x05be && code !== 0x05c0 && code !== 0x05c3 && code !== 0x05c6) ||
    (code >= 0x064b && code <= 0x065f) ||
    code === 0x0670 ||
    code === 0x0640 ||
    (code >= 0x1ab0 && code <= 0x1aff) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe20 && code <= 0xfe2f)
  );
}

const kindCache = new Uint8Array(0x10000);

function classify(ch: string, code: number): CharKind {
  if (ch === BLOCK_BREAK) return CharKind.Block;
  if (APOSTROPHES.includes(ch)) return CharKind.Apostrophe;
  if (HYPHENS.includes(ch)) return CharKind.Hyphen;
  if (IGNORABLES.includes(ch)) return CharKind.Ignorable;
  if (WORD_RE.test(ch)) return CharKind.Word;
  if (SPACE_RE.test(ch) || ch === ZWNJ) return CharKind.Space;
  return CharKind.Other;
}

/** Classifies a code point (as returned by codePointAt) for tokenising; cached for the BMP. */
export function charKind(code: number): CharKind {
  if (code >= 0x10000) return classify(String.fromCodePoint(code), code);
  const cached = kindCache[code];
  if (cached) return cached as CharKind;
  const kind = classify(String.fromCharCode(code), code);
  kindCache[code] = kind;
  return kind;
}

/** Folded forms of BMP code points, in lazily allocated blocks of 256 (faster than a Map on the compile path). */
const foldBlocks: (string[] | undefined)[] = [];

function foldUncached(ch: string, code: number): string {
  const kind = charKind(code);
  if (kind === CharKind.Apostrophe) return "'";
  if (kind === CharKind.Hyphen) return '-';
  if (kind === CharKind.Ignorable || isStrippableMark(code)) return '';
  if (kind === CharKind.Space) return ' ';
  const lower = ch.toLowerCase();
  let out = '';
  for (const c of lower.normalize('NFD')) {
    const cp = c.codePointAt(0) ?? 0;
    if (isStrippableMark(cp)) continue;
    out += SPECIAL_LETTERS[c] ?? c;
  }
  // A decomposition that stripped nothing (Hangul syllables, kana) stays composed.
  return out.length > 0 && out.normalize('NFC') === lower.normalize('NFC') ? lower : out;
}

/** Folds one code point to what the matchers compare: lower case, no optional marks, one apostrophe, one hyphen, one space. */
export function foldCodePoint(code: number): string {
  if (code < 0x80) {
    if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 32);
    if (code === 0x60) return "'";
    if (code === 0x09 || code === 0x0a || code === 0x0b || code === 0x0c || code === 0x0d) return ' ';
    return String.fromCharCode(code);
  }
  if (code > 0xffff) return foldUncached(String.fromCodePoint(code), code);
  const block = (foldBlocks[code >> 8] ??= new Array<string>(256));
  let folded = block[code & 0xff];
  if (folded === undefined) {
    folded = foldUncached(String.fromCharCode(code), code);
    block[code & 0xff] = folded;
  }
  return folded;
}

/** Printable ASCII that folding changes only by lower-casing (all but the backtick, an apostrophe). */
const PLAIN_ASCII = /^[\x20-\x5f\x61-\x7e]*$/;

/** Folds a whole string; equal results mean "the same words as far as matching cares". BLOCK_BREAK is kept. */
export function foldText(text: string): string {
  // Most words of English news are plain ASCII: one native call instead of a call per character.
  if (PLAIN_ASCII.test(text)) return text.toLowerCase();
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i) ?? 0;
    if (code > 0xffff) i++;
    out += foldCodePoint(code);
  }
  return out;
}

/** A folded string plus, for each of its UTF-16 units, the index in the original text it came from. */
export interface FoldedText {
  text: string;
  /** offsets[i] is the original index of folded unit i; offsets[text.length] is the original length. */
  offsets: Uint32Array;
}

/** Folds a string and keeps a map back to the original offsets, for matchers that report positions. */
export function foldTextWithOffsets(text: string): FoldedText {
  const parts: string[] = [];
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const start = i;
    const code = text.codePointAt(i) ?? 0;
    if (code > 0xffff) i++;
    const folded = foldCodePoint(code);
    parts.push(folded);
    for (let k = 0; k < folded.length; k++) offsets.push(start);
  }
  offsets.push(text.length);
  return { text: parts.join(''), offsets: Uint32Array.from(offsets) };
}

/** Whether a character is an upper- or title-case letter (a capital), as opposed to lower case or caseless. */
export function isCapital(ch: string): boolean {
  return ch !== ch.toLowerCase();
}

/** Whether a character is a lower-case letter; caseless scripts (Arabic, Chinese) are never lower case. */
export function isLowercase(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}
