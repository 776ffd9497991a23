/** Public face of the search module. */
export { SearchIndex, type SearchHit, type SearchOptions } from './search-index';
export { claimDoc, personDoc, snippetDoc, statementDoc, SEARCH_KINDS, type SearchDoc, type SearchKind } from './documents';
export { foldText } from './fold';
