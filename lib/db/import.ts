/** Bringing a context pack into the database (all or nothing), taking one out again, and the reset. */
import type { Table } from 'dexie';
import { fail, type Origin, type Result, type Snippet } from '../types';
import { plural } from '../format';
import type { Pack } from '../pack/format';
import { formatIssue, parsePackText, validatePack } from '../pack/validate';
import { mergeRecord, readerOwns } from './merge';
import { withReopen } from './open';
import { claimFromPack, personFromPack, snippetFromPack, sourceFromPack, statementFromPack, statementId } from './records';
import type { BackstoryDB, StoredClaim, StoredPerson, StoredSource, StoredStatement } from './schema';

export interface Tally {
  added: number;
  updated: number;
}

/** What an import did, per list, for the confirmation message. */
export interface ImportSummary {
  people: Tally;
  claims: Tally;
  statements: Tally;
  sources: Tally;
  /** Only when the pack carries a `snippets` list (a backup). */
  snippets?: Tally;
}

/** What the installed-pack bookkeeping in `meta` holds under `pack:<id>`. */
export interface InstalledPack {
  packId: string;
  title?: string;
  revision?: number;
  importedAt: number;
}

export const packMetaKey = (packId: string): string => `pack:${packId}`;

const MAX_ISSUES_SHOWN = 10;

async function toRecords(pack: Pack, origin: Origin, now: number) {
  const statements = await Promise.all(
    (pack.statements ?? []).map(async (s) => statementFromPack(s, s.id ?? (await statementId(s)), origin, now)),
  );
  return {
    people: (pack.people ?? []).map((p) => personFromPack(p, origin, now)),
    claims: (pack.claims ?? []).map((c) => claimFromPack(c, origin, now)),
    // Two id-less statements with the same person, text and date are one statement.
    statements: [...new Map(statements.map((s) => [s.id, s])).values()],
    sources: (pack.sources ?? []).map((s) => sourceFromPack(s, origin, now)),
    snippets: pack.snippets?.map((s) => snippetFromPack(s, now)),
  };
}

async function mergeInto<T extends StoredPerson | StoredClaim | StoredStatement | StoredSource>(
  table: Table<T, string>,
  incoming: T[],
  keyOf: (r: T) => string,
  listFields: readonly (keyof T)[],
): Promise<Tally> {
  const stored = await table.bulkGet(incoming.map(keyOf));
  await table.bulkPut(incoming.map((r, i) => mergeRecord(stored[i], r, listFields)));
  const updated = stored.filter((r) => r !== undefined).length;
  return { added: incoming.length - updated, updated };
}

/** Of two copies of a snippet the later edit wins, so restoring an old backup never undoes a newer edit. */
async function restoreSnippets(table: Table<Snippet, string>, incoming: Snippet[]): Promise<Tally> {
  const stored = await table.bulkGet(incoming.map((s) => s.id));
  const newer = incoming.filter((s, i) => stored[i] === undefined || s.updatedAt > stored[i].updatedAt);
  await table.bulkPut(newer);
  const added = stored.filter((s) => s === undefined).length;
  return { added, updated: newer.length - added };
}

function describeIssues(issues: Parameters<typeof formatIssue>[0][]): string {
  const shown = issues.slice(0, MAX_ISSUES_SHOWN).map(formatIssue);
  const more = issues.length > MAX_ISSUES_SHOWN ? [`…and ${issues.length - MAX_ISSUES_SHOWN} more.`] : [];
  return ['This pack cannot be imported; nothing was changed.', ...shown, ...more].join('\n');
}

/**
 * Validates `input` (statement and snippet references may point at people and claims already
 * stored) and writes it in one transaction: any failure, invalid record or full disk alike, changes nothing.
 */
export async function importPack(
  db: BackstoryDB,
  input: unknown,
  origin: Origin,
  options: { revision?: number } = {},
): Promise<Result<ImportSummary>> {
  const known = await withReopen(db, async () => ({
    personIds: new Set(await db.people.toCollection().primaryKeys()),
    claimIds: new Set(await db.claims.toCollection().primaryKeys()),
  }));
  if (!known.ok) return known;
  const validation = validatePack(input, known.value);
  if (!validation.ok) return fail(describeIssues(validation.issues));
  const { pack } = validation;
  const now = Date.now();
  const records = await toRecords(pack, origin, now);
  return withReopen(db, () =>
    db.transaction('rw', [db.people, db.claims, db.statements, db.sources, db.snippets, db.meta], async () => {
      const summary: ImportSummary = {
        people: await mergeInto(db.people, records.people, (r) => r.id, ['aliases']),
        claims: await mergeInto(db.claims, records.claims, (r) => r.id, ['variants']),
        statements: await mergeInto(db.statements, records.statements, (r) => r.id, ['claimIds']),
        sources: await mergeInto(db.sources, records.sources, (r) => r.domain, ['tags']),
      };
      if (records.snippets) summary.snippets = await restoreSnippets(db.snippets, records.snippets);
      if (origin.kind === 'pack') {
        const installed: InstalledPack = { packId: origin.packId, importedAt: now };
        if (pack.title !== undefined) installed.title = pack.title;
        if (options.revision !== undefined) installed.revision = options.revision;
        await db.meta.put({ key: packMetaKey(origin.packId), value: installed });
      }
      return summary;
    }),
  );
}

/** Imports a pack file's text: a file that is not JSON is refused with the line and column where it breaks. */
export async function importPackText(
  db: BackstoryDB,
  text: string,
  origin: Origin,
  options: { revision?: number } = {},
): Promise<Result<ImportSummary>> {
  let input: unknown;
  try {
    input = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    const parsed = parsePackText(text);
    return fail(describeIssues(parsed.ok ? [] : parsed.issues));
  }
  return importPack(db, input, origin, options);
}

/** "14 people, 6 claims, 4 statements imported; 2 updated" — the line shown after an import. */
export function describeImport(s: ImportSummary): string {
  const added = [
    s.people.added > 0 ? plural(s.people.added, 'person', 'people') : '',
    s.claims.added > 0 ? plural(s.claims.added, 'claim', 'claims') : '',
    s.statements.added > 0 ? plural(s.statements.added, 'statement', 'statements') : '',
    s.sources.added > 0 ? plural(s.sources.added, 'source', 'sources') : '',
    s.snippets && s.snippets.added > 0 ? plural(s.snippets.added, 'saved snippet') : '',
  ].filter((part) => part !== '');
  const updated = s.people.updated + s.claims.updated + s.statements.updated + s.sources.updated + (s.snippets?.updated ?? 0);
  const head = added.length > 0 ? `${added.join(', ')} imported` : 'Nothing new imported';
  return updated > 0 ? `${head}; ${updated} updated` : head;
}

/** What removing a pack did; `kept` counts pack records left because the reader edited or uses them. */
export interface RemoveSummary {
  removed: number;
  kept: number;
}

const fromPack = (packId: string) => (r: { origin: Origin }) => r.origin.kind === 'pack' && r.origin.packId === packId;

/**
 * Removes what a pack brought, except records the reader edited and people or claims that the
 * reader's snippets or remaining statements still refer to.
 */
export function removePack(db: BackstoryDB, packId: string): Promise<Result<RemoveSummary>> {
  const ofPack = fromPack(packId);
  return withReopen(db, () =>
    db.transaction('rw', [db.people, db.claims, db.statements, db.sources, db.snippets, db.meta], async () => {
      const statements = await db.statements.toArray();
      const dropStatements = statements.filter((s) => ofPack(s) && !readerOwns(s));
      const dropped = new Set(dropStatements.map((s) => s.id));
      const usedPeople = new Set<string>();
      const usedClaims = new Set<string>();
      const use = (r: { personId?: string; claimIds: string[] }): void => {
        if (r.personId !== undefined) usedPeople.add(r.personId);
        for (const c of r.claimIds) usedClaims.add(c);
      };
      statements.filter((s) => !dropped.has(s.id)).forEach(use);
      (await db.snippets.toArray()).forEach(use);

      const packPeople = (await db.people.toArray()).filter(ofPack);
      const packClaims = (await db.claims.toArray()).filter(ofPack);
      const packSources = (await db.sources.toArray()).filter(ofPack);
      const dropPeople = packPeople.filter((p) => !readerOwns(p) && !usedPeople.has(p.id)).map((p) => p.id);
      const dropClaims = packClaims.filter((c) => !readerOwns(c) && !usedClaims.has(c.id)).map((c) => c.id);
      const dropSources = packSources.filter((s) => !readerOwns(s)).map((s) => s.domain);

      await db.statements.bulkDelete([...dropped]);
      await db.people.bulkDelete(dropPeople);
      await db.claims.bulkDelete(dropClaims);
      await db.sources.bulkDelete(dropSources);
      await db.meta.delete(packMetaKey(packId));
      const removed = dropped.size + dropPeople.length + dropClaims.length + dropSources.length;
      const total = statements.filter(ofPack).length + packPeople.length + packClaims.length + packSources.length;
      return { removed, kept: total - removed };
    }),
  );
}

/** Deletes everything Backstory stored, the reader's snippets included (the "start over" button). */
export function clearAll(db: BackstoryDB): Promise<Result<void>> {
  return withReopen(db, () =>
    db.transaction('rw', db.tables, async () => {
      await Promise.all(db.tables.map((t) => t.clear()));
    }),
  );
}
