/**
 * The hash tables the people matcher looks words up in, built from a
 * dictionary's plain data the first time it is matched with, and cached per
 * dictionary object (so once per message that delivers one). Compiling does not
 * build them: the background compiles, the content scripts match.
 */

import type { NameDictionary } from './names';

/** Key (folded words joined by spaces) → people. */
export interface OwnerTable {
  /** Key → its one owner (>= 0), or -1 - k for `shared[k]`. Single owners are plain numbers: 10,000 one-element arrays would cost more than the rest. */
  map: Map<string, number>;
  /** Owner lists of keys that several people share. */
  shared: number[][];
}

/** Lookup tables for one dictionary. */
export interface NameIndex {
  /** Names and aliases as the library gives them. */
  aliases: OwnerTable;
  /** Surnames taken from multi-word names; they count only for people named in full on the page. */
  surnames: OwnerTable;
  /** First word of any alias or surname → the most words such a key starting with it has. */
  longest: Map<string, number>;
  /** Cyrillic name words, whose Russian case forms also match. */
  inflectable: Set<string>;
  /** Alias indexes grouped by person (person p's are order[start[p]] … order[start[p + 1] - 1]); built on first need. */
  byPerson?: { start: Int32Array; order: Int32Array };
}

const cache = new WeakMap<NameDictionary, NameIndex>();

function addOwner(table: OwnerTable, key: string, person: number): void {
  const code = table.map.get(key);
  if (code === undefined) table.map.set(key, person);
  else if (code >= 0) {
    if (code === person) return;
    table.map.set(key, -1 - table.shared.length);
    table.shared.push([code, person]);
  } else {
    const owners = table.shared[-1 - code] ?? [];
    if (!owners.includes(person)) owners.push(person);
  }
}

/** The people a key names in a table, if any. */
export function ownersOf(table: OwnerTable, key: string): readonly number[] | undefined {
  const code = table.map.get(key);
  if (code === undefined) return undefined;
  return code >= 0 ? [code] : table.shared[-1 - code];
}

function addKeys(index: NameIndex, table: OwnerTable, keys: readonly string[], owners: readonly number[]): void {
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] ?? '';
    addOwner(table, key, owners[i] ?? 0);
    const space = key.indexOf(' ');
    const first = space < 0 ? key : key.slice(0, space);
    let length = 1;
    for (let at = space; at >= 0; at = key.indexOf(' ', at + 1)) length++;
    if ((index.longest.get(first) ?? 0) < length) index.longest.set(first, length);
  }
}

/** The tables for a dictionary, built from its plain data the first time it is seen. */
export function indexFor(dict: NameDictionary): NameIndex {
  let index = cache.get(dict);
  if (index) return index;
  index = {
    aliases: { map: new Map(), shared: [] },
    surnames: { map: new Map(), shared: [] },
    longest: new Map(),
    inflectable: new Set(dict.inflectable),
  };
  addKeys(index, index.aliases, dict.aliases, dict.owners);
  addKeys(index, index.surnames, dict.surnames, dict.surnameOwners);
  cache.set(dict, index);
  return index;
}

/** The folded words of a person's names and aliases as " w1 w2 … ", for telling their given names from strangers'. */
export function nameWordsOf(dict: NameDictionary, index: NameIndex, person: number): string {
  const { start, order } = (index.byPerson ??= groupByPerson(dict));
  let words = ' ';
  for (let k = start[person] ?? 0; k < (start[person + 1] ?? 0); k++) words += `${dict.aliases[order[k] ?? 0] ?? ''} `;
  return words;
}

/** A counting sort of alias indexes by owner: two flat arrays instead of a list per person. */
function groupByPerson(dict: NameDictionary): { start: Int32Array; order: Int32Array } {
  const start = new Int32Array(dict.ids.length + 1);
  for (const person of dict.owners) start[person + 1] = (start[person + 1] ?? 0) + 1;
  for (let p = 0; p < dict.ids.length; p++) start[p + 1] = (start[p + 1] ?? 0) + (start[p] ?? 0);
  const next = start.slice(0, dict.ids.length);
  const order = new Int32Array(dict.owners.length);
  dict.owners.forEach((person, i) => {
    order[next[person] ?? 0] = i;
    next[person] = (next[person] ?? 0) + 1;
  });
  return { start, order };
}
