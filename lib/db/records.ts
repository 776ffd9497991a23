/** Conversions between pack records (wire format) and stored records; pure, so export can invert import exactly. */
import type { Extra, Origin } from '../types';
import type { PackClaim, PackPerson, PackSource, PackStatement } from '../pack/format';
import type { StoredClaim, StoredPerson, StoredSource, StoredStatement } from './schema';

const PERSON_FIELDS = ['id', 'name', 'aliases', 'role', 'organization', 'country', 'summary'] as const;
const CLAIM_FIELDS = ['id', 'text', 'variants', 'summary', 'verdict'] as const;
const STATEMENT_FIELDS = ['id', 'personId', 'text', 'date', 'sourceUrl', 'sourceName', 'claimIds'] as const;
const SOURCE_FIELDS = ['domain', 'name', 'note', 'tags'] as const;

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

/** A pack person as stored; `aliases` defaults to empty. */
export function personFromPack(p: PackPerson, origin: Origin, now: number): StoredPerson {
  const known = pick<StoredPerson>(p, PERSON_FIELDS);
  return withExtra({ ...known, id: p.id, name: p.name, aliases: p.aliases ?? [], origin, updatedAt: now }, extraOf(p, PERSON_FIELDS));
}

/** A pack claim as stored; `variants` defaults to empty. */
export function claimFromPack(c: PackClaim, origin: Origin, now: number): StoredClaim {
  const known = pick<StoredClaim>(c, CLAIM_FIELDS);
  return withExtra({ ...known, id: c.id, text: c.text, variants: c.variants ?? [], origin, updatedAt: now }, extraOf(c, CLAIM_FIELDS));
}

/** A pack statement as stored under `id` (its own, or one derived by `statementId`). */
export function statementFromPack(s: PackStatement, id: string, origin: Origin, now: number): StoredStatement {
  const known = pick<StoredStatement>(s, STATEMENT_FIELDS);
  return withExtra({ ...known, id, text: s.text, claimIds: s.claimIds ?? [], origin, updatedAt: now }, extraOf(s, STATEMENT_FIELDS));
}

/** A pack source as stored; `tags` defaults to empty. */
export function sourceFromPack(s: PackSource, origin: Origin, now: number): StoredSource {
  const known = pick<StoredSource>(s, SOURCE_FIELDS);
  return withExtra({ ...known, domain: s.domain, tags: s.tags ?? [], origin, updatedAt: now }, extraOf(s, SOURCE_FIELDS));
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
