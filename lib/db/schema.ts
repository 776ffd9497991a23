/** The one Dexie database class: tables, versions (via migrations/) and the change feed. */
import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { Claim, Person, Sighting, Snippet, Source, Statement } from '../types';
import { applyMigrations } from './migrations';
import { changeFeed, type ChangeListener } from './change-feed';

/**
 * Set when the reader edits a record that came from a pack, so a later pack update
 * leaves the reader's wording alone and removing the pack keeps the record.
 */
export interface EditMark {
  editedAt?: number;
}

export type StoredPerson = Person & EditMark;
export type StoredClaim = Claim & EditMark;
export type StoredStatement = Statement & EditMark;
export type StoredSource = Source & EditMark;

/** Small key/value settings and bookkeeping, e.g. `pack:<id>` → installed pack info. */
export interface MetaEntry {
  key: string;
  value: unknown;
}

/** The meta key of the stamp that moves whenever what the page scanner matches against changes. */
export const LIBRARY_REVISION_KEY = 'library-revision';
const MATCHED_TABLES: ReadonlySet<string> = new Set(['people', 'claims', 'snippets']);

/** Tables whose writes are reported to change listeners (the searchable ones). */
const WATCHED_TABLES: ReadonlySet<string> = new Set(['people', 'claims', 'statements', 'snippets']);

/** Backstory's local knowledge base; pass fake-indexeddb through `options` in tests. */
export class BackstoryDB extends Dexie {
  declare people: Table<StoredPerson, string>;
  declare claims: Table<StoredClaim, string>;
  declare statements: Table<StoredStatement, string>;
  declare snippets: Table<Snippet, string>;
  declare sources: Table<StoredSource, string>;
  declare sightings: Table<Sighting, number>;
  declare meta: Table<MetaEntry, string>;

  private readonly changeListeners = new Set<ChangeListener>();

  constructor(name = 'backstory', options?: DexieOptions) {
    super(name, options);
    applyMigrations(this);
    this.use(changeFeed(this.changeListeners, WATCHED_TABLES));
    // Whichever context writes (library, popup, card, background) moves the stamp, so the
    // background knows its compiled dictionaries are stale. A fresh value per write: two
    // contexts writing at once still each move it.
    this.onCommitted((changes) => {
      if (!changes.some((c) => MATCHED_TABLES.has(c.table))) return;
      void this.meta.put({ key: LIBRARY_REVISION_KEY, value: Date.now() + Math.random() }).catch(() => {});
    });
  }

  /** Calls `listener` after each committed write to a searchable table; returns the unsubscribe. */
  onCommitted(listener: ChangeListener): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }
}
