/**
 * A stamp that changes whenever what the page scanner matches against changes
 * (people, claims, or snippets filed under claims), in whichever context wrote it,
 * so the background knows when its compiled dictionaries are stale.
 */
import type { BackstoryDB } from './schema';
import type { TableChange } from './change-feed';
import { withReopen } from './open';

const KEY = 'library-revision';
const MATCHED_TABLES = new Set(['people', 'claims', 'snippets']);

/** The current stamp; 0 on a database that has never been written. */
export async function libraryRevision(db: BackstoryDB): Promise<number> {
  const entry = await db.meta.get(KEY);
  return typeof entry?.value === 'number' ? entry.value : 0;
}

/** The stamp as a Result, for callers outside lib/db. */
export const currentLibraryRevision = (db: BackstoryDB) => withReopen(db, () => libraryRevision(db));

/** Keeps the stamp moving: registered once per database object. */
export function trackLibraryRevision(db: BackstoryDB): () => void {
  return db.onCommitted((changes: TableChange[]) => {
    if (!changes.some((c) => MATCHED_TABLES.has(c.table))) return;
    // A fresh stamp per write: two contexts writing at once still each move it.
    void db.meta.put({ key: KEY, value: Date.now() + Math.random() }).catch(() => {});
  });
}

/** What the page scanner is compiled from: every person and claim, and the snippets filed under claims. */
export function matchingSources(db: BackstoryDB) {
  return withReopen(db, async () => {
    const [revision, people, claims, filed] = await Promise.all([
      libraryRevision(db),
      db.people.toArray(),
      db.claims.toArray(),
      db.snippets.filter((s) => s.claimIds.length > 0).toArray(),
    ]);
    return { revision, people, claims, filed };
  });
}
