/** Reads for the hover cards: one call gathers everything a person or claim card shows about a page. */
import { fail, ok, type Result, type Sighting, type Snippet, type TextAnchor } from '../types';
import type { CardView, SnippetDraft } from '../messaging';
import { sightingTime, summarise, type SightingStats, type SiteTallies } from '../recurrence/totals';
import { articleKey } from '../recurrence/url';
import { withReopen } from './open';
import { sourceByDomain } from './queries';
import type { ArticleRow, SightingTotalsRow } from './sightings';
import type { BackstoryDB, StoredClaim, StoredPerson, StoredSource, StoredStatement } from './schema';

/** The page a card is shown on. */
export interface PageRef {
  url: string;
  canonicalUrl: string;
  /** Host name without "www.", as lib/settings' siteOf gives it. */
  site: string;
}

/** The page a card is shown on, and the sites the reader excluded from the sightings log. */
export interface CardPlace extends PageRef {
  excludedSites?: readonly string[];
}

export interface PersonCardData {
  person: StoredPerson;
  /** The latest statements, newest first. */
  statements: StoredStatement[];
  /** How many more statements there are beyond `statements`. */
  moreStatements: number;
  /** Snippets saved from this page. */
  pageSnippets: Snippet[];
  /** Where they were seen on other pages than this one. */
  seen: SightingStats;
  /** The reader's (or a pack's) note on the site being read. */
  source?: StoredSource;
}

export interface ClaimCardData {
  claim: StoredClaim;
  statements: StoredStatement[];
  snippets: Snippet[];
  /** Names of the people the statements are from. */
  speakers: Record<string, string>;
  /** Where it was seen on other pages than this one. */
  seen: SightingStats;
}

/** A saved snippet's place on its page: all the content script needs to mark it again. */
export interface SnippetAnchor {
  id: string;
  anchor: TextAnchor;
}

const LATEST_STATEMENTS = 3;

const newestFirst = (a: StoredStatement, b: StoredStatement) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id);

// This page's sighting of the ref, under the page's article key or the article it is a known copy of.
async function ownSighting(db: BackstoryDB, kind: Sighting['kind'], refId: string, page: PageRef): Promise<Sighting | undefined> {
  const key = articleKey({ url: page.url, ...(page.canonicalUrl && { canonicalUrl: page.canonicalUrl }) });
  const find = (article: string) => db.sightings.where('[kind+refId+canonicalUrl]').equals([kind, refId, article]).first();
  const [own, known] = await Promise.all([find(key), db.table<ArticleRow, string>('articles').get(key)]);
  return own ?? (known?.alias ? find(known.alias) : undefined);
}

// Takes one page out of its site's tally. Its site's first or last date may then be another page's,
// which only the sightings know: read them in that (less common) case, so the dates stay exact.
async function withoutPage(db: BackstoryDB, tallies: SiteTallies, own: Sighting): Promise<SiteTallies> {
  const { [own.site]: tally, ...rest } = tallies;
  if (!tally || tally.n <= 1) return rest;
  const at = sightingTime(own);
  if (at !== tally.first && at !== tally.last) return { ...rest, [own.site]: { ...tally, n: tally.n - 1 } };
  const siblings = await db.sightings.where('[kind+refId]').equals([own.kind, own.refId]).filter((s) => s.site === own.site && s.id !== own.id).toArray();
  const times = siblings.map(sightingTime);
  return siblings.length === 0 ? rest : { ...rest, [own.site]: { n: siblings.length, first: Math.min(...times), last: Math.max(...times) } };
}

/**
 * Where a person or claim was seen other than on this page: the ref's running totals (one keyed
 * read) less this page's own sighting, if it was logged. Excluded sites are left out.
 */
export async function seenElsewhere(db: BackstoryDB, kind: Sighting['kind'], refId: string, page: CardPlace): Promise<SightingStats> {
  const totals = db.table<SightingTotalsRow, [string, string]>('sightingTotals');
  const [row, own] = await Promise.all([totals.get([kind, refId]), ownSighting(db, kind, refId, page)]);
  const tallies = row && own ? await withoutPage(db, row.sites, own) : row?.sites;
  return summarise(tallies, page.excludedSites);
}

/** Snippets saved from a page, found by its address or its canonical URL. */
async function snippetsOfPage(db: BackstoryDB, page: Pick<PageRef, 'url' | 'canonicalUrl'>): Promise<Snippet[]> {
  const [byUrl, byCanonical] = await Promise.all([
    db.snippets.where('url').equals(page.url).toArray(),
    page.canonicalUrl ? db.snippets.where('canonicalUrl').equals(page.canonicalUrl).toArray() : [],
  ]);
  const unique = new Map([...byUrl, ...byCanonical].map((s) => [s.id, s]));
  return [...unique.values()].sort((a, b) => a.anchor.start - b.anchor.start);
}

/** Everything a person card shows; null when the person no longer exists. */
export function personCard(db: BackstoryDB, personId: string, page: CardPlace): Promise<Result<PersonCardData | null>> {
  return withReopen(db, async () => {
    const person = await db.people.get(personId);
    if (!person) return null;
    const [said, snippets, seen, source] = await Promise.all([
      db.statements.where('personId').equals(personId).toArray(),
      snippetsOfPage(db, page),
      seenElsewhere(db, 'person', personId, page),
      sourceByDomain(db, page.site),
    ]);
    said.sort(newestFirst);
    return {
      person,
      statements: said.slice(0, LATEST_STATEMENTS),
      moreStatements: Math.max(0, said.length - LATEST_STATEMENTS),
      pageSnippets: snippets.filter((s) => s.personId === personId),
      seen,
      ...(source.ok && source.value && { source: source.value }),
    };
  });
}

/** Everything a claim card shows; null when the claim no longer exists. */
export function claimCard(db: BackstoryDB, claimId: string, page: CardPlace): Promise<Result<ClaimCardData | null>> {
  return withReopen(db, async () => {
    const claim = await db.claims.get(claimId);
    if (!claim) return null;
    const [statements, snippets, seen] = await Promise.all([
      db.statements.where('claimIds').equals(claimId).toArray(),
      db.snippets.where('claimIds').equals(claimId).toArray(),
      seenElsewhere(db, 'claim', claimId, page),
    ]);
    const speakerIds = [...new Set(statements.flatMap((s) => (s.personId ? [s.personId] : [])))];
    const speakers = Object.fromEntries((await db.people.bulkGet(speakerIds)).flatMap((p) => (p ? [[p.id, p.name]] : [])));
    return { claim, statements: statements.sort(newestFirst), snippets: snippets.sort((a, b) => b.savedAt - a.savedAt), speakers, seen };
  });
}

/** Snippets saved from a page, whole: for the "On this page" list and the text-changed flags. */
export function pageSnippets(db: BackstoryDB, page: Pick<PageRef, 'url' | 'canonicalUrl'>): Promise<Result<Snippet[]>> {
  return withReopen(db, () => snippetsOfPage(db, page));
}

/** Only the anchors of a page's snippets: the quote, its context and position, which the page itself holds. */
export async function pageSnippetAnchors(db: BackstoryDB, page: Pick<PageRef, 'url' | 'canonicalUrl'>): Promise<Result<SnippetAnchor[]>> {
  const snippets = await pageSnippets(db, page);
  return snippets.ok ? { ok: true, value: snippets.value.map(({ id, anchor }) => ({ id, anchor })) } : snippets;
}

/** People by id, for the "Which one?" choice and the "On this page" list. */
export function peopleById(db: BackstoryDB, ids: readonly string[]): Promise<Result<StoredPerson[]>> {
  return withReopen(db, async () => (await db.people.bulkGet([...ids])).filter((p): p is StoredPerson => p !== undefined));
}

/** Claims by id, for the "On this page" list. */
export function claimsById(db: BackstoryDB, ids: readonly string[]): Promise<Result<StoredClaim[]>> {
  return withReopen(db, async () => (await db.claims.bulkGet([...ids])).filter((c): c is StoredClaim => c !== undefined));
}

/** A person or claim in the "On this page" list, with how often the page names it. */
export interface ListedItem {
  id: string;
  label: string;
  count: number;
}

/** One card's content, ready to render. */
export type CardContent =
  | { kind: 'person'; data: PersonCardData; candidates: string[]; surface: string }
  | { kind: 'which'; surface: string; people: StoredPerson[]; candidates: string[] }
  | { kind: 'claim'; data: ClaimCardData }
  | { kind: 'list'; people: ListedItem[]; claims: ListedItem[]; snippets: Snippet[] }
  | { kind: 'save'; draft: SnippetDraft; people: Array<{ id: string; name: string }>; claims: Array<{ id: string; text: string }> };

/** What the card needs to know about its page to load a view. */
export interface CardPageRef extends CardPlace {
  people: Record<string, number>;
  claims: Record<string, number>;
}

const byCount = (a: ListedItem, b: ListedItem) => b.count - a.count || a.label.localeCompare(b.label);
const existing = <T>(r: Result<T | null>, what: string): Result<T> =>
  !r.ok ? r : r.value === null ? fail(`That ${what} is no longer in your library.`) : ok(r.value);

/** Loads a card's content; `chosen` is the reader's pick for an ambiguous name, if they made one. */
export async function loadCard(db: BackstoryDB, view: CardView, page: CardPageRef, chosen?: string): Promise<Result<CardContent>> {
  const ref: CardPlace = { url: page.url, canonicalUrl: page.canonicalUrl, site: page.site, ...(page.excludedSites && { excludedSites: page.excludedSites }) };
  switch (view.kind) {
    case 'person': {
      const pick = view.ids.length === 1 ? view.ids[0] : chosen && view.ids.includes(chosen) ? chosen : undefined;
      if (pick === undefined) {
        const people = await peopleById(db, view.ids);
        return people.ok ? ok({ kind: 'which', surface: view.surface, people: people.value, candidates: view.ids }) : people;
      }
      const data = existing(await personCard(db, pick, ref), 'person');
      return data.ok ? ok({ kind: 'person', data: data.value, candidates: view.ids, surface: view.surface }) : data;
    }
    case 'claim': {
      const data = existing(await claimCard(db, view.id, ref), 'claim');
      return data.ok ? ok({ kind: 'claim', data: data.value }) : data;
    }
    case 'list': {
      const [people, claims, snippets] = await Promise.all([
        peopleById(db, Object.keys(page.people)),
        claimsById(db, Object.keys(page.claims)),
        pageSnippets(db, ref),
      ]);
      if (!people.ok) return people;
      if (!claims.ok) return claims;
      if (!snippets.ok) return snippets;
      return ok({
        kind: 'list',
        people: people.value.map((p) => ({ id: p.id, label: p.name, count: page.people[p.id] ?? 0 })).sort(byCount),
        claims: claims.value.map((c) => ({ id: c.id, label: c.text, count: page.claims[c.id] ?? 0 })).sort(byCount),
        snippets: snippets.value,
      });
    }
    case 'save': {
      const claimIds = [...new Set([...view.draft.claimIds, ...Object.keys(page.claims)])];
      const [people, claims] = await Promise.all([peopleById(db, Object.keys(page.people)), claimsById(db, claimIds)]);
      if (!people.ok) return people;
      if (!claims.ok) return claims;
      return ok({
        kind: 'save',
        draft: view.draft,
        people: people.value.map((p) => ({ id: p.id, name: p.name })).sort((a, b) => a.name.localeCompare(b.name)),
        claims: claims.value.map((c) => ({ id: c.id, text: c.text })),
      });
    }
  }
}
