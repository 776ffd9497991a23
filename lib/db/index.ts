/** Public face of the knowledge base: the only module that imports Dexie. */
export { BackstoryDB, type EditMark, type MetaEntry, type StoredClaim, type StoredPerson, type StoredSource, type StoredStatement } from './schema';
export { describeDbError, openDatabase, requestPersistence, withReopen } from './open';
export { clearAll, describeImport, importPack, importPackText, removePack, type ImportSummary, type InstalledPack, type RemoveSummary } from './import';
export { exportAll, exportBackup, exportClaim, exportPerson } from './export';
export * from './queries';
export * from './edit';
export { buildSearchIndex } from './search-sync';
export { currentLibraryRevision, matchingSources } from './library-revision';
export { builtInPackState, ensureBuiltInPack, removeBuiltInPack, restoreBuiltInPack } from './builtin-pack';
export * from './cards';
export * from './library';
export * from './sightings';
export * from './candidates';
