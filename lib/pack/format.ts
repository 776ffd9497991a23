/** The context pack wire format, version 1 (docs/pack-format.md). Records as they appear in a pack file. */

import type { TextAnchor, Verdict } from '../types';

export interface PackPerson {
  id: string;
  name: string;
  aliases?: string[];
  role?: string;
  organization?: string;
  country?: string;
  summary?: string;
  [unknown: string]: unknown;
}

export interface PackClaim {
  id: string;
  text: string;
  variants?: string[];
  summary?: string;
  verdict?: Verdict;
  [unknown: string]: unknown;
}

export interface PackStatement {
  id?: string;
  personId?: string;
  text: string;
  date?: string;
  sourceUrl?: string;
  sourceName?: string;
  claimIds?: string[];
  [unknown: string]: unknown;
}

export interface PackSource {
  domain: string;
  name?: string;
  note?: string;
  tags?: string[];
  [unknown: string]: unknown;
}

/** A saved snippet, as a Backstory backup carries it (a Backstory extension of the format). */
export interface PackSnippet {
  id: string;
  text: string;
  url: string;
  canonicalUrl?: string;
  title?: string;
  site?: string;
  publishedDate?: string;
  /** Epoch milliseconds. */
  savedAt?: number;
  /** Epoch milliseconds; of two copies of a snippet, the later edit wins. */
  updatedAt?: number;
  anchor?: TextAnchor;
  personId?: string;
  claimIds?: string[];
  note?: string;
  tags?: string[];
  [unknown: string]: unknown;
}

export interface Pack {
  format: 'backstory-pack';
  version: 1;
  title?: string;
  description?: string;
  people?: PackPerson[];
  claims?: PackClaim[];
  statements?: PackStatement[];
  sources?: PackSource[];
  snippets?: PackSnippet[];
  [unknown: string]: unknown;
}

/** One problem in a pack, located precisely enough for a reader to fix the file. */
export interface PackIssue {
  list?: 'people' | 'claims' | 'statements' | 'sources' | 'snippets';
  index?: number;
  id?: string;
  field?: string;
  message: string;
}
