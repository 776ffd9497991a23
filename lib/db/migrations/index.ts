/**
 * Every stored layout, oldest first. Versions are only ever appended: a new version
 * is a new file (v2.ts, ...) with its own upgrade step and a test that opens v(N-1) data.
 */
import type { Dexie, Transaction } from 'dexie';
import { v1 } from './v1';
import { v2 } from './v2';

/** One schema version: Dexie store specs plus an optional upgrade of existing rows. */
export interface Migration {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const MIGRATIONS: readonly Migration[] = [v1, v2];

/** Declares every version on a Dexie instance; called once from the schema class constructor. */
export function applyMigrations(db: Dexie, migrations: readonly Migration[] = MIGRATIONS): void {
  for (const m of migrations) {
    const version = db.version(m.version).stores(m.stores);
    if (m.upgrade) version.upgrade(m.upgrade);
  }
}
