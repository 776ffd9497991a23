// One address per article: tracking, AMP, mobile hosts and archive wrappers normalise away; distinct articles stay distinct.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { articleKey, normaliseUrl, siteKey } from '../../../lib/recurrence/url';

describe('normaliseUrl', () => {
  it.each([
    ['https://www.example.com/news/story-1?utm_source=tw&utm_medium=social&fbclid=abc#comments', 'https://example.com/news/story-1'],
    ['http://Example.COM:80/news/story-1/', 'https://example.com/news/story-1'],
    ['https://example.com:443/a?gclid=1&mc_cid=2&mc_eid=3&igshid=4&ref=rss&ref_src=twsrc&cmpid=x&ocid=y&smid=z&taid=t', 'https://example.com/a'],
    ['https://m.example.com/a', 'https://example.com/a'],
    ['https://amp.example.com/a', 'https://example.com/a'],
    ['https://example.com/news/story-1/amp', 'https://example.com/news/story-1'],
    ['https://example.com/news/story-1/amp/', 'https://example.com/news/story-1'],
    ['https://example.com/amp/news/story-1', 'https://example.com/news/story-1'],
    ['https://example.com/news/story-1.amp.html', 'https://example.com/news/story-1.html'],
    ['https://example.com/news/story-1?amp', 'https://example.com/news/story-1'],
    ['https://example.com/news/story-1?outputType=amp', 'https://example.com/news/story-1'],
    ['https://example.com/news/index.html', 'https://example.com/news'],
    ['https://example.com/?b=2&a=1&utm_campaign=x', 'https://example.com/?a=1&b=2'],
    ['https://web.archive.org/web/20240101120000/https://www.example.com/news/story-1?utm_source=x', 'https://example.com/news/story-1'],
    ['https://web.archive.org/web/20240101120000id_/http://example.com/news/story-1', 'https://example.com/news/story-1'],
    ['https://archive.ph/2024.01.01-120000/https://www.example.com/news/story-1', 'https://example.com/news/story-1'],
    ['https://archive.today/o/AbCd1/https://example.com/news/story-1', 'https://example.com/news/story-1'],
    ['https://www.google.com/amp/s/www.example.com/news/story-1/amp', 'https://example.com/news/story-1'],
    ['https://www-example-com.cdn.ampproject.org/c/s/www.example.com/news/story-1', 'https://example.com/news/story-1'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseUrl(input)).toBe(expected);
  });

  it('keeps what identifies an article: path case, content parameters, other subdomains, odd ports', () => {
    expect(normaliseUrl('https://example.com/News/Story')).toBe('https://example.com/News/Story');
    expect(normaliseUrl('https://example.com/article?id=42&page=2')).toBe('https://example.com/article?id=42&page=2');
    expect(normaliseUrl('https://news.example.com/a')).not.toBe(normaliseUrl('https://sport.example.com/a'));
    expect(normaliseUrl('https://example.com:8080/a')).toBe('https://example.com:8080/a');
    expect(normaliseUrl('https://example.com/a?output=json')).toBe('https://example.com/a?output=json');
    expect(normaliseUrl('https://example.com/a')).not.toBe(normaliseUrl('https://example.com/b'));
  });

  it('leaves short archive ids (no original inside) and non-web addresses alone apart from the usual cleaning', () => {
    expect(normaliseUrl('https://archive.ph/AbCd1')).toBe('https://archive.ph/AbCd1');
    expect(normaliseUrl('file:///tmp/a.html')).toBe('file:///tmp/a.html');
    expect(normaliseUrl('not a url')).toBe('not a url');
  });

  it('never throws and is idempotent on web addresses', () => {
    const extras = fc.constantFrom('', '/amp', '/amp/', '.amp.html', '?utm_source=x', '?amp', '?outputType=amp', '#top', '/index.html', '/');
    const wrapped = fc.tuple(fc.constantFrom('', 'https://web.archive.org/web/2024/', 'https://archive.ph/2024.01.01-1/', 'https://www.google.com/amp/s/'), fc.webUrl({ withQueryParameters: true, withFragments: true }), extras)
      .map(([wrap, url, extra]) => wrap + (wrap.includes('google') ? url.replace(/^https?:\/\//, '') : url) + extra);
    fc.assert(fc.property(fc.oneof(wrapped, fc.string(), fc.webUrl()), (url) => {
      const once = normaliseUrl(url);
      expect(normaliseUrl(once)).toBe(once);
    }), { numRuns: 3000 });
  });
});

describe('siteKey', () => {
  it('drops rendering prefixes but never the last dot', () => {
    expect(siteKey('WWW.Example.com.')).toBe('example.com');
    expect(siteKey('www.m.example.com')).toBe('example.com');
    expect(siteKey('m.com')).toBe('m.com');
    expect(siteKey('news.example.com')).toBe('news.example.com');
  });
});

describe('articleKey', () => {
  const url = 'https://partner.example/world/abc?utm_source=feed';
  it('prefers the canonical link, then og:url, then the address', () => {
    expect(articleKey({ url, canonicalUrl: 'https://wire.example/story/123', ogUrl: 'https://og.example/x' })).toBe('https://wire.example/story/123');
    expect(articleKey({ url, ogUrl: 'https://www.wire.example/story/123/' })).toBe('https://wire.example/story/123');
    expect(articleKey({ url })).toBe('https://partner.example/world/abc');
  });

  it('distrusts canonical links to a home page and non-web canonical links', () => {
    expect(articleKey({ url, canonicalUrl: 'https://partner.example/' })).toBe('https://partner.example/world/abc');
    expect(articleKey({ url, canonicalUrl: 'javascript:alert(1)', ogUrl: 'https://wire.example/' })).toBe('https://partner.example/world/abc');
    expect(articleKey({ url: 'https://partner.example/', canonicalUrl: 'https://www.partner.example/' })).toBe('https://partner.example/');
  });

  it('makes the AMP copy, the tracked link and the archive copy of one article one key', () => {
    const keys = [
      { url: 'https://example.com/news/story-1?utm_source=x' },
      { url: 'https://amp.example.com/news/story-1', canonicalUrl: 'https://example.com/news/story-1' },
      { url: 'https://web.archive.org/web/20240101/https://example.com/news/story-1' },
    ].map(articleKey);
    expect(new Set(keys).size).toBe(1);
  });
});
