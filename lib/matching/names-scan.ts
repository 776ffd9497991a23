/**
 * One step of the people matcher's pass: the longest name starting at a token,
 * and the rules that decide whom it may name.
 */

import { isCapital, isLowercase } from './fold';
import { resolveBareAlias } from './names-context';
import { ownersOf, type NameIndex } from './names-index';
import { russianNominative } from './names-russian';
import { firstChar, joinsNext, type Tokens } from './names-tokens';

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

/** Token keys as looked up: a capitalised Cyrillic word that is not a name word may be one in another case ("Кабулова"). */
export function lookupWords(index: NameIndex, text: string, tokens: Tokens): string[] {
  if (index.inflectable.size === 0) return tokens.keys;
  return tokens.keys.map((key, t) => {
    const first = key.charCodeAt(0);
    if (first < 0x430 || first > 0x44f || index.inflectable.has(key) || !isCapital(firstChar(text, tokens, t))) return key;
    return russianNominative(key, index.inflectable) ?? key;
  });
}

/** The longest name or surname starting at token i, if any. */
export function longestAt(index: NameIndex, tokens: Tokens, words: readonly string[], i: number): Found | undefined {
  const bareFirst = tokens.bareKeys[i] ?? '';
  const most = Math.max(index.longest.get(words[i] ?? '') ?? 0, bareFirst ? (index.longest.get(bareFirst) ?? 0) : 0);
  if (most === 0) return undefined;
  let run = 1;
  while (run < most && i + run < tokens.count && joinsNext(tokens, i + run - 1)) run++;
  for (let length = run; length > 0; length--) {
    const last = i + length - 1;
    const head = length > 1 ? `${words.slice(i, last).join(' ')} ` : '';
    const whole = lookup(index, head + (words[last] ?? ''), last, tokens.end[last] ?? 0);
    if (whole) return whole;
    const bare = tokens.bareKeys[last];
    const possessive = bare ? lookup(index, head + bare, last, tokens.bareEnd[last] ?? 0) : undefined;
    if (possessive) return possessive;
  }
  return undefined;
}

function lookup(index: NameIndex, key: string, last: number, end: number): Found | undefined {
  const explicit = ownersOf(index.aliases, key);
  const derived = ownersOf(index.surnames, key);
  if (!explicit && !derived) return undefined;
  return { explicit: explicit ?? [], derived: derived ?? [], last, end };
}

/**
 * Applies the rules: a name of two or more words from the library stands as it
 * is; a one-word alias and any surname must not start lower case and must pass
 * names-context's check of the word before it. `nameWords(p)` is " w1 w2 … ".
 */
export function accept(
  text: string,
  tokens: Tokens,
  i: number,
  found: Found,
  nameWords: (person: number) => string,
): Accepted | undefined {
  const oneWord = found.last === i;
  if (found.derived.length === 0) {
    // The common case, without the set arithmetic below.
    if (!oneWord) return { explicit: found.explicit, derived: NONE };
    if (isLowercase(firstChar(text, tokens, i))) return undefined;
    const kept = resolveBareAlias(text, tokens, i, found.explicit, nameWords);
    return kept.length > 0 ? { explicit: kept, derived: NONE } : undefined;
  }
  const free = oneWord ? [] : found.explicit;
  const bare = [...new Set([...(oneWord ? found.explicit : []), ...found.derived])].filter((p) => !free.includes(p));
  const kept = bare.length > 0 && !isLowercase(firstChar(text, tokens, i)) ? resolveBareAlias(text, tokens, i, bare, nameWords) : [];
  const explicit = [...free, ...(oneWord ? kept.filter((p) => found.explicit.includes(p)) : [])];
  const derived = kept.filter((p) => !explicit.includes(p));
  return explicit.length + derived.length > 0 ? { explicit, derived } : undefined;
}
