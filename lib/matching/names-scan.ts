/**
 * One step of the people matcher's pass: the longest name starting at a token,
 * and the rules that decide whom it may name.
 */

import { isCapital, isLowercase } from './fold';
import { resolveBareAlias, type People } from './names-context';
import { ownersOf, type NameIndex } from './names-index';
import { russianNominative } from './names-russian';
import { bareEndOf, bareKeyOf, firstChar, joinsNext, keyOf, type Tokens } from './names-tokens';

const NONE: readonly number[] = [];

/** The longest key found at a token. */
export interface Found {
  /** People the library's names and aliases give for it. */
  explicit: readonly number[];
  /** People whose surname it is (see names-context surnameOf). */
  derived: readonly number[];
  /** Index of the key's last token. */
  last: number;
  /** End offset in the text, before any possessive suffix. */
  end: number;
}

/** Whom a found key may name once the rules are applied. */
export interface Accepted {
  explicit: readonly number[];
  /** Surname-only candidates: they stand only if the person is named in full on the page. */
  derived: readonly number[];
}

/** A page's tokens as keys to look up in one dictionary's tables. */
export class PageWords {
  /** Lookup words of the tokens that are not plain, by their index in tokens.keys; made on first need. */
  private readonly others: (string | undefined)[] = [];

  constructor(
    readonly index: NameIndex,
    readonly tokens: Tokens,
  ) {}

  /** Token t's key as looked up: a capitalised Cyrillic word that is not a name word may be one in another case ("Кабулова"). */
  word(t: number): string {
    const k = -1 - (this.tokens.shape[t] ?? 0);
    if (k < 0) return keyOf(this.tokens, t);
    let word = this.others[k];
    if (word === undefined) {
      word = this.tokens.keys[k] ?? '';
      const first = word.charCodeAt(0);
      const { inflectable } = this.index;
      if (first >= 0x430 && first <= 0x44f && !inflectable.has(word) && isCapital(firstChar(this.tokens.text, this.tokens, t))) {
        word = russianNominative(word, inflectable) ?? word;
      }
      this.others[k] = word;
    }
    return word;
  }
}

/**
 * The first token from `from` on where a name may start (or tokens.count): most words of a page
 * start none, and their shape shows it without making their keys.
 */
export function nextCandidate(index: NameIndex, tokens: Tokens, from: number): number {
  const { count, shape } = tokens;
  const { shapes } = index;
  let i = from;
  while (i < count) {
    const s = shape[i] ?? 0;
    if (s < 0 || shapes[s] === 1) break;
    i++;
  }
  return i;
}

/** The longest name or surname starting at token i, if any. */
export function longestAt(words: PageWords, i: number): Found | undefined {
  const { index, tokens } = words;
  const first = words.word(i);
  const bareFirst = bareKeyOf(tokens, i);
  const most = Math.max(index.longest.get(first) ?? 0, bareFirst ? (index.longest.get(bareFirst) ?? 0) : 0);
  if (most === 0) return undefined;
  // keys[k]: the words of tokens i … i + k, joined by spaces.
  const keys = [first];
  for (let t = i; keys.length < most && t + 1 < tokens.count && joinsNext(tokens, t); t++) {
    keys.push(`${keys[keys.length - 1] ?? ''} ${words.word(t + 1)}`);
  }
  for (let length = keys.length; length > 0; length--) {
    const last = i + length - 1;
    const whole = lookup(index, keys[length - 1] ?? '', last, tokens.end[last] ?? 0);
    if (whole) return whole;
    const bare = bareKeyOf(tokens, last);
    const head = length > 1 ? `${keys[length - 2] ?? ''} ` : '';
    const possessive = bare ? lookup(index, head + bare, last, bareEndOf(tokens, last)) : undefined;
    if (possessive) return possessive;
  }
  return undefined;
}

function lookup(index: NameIndex, key: string, last: number, end: number): Found | undefined {
  const explicit = ownersOf(index, index.aliases, key);
  const derived = ownersOf(index, index.surnames, key);
  if (!explicit && !derived) return undefined;
  return { explicit: explicit ?? [], derived: derived ?? [], last, end };
}

/**
 * Applies the rules: a name of two or more words from the library stands as it
 * is; a one-word alias and any surname must not start lower case and must pass
 * names-context's check of the words around it.
 */
export function accept(
  text: string,
  tokens: Tokens,
  i: number,
  found: Found,
  people: People,
): Accepted | undefined {
  const oneWord = found.last === i;
  if (found.derived.length === 0) {
    // The common case, without the set arithmetic below.
    if (!oneWord) return { explicit: found.explicit, derived: NONE };
    if (isLowercase(firstChar(text, tokens, i))) return undefined;
    const kept = resolveBareAlias(text, tokens, i, found.explicit, people);
    return kept.length > 0 ? { explicit: kept, derived: NONE } : undefined;
  }
  const free = oneWord ? [] : found.explicit;
  const bare = [...new Set([...(oneWord ? found.explicit : []), ...found.derived])].filter((p) => !free.includes(p));
  const kept = bare.length > 0 && !isLowercase(firstChar(text, tokens, i)) ? resolveBareAlias(text, tokens, i, bare, people) : [];
  const explicit = [...free, ...(oneWord ? kept.filter((p) => found.explicit.includes(p)) : [])];
  const derived = kept.filter((p) => !explicit.includes(p));
  return explicit.length + derived.length > 0 ? { explicit, derived } : undefined;
}
