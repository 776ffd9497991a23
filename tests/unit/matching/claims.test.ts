import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { compileClaims, findClaims } from '../../../lib/matching/claims';
import { readConcepts, STOPWORDS, tokenize, type ConceptHit, type Lexicon } from '../../../lib/matching/claims-tokens';
import { stemPrefilter, stemWord } from '../../../lib/matching/stem';
import { BLOCK_BREAK, type ClaimSource } from '../../../lib/matching/types';

const FERRY: ClaimSource = { id: 'ferry', text: 'Unmarked helicopters are ferrying ISIS fighters to northern Afghanistan.', variants: [] };
const COUNT: ClaimSource = { id: 'count', text: 'There are more than 10,000 ISIS fighters in Afghanistan.', variants: [] };
const index = compileClaims([FERRY, COUNT]);
const ids = (text: string, idx = index): string[] => findClaims(idx, text).map((m) => m.claimId);

describe('findClaims', () => {
  it('matches the claim text itself', () => {
    expect(ids(FERRY.text)).toEqual(['ferry']);
  });

  it('matches a passive paraphrase with synonyms and another word order', () => {
    expect(ids('Daesh militants are being airlifted into the north of Afghanistan by unidentified choppers.')).toEqual(['ferry']);
  });

  it('matches a figure written in words', () => {
    expect(ids('Daesh now counts over ten thousand jihadists in Afghanistan.')).toEqual(['count']);
    expect(ids('ISIS has 10 thousand fighters in Afghanistan.')).toEqual(['count']);
  });

  it('does not match decoys that share the keywords in another relation', () => {
    expect(ids('Helicopters delivered food aid to northern Afghanistan.')).toEqual([]);
    expect(ids('ISIS fighters were killed by Afghan helicopters.')).toEqual([]);
    expect(ids('ISIS has 2,000 fighters in Afghanistan.')).toEqual([]);
  });

  it('still matches a sentence that denies the claim, since the reader should see its card', () => {
    expect(ids('There is no evidence that unmarked helicopters ferried ISIS fighters to northern Afghanistan.')).toEqual(['ferry']);
  });

  it('gains recall from examples the reader filed under the claim', () => {
    const sentence = 'Zubov said armed men were massively shuttled from Pakistan to the Tajik border aboard rotorcraft.';
    expect(ids(sentence)).toEqual([]);
    const example = 'Deputy minister said the armed men were shuttled to the Tajik border by rotorcraft.';
    const withExample = compileClaims([{ ...FERRY, examples: [example] }, COUNT]);
    expect(ids(sentence, withExample)).toEqual(['ferry']);
  });

  it('reports the page words that made the match, as written', () => {
    const [match] = findClaims(index, 'Mysterious CHOPPERS flew IS jihadists into northern Afghanistan.');
    expect(match?.matchedTerms).toEqual(['Mysterious', 'CHOPPERS', 'flew', 'IS', 'jihadists', 'northern', 'Afghanistan']);
  });

  it('reports a trimmed sentence span inside the text that never crosses a block break', () => {
    const text = `Weather today.${BLOCK_BREAK}  Unmarked helicopters are ferrying ISIS fighters${BLOCK_BREAK}to northern Afghanistan.  `;
    const matches = findClaims(index, text);
    for (const m of matches) {
      expect(text.slice(m.start, m.end)).not.toContain(BLOCK_BREAK);
      expect(text.slice(m.start, m.end)).toBe(text.slice(m.start, m.end).trim());
    }
    const whole = `Intro.${BLOCK_BREAK}  ${FERRY.text}  ${BLOCK_BREAK}Outro.`;
    const [m] = findClaims(index, whole);
    expect(m && whole.slice(m.start, m.end)).toBe(FERRY.text);
  });

  it('returns nothing for an empty index or an empty text', () => {
    expect(findClaims(compileClaims([]), FERRY.text)).toEqual([]);
    expect(findClaims(index, '')).toEqual([]);
  });

  it('compiles to plain JSON data that survives a round trip', () => {
    const copy = JSON.parse(JSON.stringify(index)) as typeof index;
    expect(findClaims(copy, FERRY.text)).toEqual(findClaims(index, FERRY.text));
  });

  it('treats words that are also Object.prototype names as plain words', () => {
    for (const word of ['valueOf', 'constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(() => findClaims(index, `${word} helicopters ferry ${word} fighters into northern Afghanistan`)).not.toThrow();
    }
  });

  it('splits into sentences only the blocks that may state a claim as a whole, and finds the same matches', () => {
    const blocks = [
      // One anchor each for two templates, and two anchors without the predicate: no sentence here can match.
      'Unmarked cars came. About 10,000 people watched.',
      'ISIS fighters were seen there.',
      `Weather today. ${FERRY.text} More later.`,
      `${COUNT.text} Unrelated.`,
    ];
    const text = blocks.join(BLOCK_BREAK);
    const segment = vi.spyOn(Intl.Segmenter.prototype, 'segment');
    try {
      const found = findClaims(index, text).map((m) => [m.claimId, text.slice(m.start, m.end)]);
      expect(found).toEqual([
        ['ferry', FERRY.text],
        ['count', COUNT.text],
      ]);
      expect(segment).toHaveBeenCalledTimes(2);
    } finally {
      segment.mockRestore();
    }
    const oneByOne = blocks.flatMap((block) => findClaims(index, block).map((m) => [m.claimId, block.slice(m.start, m.end)]));
    expect(oneByOne).toEqual([
      ['ferry', FERRY.text],
      ['count', COUNT.text],
    ]);
  });

  it('reads the same page the same way on a rescan, and keeps what it learnt about one index from another', () => {
    const aid = compileClaims([{ id: 'aid', text: 'Helicopters delivered food aid to northern Afghanistan.', variants: [] }]);
    const text = 'Helicopters delivered food aid to northern Afghanistan.';
    for (let i = 0; i < 2; i++) {
      expect(ids(text)).toEqual([]);
      expect(ids(text, aid)).toEqual(['aid']);
      expect(ids(FERRY.text)).toEqual(['ferry']);
    }
  });

  it('never throws and keeps every span within the text, whatever the text', () => {
    const words = fc.constantFrom('ISIS', 'helicopters', 'ferry', 'fighters', 'Afghanistan', 'ten', 'thousand', '10,000', BLOCK_BREAK, '.', ' ', '\n', 'é', '’s');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(words).map((w) => w.join(' '))), (text) => {
        for (const m of findClaims(index, text)) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(m.start).toBeLessThan(m.end);
          expect(m.score).toBeGreaterThan(0);
          expect(m.score).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});

describe('stem prefilter', () => {
  const { lexicon } = compileClaims([
    FERRY,
    COUNT,
    { id: 'rich', text: 'Civilians are dying as jets flew over Pakistani villages, crying for stability and the organisation of aid.', variants: [] },
  ]);
  const keys = Object.keys(lexicon.words).concat(Object.keys(lexicon.phrases));
  const mayBeKey = stemPrefilter(keys);
  const exceptions = ['flew', 'flown', 'went', 'children', 'dying', 'lying', 'tying', 'skies', 'cry', 'oing', "fighter's", 'mp3'];
  const suffixes = ['', 's', 'es', 'ed', 'ing', 'ly', 'ation', 'ness', 'ies', 'y', 'e', 'ise', 'ised', 'isation', 'ability', 'istan', 'ian', 'ingly'];
  // Words made of the lexicon's stems (whole or less their last letter, as "stabil" comes from "stable") and suffixes.
  const word = fc
    .tuple(fc.constantFrom(...keys, ...exceptions), fc.boolean(), fc.constantFrom(...suffixes))
    .map(([stem, cut, suffix]) => (cut ? stem.slice(0, -1) : stem) + suffix);

  it('never rejects a word whose stem is a key, nor any word for its own stem', () => {
    fc.assert(
      fc.property(word, (w) => {
        if (STOPWORDS.has(w)) return;
        if (keys.includes(stemWord(w))) expect(mayBeKey(w)).toBe(true);
        expect(stemPrefilter([stemWord(w)])(w)).toBe(true);
      }),
      { numRuns: 2000 },
    );
    for (const w of ['flew', 'dying', 'crying', 'pakistanis', 'organisations', 'helicopter', 'ferried']) expect(mayBeKey(w)).toBe(true);
    for (const w of ['weather', 'budget', 'election', 'market']) expect(mayBeKey(w)).toBe(false);
  });

  // The compiler's reading (an intern callback; no prefilter, no cached readings), less the concepts it would add.
  const unfiltered = (text: string, lex: Lexicon): ConceptHit[] =>
    readConcepts(tokenize(text), lex, () => -1)
      .map((hit) => ({ ...hit, concepts: hit.concepts.filter((c) => c !== -1) }))
      .filter((hit) => hit.concepts.length > 0);

  it('leaves what a page says unchanged', () => {
    const sample = 'Children were dying, they said, as jets flew over Pakistani villages and ISIS fighters were ferried north; 10,000 crying.';
    expect(readConcepts(tokenize(sample), lexicon)).toEqual(unfiltered(sample, lexicon));
    expect(readConcepts(tokenize(sample), lexicon).length).toBeGreaterThan(5);
    fc.assert(
      fc.property(fc.array(fc.oneof(word, fc.constantFrom('the', 'Weather', 'ten', 'thousand', '10,000', 'ISIS', '.', ',')), { maxLength: 30 }), (words) => {
        const text = words.join(' ');
        expect(readConcepts(tokenize(text), lexicon)).toEqual(unfiltered(text, lexicon));
      }),
      { numRuns: 300 },
    );
  });
});
