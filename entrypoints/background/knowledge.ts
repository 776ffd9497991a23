/**
 * The background's view of the knowledge base: opens it, installs the built-in
 * pack, and keeps the compiled name dictionary and claim index for content scripts
 * (content scripts cannot open the extension's IndexedDB themselves).
 */
import {
  BackstoryDB,
  currentLibraryRevision,
  ensureBuiltInPack,
  matchingSources,
  openDatabase,
  requestPersistence,
} from '@/lib/db';
import { compileLibrary, type CompiledLibrary } from '@/lib/matching/library';
import { ok, type Result } from '@/lib/types';

export function createKnowledge(db = new BackstoryDB()) {
  let compiled: CompiledLibrary | null = null;
  let compiling: Promise<Result<CompiledLibrary>> | null = null;

  async function compile(): Promise<Result<CompiledLibrary>> {
    const sources = await matchingSources(db);
    if (!sources.ok) return sources;
    const { revision, people, claims, filed } = sources.value;
    compiled = compileLibrary(revision, people, claims, filed);
    return ok(compiled);
  }

  return {
    db,

    /** Opens storage and installs or updates the built-in pack unless the reader removed it. */
    async ready(): Promise<Result<null>> {
      const opened = await openDatabase(db);
      if (!opened.ok) return opened;
      void requestPersistence();
      const pack = await ensureBuiltInPack(db);
      return pack.ok ? ok(null) : pack;
    },

    /** The compiled dictionaries, rebuilt only when the library changed since the last call. */
    async library(): Promise<Result<CompiledLibrary>> {
      const revision = await currentLibraryRevision(db);
      if (!revision.ok) return revision;
      if (compiled?.revision === revision.value) return ok(compiled);
      compiling ??= compile().finally(() => (compiling = null));
      return compiling;
    },
  };
}

export type Knowledge = ReturnType<typeof createKnowledge>;
