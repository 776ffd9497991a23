import { describe, expect, it } from 'vitest';
import { readNumber } from '../../../lib/matching/numbers';
import { stemWord } from '../../../lib/matching/stem';
import { readConcepts, tokenize, wordOf } from '../../../lib/matching/claims-tokens';
import { fullLexicon } from '../../../lib/matching/claims-lexicon';
import { compileClaims } from '../../../lib/matching/claims';

const wordsOf = (text: string): string[] => tokenize(text).raw.map(wordOf);
const valueOf = (text: string): number | undefined => {
  const words = wordsOf(text);
  return readNumber((i) => words[i], 0)?.value;
};
const conceptsOf = (text: string): number[][] => readConcepts(tokenize(text), fullLexicon()).map((h) => h.concepts);
const shareConcept = (a: string, b: string): boolean => {
  const [ca] = conceptsOf(a);
  const [cb] = conceptsOf(b);
  return !!ca && !!cb && ca.some((c) => cb.includes(c));
};

describe('tokenising', () => {
  it('keeps acronyms, digit groups, inner apostrophes, astral letters and soft hyphens inside one token', () => {
    const text = 'U.S. troops, 10 000 men and 𝐀𝐁 O’Brien’s 5.5m e\u0301te\u0301 co\u00ADop';
    const { start, raw } = tokenize(text);
    expect(raw).toEqual(['U.S.', 'troops', '10 000', 'men', 'and', '𝐀𝐁', 'O’Brien’s', '5.5m', 'e\u0301te\u0301', 'co\u00ADop']);
    expect(start).toEqual([0, 5, 13, 20, 24, 28, 33, 43, 48, 54]);
    expect(raw.map(wordOf)).toEqual(['us', 'troops', '10 000', 'men', 'and', '𝐀𝐁', "o'brien's", '5.5m', 'ete', 'coop']);
  });

  it('splits only the given range', () => {
    expect(tokenize('one two three four', 4, 13).raw).toEqual(['two', 'three']);
  });
});

describe('number normalisation', () => {
  it.each([
    ['50,000', 50000], ['50 000', 50000], ['fifty thousand', 50000], ['10 thousand', 10000],
    ['ten thousand', 10000], ['two hundred and fifty', 250], ['twenty-five', 25], ['5.5 million', 5500000], ['50m', 50000000],
  ])('reads %s as %d', (text, value) => {
    expect(valueOf(text)).toBe(value);
  });

  it('does not read a bare scale word or a plain word as a figure', () => {
    expect(valueOf('thousands of people')).toBeUndefined();
    expect(valueOf('helicopters')).toBeUndefined();
  });

  it('keeps a year and a following figure apart', () => {
    expect(wordsOf('In 2019 250 people')).toEqual(['in', '2019', '250', 'people']);
  });
});

describe('stemming', () => {
  it('gives inflections, irregular past forms and British spellings one key', () => {
    expect(stemWord('ferried')).toBe(stemWord('ferrying'));
    expect(stemWord('flown')).toBe(stemWord('fly'));
    expect(stemWord('destabilising')).toBe(stemWord('destabilize'));
  });

  it('joins a land and its people but keeps unrelated words apart', () => {
    expect(stemWord('afghanistan')).toBe(stemWord('afghans'));
    expect(stemWord('russian')).toBe(stemWord("russia's"));
    expect(stemWord('military')).not.toBe(stemWord('militants'));
  });
});

describe('alias groups', () => {
  it.each([['ISIS', 'Daesh'], ['ISIL', 'Islamic State of Iraq and the Levant'], ['NATO', 'North Atlantic Alliance'], ['U.S.', 'Washington'], ['Moscow', 'Kremlin']])(
    '%s and %s are one actor',
    (a, b) => {
      expect(shareConcept(a, b)).toBe(true);
    },
  );

  it('reads "IS" and "US" as actors only in capitals', () => {
    expect(shareConcept('IS', 'ISIS')).toBe(true);
    expect(conceptsOf('it is')).toEqual([]);
    expect(conceptsOf('they told us')).toHaveLength(1);
  });

  it('treats a phrase as one concept, not its words', () => {
    expect(conceptsOf('Islamic State of Iraq and the Levant')).toHaveLength(1);
  });

  it('reads a word that may start a phrase or a number by what follows it, each time', () => {
    const { lexicon } = compileClaims([{ id: 'n', text: 'Islamic State has 10,000 fighters.', variants: [] }]);
    const read = (text: string): string[] => readConcepts(tokenize(text), lexicon).map((h) => text.slice(h.start, h.end));
    for (let i = 0; i < 2; i++) {
      expect(read('Islamic art and ten cats')).toEqual([]);
      expect(read('Islamic State and ten thousand cats')).toEqual(['Islamic State', 'ten thousand']);
    }
  });
});

describe('synonyms', () => {
  it.each([['helicopter', 'chopper'], ['unmarked', 'unidentified'], ['ferry', 'airlift'], ['fighters', 'jihadists'], ['border', 'frontier']])(
    '%s ~ %s',
    (a, b) => {
      expect(shareConcept(a, b)).toBe(true);
    },
  );

  it('does not make unrelated words synonyms', () => {
    expect(shareConcept('helicopter', 'refugee')).toBe(false);
  });
});
