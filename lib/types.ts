/** Domain types shared by every context (background, content script, pages, tests). */

export type Verdict = 'unverified' | 'disputed' | 'misleading' | 'false' | 'true';
export const VERDICTS: readonly Verdict[] = ['unverified', 'disputed', 'misleading', 'false', 'true'];

/** Where a record came from: a pack (by pack title/id) or the reader's own hand. */
export type Origin = { kind: 'pack'; packId: string } | { kind: 'user' };

/** Fields a pack carried that Backstory does not know; kept so export is lossless. */
export type Extra = Record<string, unknown>;

export interface Person {
  id: string;
  name: string;
  aliases: string[];
  role?: string;
  organization?: string;
  country?: string;
  summary?: string;
  origin: Origin;
  extra?: Extra;
  updatedAt: number;
  /** Set when the reader edits a record that came from a pack, so pack updates keep the edit. */
  editedAt?: number;
}

export interface Claim {
  id: string;
  text: string;
  variants: string[];
  summary?: string;
  verdict?: Verdict;
  origin: Origin;
  extra?: Extra;
  updatedAt: number;
  /** Set when the reader edits a record that came from a pack, so pack updates keep the edit. */
  editedAt?: number;
}

export interface Statement {
  id: string;
  personId?: string;
  text: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD */
  date?: string;
  sourceUrl?: string;
  sourceName?: string;
  claimIds: string[];
  origin: Origin;
  extra?: Extra;
  updatedAt: number;
  /** Set when the reader edits a record that came from a pack, so pack updates keep the edit. */
  editedAt?: number;
}

/** A text-quote anchor (W3C Web Annotation TextQuoteSelector + TextPositionSelector). */
export interface TextAnchor {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

export interface Snippet {
  id: string;
  text: string;
  url: string;
  canonicalUrl: string;
  title: string;
  site: string;
  /** Published date the page states (ISO date), when it states one. */
  publishedDate?: string;
  savedAt: number;
  anchor: TextAnchor;
  personId?: string;
  claimIds: string[];
  note: string;
  tags: string[];
  updatedAt: number;
}

export interface Source {
  domain: string;
  name?: string;
  note?: string;
  tags: string[];
  origin: Origin;
  extra?: Extra;
  updatedAt: number;
  /** Set when the reader edits a record that came from a pack, so pack updates keep the edit. */
  editedAt?: number;
}

/** One page on which a person or claim was found (filled by the recurrence issue). */
export interface Sighting {
  id?: number;
  kind: 'person' | 'claim';
  refId: string;
  url: string;
  canonicalUrl: string;
  site: string;
  title: string;
  publishedDate?: string;
  firstSeen: number;
  sentence?: string;
}

/** Result crossing a context boundary: errors are plain strings, never thrown Error objects. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: string): Result<T> => ({ ok: false, error });
