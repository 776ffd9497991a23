/**
 * A Dexie middleware that reports committed writes, so in-memory views (the search index)
 * follow every write in this context whoever makes it, and never see a write that rolled back.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTransaction, Middleware } from 'dexie';

/** What one committed transaction did to one table. */
export interface TableChange {
  table: string;
  /** Records written (added, replaced or updated), as stored. */
  put: unknown[];
  /** Primary keys deleted one by one. */
  deleted: unknown[];
  /** A range delete (e.g. table.clear()) happened: which keys went is unknown, so rebuild. */
  cleared: boolean;
}

export type ChangeListener = (changes: TableChange[]) => void;

type Pending = Map<string, TableChange>;

function record(pending: Pending, table: string, req: DBCoreMutateRequest): void {
  let change = pending.get(table);
  if (!change) {
    change = { table, put: [], deleted: [], cleared: false };
    pending.set(table, change);
  }
  if (req.type === 'add' || req.type === 'put') change.put.push(...req.values);
  else if (req.type === 'delete') change.deleted.push(...req.keys);
  else change.cleared = true;
}

const hasEvents = (t: DBCoreTransaction): t is DBCoreTransaction & EventTarget =>
  typeof (t as Partial<EventTarget>).addEventListener === 'function';

/** Builds the middleware; `listeners` is read at commit time, so adding one later works. */
export function changeFeed(listeners: ReadonlySet<ChangeListener>, tables: ReadonlySet<string>): Middleware<DBCore> {
  const pendingByTrans = new WeakMap<DBCoreTransaction, Pending>();
  const emit = (pending: Pending): void => {
    const changes = [...pending.values()];
    for (const listener of listeners) listener(changes);
  };
  return {
    stack: 'dbcore',
    name: 'backstory-change-feed',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (!tables.has(name)) return table;
        return {
          ...table,
          mutate: async (req) => {
            const res = await table.mutate(req);
            const trans = req.trans;
            if (!hasEvents(trans)) {
              const single: Pending = new Map();
              record(single, name, req);
              emit(single);
              return res;
            }
            let pending = pendingByTrans.get(trans);
            if (!pending) {
              const created: Pending = new Map();
              pending = created;
              pendingByTrans.set(trans, created);
              trans.addEventListener('complete', () => emit(created));
            }
            record(pending, name, req);
            return res;
          },
        };
      },
    }),
  };
}
