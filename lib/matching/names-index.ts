/**
 * The hash tables the people matcher looks words up in. They are built while
 * compiling (and kept for the compiling side) or rebuilt once from the plain
 * data wherever a dictionary arrives by message, cached per dictionary object.
 */

import type { NameDictionary } from './names';

/** Lookup tables for one dictionary. */
export interface NameIndex {
  /** Alias (folded words joined by spaces) → its one owner (>= 0), or -1 - k for `shared[k]`. */
  byAlias: Map<string, number>;
  /** Owner lists of aliases that several people share. */
  shared: number[][];
  /** First word of any alias → the most words an alias starting with it has. */
  longest: Map<string, number>;
  /** Cyrillic name words, whose Russian case forms also match. */
  inflectable: Set<string>;
  /** Per person, " w1 w2 … " (repeats allowed); built on first need by {@link nameWordsFor}. */
  nameWords?: string[];
}

const cache = new WeakMap<NameDictionary, NameIndex>();

/** Empty tables; single owners are stored as plain numbers because 10,000 little arrays cost more than the rest. */
export function emptyIndex(): NameIndex {
  return { byAlias: new Map(), shared: [], longest: new Map(), inflectable: new Set() };
}

/** Records that `alias` names `person`; false when it already did. */
export function addAlias(index: NameIndex, alias: string, person: number): boolean {
  const code = index.byAlias.get(alias);
  if (code === undefined) index.byAlias.set(alias, person);
  else if (code === person) return false;
  else if (code >= 0) {
    index.byAlias.set(alias, -1 - index.shared.length);
    index.shared.push([code, person]);
  } else {
    const owners = index.shared[-1 - code] ?? [];
    if (owners.includes(person)) return false;
    owners.push(person);
  }
  const space = alias.indexOf(' ');
  const first = space < 0 ? alias : alias.slice(0, space);
  let length = 1;
  for (let i = space; i >= 0; i = alias.indexOf(' ', i + 1)) length++;
  if ((index.longest.get(first) ?? 0) < length) index.longest.set(first, length);
  return true;
}

/** The people an alias names, if it is one. */
export function ownersOf(index: NameIndex, alias: string): readonly number[] | undefined {
  const code = index.byAlias.get(alias);
  if (code === undefined) return undefined;
  return code >= 0 ? [code] : index.shared[-1 - code];
}

/** The folded words of each person's names and aliases, for telling their given names from strangers'. */
export function nameWordsFor(dict: NameDictionary, index: NameIndex): readonly string[] {
  if (index.nameWords) return index.nameWords;
  const words = dict.ids.map(() => ' ');
  dict.owners.forEach((person, i) => (words[person] += `${dict.aliases[i] ?? ''} `));
  index.nameWords = words;
  return words;
}

/** Keeps the tables built while compiling, so the compiling side need not rebuild them. */
export function rememberIndex(dict: NameDictionary, index: NameIndex): void {
  cache.set(dict, index);
}

/** The tables for a dictionary, built from its plain data the first time it is seen. */
export function indexFor(dict: NameDictionary): NameIndex {
  let index = cache.get(dict);
  if (index) return index;
  index = emptyIndex();
  for (let i = 0; i < dict.aliases.length; i++) addAlias(index, dict.aliases[i] ?? '', dict.owners[i] ?? 0);
  index.inflectable = new Set(dict.inflectable);
  cache.set(dict, index);
  return index;
}
