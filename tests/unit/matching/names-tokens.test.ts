import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Gap, aliasKey, tokenize } from '../../../lib/matching/names-tokens';
import { BLOCK_BREAK } from '../../../lib/matching/types';

const PIECES = ['a', 'K', 'é', 'e\u0301', '\u0301', 'Ж', 'ب', '𝐀', "'", '’', 's', '-', '–', ' ', '\u00A0', '.', ',', BLOCK_BREAK, '\u00AD', '7'];
const nameLike = fc.oneof(fc.string({ maxLength: 30 }), fc.array(fc.constantFrom(...PIECES), { maxLength: 25 }).map((p) => p.join('')));

describe('tokenize', () => {
  it('keeps offsets, folds keys and classifies gaps', () => {
    const t = tokenize(`Abu Bakr al-Baghdadi, J. Dvořák’s${BLOCK_BREAK}x`);
    expect(t.keys).toEqual(['abu', 'bakr', 'al', 'baghdadi', 'j', 'dvoraks', 'x']);
    expect([...t.gap].slice(1)).toEqual([Gap.Space, Gap.Space, Gap.Hyphen, Gap.Break, Gap.Dot, Gap.Break]);
    expect([t.start[5], t.end[5], t.bareEnd[5], t.bareKeys[5]]).toEqual([25, 33, 31, 'dvorak']);
  });

  it('keeps apostrophes only between letters', () => {
    const t = tokenize("‘O'Brien’ 'quoted'");
    expect(t.keys).toEqual(['obrien', 'quoted']);
    expect(t.bareKeys).toEqual(['', '']);
  });
});

describe('aliasKey', () => {
  it('joins the folded words of a name with single spaces', () => {
    expect(aliasKey('  Abu  Bakr al‐Baghdadi ')).toBe('abu bakr al baghdadi');
    expect(aliasKey('J. Smith')).toBe('j smith');
    expect(aliasKey('Conan O’Brien')).toBe('conan obrien');
  });

  it('agrees with tokenize on any string', () => {
    fc.assert(
      fc.property(nameLike, (name) => {
        expect(aliasKey(name)).toBe(tokenize(name).keys.join(' '));
      }),
      { numRuns: 1000 },
    );
  });
});
