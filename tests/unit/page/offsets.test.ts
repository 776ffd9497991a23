import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLOCK_BREAK } from '../../../lib/matching/types';
import { lastAtOrBefore, lastAtOrBeforeFrom, sliceEnd } from '../../../lib/page/offsets';

describe('lastAtOrBefore', () => {
  it('agrees with a linear scan on any ascending list', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(1000)), fc.integer({ min: -5, max: 1005 }), (values, offset) => {
        const sorted = [...values].sort((a, b) => a - b);
        let expected = -1;
        sorted.forEach((v, i) => {
          if (v <= offset) expected = i;
        });
        expect(lastAtOrBefore(sorted.length, (i) => sorted[i]!, offset)).toBe(expected);
      }),
    );
  });
});

describe('lastAtOrBeforeFrom', () => {
  it('gives what a binary search gives, whatever the hint', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(1000), { maxLength: 60 }), fc.integer({ min: -5, max: 1005 }), fc.integer({ min: -2, max: 62 }), (values, offset, hint) => {
        const sorted = [...values].sort((a, b) => a - b);
        expect(lastAtOrBeforeFrom(sorted, offset, hint)).toBe(lastAtOrBefore(sorted.length, (i) => sorted[i]!, offset));
      }),
    );
  });
});

describe('sliceEnd', () => {
  const block = fc.stringMatching(/^[a-z ]{0,30}$/);
  const page = fc.array(block, { minLength: 1, maxLength: 40 }).map((blocks) => blocks.join(BLOCK_BREAK));

  it('cuts a text into slices that end at a break or the end, and cover it all', () => {
    fc.assert(
      fc.property(page, fc.integer({ min: 1, max: 50 }), (text, size) => {
        const pieces: string[] = [];
        for (let from = 0; from < text.length; ) {
          const end = sliceEnd(text, from, size, BLOCK_BREAK);
          expect(end).toBeGreaterThan(from);
          expect(end === text.length || text[end] === BLOCK_BREAK).toBe(true);
          pieces.push(text.slice(from, end));
          from = end;
        }
        expect(pieces.join('')).toBe(text);
      }),
    );
  });

  it('cuts a block longer than the longest piece between sentences, never after an initial', () => {
    const sentence = 'Then George W. Bush met Zamir Kabulov in Kabul. ';
    const text = sentence.repeat(40).trim();
    const longest = 200;
    const pieces: string[] = [];
    for (let from = 0; from < text.length; ) {
      const end = sliceEnd(text, from, 10, BLOCK_BREAK, longest);
      expect(end - from).toBeLessThanOrEqual(longest);
      pieces.push(text.slice(from, end));
      from = end;
    }
    expect(pieces.join('')).toBe(text);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece).toMatch(/^Then George W\. Bush met Zamir Kabulov in Kabul\./);
    // No gap to cut at: the block stays whole.
    const unbroken = 'x'.repeat(500);
    expect(sliceEnd(unbroken, 0, 10, BLOCK_BREAK, longest)).toBe(500);
  });

  it('never splits a block of ordinary length, so a name inside one stays whole', () => {
    const text = `Zamir Kabulov${BLOCK_BREAK}said${BLOCK_BREAK}Angela Merkel`;
    expect(sliceEnd(text, 0, 5, BLOCK_BREAK)).toBe(13);
    expect(sliceEnd(text, 0, 16, BLOCK_BREAK)).toBe(13);
    expect(sliceEnd(text, 0, 19, BLOCK_BREAK)).toBe(18);
    expect(sliceEnd(text, 18, 100, BLOCK_BREAK)).toBe(text.length);
  });
});
