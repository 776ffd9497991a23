// Re-anchoring saved snippets: exact first (context breaks ties), fuzzy second, none when gone.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { anchorOf } from '../../../lib/page/selection';
import { locateAnchor, spanPoints } from '../../../lib/page/reanchor';
import { extractText } from '../../../lib/page/text-map';
import { BLOCK_BREAK } from '../../../lib/matching/types';

const PAGE = [
  'Kabulov said the talks would resume in Doha next month.',
  'Officials said the talks would resume in Doha next month, but gave no date.',
  'Zubov spoke about the border.',
].join(BLOCK_BREAK);

const anchorFor = (text: string, quote: string, occurrence = 0) => {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(quote, start + 1);
  return anchorOf(text, { start, end: start + quote.length });
};

describe('locateAnchor', () => {
  it('finds the exact quote and uses its context to pick between repeats', () => {
    const anchor = anchorFor(PAGE, 'the talks would resume in Doha', 1);
    expect(locateAnchor(PAGE, anchor)).toEqual({ start: anchor.start, end: anchor.end, exact: true });
    // Text inserted above moves the quote; the context still picks the second occurrence.
    const moved = `A new first paragraph.${BLOCK_BREAK}${PAGE}`;
    const found = locateAnchor(moved, anchor);
    expect(found?.exact).toBe(true);
    expect(moved.slice(found!.start - 15, found!.start)).toBe('Officials said ');
  });

  it('falls back to a fuzzy find when a word changed, and reports it as not exact', () => {
    const anchor = anchorFor(PAGE, 'Officials said the talks would resume in Doha next month');
    const edited = PAGE.replaceAll('would resume in Doha', 'will resume in Doha');
    const found = locateAnchor(edited, anchor);
    expect(found).not.toBeNull();
    expect(found!.exact).toBe(false);
    expect(edited.slice(found!.start, found!.end)).toMatch(/^Officials said the talks will resume in Doha next mont/);
  });

  it('gives up when the passage is gone', () => {
    const anchor = anchorFor(PAGE, 'Zubov spoke about the border.');
    expect(locateAnchor(PAGE.replace('Zubov spoke about the border.', 'Weather: sunny and warm all week.'), anchor)).toBeNull();
  });
});

describe('spanPoints', () => {
  it('ties a span back to the DOM text it covers, across elements', () => {
    const { document } = parseHTML('<html><body><p>Kabulov <b>said</b> the talks</p><p>would resume.</p></body></html>');
    const map = extractText(document.body, { checkVisibility: false });
    const start = map.text.indexOf('said');
    const range = spanPoints(map, start, map.text.indexOf('talks') + 5);
    expect(range?.startContainer.textContent).toBe('said');
    expect(range?.endContainer.textContent).toBe(' the talks');
    expect(range?.endOffset).toBe(10);
  });
});
