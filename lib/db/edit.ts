/**
 * The reader's own people, claims, statements and source notes: create, edit, delete.
 * Input is checked by the pack validator, so anything the reader writes exports as a valid pack.
 * Editing a pack record marks it (editedAt) so pack updates and pack removal leave it alone.
 */
import type { Table } from 'dexie';
import { fail, ok, type Claim, type Origin, type Person, type Result, type Source, type Statement } from '../types';
import type { Pack, PackClaim, PackPerson, PackSource, PackStatement } from '../pack/format';
import { formatIssue, validatePack } from '../pack/validate';
import { withReopen } from './open';
import * as records from './records';
import type { BackstoryDB, EditMark, StoredClaim, StoredPerson, StoredSource, StoredStatement } from './schema';

type ListName = 'people' | 'claims' | 'statements' | 'sources';
type Bookkeeping = 'id' | 'origin' | 'extra' | 'updatedAt';

/** What the reader fills in for a person (lists optional). */
export type PersonFields = Omit<Person, Bookkeeping | 'aliases'> & { aliases?: string[] };
/** What the reader fills in for a claim. */
export type ClaimFields = Omit<Claim, Bookkeeping | 'variants'> & { variants?: string[] };
/** What the reader fills in for a statement. */
export type StatementFields = Omit<Statement, Bookkeeping | 'claimIds'> & { claimIds?: string[] };
/** What the reader fills in for a source note (domain included: it is the key). */
export type SourceFields = Omit<Source, Exclude<Bookkeeping, 'id'> | 'tags'> & { tags?: string[] };

interface Kind<S extends EditMark & { origin: Origin }, P> {
  list: ListName;
  table: (db: BackstoryDB) => Table<S, string>;
  fromPack: (p: P, origin: Origin, now: number) => S;
  toPack: (s: S) => P;
}

const PERSON: Kind<StoredPerson, PackPerson> = { list: 'people', table: (db) => db.people, fromPack: records.personFromPack, toPack: records.personToPack };
const CLAIM: Kind<StoredClaim, PackClaim> = { list: 'claims', table: (db) => db.claims, fromPack: records.claimFromPack, toPack: records.claimToPack };
const SOURCE: Kind<StoredSource, PackSource> = { list: 'sources', table: (db) => db.sources, fromPack: records.sourceFromPack, toPack: records.sourceToPack };
const STATEMENT: Kind<StoredStatement, PackStatement> = {
  list: 'statements',
  table: (db) => db.statements,
  fromPack: (p, origin, now) => records.statementFromPack(p, p.id ?? crypto.randomUUID(), origin, now),
  toPack: records.statementToPack,
};

const USER: Origin = { kind: 'user' };
const writeTables = (db: BackstoryDB) => [db.people, db.claims, db.statements, db.sources, db.snippets];

// Runs inside a transaction: statements may refer to any stored person or claim.
async function check<P>(db: BackstoryDB, list: ListName, record: P): Promise<Result<P>> {
  const known = {
    personIds: new Set(await db.people.toCollection().primaryKeys()),
    claimIds: new Set(await db.claims.toCollection().primaryKeys()),
  };
  const validation = validatePack({ format: 'backstory-pack', version: 1, [list]: [record] }, known);
  if (!validation.ok) return fail(validation.issues.map(formatIssue).join('\n'));
  const cleaned = (validation.pack as Pack)[list]?.[0];
  return cleaned === undefined ? fail('Nothing to save.') : ok(cleaned as P);
}

const flatten = <T>(r: Result<Result<T>>): Result<T> => (r.ok ? r.value : r);

async function create<S extends EditMark & { origin: Origin }, P>(db: BackstoryDB, kind: Kind<S, P>, input: P): Promise<Result<S>> {
  return flatten(
    await withReopen(db, () =>
      db.transaction('rw', writeTables(db), async (): Promise<Result<S>> => {
        const checked = await check(db, kind.list, input);
        if (!checked.ok) return checked;
        const record = kind.fromPack(checked.value, USER, Date.now());
        await kind.table(db).add(record);
        return ok(record);
      }),
    ),
  );
}

async function update<S extends EditMark & { origin: Origin }, P>(db: BackstoryDB, kind: Kind<S, P>, key: string, changes: NoInfer<Partial<P>>): Promise<Result<S>> {
  return flatten(
    await withReopen(db, () =>
      db.transaction('rw', writeTables(db), async (): Promise<Result<S>> => {
        const stored = await kind.table(db).get(key);
        if (!stored) return fail('That record no longer exists.');
        const checked = await check(db, kind.list, { ...kind.toPack(stored), ...changes });
        if (!checked.ok) return checked;
        const now = Date.now();
        const next = kind.fromPack(checked.value, stored.origin, now);
        if (stored.origin.kind === 'pack') next.editedAt = now;
        await kind.table(db).put(next);
        return ok(next);
      }),
    ),
  );
}

/** A person the reader adds by hand; the id is generated. */
export const createPerson = (db: BackstoryDB, input: PersonFields) => create(db, PERSON, { ...input, id: `user-${crypto.randomUUID()}` });
/** A claim the reader adds by hand; the id is generated. */
export const createClaim = (db: BackstoryDB, input: ClaimFields) => create(db, CLAIM, { ...input, id: `user-${crypto.randomUUID()}` });
/** A statement the reader records; personId and claimIds must name stored records. */
export const createStatement = (db: BackstoryDB, input: StatementFields) => create(db, STATEMENT, { ...input, id: `user-${crypto.randomUUID()}` });
/** The reader's note on a site, keyed by domain. */
export const createSource = (db: BackstoryDB, input: SourceFields) => create(db, SOURCE, input);

export const updatePerson = (db: BackstoryDB, id: string, changes: Partial<PersonFields>) => update(db, PERSON, id, changes);
export const updateClaim = (db: BackstoryDB, id: string, changes: Partial<ClaimFields>) => update(db, CLAIM, id, changes);
export const updateStatement = (db: BackstoryDB, id: string, changes: Partial<StatementFields>) => update(db, STATEMENT, id, changes);
export const updateSource = (db: BackstoryDB, domain: string, changes: Partial<Omit<SourceFields, 'domain'>>) => update(db, SOURCE, domain, changes);

/** Deletes a person with what they said; snippets filed under them stay, unfiled. */
export function deletePerson(db: BackstoryDB, id: string): Promise<Result<void>> {
  return withReopen(db, () =>
    db.transaction('rw', writeTables(db), async () => {
      await db.people.delete(id);
      await db.statements.where('personId').equals(id).delete();
      await db.snippets.where('personId').equals(id).modify((s) => void delete s.personId);
    }),
  );
}

/** Deletes a claim and unfiles every statement and snippet from it; they stay. */
export function deleteClaim(db: BackstoryDB, id: string): Promise<Result<void>> {
  const unfile = (r: { claimIds: string[] }) => void (r.claimIds = r.claimIds.filter((c) => c !== id));
  return withReopen(db, () =>
    db.transaction('rw', writeTables(db), async () => {
      await db.claims.delete(id);
      await db.statements.where('claimIds').equals(id).modify(unfile);
      await db.snippets.where('claimIds').equals(id).modify(unfile);
    }),
  );
}

export const deleteStatement = (db: BackstoryDB, id: string): Promise<Result<void>> => withReopen(db, () => db.statements.delete(id));
export const deleteSource = (db: BackstoryDB, domain: string): Promise<Result<void>> => withReopen(db, () => db.sources.delete(domain));
