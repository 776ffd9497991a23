/** Writing stored context back out as a pack: all of it, or one person or claim with what hangs on it. */
import type { Pack } from '../pack/format';
import { fail, ok, type Result } from '../types';
import { withReopen } from './open';
import { intactRows } from './intact';
import { claimToPack, personToPack, sourceToPack, statementToPack } from './records';
import type { BackstoryDB, StoredClaim, StoredPerson, StoredSource, StoredStatement } from './schema';

const byKey = <T>(key: (r: T) => string) => (a: T, b: T): number => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

interface Selection {
  title: string;
  people: StoredPerson[];
  claims: StoredClaim[];
  statements: StoredStatement[];
  sources?: StoredSource[];
}

// Sorted by id so the same data always gives the same file (export → import → export is identical).
function toPack(s: Selection): Pack {
  const pack: Pack = {
    format: 'backstory-pack',
    version: 1,
    title: s.title,
    people: [...s.people].sort(byKey((p) => p.id)).map(personToPack),
    claims: [...s.claims].sort(byKey((c) => c.id)).map(claimToPack),
    statements: [...s.statements].sort(byKey((st) => st.id)).map(statementToPack),
  };
  if (s.sources) pack.sources = [...s.sources].sort(byKey((src) => src.domain)).map(sourceToPack);
  return pack;
}

/** Everything except the reader's snippets (those leave as Markdown/CSV), as one pack. */
export function exportAll(db: BackstoryDB): Promise<Result<Pack>> {
  return withReopen(db, () =>
    db.transaction('r', [db.people, db.claims, db.statements, db.sources], async () =>
      toPack({
        title: 'Backstory export',
        // Damaged records (see intact.ts) stay in storage and out of the file, which must import.
        people: intactRows<StoredPerson>('people', await db.people.toArray()).rows,
        claims: intactRows<StoredClaim>('claims', await db.claims.toArray()).rows,
        statements: intactRows<StoredStatement>('statements', await db.statements.toArray()).rows,
        sources: intactRows<StoredSource>('sources', await db.sources.toArray()).rows,
      }),
    ),
  );
}

// Statements plus the people and claims they name, so the pack imports on its own.
async function closure(db: BackstoryDB, title: string, statements: StoredStatement[], people: string[], claims: string[]) {
  const personIds = new Set(people);
  const claimIds = new Set(claims);
  for (const s of statements) {
    if (s.personId !== undefined) personIds.add(s.personId);
    for (const c of s.claimIds) claimIds.add(c);
  }
  const found = <T>(rows: (T | undefined)[]): T[] => rows.filter((r): r is T => r !== undefined);
  return toPack({
    title,
    people: found(await db.people.bulkGet([...personIds])),
    claims: found(await db.claims.bulkGet([...claimIds])),
    statements,
  });
}

// Runs `load` in one read transaction; `undefined` means the requested record is not stored.
async function exportSome(db: BackstoryDB, missing: string, load: () => Promise<Pack | undefined>): Promise<Result<Pack>> {
  const result = await withReopen(db, () => db.transaction('r', [db.people, db.claims, db.statements], load));
  if (!result.ok) return result;
  return result.value ? ok(result.value) : fail(missing);
}

/** One person, their statements, and the claims (and other people) those statements refer to. */
export function exportPerson(db: BackstoryDB, personId: string): Promise<Result<Pack>> {
  return exportSome(db, `No person with id "${personId}" is stored.`, async () => {
    const person = await db.people.get(personId);
    if (!person) return undefined;
    const statements = await db.statements.where('personId').equals(personId).toArray();
    return closure(db, person.name, statements, [personId], []);
  });
}

/** One claim, the statements that make it, and the people who made them. */
export function exportClaim(db: BackstoryDB, claimId: string): Promise<Result<Pack>> {
  return exportSome(db, `No claim with id "${claimId}" is stored.`, async () => {
    const claim = await db.claims.get(claimId);
    if (!claim) return undefined;
    const statements = await db.statements.where('claimIds').equals(claimId).toArray();
    return closure(db, claim.text, statements, [], [claimId]);
  });
}
