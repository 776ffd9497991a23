// Article fingerprints on the saved fixture pages: syndicated copies with other boilerplate are one article; other articles on the same story are not.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFingerprint, fingerprintBands, fingerprintSimilarity, FINGERPRINT_SIZE, sameArticle } from '../../../lib/recurrence/fingerprint';

const PAGES = path.join(__dirname, '../../fixtures/pages');
const FIXTURES = ['steppe-herald-helicopters', 'caspian-monitor-us-isis', 'oxus-wire-refugees', 'frontier-daily-bases', 'kabul-ledger-daesh'];

// The article's paragraphs as plain text (test-only; the extension reads text from the DOM).
function articleText(name: string): string[] {
  const html = readFileSync(path.join(PAGES, `${name}.html`), 'utf8');
  const article = /<article>([\s\S]*?)<\/article>/.exec(html)?.[1] ?? '';
  return [...article.matchAll(/<p[^>]*>([\s\S]*?)<\/p>/g)].map((m) => (m[1] ?? '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim());
}

const boilerplate = (outlet: string) => [
  `Subscribe to ${outlet} for the latest news from the region, delivered to your inbox every morning before breakfast.`,
  `Most read on ${outlet}: election results, the weather this weekend, markets close higher as investors return from holidays.`,
  `© ${outlet}. All rights reserved. Reproduction of this material is allowed only with a hyperlink to the original source and the consent of the editors.`,
  `Follow ${outlet} on social networks and share your opinion in the comments below; comments are moderated before they appear.`,
].join(' ');

describe('articleFingerprint', () => {
  it('is 64 values, deterministic, and absent for texts too short to tell apart', () => {
    const text = articleText(FIXTURES[0]!).join(' ');
    const fp = articleFingerprint(text)!;
    expect(fp).toHaveLength(FINGERPRINT_SIZE);
    expect(articleFingerprint(text)).toEqual(fp);
    expect(articleFingerprint('A short notice of twelve words is not an article at all.')).toBeUndefined();
  });

  it('ignores case, accents and punctuation differences between copies', () => {
    const text = articleText(FIXTURES[1]!).join(' ');
    const shouted = text.toUpperCase().replace(/[“”]/g, '"').replace(/,/g, '');
    expect(fingerprintSimilarity(articleFingerprint(text)!, articleFingerprint(shouted)!)).toBe(1);
  });
});

describe('sameArticle', () => {
  it.each(FIXTURES)('matches syndicated copies of %s with different boilerplate and sidebars', (name) => {
    const paragraphs = articleText(name);
    const original = articleFingerprint([...paragraphs, boilerplate('The Original Times')].join(' '))!;
    const copy = articleFingerprint([boilerplate('Regional Reprint Daily'), ...paragraphs, boilerplate('Regional Reprint Daily')].join(' '))!;
    expect(sameArticle(original, copy)).toBe(true);
  });

  it('matches a copy trimmed to its first two thirds', () => {
    const paragraphs = articleText(FIXTURES[2]!);
    const full = articleFingerprint(paragraphs.join(' '))!;
    const trimmed = articleFingerprint(paragraphs.slice(0, Math.ceil((paragraphs.length * 2) / 3)).join(' '))!;
    expect(sameArticle(full, trimmed)).toBe(true);
  });

  it('keeps different articles on the same story apart, even with the same boilerplate', () => {
    const fps = FIXTURES.map((name) => articleFingerprint([...articleText(name), boilerplate('Same Outlet')].join(' '))!);
    for (let i = 0; i < fps.length; i++) {
      for (let j = i + 1; j < fps.length; j++) expect(sameArticle(fps[i]!, fps[j]!), `${FIXTURES[i]} vs ${FIXTURES[j]}`).toBe(false);
    }
  });

  it('gives copies a shared index band, so the lookup finds them', () => {
    const paragraphs = articleText(FIXTURES[3]!);
    const a = fingerprintBands(articleFingerprint([...paragraphs, boilerplate('A')].join(' '))!);
    const b = fingerprintBands(articleFingerprint([boilerplate('B'), ...paragraphs].join(' '))!);
    expect(a.some((k) => b.includes(k))).toBe(true);
  });
});
