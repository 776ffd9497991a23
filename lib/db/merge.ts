/** How an imported record meets the stored one with the same id; pure. */
import type { Extra, Origin } from '../types';

type Mergeable = { origin: Origin; editedAt?: number; extra?: Extra; updatedAt: number };

/** The reader owns a record they created, or a pack record they edited; imports must not overwrite their words. */
export const readerOwns = (r: { origin: Origin; editedAt?: number }): boolean =>
  r.origin.kind === 'user' || r.editedAt !== undefined;

const union = (a: unknown, b: unknown): unknown[] => [
  ...new Set([...(Array.isArray(a) ? a : []), ...(Array.isArray(b) ? b : [])]),
];

/**
 * A pack-owned record is replaced by the incoming one. A reader-owned record keeps every
 * field it has, gains the fields it lacks, unions its lists, and keeps its origin.
 */
export function mergeRecord<T extends Mergeable>(stored: T | undefined, incoming: T, listFields: readonly (keyof T)[]): T {
  if (stored === undefined || !readerOwns(stored)) return incoming;
  const merged: T = { ...incoming };
  for (const [key, value] of Object.entries(stored) as [keyof T, T[keyof T]][]) {
    if (value !== undefined) merged[key] = value;
  }
  for (const field of listFields) merged[field] = union(stored[field], incoming[field]) as T[keyof T];
  const extra = { ...incoming.extra, ...stored.extra };
  if (Object.keys(extra).length > 0) merged.extra = extra;
  merged.updatedAt = incoming.updatedAt;
  return merged;
}
