/**
 * The library's recurrence actions: candidate claims made into claims or dismissed, the sites
 * never logged, and clearing the history. Each refreshes what it changed.
 */
import { clearDiscovery, clearSightings, dismissCandidate, promoteCandidate } from '@/lib/db';
import { routeHash } from '@/lib/router';
import { setSightingsExcludedSites } from '@/lib/settings';
import type { LibraryState } from './state';

/** The recurrence actions, bound to the library state. */
export function createRecurrenceActions(state: LibraryState) {
  const { db } = state;
  const setExcluded = async (sites: readonly string[]) => {
    await setSightingsExcludedSites(sites);
    await state.refreshSettings();
    await state.refreshRecurrenceViews();
  };
  return {
    /** Makes a candidate the reader's claim (optionally reworded) and opens its page; resolves to an error sentence or null. */
    async promote(key: string, text?: string): Promise<string | null> {
      const created = await promoteCandidate(db, key, text);
      await state.refreshCandidates();
      if (!created.ok) return created.error;
      location.hash = routeHash({ page: 'claim', id: created.value.id });
      return null;
    },
    async dismiss(key: string) {
      const dismissed = await dismissCandidate(db, key);
      if (!dismissed.ok) state.message.value = { ok: false, text: dismissed.error };
      await state.refreshCandidates();
    },
    excludeSite: (site: string) => setExcluded([...state.excludedSites.value, site]),
    includeSite: (site: string) => setExcluded(state.excludedSites.value.filter((s) => s !== site)),
    async clearHistory() {
      const [sightings, discovery] = await Promise.all([clearSightings(db), clearDiscovery(db)]);
      const failed = [sightings, discovery].find((r) => !r.ok);
      state.message.value = failed && !failed.ok
        ? { ok: false, text: failed.error }
        : { ok: true, text: 'Cleared the history of where people and claims were seen, and the candidate claims found so far.' };
      await state.refreshRecurrenceViews();
    },
  };
}

export type RecurrenceActions = ReturnType<typeof createRecurrenceActions>;
