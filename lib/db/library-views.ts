/**
 * What the person, claim and source pages show, gathered from the in-memory Catalog,
 * plus where a person or claim was seen (the sightings log), read from the database.
 */
import type { Result, Sighting, Snippet } from '../types';
import type { Catalog } from './library-catalog';
import { hostOf, newestStatementFirst } from './library-facets';
import type { SightingStats } from '../recurrence/totals';
import { sightingsBySite, type SiteTimeline } from './sightings';
import type { BackstoryDB, StoredClaim, StoredPerson, StoredSource, StoredStatement } from './schema';

const newestSnippetFirst = (a: Snippet, b: Snippet): number => b.savedAt - a.savedAt || a.id.localeCompare(b.id);

/** A site and how often something was met there. */
export interface SiteCount {
  site: string;
  count: number;
}

function countSites(sites: Iterable<string>): SiteCount[] {
  const counts = new Map<string, number>();
  for (const site of sites) if (site !== '') counts.set(site, (counts.get(site) ?? 0) + 1);
  return [...counts].map(([site, count]) => ({ site, count })).sort((a, b) => b.count - a.count || a.site.localeCompare(b.site));
}

export interface PersonView {
  person: StoredPerson;
  statements: StoredStatement[];
  snippets: Snippet[];
  /** Sites of their statements and snippets (where they were seen is read separately: recurrenceOf). */
  sites: SiteCount[];
}

/** A person with everything filed under them; null when no such person is stored. */
export function personView(catalog: Catalog, id: string): PersonView | null {
  const person = catalog.people.get(id);
  if (!person) return null;
  const statements = [...catalog.statements.values()].filter((s) => s.personId === id).sort(newestStatementFirst);
  const snippets = [...catalog.snippets.values()].filter((s) => s.personId === id).sort(newestSnippetFirst);
  const sites = countSites([...statements.map((s) => hostOf(s.sourceUrl)), ...snippets.map((s) => s.site)]);
  return { person, statements, snippets, sites };
}

export interface ClaimView {
  claim: StoredClaim;
  statements: StoredStatement[];
  snippets: Snippet[];
  /** Names of the people who made the statements, by id. */
  speakers: ReadonlyMap<string, string>;
}

/** A claim with the statements and snippets filed under it; null when no such claim is stored. */
export function claimView(catalog: Catalog, id: string): ClaimView | null {
  const claim = catalog.claims.get(id);
  if (!claim) return null;
  const statements = [...catalog.statements.values()].filter((s) => s.claimIds.includes(id)).sort(newestStatementFirst);
  const snippets = [...catalog.snippets.values()].filter((s) => s.claimIds.includes(id)).sort(newestSnippetFirst);
  const speakers = new Map<string, string>();
  for (const s of statements) {
    const name = s.personId === undefined ? undefined : catalog.people.get(s.personId)?.name;
    if (name !== undefined && s.personId !== undefined) speakers.set(s.personId, name);
  }
  return { claim, statements, snippets, speakers };
}

export interface SourceView {
  domain: string;
  /** The note on the site, when there is one. */
  source?: StoredSource;
  snippets: Snippet[];
  statements: StoredStatement[];
  /** Claims filed on snippets or statements from this site, with how often. */
  claims: { claim: StoredClaim; count: number }[];
  people: { person: StoredPerson; count: number }[];
}

/** A site: its note, the snippets saved there and the claims and people met there. */
export function sourceView(catalog: Catalog, domain: string): SourceView {
  const site = domain.replace(/^www\./, '');
  const source = catalog.sources.get(domain) ?? catalog.sources.get(site) ?? catalog.sources.get(`www.${site}`);
  const snippets = [...catalog.snippets.values()].filter((s) => s.site === site).sort(newestSnippetFirst);
  const statements = [...catalog.statements.values()].filter((s) => hostOf(s.sourceUrl) === site).sort(newestStatementFirst);
  const claimCounts = new Map<string, number>();
  const personCounts = new Map<string, number>();
  for (const r of [...snippets, ...statements]) {
    for (const c of r.claimIds) claimCounts.set(c, (claimCounts.get(c) ?? 0) + 1);
    if (r.personId !== undefined) personCounts.set(r.personId, (personCounts.get(r.personId) ?? 0) + 1);
  }
  const claims = [...claimCounts].flatMap(([id, count]) => {
    const claim = catalog.claims.get(id);
    return claim ? [{ claim, count }] : [];
  });
  const people = [...personCounts].flatMap(([id, count]) => {
    const person = catalog.people.get(id);
    return person ? [{ person, count }] : [];
  });
  claims.sort((a, b) => b.count - a.count);
  people.sort((a, b) => b.count - a.count);
  return { domain: site, ...(source && { source }), snippets, statements, claims, people };
}

/** Where a person or claim was seen: the line's figures and the by-site timeline, from one read of its sightings. */
export interface Recurrence {
  stats: SightingStats;
  bySite: SiteTimeline[];
}

/** The seen line's figures from a by-site timeline, so the line and the chart never disagree. */
export function statsOfTimeline(bySite: readonly SiteTimeline[]): SightingStats {
  const times = bySite.flatMap((row) => row.entries.map((e) => e.at));
  if (times.length === 0) return { pages: 0, sites: 0 };
  return { pages: times.length, sites: bySite.length, first: Math.min(...times), last: Math.max(...times) };
}

/** The person or claim page's "Seen on…" line and timeline by site, leaving out excluded sites. */
export async function recurrenceOf(db: BackstoryDB, kind: Sighting['kind'], refId: string, excludedSites: readonly string[] = []): Promise<Result<Recurrence>> {
  const bySite = await sightingsBySite(db, kind, refId, excludedSites);
  return bySite.ok ? { ok: true, value: { stats: statsOfTimeline(bySite.value), bySite: bySite.value } } : bySite;
}
