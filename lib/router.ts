/**
 * Hash routes of the library page, so the popup and the hover cards can link straight
 * to a person, claim, source, search or the candidate claims (`options.html#/person/ID`). Pure: no browser API.
 */

/** What the search page narrows to; every field optional, all strings so they round-trip through a URL. */
export interface SearchFilters {
  q?: string;
  kind?: LibraryKind;
  person?: string;
  claim?: string;
  site?: string;
  tag?: string;
  /** Inclusive date range, YYYY, YYYY-MM or YYYY-MM-DD. */
  from?: string;
  to?: string;
  sort?: 'date' | 'relevance';
}

/** Kinds of record the library lists. */
export type LibraryKind = 'snippet' | 'statement' | 'person' | 'claim' | 'source';
export const LIBRARY_KINDS: readonly LibraryKind[] = ['snippet', 'statement', 'person', 'claim', 'source'];

export type Route =
  | { page: 'search'; filters: SearchFilters }
  | { page: 'person'; id: string }
  | { page: 'claim'; id: string }
  | { page: 'source'; domain: string }
  | { page: 'snippet'; id: string }
  | { page: 'new'; kind: 'person' | 'claim' | 'source' }
  | { page: 'settings' }
  | { page: 'candidates' };

const FILTER_KEYS = ['q', 'kind', 'person', 'claim', 'site', 'tag', 'from', 'to', 'sort'] as const;
const RECORD_PAGES = ['person', 'claim', 'snippet'] as const;
const NEW_KINDS = ['person', 'claim', 'source'] as const;

const isOneOf = <T extends string>(list: readonly T[], value: string | undefined): value is T =>
  value !== undefined && (list as readonly string[]).includes(value);

function filtersFrom(query: string): SearchFilters {
  const params = new URLSearchParams(query);
  const filters: SearchFilters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    if (key === 'kind') {
      if (isOneOf(LIBRARY_KINDS, value)) filters.kind = value;
    } else if (key === 'sort') {
      if (value === 'date' || value === 'relevance') filters.sort = value;
    } else filters[key] = value;
  }
  return filters;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** Reads `location.hash` (with or without the leading "#"); anything unknown is the search page. */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const [path = '', query = ''] = raw.split('?', 2);
  const parts = path.split('/').filter((p) => p !== '').map(safeDecode);
  const [head, arg] = parts;
  if (isOneOf(RECORD_PAGES, head) && arg) return { page: head, id: arg };
  if (head === 'source' && arg) return { page: 'source', domain: arg.toLowerCase() };
  if (head === 'new' && isOneOf(NEW_KINDS, arg)) return { page: 'new', kind: arg };
  if (head === 'settings' || head === 'candidates') return { page: head };
  return { page: 'search', filters: filtersFrom(query) };
}

/** The hash for a route, "#/..." ; inverse of parseRoute. */
export function routeHash(route: Route): string {
  switch (route.page) {
    case 'search': {
      const params = new URLSearchParams();
      for (const key of FILTER_KEYS) {
        const value = route.filters[key];
        if (value) params.set(key, value);
      }
      const query = params.toString();
      return query ? `#/search?${query}` : '#/';
    }
    case 'source':
      return `#/source/${encodeURIComponent(route.domain)}`;
    case 'new':
      return `#/new/${route.kind}`;
    case 'settings':
    case 'candidates':
      return `#/${route.page}`;
    default:
      return `#/${route.page}/${encodeURIComponent(route.id)}`;
  }
}

/** A link into the library page from another extension page: `libraryUrl('options.html', route)`. */
export const libraryHref = (optionsUrl: string, route: Route): string => `${optionsUrl}${routeHash(route)}`;

/**
 * The page a snippet came from, scrolled to the quote with a text fragment (`#:~:text=`),
 * which Chromium and Firefox follow without any script on the page.
 */
export function snippetPageUrl(url: string, exact: string): string {
  const words = exact.replace(/\s+/g, ' ').trim().split(' ');
  if (words.length === 0 || words[0] === '') return url;
  const encode = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D');
  // Long quotes as "start,end" so a small edit in the middle does not break the link.
  const directive =
    words.length > 8 ? `${encode(words.slice(0, 4).join(' '))},${encode(words.slice(-4).join(' '))}` : encode(words.join(' '));
  const base = url.replace(/#:~:.*$/, '');
  return `${base}${base.includes('#') ? '' : '#'}:~:text=${directive}`;
}
