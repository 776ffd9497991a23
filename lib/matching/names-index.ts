/**
 * The people matcher's hash tables. A dictionary carries each table as two
 * parallel arrays of unique keys and values, worked out when compiling, so that
 * whoever matches builds the Maps in one plain loop per table the first time it
 * meets the dictionary object (once per message that delivers one): the content
 * script runs that loop before the JIT has compiled anything, on every page.
 * Arrays rather than objects keyed by name (which JSON.parse would build with no
 * loop): structured clone rebuilds large objects so slowly that arrays plus the
 * loop cost less, and compiling fills objects slowly too.
 */

import type { NameDictionary } from './names';
import { SHAPES, shapeOf } from './names-tokens';

/** A key's owner (>= 0), or -1 - k for the owners `shared[k]`: 10,000 one-element arrays would cost more than the rest. */
export type OwnerCode = number;

/** Lookup tables for one dictionary. */
export interface NameIndex {
  dict: NameDictionary;
  /** Names and aliases as the library gives them. */
  aliases: Map<string, OwnerCode>;
  /** Surnames taken from multi-word names; they count only for people named in full on the page. */
  surnames: Map<string, OwnerCode>;
  /** First word of any alias or surname → the most words such a key starting with it has. */
  longest: Map<string, number>;
  /** 1 at the {@link shapeOf} of every key of `longest`. */
  shapes: Uint8Array;
  /** Cyrillic name words, whose Russian case forms also match. */
  inflectable: Set<string>;
  /** People whose names are written family name first. */
  familyNameFirst: Set<number>;
  /** Alias indexes grouped by person (person p's are order[start[p]] … order[start[p + 1] - 1]); built on first need. */
  byPerson?: { start: Int32Array; order: Int32Array };
}

const cache = new WeakMap<NameDictionary, NameIndex>();

/** The tables for a dictionary, built from its plain data the first time it is seen. */
export function indexFor(dict: NameDictionary): NameIndex {
  let index = cache.get(dict);
  if (index) return index;
  const { firstWords } = dict;
  const shapes = new Uint8Array(SHAPES);
  for (const word of firstWords) shapes[shapeOf(word, 0, word.length)] = 1;
  index = {
    dict,
    aliases: mapOf(dict.aliases, dict.aliasOwners),
    surnames: mapOf(dict.surnames, dict.surnameOwners),
    longest: mapOf(firstWords, dict.firstWordLengths),
    shapes,
    inflectable: new Set(dict.inflectable),
    familyNameFirst: new Set(dict.familyNameFirst),
  };
  cache.set(dict, index);
  return index;
}

function mapOf(keys: readonly string[], values: readonly number[]): Map<string, number> {
  const map = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) map.set(keys[i] ?? '', values[i] ?? 0);
  return map;
}

/** The people a key names in a table, if any. */
export function ownersOf(index: NameIndex, table: Map<string, OwnerCode>, key: string): readonly number[] | undefined {
  const code = table.get(key);
  if (code === undefined) return undefined;
  return code >= 0 ? [code] : index.dict.shared[-1 - code];
}

/** The folded words of a person's names and aliases as " w1 w2 … ", for telling their given names from strangers'. */
export function nameWordsOf(index: NameIndex, person: number): string {
  const { start, order } = (index.byPerson ??= groupByPerson(index.dict));
  const { aliases } = index.dict;
  let words = ' ';
  for (let k = start[person] ?? 0; k < (start[person + 1] ?? 0); k++) words += `${aliases[order[k] ?? 0] ?? ''} `;
  return words;
}

/** A counting sort of alias indexes by owner: two flat arrays instead of a list per person. */
function groupByPerson(dict: NameDictionary): { start: Int32Array; order: Int32Array } {
  const people = dict.ids.length;
  const eachOwner = (visit: (alias: number, person: number) => void) =>
    dict.aliasOwners.forEach((code, alias) => {
      if (code >= 0) visit(alias, code);
      else for (const person of dict.shared[-1 - code] ?? []) visit(alias, person);
    });
  const start = new Int32Array(people + 1);
  eachOwner((_, person) => (start[person + 1] = (start[person + 1] ?? 0) + 1));
  for (let p = 0; p < people; p++) start[p + 1] = (start[p + 1] ?? 0) + (start[p] ?? 0);
  const next = start.slice(0, people);
  const order = new Int32Array(start[people] ?? 0);
  eachOwner((alias, person) => {
    order[next[person] ?? 0] = alias;
    next[person] = (next[person] ?? 0) + 1;
  });
  return { start, order };
}

/** The tables of a dictionary being compiled. */
export class TableBuilder {
  private readonly aliases = new Map<string, OwnerCode>();
  private readonly surnames = new Map<string, OwnerCode>();
  private readonly longest = new Map<string, number>();
  private readonly shared: number[][] = [];

  /** Records that a name or alias (folded words joined by single spaces) names `person`. */
  addAlias(key: string, person: number): void {
    this.add(this.aliases, key, person);
  }

  /** Records that a surname taken from a multi-word name names `person`. */
  addSurname(key: string, person: number): void {
    this.add(this.surnames, key, person);
  }

  private add(table: Map<string, OwnerCode>, key: string, person: number): void {
    const code = table.get(key);
    if (code === undefined) table.set(key, person);
    else if (code >= 0) {
      if (code === person) return;
      table.set(key, -1 - this.shared.length);
      this.shared.push([code, person]);
    } else {
      const owners = this.shared[-1 - code] ?? [];
      if (!owners.includes(person)) owners.push(person);
    }
    const space = key.indexOf(' ');
    const first = space < 0 ? key : key.slice(0, space);
    let length = 1;
    for (let at = space; at >= 0; at = key.indexOf(' ', at + 1)) length++;
    if ((this.longest.get(first) ?? 0) < length) this.longest.set(first, length);
  }

  /** The tables as the dictionary carries them. */
  build(): Pick<NameDictionary, 'aliases' | 'aliasOwners' | 'surnames' | 'surnameOwners' | 'shared' | 'firstWords' | 'firstWordLengths'> {
    return {
      aliases: [...this.aliases.keys()],
      aliasOwners: [...this.aliases.values()],
      surnames: [...this.surnames.keys()],
      surnameOwners: [...this.surnames.values()],
      shared: this.shared,
      firstWords: [...this.longest.keys()],
      firstWordLengths: [...this.longest.values()],
    };
  }
}
