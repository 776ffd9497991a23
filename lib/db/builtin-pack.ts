/**
 * The pack Backstory ships with: installed on first run, updated when a new
 * release carries a newer revision, and never brought back once the reader removed it.
 */
import { DEFAULT_PACK, DEFAULT_PACK_ID, DEFAULT_PACK_REVISION } from '../pack/default-pack';
import { ok, type Result } from '../types';
import { importPack, removePack, type RemoveSummary } from './import';
import { withReopen } from './open';
import { installedPack } from './queries';
import type { BackstoryDB } from './schema';

const REMOVED_KEY = 'builtin-pack-removed';

/** Whether the built-in pack is installed, and whether the reader removed it. */
export async function builtInPackState(db: BackstoryDB): Promise<Result<{ installed: boolean; removed: boolean }>> {
  const installed = await installedPack(db, DEFAULT_PACK_ID);
  if (!installed.ok) return installed;
  const removed = await withReopen(db, () => db.meta.get(REMOVED_KEY));
  if (!removed.ok) return removed;
  return ok({ installed: installed.value !== undefined, removed: removed.value?.value === true });
}

/** Installs or updates the built-in pack unless the reader removed it; cheap when it is current. */
export async function ensureBuiltInPack(db: BackstoryDB): Promise<Result<'current' | 'installed' | 'removed'>> {
  const state = await builtInPackState(db);
  if (!state.ok) return state;
  if (state.value.removed) return ok('removed');
  const installed = await installedPack(db, DEFAULT_PACK_ID);
  if (!installed.ok) return installed;
  if ((installed.value?.revision ?? 0) >= DEFAULT_PACK_REVISION) return ok('current');
  const imported = await importPack(db, DEFAULT_PACK, { kind: 'pack', packId: DEFAULT_PACK_ID }, { revision: DEFAULT_PACK_REVISION });
  return imported.ok ? ok('installed') : imported;
}

/** Removes the built-in pack (keeping what the reader edited or uses) and remembers not to reinstall it. */
export async function removeBuiltInPack(db: BackstoryDB): Promise<Result<RemoveSummary>> {
  const removed = await removePack(db, DEFAULT_PACK_ID);
  if (!removed.ok) return removed;
  const remembered = await withReopen(db, () => db.meta.put({ key: REMOVED_KEY, value: true }));
  return remembered.ok ? removed : remembered;
}

/** Brings the built-in pack back after the reader removed it. */
export async function restoreBuiltInPack(db: BackstoryDB): Promise<Result<'current' | 'installed' | 'removed'>> {
  const forgotten = await withReopen(db, () => db.meta.delete(REMOVED_KEY));
  return forgotten.ok ? ensureBuiltInPack(db) : forgotten;
}
