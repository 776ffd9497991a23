import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CharKind, charKind, foldText } from '../../../lib/matching/fold';
import { Gap, aliasKey, bareEndOf, bareKeyOf, isUnspacedScript, keyOf, shapeOf, tokenize, type Tokens } from '../../../lib/matching/names-tokens';
import { BLOCK_BREAK } from '../../../lib/matching/types';

const PIECES = ['a', 'K', 'é', 'e\u0301', '\u0301', 'Ж', 'ب', '𝐀', '\uD800', "'", '’', '`', 's', '-', '–', ' ', '  ', '\n', '\u00A0', '.', ',', BLOCK_BREAK, '\u00AD', '7', 'Putin', "O'Brien", '习', '近平', 'プーチン', '𠀋'];
const nameLike = fc.oneof(fc.string({ maxLength: 30 }), fc.array(fc.constantFrom(...PIECES), { maxLength: 25 }).map((p) => p.join('')));
/** Any ASCII, plus the pieces above: the tokeniser's fast paths are for ASCII. */
const textLike = fc.oneof(
  fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)), maxLength: 40 }),
  fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.constantFrom(' ', '  ', ' x', 'ab', "'", '`', '.', '-', '\t')), { maxLength: 40 }).map((p) => p.join('')),
);

const keys = (t: Tokens) => Array.from({ length: t.count }, (_, k) => keyOf(t, k));
const bareKeys = (t: Tokens) => Array.from({ length: t.count }, (_, k) => bareKeyOf(t, k));
/** tokenize's result in the shape of {@link reference}'s. */
function tokensOf(text: string): [number, number, number, string, string, number][] {
  const t = tokenize(text);
  return Array.from({ length: t.count }, (_, k) => {
    const bare = bareKeyOf(t, k);
    return [t.start[k] ?? 0, t.end[k] ?? 0, t.gap[k] ?? 0, keyOf(t, k), bare, bare ? bareEndOf(t, k) : 0];
  });
}

/** The tokens of a text as the character-by-character definition gives them: [start, end, gap, key, bare key, its end]. */
function reference(text: string): [number, number, number, string, string, number][] {
  const out: [number, number, number, string, string, number][] = [];
  const kindAt = (i: number) => charKind(text.codePointAt(i) ?? 0);
  let gap = 0; // 0: nothing since the last token
  let lastUnspaced = false;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i) ?? 0;
    const kind = charKind(code);
    if (kind !== CharKind.Word) {
      if (kind === CharKind.Space || kind === CharKind.Ignorable) gap = gap === 0 ? Gap.Space : gap === Gap.Hyphen ? Gap.Break : gap;
      else if (gap !== 0) gap = Gap.Break;
      else gap = kind === CharKind.Hyphen ? Gap.Hyphen : code === 0x2e ? Gap.Dot : Gap.Break;
      i += code > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    let apostrophe = -1;
    // A Chinese character or kana is a token by itself.
    const unspaced = isUnspacedScript(code);
    if (unspaced) i += code > 0xffff ? 2 : 1;
    for (; !unspaced; ) {
      const c = text.codePointAt(i) ?? 0;
      const k = charKind(c);
      if (i < text.length && k === CharKind.Word && isUnspacedScript(c)) break;
      if (i < text.length && (k === CharKind.Word || k === CharKind.Ignorable)) i += c > 0xffff ? 2 : 1;
      else if (i < text.length && k === CharKind.Apostrophe && kindAt(i + 1) === CharKind.Word && !isUnspacedScript(text.codePointAt(i + 1) ?? 0)) apostrophe = i++;
      else break;
    }
    const raw = text.slice(start, i);
    const key = foldText(raw).replace(/'/g, '');
    if (key.length === 0) {
      gap = Gap.Break;
      continue;
    }
    const suffix = apostrophe < 0 ? '' : text.slice(apostrophe + 1, i);
    const bare = apostrophe > 0 && suffix.length <= 3 && (suffix === suffix.toLowerCase() || raw === raw.toUpperCase());
    const bareKey = bare ? foldText(text.slice(start, apostrophe)).replace(/'/g, '') : '';
    const adjacent = out.length > 0 && out[out.length - 1]![1] === start;
    out.push([start, i, gap !== 0 ? gap : unspaced && lastUnspaced && adjacent ? Gap.Space : Gap.Break, key, bareKey, bareKey ? apostrophe : 0]);
    gap = 0;
    lastUnspaced = unspaced;
  }
  return out;
}

describe('tokenize', () => {
  it('keeps offsets, folds keys and classifies gaps', () => {
    const t = tokenize(`Abu Bakr al-Baghdadi, J. Dvořák’s${BLOCK_BREAK}x`);
    expect(keys(t)).toEqual(['abu', 'bakr', 'al', 'baghdadi', 'j', 'dvoraks', 'x']);
    expect([...t.gap.subarray(1, t.count)]).toEqual([Gap.Space, Gap.Space, Gap.Hyphen, Gap.Break, Gap.Dot, Gap.Break]);
    expect([t.start[5], t.end[5], bareEndOf(t, 5), bareKeyOf(t, 5)]).toEqual([25, 33, 31, 'dvorak']);
  });

  it('keeps apostrophes only between letters', () => {
    const t = tokenize("‘O'Brien’ 'quoted'");
    expect(keys(t)).toEqual(['obrien', 'quoted']);
    expect(bareKeys(t)).toEqual(['', '']);
  });

  it('keys plain ASCII words and the rest alike', () => {
    const t = tokenize("PUTIN Putin's Pútin putin\u00ADa 42 X\tY  Z");
    expect(keys(t)).toEqual(['putin', 'putins', 'putin', 'putina', '42', 'x', 'y', 'z']);
    expect(bareKeys(t)).toEqual(['', 'putin', '', '', '', '', '', '']);
    expect([...t.gap.subarray(1, t.count)]).toEqual(Array(7).fill(Gap.Space));
  });

  it('joins across line breaks and runs of spaces, not across a hyphen and a space', () => {
    const t = tokenize(`Vladimir\nPutin ${' '.repeat(40)}said- x -y`);
    expect([...t.gap.subarray(1, t.count)]).toEqual([Gap.Space, Gap.Space, Gap.Break, Gap.Break]);
  });

  it('grows past its first guess at the number of tokens', () => {
    const text = 'a '.repeat(5000);
    const t = tokenize(text);
    expect(t.count).toBe(5000);
    expect([t.start[4999], t.end[4999]]).toEqual([9998, 9999]);
  });

  it('agrees with the character-by-character definition around every ASCII character', () => {
    for (let code = 0; code < 0x80; code++) {
      const c = String.fromCharCode(code);
      for (const text of [`a${c}b`, ` ab${c}`, ` ab${c}c`, `a ${c}b`, `a${c} b`, `a${c}${c}b`, `a-${c}b`, `a.${c}b`, `é${c}b`, `a${c}é`]) {
        expect(tokensOf(text), JSON.stringify(text)).toEqual(reference(text));
      }
    }
  });

  it('agrees with the character-by-character definition on any text', () => {
    fc.assert(
      fc.property(textLike, (text) => {
        expect(tokensOf(text)).toEqual(reference(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives a plain token the shape of its key, whatever its case', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9]{1,12}$/), (word) => {
        const t = tokenize(` ${word}.`);
        expect(t.shape[0]).toBe(shapeOf(word.toLowerCase(), 0, word.length));
      }),
    );
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
        expect(aliasKey(name)).toBe(keys(tokenize(name)).join(' '));
      }),
      { numRuns: 1000 },
    );
  });
});
