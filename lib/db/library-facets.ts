/**
 * What each record can be filtered by (people, claims, sites, tags, date), including what
 * people and claims inherit from the statements and snippets about them. Pure.
 */
import { isoDay } from '../charts/dates';
import type { Snippet } from '../types';
import type { Catalog } from './library-catalog';
import type { StoredStatement } from './schema';

export interface Facets {
  people: string[];
  claims: string[];
  sites: string[];
  tags: string[];
  /** YYYY, YYYY-MM or YYYY-MM-DD: when it was said or published. */
  date?: string;
}

/** The host of a URL without "www.", as lib/settings' siteOf gives it; '' when unreadable. */
export function hostOf(url: string | undefined): string {
  if (!url) return '';
  try {
    return new URL(url).hostname.replace(/^www\./, '').toLowerCase();
  } catch {
    return '';
  }
}

/** When a snippet's text is from: the page's published date, else the day it was saved. */
export const snippetDate = (s: Snippet): string => s.publishedDate?.slice(0, 10) ?? isoDay(s.savedAt);

interface Links {
  claimsOfPerson: Map<string, Set<string>>;
  peopleOfClaim: Map<string, Set<string>>;
  sitesOfPerson: Map<string, Set<string>>;
  sitesOfClaim: Map<string, Set<string>>;
}

const add = (map: Map<string, Set<string>>, key: string | undefined, value: string) => {
  if (key === undefined || value === '') return;
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
};

// Computed once per catalog (catalogs are replaced, never changed in place).
const linksCache = new WeakMap<Catalog, Links>();

function linksOf(catalog: Catalog): Links {
  const cached = linksCache.get(catalog);
  if (cached) return cached;
  const links: Links = { claimsOfPerson: new Map(), peopleOfClaim: new Map(), sitesOfPerson: new Map(), sitesOfClaim: new Map() };
  const link = (r: { personId?: string; claimIds: string[] }, site: string) => {
    add(links.sitesOfPerson, r.personId, site);
    for (const c of r.claimIds) {
      add(links.claimsOfPerson, r.personId, c);
      if (r.personId !== undefined) add(links.peopleOfClaim, c, r.personId);
      add(links.sitesOfClaim, c, site);
    }
  };
  for (const s of catalog.statements.values()) link(s, hostOf(s.sourceUrl));
  for (const s of catalog.snippets.values()) link(s, s.site);
  linksCache.set(catalog, links);
  return links;
}

const list = (set: Set<string> | undefined): string[] => (set ? [...set] : []);
const opt = (id: string | undefined): string[] => (id === undefined ? [] : [id]);

/** The filterable facts of one library item. */
export function facetsOf(catalog: Catalog, item: { kind: string; id: string; record: unknown }): Facets {
  switch (item.kind) {
    case 'snippet': {
      const s = item.record as Snippet;
      return { people: opt(s.personId), claims: s.claimIds, sites: [s.site], tags: s.tags, date: snippetDate(s) };
    }
    case 'statement': {
      const s = item.record as StoredStatement;
      const facets: Facets = { people: opt(s.personId), claims: s.claimIds, sites: [hostOf(s.sourceUrl)], tags: [] };
      if (s.date !== undefined) facets.date = s.date;
      return facets;
    }
    case 'person': {
      const links = linksOf(catalog);
      return { people: [item.id], claims: list(links.claimsOfPerson.get(item.id)), sites: list(links.sitesOfPerson.get(item.id)), tags: [] };
    }
    case 'claim': {
      const links = linksOf(catalog);
      return { people: list(links.peopleOfClaim.get(item.id)), claims: [item.id], sites: list(links.sitesOfClaim.get(item.id)), tags: [] };
    }
    default: {
      const s = item.record as { domain: string; tags: string[] };
      return { people: [], claims: [], sites: [s.domain], tags: s.tags };
    }
  }
}

/** Statements newest first, undated last: the order of every statement list. */
export const newestStatementFirst = (a: StoredStatement, b: StoredStatement): number =>
  (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id);
