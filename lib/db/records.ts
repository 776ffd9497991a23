/** Conversions between pack records (wire format) and stored records; pure, so export can invert import exactly. */
import type { Extra, Origin, Snippet } from '../types';
import type { PackClaim, PackPerson, PackSnippet, PackSource, PackStatement } from '../pack/format';
import type { StoredClaim, StoredPerson, StoredSource, StoredStatement } from './schema';
import { hostOf } from './library-facets';

const PERSON_FIELDS = ['id', 'name', 'aliases', 'role', 'organization', 'country', 'summary'] as const;
const CLAIM_FIELDS = ['id', 'text', 'variants', 'summary', 'verdict'] as const;
const STATEMENT_FIELDS = ['id', 'personId', 'text', 'date', 'sourceUrl', 'sourceName', 'claimIds'] as const;
const SOURCE_FIELDS = ['domain', 'name', 'note', 'tags'] as const;
/** Written into backups only (see backupRecord), read back by every import. */
const PROVENANCE_FIELDS = ['backstoryOrigin', 'backstoryEditedAt'] as const;
const SNIPPET_FIELDS = [
  'id', 'text', 'url', 'canonicalUrl', 'title', 'site', 'publishedDate', 'savedAt', 'updatedAt',
  'anchor', 'personId', 'claimIds', 'note', 'tags',
] as const;

// Fields a pack record carries that Backstory does not know; kept so export is lossless.
function extraOf(record: Record<string, unknown>, known: readonly string[]): Extra | undefined {
  const extra: Extra = {};
  for (const [key, value] of Object.entries(record)) if (!known.includes(key)) extra[key] = value;
  return Object.keys(extra).length > 0 ? extra : undefined;
}

// Copies the known fields that are present, so stored and exported records carry no `undefined` keys.
function pick<T>(record: Record<string, unknown>, fields: readonly string[]): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const f of fields) if (record[f] !== undefined) out[f] = record[f];
  return out as Partial<T>;
}

const withExtra = <T extends object>(record: T, extra: Extra | undefined): T => (extra ? { ...record, extra } : record);

/**
 * The origin and edit mark a record is stored with: the importer's origin, unless the record
 * comes from a backup that says it was the reader's own or another pack's, and whether the reader had edited it.
 */
function provenance(record: Record<string, unknown>, origin: Origin): { origin: Origin; editedAt?: number } {
  const tag = record.backstoryOrigin;
  const edited = record.backstoryEditedAt;
  const kept: Origin = tag === 'user' ? { kind: 'user' } : typeof tag === 'string' && tag.startsWith('pack:') ? { kind: 'pack', packId: tag.slice(5) } : origin;
  return typeof edited === 'number' ? { origin: kept, editedAt: edited } : { origin: kept };
}

// What is not an unknown field of each kind of record: its own fields and the provenance ones.
const PERSON_KNOWN = [...PERSON_FIELDS, ...PROVENANCE_FIELDS];
const CLAIM_KNOWN = [...CLAIM_FIELDS, ...PROVENANCE_FIELDS];
const STATEMENT_KNOWN = [...STATEMENT_FIELDS, ...PROVENANCE_FIELDS];
const SOURCE_KNOWN = [...SOURCE_FIELDS, ...PROVENANCE_FIELDS];

/** A pack record with its origin and edit mark written in, for a backup. */
export function backupRecord<T extends object>(packRecord: T, stored: { origin: Origin; editedAt?: number }): T {
  const backstoryOrigin = stored.origin.kind === 'user' ? 'user' : `pack:${stored.origin.packId}`;
  return { ...packRecord, backstoryOrigin, ...(stored.editedAt !== undefined && { backstoryEditedAt: stored.editedAt }) };
}

/** A pack person as stored; `aliases` defaults to empty. */
export function personFromPack(p: PackPerson, origin: Origin, now: number): StoredPerson {
  const known = pick<StoredPerson>(p, PERSON_FIELDS);
  return withExtra({ ...known, id: p.id, name: p.name, aliases: p.aliases ?? [], ...provenance(p, origin), updatedAt: now }, extraOf(p, PERSON_KNOWN));
}

/** A pack claim as stored; `variants` defaults to empty. */
export function claimFromPack(c: PackClaim, origin: Origin, now: number): StoredClaim {
  const known = pick<StoredClaim>(c, CLAIM_FIELDS);
  return withExtra({ ...known, id: c.id, text: c.text, variants: c.variants ?? [], ...provenance(c, origin), updatedAt: now }, extraOf(c, CLAIM_KNOWN));
}

/** A pack statement as stored under `id` (its own, or one derived by `statementId`). */
export function statementFromPack(s: PackStatement, id: string, origin: Origin, now: number): StoredStatement {
  const known = pick<StoredStatement>(s, STATEMENT_FIELDS);
  return withExtra({ ...known, id, text: s.text, claimIds: s.claimIds ?? [], ...provenance(s, origin), updatedAt: now }, extraOf(s, STATEMENT_KNOWN));
}

/** A pack source as stored; `tags` defaults to empty. */
export function sourceFromPack(s: PackSource, origin: Origin, now: number): StoredSource {
  const known = pick<StoredSource>(s, SOURCE_FIELDS);
  return withExtra({ ...known, domain: s.domain, tags: s.tags ?? [], ...provenance(s, origin), updatedAt: now }, extraOf(s, SOURCE_KNOWN));
}

/**
 * A backed-up snippet as stored, with what the file left out filled in as a save from the
 * page would have it. No origin and no unknown fields: a snippet is the reader's own record.
 */
export function snippetFromPack(s: PackSnippet, now: number): Snippet {
  return {
    ...pick<Snippet>(s, SNIPPET_FIELDS),
    id: s.id,
    text: s.text,
    url: s.url,
    canonicalUrl: s.canonicalUrl ?? s.url,
    title: s.title ?? '',
    site: s.site ?? hostOf(s.url),
    savedAt: s.savedAt ?? now,
    updatedAt: s.updatedAt ?? now,
    anchor: s.anchor ?? { exact: s.text, prefix: '', suffix: '', start: 0, end: s.text.length },
    claimIds: s.claimIds ?? [],
    note: s.note ?? '',
    tags: s.tags ?? [],
  };
}

/**
 * A stable id for a statement that came without one, so importing the same pack twice
 * updates rather than duplicates it. SHA-256 of person, text and date.
 */
export async function statementId(s: Pick<PackStatement, 'personId' | 'text' | 'date'>): Promise<string> {
  const data = new TextEncoder().encode([s.personId ?? '', s.text, s.date ?? ''].join('\u0000'));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
  return `st-${[...digest.slice(0, 12)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

// The pack form of a stored record: unknown fields back at top level, empty lists left out.
function toPack(record: Record<string, unknown>, fields: readonly string[], extra: Extra | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = { ...extra };
  for (const f of fields) {
    const value = record[f];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    out[f] = value;
  }
  return out;
}

/** Inverse of personFromPack. */
export const personToPack = (p: StoredPerson): PackPerson => toPack({ ...p }, PERSON_FIELDS, p.extra) as PackPerson;
/** Inverse of claimFromPack. */
export const claimToPack = (c: StoredClaim): PackClaim => toPack({ ...c }, CLAIM_FIELDS, c.extra) as PackClaim;
/** Inverse of statementFromPack (the id is always written, derived or not). */
export const statementToPack = (s: StoredStatement): PackStatement =>
  toPack({ ...s }, STATEMENT_FIELDS, s.extra) as PackStatement;
/** Inverse of sourceFromPack. */
export const sourceToPack = (s: StoredSource): PackSource => toPack({ ...s }, SOURCE_FIELDS, s.extra) as PackSource;
/**
 * Inverse of snippetFromPack. The note is written trimmed, as the importer stores it (the save
 * form stores it as typed), so export → import → export gives the same file; `?.` because
 * intactRows lets a snippet without a note through.
 */
export const snippetToPack = (s: Snippet): PackSnippet =>
  toPack({ ...s, note: s.note?.trim() || undefined }, SNIPPET_FIELDS, undefined) as PackSnippet;
