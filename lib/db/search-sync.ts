/** Builds the in-memory search index from the database and keeps it in step with committed writes. */
import type { Claim, Person, Snippet, Statement } from '../types';
import { SearchIndex, claimDoc, personDoc, snippetDoc, statementDoc, type SearchDoc, type SearchKind } from '../search';
import type { TableChange } from './change-feed';
import type { BackstoryDB } from './schema';
import { intactRows } from './intact';
import type { CatalogTable } from './library-catalog';

type Indexed = Person | Claim | Statement | Snippet;

const TABLE_KIND: Record<string, { kind: SearchKind; doc: (r: never) => SearchDoc }> = {
  people: { kind: 'person', doc: personDoc },
  claims: { kind: 'claim', doc: claimDoc },
  statements: { kind: 'statement', doc: statementDoc },
  snippets: { kind: 'snippet', doc: snippetDoc },
};

async function loadTable(db: BackstoryDB, table: string): Promise<SearchDoc[]> {
  const entry = TABLE_KIND[table];
  if (!entry) return [];
  const { rows } = intactRows<Indexed>(table as CatalogTable, await db.table(table).toArray());
  return rows.map((r) => entry.doc(r as never));
}

/**
 * Reads every searchable record into a fresh index and subscribes it to later writes.
 * Call `stop()` when the index is no longer needed.
 */
export async function buildSearchIndex(db: BackstoryDB): Promise<{ index: SearchIndex; stop: () => void }> {
  const index = new SearchIndex();
  // Subscribe first so writes committed while loading are not lost (upsert makes replays harmless).
  const stop = db.onCommitted((changes) => void applyChanges(db, index, changes));
  for (const table of Object.keys(TABLE_KIND)) index.upsertAll(await loadTable(db, table));
  return { index, stop };
}

/** Applies one committed transaction's changes; a cleared table is reloaded whole. */
export async function applyChanges(db: BackstoryDB, index: SearchIndex, changes: readonly TableChange[]): Promise<void> {
  for (const change of changes) {
    const entry = TABLE_KIND[change.table];
    if (!entry) continue;
    if (change.cleared) {
      index.clear(entry.kind);
      index.upsertAll(await loadTable(db, change.table));
      continue;
    }
    for (const key of change.deleted) index.remove(entry.kind, String(key));
    for (const record of change.put) index.upsert(entry.doc(record as never));
  }
}
