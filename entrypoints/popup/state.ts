/**
 * The popup's state and reads. The first screen ("This page") reads only what it shows,
 * through indexes (the tab's report, labels, the site's note, the page's snippets); the
 * "Saved" tab reads one page of snippets when opened, and every snippet for search in idle time after it (or at the first keystroke).
 */
import { computed, signal } from '@preact/signals';
import { browser } from '#imports';
import { sendMessage, type PageReport } from '@/lib/messaging';
// Module by module rather than '@/lib/db': the popup then loads no pack validator data, default
// pack or search engine, which keeps its first screen fast (scripts/bench/popup.mjs).
import { BackstoryDB, type StoredSource } from '@/lib/db/schema';
import { claimCard, pageSnippets, personCard, type ClaimCardData, type PersonCardData } from '@/lib/db/cards';
import { labelsFor, snippetsPage, sourceByDomain } from '@/lib/db/queries';
import { createSource, updateSource } from '@/lib/db/edit';
import { loadSnippetHaystack, matchSnippets, type SnippetHaystack } from '@/lib/db/library-popup';
import { plainEditError } from '@/lib/db/library-words';
import { topClaimsSince } from '@/lib/db/sightings';
import { sightingsExcludedSites, siteOf } from '@/lib/settings';
import type { Snippet } from '@/lib/types';
import type { FoundItem } from '@/components/PageSummary';
import type { PopularClaim } from '@/components/SeenThisWeek';

const SAVED_PAGE = 20;
const WEEK_MS = 7 * 24 * 3600 * 1000;
const POPULAR_SHOWN = 5;

const byCount = (a: FoundItem, b: FoundItem) => b.count - a.count || a.label.localeCompare(b.label);

function found(counts: Record<string, number>, labels: ReadonlyMap<string, string>): FoundItem[] {
  return Object.entries(counts)
    .flatMap(([id, count]) => {
      const label = labels.get(id);
      return label === undefined ? [] : [{ id, label, count }];
    })
    .sort(byCount);
}

/** The tab the popup describes: the active tab, or `?tab=ID` when the popup is opened as a page. */
async function targetTabId(): Promise<number | undefined> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export type PopupTab = 'page' | 'saved';
export type OpenCard = { kind: 'person'; data: PersonCardData } | { kind: 'claim'; data: ClaimCardData };

/** Signals for everything the popup shows, and the actions that change them. */
export function createPopupState(db = new BackstoryDB()) {
  const error = signal<string | null>(null);
  const loading = signal(true);
  const tab = signal<PopupTab>('page');
  const report = signal<PageReport | null>(null);
  const labels = signal<{ people: ReadonlyMap<string, string>; claims: ReadonlyMap<string, string> }>({ people: new Map(), claims: new Map() });
  const source = signal<StoredSource | undefined>(undefined);
  const fromPage = signal<Snippet[]>([]);
  const selected = signal<{ kind: 'person' | 'claim'; id: string } | null>(null);
  const card = signal<OpenCard | null>(null);
  const saved = signal<{ items: Snippet[]; total: number } | null>(null);
  const query = signal('');
  const haystack = signal<SnippetHaystack | null>(null);
  const popular = signal<PopularClaim[]>([]);

  const site = computed(() => (report.value ? siteOf(report.value.url) : ''));
  const people = computed(() => (report.value ? found(report.value.people, labels.value.people) : []));
  const claims = computed(() => (report.value ? found(report.value.claims, labels.value.claims) : []));
  const searchResults = computed(() => (haystack.value && query.value.trim() !== '' ? matchSnippets(haystack.value, query.value, 100) : null));

  const fail = (message: string) => void (error.value = message);

  // Every snippet, read once for search (on the first keystroke, or in idle time on the Saved tab).
  let haystackLoad: Promise<void> | null = null;
  const loadHaystack = (): Promise<void> =>
    (haystackLoad ??= (async () => {
      const loaded = await loadSnippetHaystack(db);
      if (!loaded.ok) {
        haystackLoad = null;
        return fail(loaded.error);
      }
      haystack.value = loaded.value;
      labels.value = {
        people: new Map([...labels.value.people, ...loaded.value.people]),
        claims: new Map([...labels.value.claims, ...loaded.value.claims]),
      };
    })());

  async function addLabels(snippets: Snippet[], base: { people: string[]; claims: string[] } = { people: [], claims: [] }) {
    const personIds = new Set([...base.people, ...snippets.flatMap((s) => (s.personId ? [s.personId] : []))]);
    const claimIds = new Set([...base.claims, ...snippets.flatMap((s) => s.claimIds)]);
    const known = labels.value;
    const missing = { people: [...personIds].filter((id) => !known.people.has(id)), claims: [...claimIds].filter((id) => !known.claims.has(id)) };
    if (missing.people.length === 0 && missing.claims.length === 0) return;
    const fetched = await labelsFor(db, missing.people, missing.claims);
    if (!fetched.ok) return fail(fetched.error);
    labels.value = {
      people: new Map([...labels.value.people, ...fetched.value.people]),
      claims: new Map([...labels.value.claims, ...fetched.value.claims]),
    };
  }

  /** The first screen: the tab's report, then its labels, the site's note and the page's snippets at once. */
  async function loadPage() {
    const tabId = await targetTabId();
    if (tabId === undefined) return;
    const result = await sendMessage('getTabReport', tabId);
    if (!result.ok) return fail(result.error);
    report.value = result.value;
    if (!result.value) return;
    const { url, canonicalUrl } = result.value;
    const [snippets, note] = await Promise.all([pageSnippets(db, { url, canonicalUrl }), sourceByDomain(db, siteOf(url))]);
    if (!snippets.ok) return fail(snippets.error);
    if (note.ok) source.value = note.value;
    fromPage.value = snippets.value;
    await addLabels(snippets.value, { people: Object.keys(result.value.people), claims: Object.keys(result.value.claims) });
  }

  async function start() {
    try {
      await loadPage();
    } catch (e) {
      fail(`Backstory could not read this tab (${String(e)}). Try opening the popup again.`);
    } finally {
      loading.value = false;
    }
  }

  async function loadSaved(count = SAVED_PAGE) {
    const page = await snippetsPage(db, {}, { limit: count });
    if (!page.ok) return fail(page.error);
    await addLabels(page.value.items);
    saved.value = page.value;
  }

  return {
    error,
    loading,
    tab,
    report,
    labels,
    source,
    fromPage,
    selected,
    card,
    saved,
    query,
    haystack,
    site,
    people,
    claims,
    searchResults,
    popular,
    start,

    /** The week's most seen claims: read after the first screen is painted, so it never delays it. */
    async loadPopular(now = Date.now()) {
      const top = await topClaimsSince(db, now - WEEK_MS, POPULAR_SHOWN, await sightingsExcludedSites());
      if (!top.ok || top.value.length === 0) return;
      await addLabels([], { people: [], claims: top.value.map((t) => t.refId) });
      const names = labels.value.claims;
      popular.value = top.value.flatMap((t) => {
        const text = names.get(t.refId);
        return text === undefined ? [] : [{ id: t.refId, text, pages: t.pages, sites: t.sites }];
      });
    },

    async showTab(next: PopupTab) {
      tab.value = next;
      if (next !== 'saved') return;
      if (!saved.value) await loadSaved();
      // Most readers look before they type: read every snippet for search while they do.
      requestIdleCallback(() => void loadHaystack());
    },

    showMore: () => loadSaved((saved.value?.items.length ?? 0) + SAVED_PAGE),

    async search(text: string) {
      query.value = text;
      if (text.trim() !== '') await loadHaystack();
    },

    async select(kind: 'person' | 'claim', id: string | null) {
      selected.value = id === null ? null : { kind, id };
      card.value = null;
      if (id === null || !report.value) return;
      const page = { url: report.value.url, canonicalUrl: report.value.canonicalUrl, site: site.value, excludedSites: await sightingsExcludedSites() };
      const result = kind === 'person' ? await personCard(db, id, page) : await claimCard(db, id, page);
      if (!result.ok) return fail(result.error);
      if (selected.value?.id !== id || !result.value) return;
      card.value = kind === 'person' ? { kind, data: result.value as PersonCardData } : { kind, data: result.value as ClaimCardData };
    },

    /** Saves the site note; resolves to an error sentence or null. */
    async saveNote(note: string): Promise<string | null> {
      const domain = site.value;
      const existing = source.value;
      const result = existing ? await updateSource(db, existing.domain, { note }) : await createSource(db, { domain, note });
      if (!result.ok) return plainEditError(result.error);
      source.value = result.value;
      return null;
    },
  };
}

export type PopupState = ReturnType<typeof createPopupState>;
