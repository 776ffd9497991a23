/** Writing stored context back out as a pack: all of it (a backup adds the reader's snippets), or one person or claim with what hangs on it. */
import type { Pack, PackSnippet } from '../pack/format';
import { dateProblem, urlProblem } from '../pack/validate-fields';
import { fail, ok, type Result, type Snippet } from '../types';
import { withReopen } from './open';
import { intactRows } from './intact';
import { backupRecord, claimToPack, personToPack, snippetToPack, sourceToPack, statementToPack } from './records';
import type { BackstoryDB, StoredClaim, StoredPerson, StoredSource, StoredStatement } from './schema';

const byKey = <T>(key: (r: T) => string) => (a: T, b: T): number => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

interface Selection {
  title: string;
  people: StoredPerson[];
  claims: StoredClaim[];
  statements: StoredStatement[];
  sources?: StoredSource[];
  /** A backup: each record says where it came from and whether the reader edited it. */
  backup?: boolean;
}

// Sorted by id so the same data always gives the same file (export → import → export is identical).
function toPack(s: Selection): Pack {
  const as = <T extends { origin: StoredPerson['origin']; editedAt?: number }, P extends object>(toPackRecord: (r: T) => P) =>
    (r: T): P => (s.backup ? backupRecord(toPackRecord(r), r) : toPackRecord(r));
  const pack: Pack = {
    format: 'backstory-pack',
    version: 1,
    title: s.title,
    people: [...s.people].sort(byKey((p) => p.id)).map(as(personToPack)),
    claims: [...s.claims].sort(byKey((c) => c.id)).map(as(claimToPack)),
    statements: [...s.statements].sort(byKey((st) => st.id)).map(as(statementToPack)),
  };
  if (s.sources) pack.sources = [...s.sources].sort(byKey((src) => src.domain)).map(as(sourceToPack));
  return pack;
}

// Damaged records (see intact.ts) stay in storage and out of the file, which must import.
async function everything(db: BackstoryDB, title: string, backup = false): Promise<Pack> {
  return toPack({
    title,
    backup,
    people: intactRows<StoredPerson>('people', await db.people.toArray()).rows,
    claims: intactRows<StoredClaim>('claims', await db.claims.toArray()).rows,
    statements: intactRows<StoredStatement>('statements', await db.statements.toArray()).rows,
    sources: intactRows<StoredSource>('sources', await db.sources.toArray()).rows,
  });
}

/** Everything except the reader's snippets, as one pack to share. */
export function exportAll(db: BackstoryDB): Promise<Result<Pack>> {
  return withReopen(db, () =>
    db.transaction('r', [db.people, db.claims, db.statements, db.sources], () => everything(db, 'Backstory export')),
  );
}

/**
 * A backup must always restore, so what the importer would refuse in an older stored snippet is
 * left out: an impossible published date, an odd canonical address (the page's own stands in),
 * and links to people or claims that are not in the file (damaged, so left out of it).
 */
function restorable(s: PackSnippet, people: ReadonlySet<string>, claims: ReadonlySet<string>): PackSnippet {
  const out = { ...s };
  if (out.publishedDate && dateProblem(out.publishedDate)) delete out.publishedDate;
  if (out.canonicalUrl && urlProblem(out.canonicalUrl)) delete out.canonicalUrl;
  if (out.personId && !people.has(out.personId)) delete out.personId;
  const claimIds = out.claimIds?.filter((id) => claims.has(id));
  if (claimIds?.length) out.claimIds = claimIds;
  else delete out.claimIds;
  return out;
}

/** Everything, the reader's snippets included: a pack that restores the whole library. */
export function exportBackup(db: BackstoryDB): Promise<Result<Pack>> {
  return withReopen(db, () =>
    db.transaction('r', [db.people, db.claims, db.statements, db.sources, db.snippets], async () => {
      const pack = await everything(db, 'Backstory backup', true);
      const people = new Set(pack.people?.map((p) => p.id));
      const claims = new Set(pack.claims?.map((c) => c.id));
      // toArray reads in primary key order, so snippets come sorted by id, like toPack's lists.
      const snippets = intactRows<Snippet>('snippets', await db.snippets.toArray()).rows;
      return { ...pack, snippets: snippets.map((s) => restorable(snippetToPack(s), people, claims)) };
    }),
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
