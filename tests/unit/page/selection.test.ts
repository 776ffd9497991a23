// From a selection to a snippet's anchor, attribution and claims, on linkedom's DOM.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { BLOCK_BREAK } from '../../../lib/matching/types';
import { anchorOf, attributionOf, claimsWithin, rangeSpan, readableQuote, resolveAmbiguous, textOffset } from '../../../lib/page/selection';
import { extractText } from '../../../lib/page/text-map';

const page = () => {
  const { document } = parseHTML(
    '<html><body><p>Envoy <b>Zamir Kabulov</b> spoke.</p><script>var x = 1;</script><p>“Helicopters fly at night,” he said.</p></body></html>',
  );
  return { document, map: extractText(document.body, { checkVisibility: false }) };
};

describe('textOffset and rangeSpan', () => {
  it('maps text and element boundary points to flat offsets', () => {
    const { document, map } = page();
    const bold = document.querySelector('b')!;
    expect(map.text.slice(textOffset(map, bold.firstChild!, 6))).toMatch(/^Kabulov spoke/);
    // Before the <b> element: where its text starts.
    expect(textOffset(map, bold.parentNode!, 1)).toBe(map.text.indexOf('Zamir'));
    // After the script (excluded): the next text read.
    const body = document.body;
    expect(textOffset(map, body, 2)).toBe(map.text.indexOf('“Helicopters'));
    expect(textOffset(map, body, body.childNodes.length)).toBe(map.text.length);
  });

  it('trims whitespace and block breaks off a range that spans blocks', () => {
    const { document, map } = page();
    const range = { startContainer: document.querySelector('b')!.firstChild!, startOffset: 6, endContainer: document.body, endOffset: 2 } as unknown as AbstractRange;
    const span = rangeSpan(map, range)!;
    expect(map.text.slice(span.start, span.end)).toBe('Kabulov spoke.');
  });
});

describe('anchorOf and readableQuote', () => {
  it('keeps up to 32 characters of context either side', () => {
    const text = `${'a'.repeat(40)}QUOTE${'b'.repeat(40)}`;
    const anchor = anchorOf(text, { start: 40, end: 45 });
    expect(anchor).toEqual({ exact: 'QUOTE', prefix: 'a'.repeat(32), suffix: 'b'.repeat(32), start: 40, end: 45 });
  });

  it('turns block breaks into line breaks and collapses spaces', () => {
    expect(readableQuote(`One  line\n here.${BLOCK_BREAK}${BLOCK_BREAK}Next.`)).toBe('One line here.\nNext.');
  });
});

describe('attributionOf and claimsWithin', () => {
  const people = [
    { start: 0, end: 5, ids: ['a'] },
    { start: 20, end: 25, ids: ['b'] },
    { start: 30, end: 35, ids: ['c', 'd'] },
    { start: 60, end: 65, ids: ['e'] },
  ];
  it('prefers a person named inside the selection, else the one named last before it', () => {
    expect(attributionOf(people, { start: 55, end: 70 })).toBe('e');
    expect(attributionOf(people, { start: 40, end: 50 })).toBe('b');
    expect(attributionOf(people, { start: 1, end: 3 })).toBeUndefined();
  });
  it('lists each claim overlapping the selection once', () => {
    const claims = [{ start: 0, end: 10, ids: ['x'] }, { start: 8, end: 30, ids: ['y'] }, { start: 5, end: 9, ids: ['x'] }, { start: 40, end: 50, ids: ['z'] }];
    expect(claimsWithin(claims, { start: 9, end: 20 })).toEqual(['x', 'y']);
  });
});

describe('resolveAmbiguous', () => {
  const people = [
    { start: 0, end: 10, ids: ['anna'] },
    { start: 50, end: 55, ids: ['anna', 'petr'] },
    { start: 80, end: 90, ids: ['petr'] },
  ];
  it('takes the candidate named in full earlier on the page', () => {
    expect(resolveAmbiguous(people, 50, ['anna', 'petr'])).toEqual(['anna']);
  });
  it('keeps both when neither, or both, were named in full before', () => {
    expect(resolveAmbiguous(people.slice(1), 50, ['anna', 'petr'])).toEqual(['anna', 'petr']);
    expect(resolveAmbiguous(people, 100, ['anna', 'petr'])).toEqual(['anna', 'petr']);
  });
});
