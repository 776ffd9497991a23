/** Turns stored records into the flat documents the search index holds, one shape for every kind. */

import type { Claim, Person, Snippet, Statement } from '../types';

export type SearchKind = 'person' | 'claim' | 'statement' | 'snippet';
export const SEARCH_KINDS: readonly SearchKind[] = ['person', 'claim', 'statement', 'snippet'];

/** `title` weighs most (names, claim wording), `meta` next (aliases, tags, site), `body` least. */
export interface SearchDoc {
  kind: SearchKind;
  id: string;
  title: string;
  body: string;
  meta: string;
  /** Short text to show in a result list. */
  label: string;
}

const LABEL_LENGTH = 140;
const label = (text: string): string => (text.length > LABEL_LENGTH ? `${text.slice(0, LABEL_LENGTH - 1)}…` : text);
const join = (...parts: (string | undefined)[]): string => parts.filter((p) => p !== undefined && p !== '').join(' \n ');

/** Index document for a person: name and aliases are what readers type. */
export function personDoc(p: Person): SearchDoc {
  return {
    kind: 'person',
    id: p.id,
    title: p.name,
    meta: join(p.aliases.join(' \n '), p.role, p.organization, p.country),
    body: p.summary ?? '',
    label: p.name,
  };
}

/** Index document for a claim: its wording and variants are the title. */
export function claimDoc(c: Claim): SearchDoc {
  return {
    kind: 'claim',
    id: c.id,
    title: c.text,
    meta: c.variants.join(' \n '),
    body: c.summary ?? '',
    label: label(c.text),
  };
}

/** Index document for a statement: the quote is the text, source and date are metadata. */
export function statementDoc(s: Statement): SearchDoc {
  return {
    kind: 'statement',
    id: s.id,
    title: '',
    meta: join(s.sourceName, s.date),
    body: s.text,
    label: label(s.text),
  };
}

/** Index document for a saved snippet: the quote, the page title, the reader's note and tags. */
export function snippetDoc(s: Snippet): SearchDoc {
  return {
    kind: 'snippet',
    id: s.id,
    title: s.title,
    meta: join(s.tags.join(' '), s.site),
    body: join(s.text, s.note),
    label: label(s.text),
  };
}
