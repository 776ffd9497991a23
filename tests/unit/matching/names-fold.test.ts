import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CharKind, charKind, foldCodePoint, foldText, foldTextWithOffsets, isCapital, isLowercase } from '../../../lib/matching/fold';
import { BLOCK_BREAK } from '../../../lib/matching/types';

describe('foldText', () => {
  it('drops Latin, Greek and Cyrillic diacritics and lowercases', () => {
    expect(foldText('Dvořák ÉLYSÉE Ἀθῆναι Ёлкин Йошкар')).toBe('dvorak elysee αθηναι елкин иошкар');
  });

  it('gives NFC and NFD input the same result', () => {
    expect(foldText('Dvor\u030Ca\u0301k')).toBe(foldText('Dvořák'));
  });

  it('maps letters NFD leaves alone', () => {
    expect(foldText('Straße Łódź Øresund İstanbul Æsir')).toBe('strasse lodz oresund istanbul aesir');
  });

  it('unifies apostrophes, hyphens and spaces, and drops invisible characters', () => {
    expect(foldText('O’Brien ʼx `y')).toBe("o'brien 'x 'y");
    expect(foldText('a\u2010b\u2011c\u2013d\u2212e')).toBe('a-b-c-d-e');
    expect(foldText('a\u00A0b\u202Fc\nd\te')).toBe('a b c d e');
    expect(foldText('Ka\u00ADbu\u200Blov')).toBe('kabulov');
  });

  it('keeps the em dash, block breaks, and marks that change a letter', () => {
    expect(foldText(`a—b${BLOCK_BREAK}c`)).toBe(`a—b${BLOCK_BREAK}c`);
    expect(foldText('ガ')).toBe('ガ');
    expect(foldText('한국')).toBe('한국');
    expect(foldText('हिंदी')).toBe('हिंदी');
  });

  it('drops Arabic vowel marks and tatweel', () => {
    expect(foldText('مُحَمَّد')).toBe('محمد');
    expect(foldText('مـحمد')).toBe('محمد');
  });

  it('writes the Arabic forms of yeh, alef maksura, kaf and teh marbuta as Persian does, and reads the half space as a space', () => {
    expect(foldText('علي كرزي مصطفى حمزة')).toBe(foldText('علی کرزی مصطفی حمزه'));
    expect(foldText('ذبیح\u200Cالله')).toBe('ذبیح الله');
    expect(charKind(0x200c)).toBe(CharKind.Space);
  });

  it('folds plain ASCII (its fast path) exactly as it folds each code point', () => {
    const perCodePoint = (s: string) => [...s].map((c) => foldCodePoint(c.codePointAt(0) ?? 0)).join('');
    const ascii = Array.from({ length: 0x80 }, (_, c) => String.fromCharCode(c)).join('');
    expect(foldText(ascii)).toBe(perCodePoint(ascii));
    fc.assert(fc.property(fc.string({ unit: 'binary-ascii' }), (s) => {
      expect(foldText(s)).toBe(perCodePoint(s));
    }));
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => {
      expect(foldText(s)).toBe(perCodePoint(s));
    }));
  });
});

describe('foldTextWithOffsets', () => {
  it('maps each folded unit back to its source', () => {
    const { text, offsets } = foldTextWithOffsets('Straße e\u0301');
    expect(text).toBe('strasse e');
    expect([...offsets]).toEqual([0, 1, 2, 3, 4, 4, 5, 6, 7, 9]);
  });

  it('agrees with foldText and stays monotonic within the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        const { text, offsets } = foldTextWithOffsets(s);
        expect(text).toBe(foldText(s));
        expect(offsets).toHaveLength(text.length + 1);
        expect(offsets[text.length]).toBe(s.length);
        for (let i = 1; i < offsets.length; i++) expect(offsets[i]!).toBeGreaterThanOrEqual(offsets[i - 1]!);
      }),
    );
  });
});

describe('charKind and case helpers', () => {
  it('classifies the characters tokenisers care about', () => {
    const kind = (ch: string) => charKind(ch.codePointAt(0) ?? 0);
    expect([kind('a'), kind('Ж'), kind('\u0301'), kind('7'), kind('𝐀')]).toEqual(Array(5).fill(CharKind.Word));
    expect([kind("'"), kind('’'), kind('ʼ')]).toEqual(Array(3).fill(CharKind.Apostrophe));
    expect([kind('-'), kind('\u2011'), kind('–')]).toEqual(Array(3).fill(CharKind.Hyphen));
    expect([kind(' '), kind('\u00A0'), kind('\n')]).toEqual(Array(3).fill(CharKind.Space));
    expect(kind('\u00AD')).toBe(CharKind.Ignorable);
    expect(kind(BLOCK_BREAK)).toBe(CharKind.Block);
    expect([kind('—'), kind(','), kind('“')]).toEqual(Array(3).fill(CharKind.Other));
  });

  it('tells capitals, lower case and caseless letters apart', () => {
    expect([isCapital('K'), isCapital('Ж'), isCapital('k'), isCapital('ب')]).toEqual([true, true, false, false]);
    expect([isLowercase('k'), isLowercase('ж'), isLowercase('K'), isLowercase('ب'), isLowercase('7')]).toEqual([
      true, true, false, false, false,
    ]);
  });
});
