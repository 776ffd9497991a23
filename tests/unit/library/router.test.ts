import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LIBRARY_KINDS, parseRoute, routeHash, snippetPageUrl, type Route } from '@/lib/router';

describe('parseRoute', () => {
  it('reads record pages, ids with odd characters included', () => {
    expect(parseRoute('#/person/zamir-kabulov')).toEqual({ page: 'person', id: 'zamir-kabulov' });
    expect(parseRoute('#/claim/user-a%2Fb')).toEqual({ page: 'claim', id: 'user-a/b' });
    expect(parseRoute('#/source/SputnikNews.com')).toEqual({ page: 'source', domain: 'sputniknews.com' });
    expect(parseRoute('#/new/claim')).toEqual({ page: 'new', kind: 'claim' });
    expect(parseRoute('#/settings')).toEqual({ page: 'settings' });
    expect(parseRoute('#/candidates')).toEqual({ page: 'candidates' });
  });
  it('reads search filters and drops unknown or empty ones', () => {
    expect(parseRoute('#/search?q=helicopters&kind=snippet&site=&sort=relevance&bogus=1')).toEqual({
      page: 'search',
      filters: { q: 'helicopters', kind: 'snippet', sort: 'relevance' },
    });
    expect(parseRoute('#/search?kind=planet&sort=size')).toEqual({ page: 'search', filters: {} });
  });
  it('sends anything unknown, or nothing, to the search page', () => {
    for (const hash of ['', '#', '#/', '#/person', '#/elsewhere/x', '#/new/snippet']) {
      expect(parseRoute(hash)).toEqual({ page: 'search', filters: {} });
    }
  });
});

describe('routeHash', () => {
  it('round-trips every route through parseRoute', () => {
    const text = fc.string({ minLength: 1 }).filter((s) => s.trim() === s && s.trim() !== '');
    const route: fc.Arbitrary<Route> = fc.oneof(
      fc.record({ page: fc.constant('person' as const), id: text }),
      fc.record({ page: fc.constant('claim' as const), id: text }),
      fc.record({ page: fc.constant('snippet' as const), id: text }),
      fc.record({ page: fc.constant('source' as const), domain: fc.domain() }),
      fc.constantFrom({ page: 'settings' as const }, { page: 'candidates' as const }),
      fc.record({
        page: fc.constant('search' as const),
        filters: fc.record(
          { q: text, kind: fc.constantFrom(...LIBRARY_KINDS), person: text, tag: text, from: fc.constant('2020-01'), sort: fc.constantFrom('date' as const, 'relevance' as const) },
          { requiredKeys: [] },
        ),
      }),
    );
    fc.assert(fc.property(route, (r) => {
      expect(parseRoute(routeHash(r))).toEqual(r);
    }));
  });
  it('gives the library home for a search without filters', () => {
    expect(routeHash({ page: 'search', filters: {} })).toBe('#/');
  });
});

describe('snippetPageUrl', () => {
  it('adds a text fragment for the quote', () => {
    expect(snippetPageUrl('https://a.example/x', 'no markings')).toBe('https://a.example/x#:~:text=no%20markings');
  });
  it('uses the start and end of a long quote, escaping dashes and keeping an existing fragment', () => {
    const url = snippetPageUrl('https://a.example/x#top', 'one two three four five six seven eight nine-ten');
    expect(url).toBe('https://a.example/x#top:~:text=one%20two%20three%20four,six%20seven%20eight%20nine%2Dten');
  });
  it('leaves the address alone for an empty quote', () => {
    expect(snippetPageUrl('https://a.example/x', '  ')).toBe('https://a.example/x');
  });
});
