/**
 * The library page's state: the route, an in-memory catalog of every record kept in step
 * with writes, the full-text index, settings, and the last delete (for Undo).
 */
import { computed, signal } from '@preact/signals';
import {
  BackstoryDB,
  buildSearchIndex,
  builtInPackState,
  candidateClaims,
  diffCatalogs,
  ensureBuiltInPack,
  filterChoices,
  followCatalog,
  loadCatalog,
  openDatabase,
  queryLibrary,
  recurrenceOf,
  reloadTables,
  type CandidateClaim,
  type Catalog,
  type CatalogTable,
  type Counts,
  type LibraryItem,
  type Recurrence,
  type Removal,
} from '@/lib/db';
import { applyChanges } from '@/lib/db/search-sync';
import type { SearchIndex } from '@/lib/search';
import { parseRoute, type Route } from '@/lib/router';
import {
  DEFAULT_HIGHLIGHT_COLOURS,
  highlightColours,
  offSites,
  sightingsExcludedSites,
  sightingsLogging,
  watchOffSites,
  watchReaderSettings,
  type HighlightColours,
} from '@/lib/settings';

// Enough for the Candidates page; the nav badge says "100+" beyond.
export const CANDIDATES_SHOWN = 100;

/** Signals for everything the library shows. */
export function createLibraryState(db = new BackstoryDB()) {
  const route = signal<Route>(parseRoute(location.hash));
  const catalog = signal<Catalog | null>(null);
  const index = signal<SearchIndex | null>(null);
  const fatal = signal<string | null>(null);
  const message = signal<{ ok: boolean; text: string } | null>(null);
  const removal = signal<Removal | null>(null);
  const builtIn = signal<{ installed: boolean; removed: boolean } | null>(null);
  /** Where the shown person or claim was seen; null while it loads or on other pages. */
  const recurrence = signal<Recurrence | null>(null);
  /** Open candidate claims; null until first read. */
  const candidates = signal<CandidateClaim[] | null>(null);
  const excludedSites = signal<string[]>([]);
  const colours = signal<HighlightColours>({ ...DEFAULT_HIGHLIGHT_COLOURS });
  const off = signal<string[]>([]);
  const logSightings = signal(true);

  const search = computed(() => {
    const r = route.value;
    const c = catalog.value;
    if (r.page !== 'search' || !c) return null;
    const started = performance.now();
    const items: LibraryItem[] = queryLibrary(c, index.value, r.filters);
    return { items, tookMs: performance.now() - started };
  });
  const choices = computed(() => (catalog.value ? filterChoices(catalog.value) : { sites: [], tags: [] }));
  const counts = computed((): Counts | null => {
    const c = catalog.value;
    return c && { people: c.people.size, claims: c.claims.size, statements: c.statements.size, snippets: c.snippets.size, sources: c.sources.size };
  });

  async function refreshRecurrence() {
    const r = route.value;
    recurrence.value = null;
    if (r.page !== 'person' && r.page !== 'claim') return;
    const found = await recurrenceOf(db, r.page, r.id, excludedSites.value);
    // The reader may have moved on while this was read.
    const now = route.value;
    if (found.ok && now.page === r.page && now.id === r.id) recurrence.value = found.value;
  }

  async function refreshCandidates() {
    const found = await candidateClaims(db, { limit: CANDIDATES_SHOWN, excludedSites: excludedSites.value });
    if (found.ok) candidates.value = found.value;
    else message.value = { ok: false, text: found.error };
  }

  async function refreshSettings() {
    [colours.value, off.value, logSightings.value, excludedSites.value] = await Promise.all([
      highlightColours(),
      offSites(),
      sightingsLogging(),
      sightingsExcludedSites(),
    ]);
  }

  /** Re-reads what the sightings log feeds (after the excluded sites change or history is cleared). */
  const refreshRecurrenceViews = () => Promise.all([refreshRecurrence(), refreshCandidates()]);

  /** Re-reads tables whose writes are not in the change feed (sources), or everything after another tab wrote. */
  async function reload(tables?: readonly CatalogTable[]) {
    const current = catalog.value;
    const next = current && tables ? await reloadTables(db, current, tables) : await loadCatalog(db);
    if (next.ok) {
      if (current && index.value) await applyChanges(db, index.value, diffCatalogs(current, next.value));
      catalog.value = next.value;
    }
    const state = await builtInPackState(db);
    if (state.ok) builtIn.value = state.value;
  }

  async function start() {
    const opened = await openDatabase(db);
    if (!opened.ok) return void (fatal.value = opened.error);
    // Edits made here must reach the page scanner, which recompiles when this stamp moves.
    // On first run the background may still be installing the built-in pack; the import is idempotent.
    await ensureBuiltInPack(db);
    const loaded = await loadCatalog(db);
    if (!loaded.ok) return void (fatal.value = loaded.error);
    catalog.value = loaded.value;
    followCatalog(db, () => catalog.value ?? loaded.value, (next) => (catalog.value = next));
    window.addEventListener('hashchange', () => {
      route.value = parseRoute(location.hash);
      message.value = null;
      void refreshRecurrence();
      // The background finds candidates while the reader browses: show the latest on arrival.
      if (route.value.page === 'candidates') void refreshCandidates();
    });
    // The popup and other tabs write through their own connections: catch up when the reader comes back.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState !== 'visible') return;
      void reload();
      void refreshRecurrenceViews();
    });
    watchOffSites(() => void refreshSettings());
    watchReaderSettings(() => void refreshSettings());
    await Promise.all([refreshSettings(), reload(['sources'])]);
    await refreshRecurrenceViews();
    const built = await buildSearchIndex(db);
    index.value = built.index;
  }

  return {
    db,
    route,
    catalog,
    index,
    fatal,
    message,
    removal,
    builtIn,
    recurrence,
    candidates,
    excludedSites,
    colours,
    off,
    logSightings,
    search,
    choices,
    counts,
    start,
    reload,
    refreshSettings,
    refreshCandidates,
    refreshRecurrenceViews,
  };
}

export type LibraryState = ReturnType<typeof createLibraryState>;
