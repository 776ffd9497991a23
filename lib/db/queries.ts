/** The reads the UI needs, and the reader's snippets (save, edit, delete with undo). */
import { fail, ok, type Result, type Snippet } from '../types';
import { withReopen } from './open';
import { intactRows } from './intact';
import { packMetaKey, type InstalledPack } from './import';
import type { BackstoryDB, StoredClaim, StoredPerson, StoredSource, StoredStatement } from './schema';

/** One page of a longer list, with the full length for "showing 20 of 134". */
export interface Page<T> {
  items: T[];
  total: number;
}

export interface PageRequest {
  offset?: number;
  limit?: number;
}

const DEFAULT_PAGE = 50;
const slice = <T>(all: T[], { offset = 0, limit = DEFAULT_PAGE }: PageRequest): Page<T> => ({
  items: all.slice(offset, offset + limit),
  total: all.length,
});

// Dates are YYYY, YYYY-MM or YYYY-MM-DD, so string order is date order; undated statements go last.
const newestDateFirst = (a: StoredStatement, b: StoredStatement): number =>
  (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id);

/** What a person said, newest first, for the hover card and the person page. */
export function statementsByPerson(db: BackstoryDB, personId: string, page: PageRequest = {}): Promise<Result<Page<StoredStatement>>> {
  return withReopen(db, async () =>
    slice((await db.statements.where('personId').equals(personId).toArray()).sort(newestDateFirst), page),
  );
}

/** Which snippets to list: all, or those of one page, site, person or claim. */
export type SnippetFilter =
  | { url: string }
  | { canonicalUrl: string }
  | { site: string }
  | { personId: string }
  | { claimId: string }
  | Record<string, never>;

/** Saved snippets newest first, optionally narrowed by one indexed field. */
export function snippetsPage(db: BackstoryDB, filter: SnippetFilter = {}, page: PageRequest = {}): Promise<Result<Page<Snippet>>> {
  return withReopen(db, async () => {
    const [field, value] = Object.entries(filter)[0] ?? [];
    if (field === undefined || value === undefined) {
      const { offset = 0, limit = DEFAULT_PAGE } = page;
      const items = intactRows<Snippet>('snippets', await db.snippets.orderBy('savedAt').reverse().offset(offset).limit(limit).toArray()).rows;
      return { items, total: await db.snippets.count() };
    }
    const index = field === 'claimId' ? 'claimIds' : field;
    const matching = intactRows<Snippet>('snippets', await db.snippets.where(index).equals(value).toArray()).rows;
    return slice(matching.sort((a, b) => b.savedAt - a.savedAt), page);
  });
}

/** The note on a site, found whether the page's host has "www." and the note does not, or the reverse. */
export function sourceByDomain(db: BackstoryDB, host: string): Promise<Result<StoredSource | undefined>> {
  const domain = host.trim().toLowerCase().replace(/\.$/, '');
  const other = domain.startsWith('www.') ? domain.slice(4) : `www.${domain}`;
  return withReopen(db, async () => (await db.sources.get(domain)) ?? (await db.sources.get(other)));
}

/** Totals for the popup. */
export interface Counts {
  people: number;
  claims: number;
  statements: number;
  snippets: number;
  sources: number;
}

export function counts(db: BackstoryDB): Promise<Result<Counts>> {
  return withReopen(db, async () => ({
    people: await db.people.count(),
    claims: await db.claims.count(),
    statements: await db.statements.count(),
    snippets: await db.snippets.count(),
    sources: await db.sources.count(),
  }));
}

/** Which revision of a pack is installed, so the default pack is re-imported only when it changed. */
export function installedPack(db: BackstoryDB, packId: string): Promise<Result<InstalledPack | undefined>> {
  return withReopen(db, async () => (await db.meta.get(packMetaKey(packId)))?.value as InstalledPack | undefined);
}

export const SNIPPET_MAX_CHARS = 20_000;
export const NOTE_MAX_CHARS = 20_000;

/**
 * What the card sends when the reader saves a passage; the db fills times, and the id unless
 * the sender chose one (the card does, so a save retried after the worker died is not doubled).
 */
export type NewSnippet = Omit<Snippet, 'id' | 'savedAt' | 'updatedAt' | 'note' | 'tags' | 'claimIds'> &
  Partial<Pick<Snippet, 'id' | 'note' | 'tags' | 'claimIds'>>;

/** The fields a reader may change after saving. */
export type SnippetChanges = Partial<Pick<Snippet, 'text' | 'note' | 'tags' | 'personId' | 'claimIds' | 'title'>>;

function snippetProblem(s: Pick<Snippet, 'text' | 'note'>): string | null {
  if (s.text.trim() === '') return 'A snippet needs some text.';
  if (s.text.length > SNIPPET_MAX_CHARS) return `A snippet can hold at most ${SNIPPET_MAX_CHARS} characters; this one has ${s.text.length}.`;
  if (s.note.length > NOTE_MAX_CHARS) return `A note can hold at most ${NOTE_MAX_CHARS} characters; this one has ${s.note.length}.`;
  return null;
}

/** Stores a passage the reader saved; saving the same id again returns the stored one unchanged. */
export async function saveSnippet(db: BackstoryDB, input: NewSnippet): Promise<Result<Snippet>> {
  const now = Date.now();
  const id = input.id ?? crypto.randomUUID();
  const snippet: Snippet = { ...input, note: input.note ?? '', tags: input.tags ?? [], claimIds: input.claimIds ?? [], id, savedAt: now, updatedAt: now };
  const problem = snippetProblem(snippet);
  if (problem) return fail(problem);
  return withReopen(db, () =>
    db.transaction('rw', db.snippets, async () => {
      const stored = await db.snippets.get(id);
      if (stored) return stored;
      await db.snippets.add(snippet);
      return snippet;
    }),
  );
}

/** Applies the reader's edit to a saved snippet. */
export async function updateSnippet(db: BackstoryDB, id: string, changes: SnippetChanges): Promise<Result<Snippet>> {
  const result = await withReopen(db, () =>
    db.transaction('rw', db.snippets, async (): Promise<Result<Snippet>> => {
      const stored = await db.snippets.get(id);
      if (!stored) return fail('That snippet no longer exists.');
      const next: Snippet = { ...stored, ...changes, updatedAt: Date.now() };
      const problem = snippetProblem(next);
      if (problem) return fail(problem);
      await db.snippets.put(next);
      return ok(next);
    }),
  );
  return result.ok ? result.value : result;
}

/** Deletes a snippet and hands it back, so the UI can offer "Undo" via restoreSnippet. */
export async function deleteSnippet(db: BackstoryDB, id: string): Promise<Result<Snippet>> {
  const result = await withReopen(db, () =>
    db.transaction('rw', db.snippets, async () => {
      const stored = await db.snippets.get(id);
      if (stored) await db.snippets.delete(id);
      return stored;
    }),
  );
  if (!result.ok) return result;
  return result.value ? ok(result.value) : fail('That snippet no longer exists.');
}

/** Puts a deleted snippet back exactly as it was (the undo of deleteSnippet). */
export function restoreSnippet(db: BackstoryDB, snippet: Snippet): Promise<Result<string>> {
  return withReopen(db, () => db.snippets.put(snippet));
}

/** Every snippet, newest first, with the people and claims they refer to: what an export needs. */
export function snippetsForExport(db: BackstoryDB) {
  return withReopen(db, async () => {
    const [snippets, people, claims] = await Promise.all([
      db.snippets.orderBy('savedAt').reverse().toArray(),
      db.people.toArray(),
      db.claims.toArray(),
    ]);
    return {
      snippets: intactRows<Snippet>('snippets', snippets).rows,
      people: new Map(intactRows<StoredPerson>('people', people).rows.map((p) => [p.id, p])),
      claims: new Map(intactRows<StoredClaim>('claims', claims).rows.map((c) => [c.id, c])),
    };
  });
}

/** Display names for the person and claim ids a page report counts (unknown ids are left out). */
export function labelsFor(db: BackstoryDB, personIds: string[], claimIds: string[]) {
  return withReopen(db, async () => {
    const [people, claims] = await Promise.all([db.people.bulkGet(personIds), db.claims.bulkGet(claimIds)]);
    return {
      people: new Map(people.flatMap((p) => (p ? [[p.id, p.name] as const] : []))),
      claims: new Map(claims.flatMap((c) => (c ? [[c.id, c.text] as const] : []))),
    };
  });
}
