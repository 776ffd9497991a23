/**
 * Deleting with "Undo": each delete captures everything it removes or changes (a person's
 * statements, the snippets unfiled from a claim...) and the restore puts it all back in one transaction.
 */
import { fail, ok, type Result, type Snippet } from '../types';
import { plural } from '../format';
import { deleteClaim, deletePerson, deleteSource, deleteStatement } from './edit';
import { withReopen } from './open';
import { deleteSnippet, restoreSnippet } from './queries';
import type { BackstoryDB, StoredClaim, StoredPerson, StoredSource, StoredStatement } from './schema';

/** What a delete took away, enough to put it back exactly. */
export type Removal =
  | { kind: 'snippet'; snippet: Snippet }
  | { kind: 'statement'; statement: StoredStatement }
  | { kind: 'source'; source: StoredSource }
  | { kind: 'person'; person: StoredPerson; statements: StoredStatement[]; snippetIds: string[] }
  | { kind: 'claim'; claim: StoredClaim; statementIds: string[]; snippetIds: string[] };

export type RemovableKind = Removal['kind'];

const GONE = 'That record no longer exists.';
const tables = (db: BackstoryDB) => [db.people, db.claims, db.statements, db.sources, db.snippets];

// Runs a Result-returning delete inside the capturing transaction; a failure aborts both.
function must(r: Result<unknown>): void {
  if (!r.ok) throw new Error(r.error);
}

async function capture(db: BackstoryDB, kind: Exclude<RemovableKind, 'snippet'>, id: string): Promise<Removal | null> {
  switch (kind) {
    case 'person': {
      const person = await db.people.get(id);
      if (!person) return null;
      const statements = await db.statements.where('personId').equals(id).toArray();
      const snippetIds = await db.snippets.where('personId').equals(id).primaryKeys();
      must(await deletePerson(db, id));
      return { kind, person, statements, snippetIds };
    }
    case 'claim': {
      const claim = await db.claims.get(id);
      if (!claim) return null;
      const statementIds = await db.statements.where('claimIds').equals(id).primaryKeys();
      const snippetIds = await db.snippets.where('claimIds').equals(id).primaryKeys();
      must(await deleteClaim(db, id));
      return { kind, claim, statementIds, snippetIds };
    }
    case 'statement': {
      const statement = await db.statements.get(id);
      if (!statement) return null;
      must(await deleteStatement(db, id));
      return { kind, statement };
    }
    case 'source': {
      const source = await db.sources.get(id);
      if (!source) return null;
      must(await deleteSource(db, id));
      return { kind, source };
    }
  }
}

/** Deletes one record (by id, or domain for a source) and returns what to hand to restoreRemoval. */
export async function removeRecord(db: BackstoryDB, kind: RemovableKind, id: string): Promise<Result<Removal>> {
  if (kind === 'snippet') {
    const removed = await deleteSnippet(db, id);
    return removed.ok ? ok({ kind, snippet: removed.value }) : removed;
  }
  const result = await withReopen(db, () => db.transaction('rw', tables(db), () => capture(db, kind, id)));
  if (!result.ok) return result;
  return result.value ? ok(result.value) : fail(GONE);
}

/** Puts back what removeRecord took, refiling statements and snippets that were unfiled. */
export async function restoreRemoval(db: BackstoryDB, removal: Removal): Promise<Result<void>> {
  if (removal.kind === 'snippet') {
    const restored = await restoreSnippet(db, removal.snippet);
    return restored.ok ? ok(undefined) : restored;
  }
  return withReopen(db, () =>
    db.transaction('rw', tables(db), async () => {
      switch (removal.kind) {
        case 'statement':
          await db.statements.put(removal.statement);
          return;
        case 'source':
          await db.sources.put(removal.source);
          return;
        case 'person': {
          const { person } = removal;
          await db.people.put(person);
          await db.statements.bulkPut(removal.statements);
          // Only snippets still unfiled: one the reader has since given to someone else stays theirs.
          await db.snippets.where('id').anyOf(removal.snippetIds).modify((s) => {
            if (s.personId === undefined) s.personId = person.id;
          });
          return;
        }
        case 'claim': {
          const { claim } = removal;
          const refile = (r: { claimIds: string[] }) => {
            if (!r.claimIds.includes(claim.id)) r.claimIds = [...r.claimIds, claim.id];
          };
          await db.claims.put(claim);
          await db.statements.where('id').anyOf(removal.statementIds).modify(refile);
          await db.snippets.where('id').anyOf(removal.snippetIds).modify(refile);
          return;
        }
      }
    }),
  );
}

const quoted = (text: string) => `“${text.length > 60 ? `${text.slice(0, 59)}…` : text}”`;

/** "Deleted Zamir Kabulov and 12 prior statements." — the line next to the Undo button. */
export function describeRemoval(r: Removal): string {
  switch (r.kind) {
    case 'snippet':
      return `Deleted the snippet ${quoted(r.snippet.text)}.`;
    case 'statement':
      return `Deleted the statement ${quoted(r.statement.text)}.`;
    case 'source':
      return `Deleted the note on ${r.source.domain}.`;
    case 'person':
      return r.statements.length > 0
        ? `Deleted ${r.person.name} and ${plural(r.statements.length, 'prior statement')}.`
        : `Deleted ${r.person.name}.`;
    case 'claim':
      return `Deleted the claim ${quoted(r.claim.text)}.`;
  }
}
