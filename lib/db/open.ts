/** Opening the database and turning storage failures into sentences a reader can act on. */
import { fail, ok, type Result } from '../types';
import { BackstoryDB } from './schema';

export const QUOTA_MESSAGE =
  'Your browser is out of storage space for Backstory. Nothing was changed; free some space or export and remove old snippets.';
export const NO_INDEXEDDB_MESSAGE =
  'Backstory cannot store anything in this window: the browser does not allow local storage (IndexedDB) here. ' +
  'Firefox turns it off in private windows and when set to "Never remember history". Use a normal window or let Firefox remember history.';
export const CLOSED_MESSAGE = 'The browser closed Backstory’s storage. Please try again.';
export const VERSION_MESSAGE = 'Your saved Backstory data is newer than this copy of Backstory. Update the extension to use it.';

type Named = { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown };

// Dexie wraps the browser's DOMException (as `inner`, e.g. an AbortError caused by a full disk).
function errorChain(e: unknown): Named[] {
  const chain: Named[] = [];
  let current: unknown = e;
  while (current !== null && typeof current === 'object' && chain.length < 5) {
    const named = current as Named;
    chain.push(named);
    current = named.inner ?? named.cause;
  }
  return chain;
}

const hasName = (e: unknown, ...names: string[]): boolean =>
  errorChain(e).some((link) => typeof link.name === 'string' && names.includes(link.name));

/** True when the failure is the database having been closed under us (MV3 worker sleep, version change). */
export const isClosedError = (e: unknown): boolean => hasName(e, 'DatabaseClosedError');

/** One reader-facing sentence for any storage failure; never exposes a stack. */
export function describeDbError(e: unknown): string {
  if (hasName(e, 'QuotaExceededError')) return QUOTA_MESSAGE;
  if (hasName(e, 'MissingAPIError', 'InvalidStateError', 'SecurityError')) return NO_INDEXEDDB_MESSAGE;
  if (hasName(e, 'VersionError')) return VERSION_MESSAGE;
  if (isClosedError(e)) return CLOSED_MESSAGE;
  const first = errorChain(e)[0];
  const detail = typeof first?.message === 'string' && first.message !== '' ? first.message : String(e);
  return `Backstory could not read or write its storage: ${detail}`;
}

/** Opens (or re-opens) the database, reporting failure as a reader-facing Result instead of throwing. */
export async function openDatabase(db: BackstoryDB = new BackstoryDB()): Promise<Result<BackstoryDB>> {
  if (typeof globalThis.indexedDB === 'undefined' && !hasInjectedIndexedDB(db)) return fail(NO_INDEXEDDB_MESSAGE);
  try {
    if (!db.isOpen()) await db.open();
    return ok(db);
  } catch (e) {
    return fail(describeDbError(e));
  }
}

// Tests inject fake-indexeddb through Dexie options; there is no global indexedDB in Node then.
const hasInjectedIndexedDB = (db: BackstoryDB): boolean => db._options.indexedDB !== undefined;

/**
 * Runs a db operation as a Result; if the browser closed the database meanwhile, reopens once and retries.
 * Every public db function goes through this so callers never see a thrown Dexie error.
 */
export async function withReopen<T>(db: BackstoryDB, run: () => Promise<T>): Promise<Result<T>> {
  try {
    return ok(await run());
  } catch (e) {
    if (!isClosedError(e)) return fail(describeDbError(e));
  }
  try {
    if (!db.isOpen()) await db.open();
    return ok(await run());
  } catch (e) {
    return fail(describeDbError(e));
  }
}

/** Asks the browser not to evict Backstory's data under storage pressure; false where unsupported. */
export async function requestPersistence(): Promise<boolean> {
  const storage = (globalThis as { navigator?: { storage?: { persist?: () => Promise<boolean> } } }).navigator?.storage;
  if (typeof storage?.persist !== 'function') return false;
  try {
    return await storage.persist();
  } catch {
    return false;
  }
}
