/**
 * The library's search: full-text hits (or everything, for an empty query) joined with their
 * records, narrowed by person, claim, site, tag and date range, sorted by date or relevance.
 * Pure: runs on the in-memory Catalog and SearchIndex, so it is tested in Node and stays fast.
 */
import type { LibraryKind, SearchFilters } from '../router';
import type { SearchIndex } from '../search';
import { foldText } from '../search';
import type { Snippet } from '../types';
import type { Catalog } from './library-catalog';
import { facetsOf, type Facets } from './library-facets';
import type { StoredClaim, StoredPerson, StoredSource, StoredStatement } from './schema';

/** One row of the result list: the record itself, and what the list shows about it. */
export type LibraryItem = (
  | { kind: 'snippet'; record: Snippet }
  | { kind: 'statement'; record: StoredStatement }
  | { kind: 'person'; record: StoredPerson }
  | { kind: 'claim'; record: StoredClaim }
  | { kind: 'source'; record: StoredSource }
) & { id: string; score: number; date?: string };

// Enough to rank well past the first screens; the list paginates further down.
const SEARCH_LIMIT = 2_000;

function* everything(catalog: Catalog, kinds: ReadonlySet<LibraryKind>): Generator<LibraryItem> {
  if (kinds.has('snippet')) for (const r of catalog.snippets.values()) yield { kind: 'snippet', id: r.id, record: r, score: 0 };
  if (kinds.has('statement')) for (const r of catalog.statements.values()) yield { kind: 'statement', id: r.id, record: r, score: 0 };
  if (kinds.has('person')) for (const r of catalog.people.values()) yield { kind: 'person', id: r.id, record: r, score: 0 };
  if (kinds.has('claim')) for (const r of catalog.claims.values()) yield { kind: 'claim', id: r.id, record: r, score: 0 };
  if (kinds.has('source')) for (const r of catalog.sources.values()) yield { kind: 'source', id: r.domain, record: r, score: 0 };
}

function lookup(catalog: Catalog, kind: LibraryKind, id: string): LibraryItem | undefined {
  const record = { snippet: catalog.snippets, statement: catalog.statements, person: catalog.people, claim: catalog.claims, source: catalog.sources }[kind].get(id);
  return record ? ({ kind, id, record, score: 0 } as LibraryItem) : undefined;
}

// Sources are few and not in the full-text index: every query word must appear in domain, name, note or tags.
function sourceHits(catalog: Catalog, query: string): LibraryItem[] {
  const words = foldText(query).split(/[^\p{L}\p{N}.-]+/u).filter((w) => w.length > 1);
  if (words.length === 0) return [];
  const out: LibraryItem[] = [];
  for (const s of catalog.sources.values()) {
    const hay = foldText([s.domain, s.name, s.note, s.tags.join(' ')].join(' '));
    if (words.every((w) => hay.includes(w))) out.push({ kind: 'source', id: s.domain, record: s, score: s.domain.includes(words[0]!) ? 20 : 5 });
  }
  return out;
}

function withinDates(date: string | undefined, from: string | undefined, to: string | undefined): boolean {
  if (from === undefined && to === undefined) return true;
  if (date === undefined) return false;
  // A partial date is a period: it is in range if any part of it is.
  if (from !== undefined && date < from.slice(0, date.length)) return false;
  if (to !== undefined && date.slice(0, to.length) > to) return false;
  return true;
}

function matches(f: Facets, filters: SearchFilters): boolean {
  if (filters.person !== undefined && !f.people.includes(filters.person)) return false;
  if (filters.claim !== undefined && !f.claims.includes(filters.claim)) return false;
  if (filters.site !== undefined && !f.sites.includes(filters.site)) return false;
  if (filters.tag !== undefined && !f.tags.includes(filters.tag)) return false;
  return withinDates(f.date, filters.from, filters.to);
}

// Newest first; undated records after dated ones; ties by id so the order is stable.
const byDate = (a: LibraryItem, b: LibraryItem): number =>
  (b.date ?? '').localeCompare(a.date ?? '') || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id);
const byScore = (a: LibraryItem, b: LibraryItem): number => b.score - a.score || byDate(a, b);

/** Everything in the library that fits the filters, best first. */
export function queryLibrary(catalog: Catalog, index: SearchIndex | null, filters: SearchFilters): LibraryItem[] {
  const kinds = new Set<LibraryKind>(filters.kind ? [filters.kind] : ['snippet', 'statement', 'person', 'claim', 'source']);
  const query = filters.q?.trim() ?? '';
  let candidates: Iterable<LibraryItem>;
  if (query === '') candidates = everything(catalog, kinds);
  else {
    const searchKinds = [...kinds].filter((k) => k !== 'source');
    const hits = index && searchKinds.length > 0 ? index.search(query, { kinds: searchKinds, limit: SEARCH_LIMIT }) : [];
    const found = hits.flatMap((h) => {
      const item = lookup(catalog, h.kind, h.id);
      return item ? [{ ...item, score: h.score }] : [];
    });
    candidates = kinds.has('source') ? [...found, ...sourceHits(catalog, query)] : found;
  }
  const out: LibraryItem[] = [];
  for (const item of candidates) {
    const facets = facetsOf(catalog, item);
    if (!matches(facets, filters)) continue;
    if (facets.date !== undefined) item.date = facets.date;
    out.push(item);
  }
  const sort = filters.sort ?? (query === '' ? 'date' : 'relevance');
  return out.sort(sort === 'relevance' && query !== '' ? byScore : byDate);
}

/** The sites and tags that occur in the library, for the filter menus. */
export function filterChoices(catalog: Catalog): { sites: string[]; tags: string[] } {
  const sites = new Set<string>(catalog.sources.keys());
  const tags = new Set<string>();
  for (const s of catalog.snippets.values()) {
    sites.add(s.site);
    for (const t of s.tags) tags.add(t);
  }
  for (const s of catalog.sources.values()) for (const t of s.tags) tags.add(t);
  const sorted = (set: Set<string>) => [...set].filter((x) => x !== '').sort((a, b) => a.localeCompare(b));
  return { sites: sorted(sites), tags: sorted(tags) };
}
