/**
 * Reading the stamp that changes whenever what the page scanner matches against changes
 * (people, claims, or snippets filed under claims); BackstoryDB moves it on every such write.
 */
import { LIBRARY_REVISION_KEY, type BackstoryDB, type StoredClaim, type StoredPerson } from './schema';
import { intactRows } from './intact';
import type { Snippet } from '../types';
import { withReopen } from './open';


/** The current stamp; 0 on a database that has never been written. */
export async function libraryRevision(db: BackstoryDB): Promise<number> {
  const entry = await db.meta.get(LIBRARY_REVISION_KEY);
  return typeof entry?.value === 'number' ? entry.value : 0;
}

/** The stamp as a Result, for callers outside lib/db. */
export const currentLibraryRevision = (db: BackstoryDB) => withReopen(db, () => libraryRevision(db));

/** What the page scanner is compiled from: every person and claim, and the snippets filed under claims. */
export function matchingSources(db: BackstoryDB) {
  return withReopen(db, async () => {
    const [revision, people, claims, snippets] = await Promise.all([
      libraryRevision(db),
      db.people.toArray(),
      db.claims.toArray(),
      db.snippets.toArray(),
    ]);
    // A damaged record must not stop every page from being scanned: skip it, keep it stored.
    return {
      revision,
      people: intactRows<StoredPerson>('people', people).rows,
      claims: intactRows<StoredClaim>('claims', claims).rows,
      filed: intactRows<Snippet>('snippets', snippets).rows.filter((s) => s.claimIds.length > 0),
    };
  });
}
