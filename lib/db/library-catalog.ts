/**
 * The library page's in-memory copy of every record, kept in step with committed writes,
 * so filtering, sorting and the person, claim and source pages answer without a round trip.
 */
import type { Result, Snippet } from '../types';
import type { TableChange } from './change-feed';
import { withReopen } from './open';
import { intactRows } from './intact';
import type { BackstoryDB, StoredClaim, StoredPerson, StoredSource, StoredStatement } from './schema';

/** Every record by key. Treat as immutable: a change makes a new Catalog with new maps for changed tables. */
export interface Catalog {
  people: ReadonlyMap<string, StoredPerson>;
  claims: ReadonlyMap<string, StoredClaim>;
  statements: ReadonlyMap<string, StoredStatement>;
  snippets: ReadonlyMap<string, Snippet>;
  sources: ReadonlyMap<string, StoredSource>;
  /** Stored records too damaged to show (skipped, never deleted). */
  damaged?: number;
}

export type CatalogTable = Exclude<keyof Catalog, 'damaged'>;
const TABLES: readonly CatalogTable[] = ['people', 'claims', 'statements', 'snippets', 'sources'];

const keyed = <T extends { id: string } | { domain: string }>(rows: T[]): Map<string, T> =>
  new Map(rows.map((r) => ['id' in r ? r.id : r.domain, r]));

async function readTable(db: BackstoryDB, table: CatalogTable) {
  const { rows, damaged } = intactRows<{ id: string } | { domain: string }>(table, await db.table(table).toArray());
  return { map: keyed(rows), damaged };
}

/** An empty catalog, for tests and first render. */
export const emptyCatalog = (): Catalog => ({ people: new Map(), claims: new Map(), statements: new Map(), snippets: new Map(), sources: new Map() });

/** Reads every table once (the library page's start-up cost). */
export function loadCatalog(db: BackstoryDB): Promise<Result<Catalog>> {
  return withReopen(db, () =>
    db.transaction('r', TABLES.map((t) => db.table(t)), async () => {
      const read = await Promise.all(TABLES.map((t) => readTable(db, t)));
      const [people, claims, statements, snippets, sources] = read.map((r) => r.map);
      const damaged = read.reduce((sum, r) => sum + r.damaged, 0);
      return { people, claims, statements, snippets, sources, damaged } as unknown as Catalog;
    }),
  );
}

/** Re-reads some tables, e.g. `sources`, whose writes the change feed does not report. */
export function reloadTables(db: BackstoryDB, catalog: Catalog, tables: readonly CatalogTable[]): Promise<Result<Catalog>> {
  return withReopen(db, async () => {
    const next: Record<string, unknown> = { ...catalog };
    for (const table of tables) next[table] = (await readTable(db, table)).map;
    return next as unknown as Catalog;
  });
}

const isCatalogTable = (name: string): name is CatalogTable => (TABLES as readonly string[]).includes(name);

/**
 * The catalog after one committed transaction, and the tables that must be re-read
 * because they were cleared (which keys went is unknown then). Unchanged tables keep their maps.
 */
export function applyCatalogChanges(catalog: Catalog, changes: readonly TableChange[]): { catalog: Catalog; reload: CatalogTable[] } {
  const next: Record<CatalogTable, Map<string, unknown>> = { ...catalog } as never;
  const reload: CatalogTable[] = [];
  for (const change of changes) {
    if (!isCatalogTable(change.table)) continue;
    if (change.cleared) {
      reload.push(change.table);
      continue;
    }
    const map = new Map(next[change.table]);
    for (const key of change.deleted) map.delete(String(key));
    for (const record of change.put as ({ id: string } | { domain: string })[]) map.set('id' in record ? record.id : record.domain, record);
    next[change.table] = map;
  }
  return { catalog: next as unknown as Catalog, reload };
}

/** Keeps a catalog current: `onChange` gets each new catalog. Returns the unsubscribe. */
export function followCatalog(db: BackstoryDB, current: () => Catalog, onChange: (next: Catalog) => void): () => void {
  return db.onCommitted((changes) => {
    const { catalog, reload } = applyCatalogChanges(current(), changes);
    onChange(catalog);
    if (reload.length > 0) {
      void reloadTables(db, catalog, reload).then((r) => r.ok && onChange(r.value));
    }
  });
}

/**
 * What changed between two catalogs, as change-feed entries: records added or with a new
 * `updatedAt`, and keys gone. Used to catch up with writes made by other tabs and the popup.
 */
export function diffCatalogs(before: Catalog, after: Catalog): TableChange[] {
  const changes: TableChange[] = [];
  for (const table of TABLES) {
    const old = before[table] as ReadonlyMap<string, { updatedAt: number }>;
    const now = after[table] as ReadonlyMap<string, { updatedAt: number }>;
    const put = [...now].filter(([key, r]) => old.get(key)?.updatedAt !== r.updatedAt).map(([, r]) => r);
    const deleted = [...old.keys()].filter((key) => !now.has(key));
    if (put.length > 0 || deleted.length > 0) changes.push({ table, put, deleted, cleared: false });
  }
  return changes;
}
