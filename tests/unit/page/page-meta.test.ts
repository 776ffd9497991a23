// Page metadata for saved snippets, on linkedom's DOM and a saved fixture page.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isoDate, readPageMeta } from '../../../lib/page/page-meta';

const doc = (head: string, body = '') => {
  const { document } = parseHTML(`<!doctype html><html><head><title>Doc title</title>${head}</head><body>${body}</body></html>`);
  return document;
};

describe('readPageMeta', () => {
  it('reads a fixture page’s canonical URL, title, outlet and date', () => {
    const html = readFileSync(new URL('../../fixtures/pages/kabul-ledger-daesh.html', import.meta.url), 'utf8');
    expect(readPageMeta(parseHTML(html).document)).toEqual({
      title: 'Envoy questions reports of unidentified helicopters in Afghanistan',
      canonicalUrl: 'https://fixtures.backstory.test/region/kabul-ledger-daesh',
      siteName: 'The Kabul Ledger',
      publishedDate: '2020-12-18',
    });
  });

  it('falls back to JSON-LD, then <time>, for the date', () => {
    const ld = '<script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":"NewsArticle","datePublished":"2021-06-03T10:00:00+03:00"}]}</script>';
    expect(readPageMeta(doc(ld)).publishedDate).toBe('2021-06-03');
    expect(readPageMeta(doc('', '<article><time datetime="2019-02-28">Feb 28</time></article>')).publishedDate).toBe('2019-02-28');
    expect(readPageMeta(doc('<script type="application/ld+json">{broken</script>')).publishedDate).toBeUndefined();
  });

  it('ignores a non-http canonical link and uses og:url', () => {
    const meta = readPageMeta(doc('<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="https://example.org/a">'));
    expect(meta.canonicalUrl).toBe('https://example.org/a');
    expect(meta.title).toBe('Doc title');
  });
});

describe('isoDate', () => {
  it('keeps only well-formed dates', () => {
    expect(isoDate('2020-12-18T09:30:00.000Z')).toBe('2020-12-18');
    expect(isoDate('18 December 2020')).toBeUndefined();
    expect(isoDate('2020-13-01')).toBeUndefined();
    expect(isoDate('2021-02-29')).toBeUndefined();
    expect(isoDate('2020-02-29')).toBe('2020-02-29');
    expect(isoDate('2020-04-31T00:00:00Z')).toBeUndefined();
  });
});
