/**
 * The people matcher. The background compiles the library's names into plain
 * data (it survives structured clone and JSON); the receiving side builds hash
 * tables from it once per dictionary object (cached) and then makes one
 * left-to-right pass over a page's flattened text: per word one hash lookup
 * ("does a name start with this word?"), and on a hit a few more, one per
 * possible name length, longest first. The scan is therefore linear in the text
 * and independent of the dictionary's size.
 *
 * Russian case forms of Cyrillic name words match when capitalised ("Кабулову").
 *
 * Case: a name of two or more words matches in any case; a one-word alias only
 * when it does not start with a lower-case letter ("Hunter", "HUNTER", never
 * "a hunter"), and then only if the word before it does not look like someone
 * else's given name (see names-context.ts).
 */

import type { NameSource, PersonMatch } from './types';
import { resolveBareAlias } from './names-context';
import { isInflectable, russianNominative } from './names-russian';
import { isCapital, isLowercase } from './fold';
import { addAlias, emptyIndex, indexFor, nameWordsFor, ownersOf, rememberIndex, type NameIndex } from './names-index';
import { aliasKey, firstChar, isPlain, joinsNext, tokenize, type Tokens } from './names-tokens';

/** A compiled name list as plain data: what the background sends to content scripts (hash tables are rebuilt on arrival, see names-index.ts). */
export interface NameDictionary {
  /** Person ids by person index. */
  ids: string[];
  /** Every distinct (alias, person) pair: the alias's folded words joined by single spaces. */
  aliases: string[];
  /** owners[i] is the person index aliases[i] names; an alias shared by two people appears twice. */
  owners: number[];
  /** Cyrillic name words, whose Russian case forms also match (see names-russian.ts). */
  inflectable: string[];
}

/** Builds the dictionary the content script matches with; call once per library change. */
export function compileNames(sources: NameSource[]): NameDictionary {
  const dict: NameDictionary = { ids: [], aliases: [], owners: [], inflectable: [] };
  const index = emptyIndex();
  const personById = new Map<string, number>();
  const add = (surface: string, person: number) => {
    const alias = aliasKey(surface);
    if (alias.length === 0) return;
    if (!isPlain(alias)) collectInflectable(alias, index.inflectable);
    if (addAlias(index, alias, person)) {
      dict.aliases.push(alias);
      dict.owners.push(person);
    }
  };
  for (const source of sources) {
    let person = personById.get(source.id);
    if (person === undefined) {
      person = dict.ids.length;
      personById.set(source.id, person);
      dict.ids.push(source.id);
    }
    add(source.name, person);
    for (const alias of source.aliases) add(alias, person);
  }
  dict.inflectable = [...index.inflectable];
  rememberIndex(dict, index);
  return dict;
}

/** Records the alias's Cyrillic words: their case forms are recognised when scanning. */
function collectInflectable(alias: string, inflectable: Set<string>): void {
  for (const word of alias.split(' ')) if (isInflectable(word)) inflectable.add(word);
}

/** Finds every known person named in `text` (a page flattened with BLOCK_BREAKs); offsets index `text`. */
export function findPeople(dict: NameDictionary, text: string): PersonMatch[] {
  const matches: PersonMatch[] = [];
  if (text.length === 0 || dict.aliases.length === 0) return matches;
  const index = indexFor(dict);
  const tokens = tokenize(text);
  const words = index.inflectable.size === 0 ? tokens.keys : tokens.keys.map((key, t) => nominative(index, text, tokens, t, key));
  let i = 0;
  while (i < tokens.count) {
    const found = longestAt(index, tokens, words, i);
    const people = found ? accept(dict, index, text, tokens, i, found) : [];
    if (found && people.length > 0) {
      const start = tokens.start[i] ?? 0;
      const personIds = people.map((p) => dict.ids[p] ?? '');
      matches.push({ start, end: found.end, personIds, surface: text.slice(start, found.end) });
      i = found.last + 1;
    } else {
      i++;
    }
  }
  return matches;
}

/** A capitalised Cyrillic word that is not a name word itself may be one in another case ("Кабулова" → "кабулов"). */
function nominative(index: NameIndex, text: string, tokens: Tokens, t: number, key: string): string {
  const first = key.charCodeAt(0);
  if (first < 0x430 || first > 0x44f || index.inflectable.has(key) || !isCapital(firstChar(text, tokens, t))) return key;
  return russianNominative(key, index.inflectable) ?? key;
}

interface Found {
  /** The people the alias names. */
  owners: readonly number[];
  /** Index of the alias's last token. */
  last: number;
  /** End offset in the text, before any possessive suffix. */
  end: number;
}

/** The longest alias starting at token i, if any; `words` are the token keys with case forms resolved. */
function longestAt(index: NameIndex, tokens: Tokens, words: string[], i: number): Found | undefined {
  const first = words[i] ?? '';
  const bareFirst = tokens.bareKeys[i] ?? '';
  const most = Math.max(index.longest.get(first) ?? 0, bareFirst ? (index.longest.get(bareFirst) ?? 0) : 0);
  if (most === 0) return undefined;
  let run = 1;
  while (run < most && i + run < tokens.count && joinsNext(tokens, i + run - 1)) run++;
  for (let length = run; length > 0; length--) {
    const last = i + length - 1;
    const head = length > 1 ? `${words.slice(i, last).join(' ')} ` : '';
    const owners = ownersOf(index, head + (words[last] ?? ''));
    if (owners) return { owners, last, end: tokens.end[last] ?? 0 };
    const bare = tokens.bareKeys[last];
    const bareOwners = bare ? ownersOf(index, head + bare) : undefined;
    if (bareOwners) return { owners: bareOwners, last, end: tokens.bareEnd[last] ?? 0 };
  }
  return undefined;
}

/** Applies the one-word rules; returns the people the match stands for (none = no match). */
function accept(dict: NameDictionary, index: NameIndex, text: string, tokens: Tokens, i: number, found: Found): readonly number[] {
  if (found.last > i) return found.owners;
  if (isLowercase(firstChar(text, tokens, i))) return [];
  return resolveBareAlias(text, tokens, i, found.owners, nameWordsFor(dict, index));
}
