/** The library page's and popup's reads and undoable deletes (re-exported from lib/db). */
export * from './library-catalog';
export * from './library-facets';
export * from './library-query';
export * from './library-undo';
export * from './library-views';
export * from './library-popup';
export * from './library-words';
