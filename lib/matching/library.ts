/**
 * Everything a content script needs to scan a page, compiled from the knowledge
 * base in one step: the name dictionary and the claim index. Plain data, so it
 * crosses the messaging boundary by structured clone.
 */
import { compileNames, type NameDictionary } from './names';
import { compileClaims, type ClaimIndex } from './claims';
import { writesFamilyNameFirst } from './names-order';
import type { ClaimSource, NameSource } from './types';

export interface CompiledLibrary {
  /** The knowledge base's revision this was compiled from. */
  revision: number;
  names: NameDictionary;
  claims: ClaimIndex;
}

/** A person as stored: the country tells whether the name is written family name first (names-order.ts). */
type PersonSource = Omit<NameSource, 'familyNameFirst'> & { country?: string };

/** Snippets the reader filed under claims become further examples of those claims. */
export function compileLibrary(
  revision: number,
  people: readonly PersonSource[],
  claims: readonly Omit<ClaimSource, 'examples'>[],
  filed: readonly { text: string; claimIds: readonly string[] }[],
): CompiledLibrary {
  const examples = new Map<string, string[]>();
  for (const snippet of filed) {
    for (const id of snippet.claimIds) examples.set(id, [...(examples.get(id) ?? []), snippet.text]);
  }
  return {
    revision,
    names: compileNames(
      people.map(({ id, name, aliases, country }) => ({ id, name, aliases, familyNameFirst: writesFamilyNameFirst(country) })),
    ),
    claims: compileClaims(claims.map(({ id, text, variants }) => ({ id, text, variants, examples: examples.get(id) }))),
  };
}
