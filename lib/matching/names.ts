/**
 * The people matcher. The background compiles the library's names into plain
 * data (it survives structured clone and JSON); whoever matches builds hash
 * tables from it once per dictionary object (cached) and then makes one
 * left-to-right pass over a page's flattened text: per word a glance at its
 * shape, which rules out nearly every word that starts no name without making
 * its key; for the rest one hash lookup ("does a name start with this word?"),
 * and on a hit a few more, one per possible name length, longest first. The scan
 * is therefore linear in the text and independent of the dictionary's size.
 *
 * Russian case forms of Cyrillic name words match when capitalised ("Кабулову").
 *
 * Case: a name of two or more words matches in any case; a one-word alias only
 * when it does not start with a lower-case letter ("Hunter", "HUNTER", never
 * "a hunter"), and then only if the word before it (and, for names written
 * family name first, the word after it) does not look like someone else's given
 * name (see names-context.ts).
 *
 * Surnames: news writes "Vladimir Putin" once and "Putin" after, and packs often
 * list only full names, so the surname of every multi-word name is a weaker,
 * derived alias: it follows the one-word rules and names only people named in
 * full on the same page (an explicit alias always counts). It is the last word,
 * or the first for names written family name first ("Xi Jinping … Xi said",
 * see names-order.ts).
 */

import type { NameSource, PersonMatch } from './types';
import { surnameOf, type People } from './names-context';
import { TableBuilder, indexFor, nameWordsOf, type OwnerCode } from './names-index';
import { isInflectable } from './names-russian';
import { PageWords, accept, longestAt, nextCandidate, type Accepted } from './names-scan';
import { aliasKey, hasUnspacedScript, tokenize } from './names-tokens';

const CYRILLIC = /[\u0430-\u044f]/;
const ARABIC_SCRIPT = /[\u0600-\u06ff]/;

/** A compiled name list as plain data: what the background sends to content scripts (the tables are built from it on first use, see names-index.ts). */
export interface NameDictionary {
  /** Person ids by person index. */
  ids: string[];
  /** The library's names and aliases, each once (folded words joined by single spaces), and their owner codes (names-index OwnerCode). */
  aliases: string[];
  aliasOwners: OwnerCode[];
  /** Surnames of multi-word names and aliases ("putin" from "vladimir putin"), each once, and their owner codes. */
  surnames: string[];
  surnameOwners: OwnerCode[];
  /** Owner lists of keys that several people share. */
  shared: number[][];
  /** First words of the aliases and surnames, each once, and the most words a key starting with it has. */
  firstWords: string[];
  firstWordLengths: number[];
  /** Cyrillic name words, whose Russian case forms also match (see names-russian.ts). */
  inflectable: string[];
  /** Indexes of the people whose names are written family name first. */
  familyNameFirst: number[];
}

/** Builds the dictionary the content script matches with; call once per library change. */
export function compileNames(sources: NameSource[]): NameDictionary {
  const ids: string[] = [];
  const tables = new TableBuilder();
  const personById = new Map<string, number>();
  const inflectable = new Set<string>();
  const familyNameFirst = new Set<number>();
  for (const source of sources) {
    let person = personById.get(source.id);
    if (person === undefined) {
      person = ids.length;
      personById.set(source.id, person);
      ids.push(source.id);
    }
    if (source.familyNameFirst) familyNameFirst.add(person);
    // A source's own repeats ("Dvořák" and "Dvorak") are dropped before they reach the tables.
    const own: string[] = [];
    const surnames: string[] = [];
    for (const surface of [source.name, ...source.aliases]) {
      const alias = aliasKey(surface);
      if (alias.length === 0 || own.includes(alias)) continue;
      own.push(alias);
      if (CYRILLIC.test(alias)) collectInflectable(alias, inflectable);
      tables.addAlias(alias, person);
      for (const joined of joinedForms(alias)) {
        if (own.includes(joined)) continue;
        own.push(joined);
        tables.addAlias(joined, person);
      }
      // In Chinese and Japanese every character is a word: a "surname" would be one character, found inside other words.
      const surname = alias.includes(' ') && !hasUnspacedScript(alias) ? surnameOf(alias, source.familyNameFirst) : undefined;
      if (surname && !surnames.includes(surname)) surnames.push(surname);
    }
    for (const surname of surnames) {
      if (!own.includes(surname)) tables.addSurname(surname, person); // else the library lists it as an alias
    }
  }
  return { ids, ...tables.build(), inflectable: [...inflectable], familyNameFirst: [...familyNameFirst] };
}

/**
 * Persian and Pashto names join some words with a half space, a space or nothing at all
 * ("ذبیح‌الله", "ذبیح الله", "ذبیحالله"): an Arabic-script name also matches with any one pair
 * of its words written as one. (The half space itself reads as a space, see fold.ts.)
 */
function joinedForms(alias: string): string[] {
  if (!ARABIC_SCRIPT.test(alias)) return [];
  const words = alias.split(' ');
  return words.slice(1).map((_, i) => [...words.slice(0, i), `${words[i]}${words[i + 1]}`, ...words.slice(i + 2)].join(' '));
}

/** Records the alias's Cyrillic words: their case forms are recognised when scanning. */
function collectInflectable(alias: string, inflectable: Set<string>): void {
  for (const word of alias.split(' ')) if (isInflectable(word)) inflectable.add(word);
}

/**
 * Finds every known person named in `text` (a page flattened with BLOCK_BREAKs); offsets index
 * `text`; matches come in order and never overlap. A bare surname taken from a full name
 * ("Putin" from "Vladimir Putin") counts only for people named by the library's own names or
 * aliases somewhere in `text`, or listed in `mentioned`: pass one Set of person ids per page when
 * a page is matched in slices, and it collects the people each slice names.
 */
export function findPeople(dict: NameDictionary, text: string, mentioned?: Set<string>): PersonMatch[] {
  if (text.length === 0 || dict.ids.length === 0) return [];
  const index = indexFor(dict);
  const tokens = tokenize(text);
  const words = new PageWords(index, tokens);
  const people: People = {
    nameWords: (person) => nameWordsOf(index, person),
    familyNameFirst: (person) => index.familyNameFirst.has(person),
  };
  const found: (Accepted & { start: number; end: number })[] = [];
  const named = new Set<number>();
  for (let i = nextCandidate(index, tokens, 0); i < tokens.count; ) {
    const longest = longestAt(words, i);
    const accepted = longest && accept(text, tokens, i, longest, people);
    if (!longest || !accepted) {
      i = nextCandidate(index, tokens, i + 1);
      continue;
    }
    found.push({ explicit: accepted.explicit, derived: accepted.derived, start: tokens.start[i] ?? 0, end: longest.end });
    if (accepted.explicit.length === 1) named.add(accepted.explicit[0] ?? 0);
    i = nextCandidate(index, tokens, longest.last + 1);
  }
  const isNamed = (p: number) => named.has(p) || (mentioned?.has(dict.ids[p] ?? '') ?? false);
  const matches: PersonMatch[] = [];
  for (const { explicit, derived, start, end } of found) {
    const people = [...explicit, ...derived.filter(isNamed)];
    if (people.length === 0) continue;
    matches.push({ start, end, personIds: people.map((p) => dict.ids[p] ?? ''), surface: text.slice(start, end) });
  }
  for (const p of named) mentioned?.add(dict.ids[p] ?? '');
  return matches;
}
