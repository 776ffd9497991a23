import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileNames, findPeople } from '../../../lib/matching/names';
import { BLOCK_BREAK, type NameSource } from '../../../lib/matching/types';

/** Characters that exercise every tokeniser path: letters in several scripts, marks, apostrophes, hyphens, spaces, breaks. */
const PIECES = [
  'a', 'K', 'é', 'e\u0301', 'ř', 'Ж', 'ж', 'ب', '字', '𝐀', '\uD800', "'", '’', 's', '-', '\u2010', '–', '—',
  ' ', '\u00A0', '\n', '\t', '.', ',', '(', ')', '“', BLOCK_BREAK, '\u00AD', '\u200B', '7', 'Kabulov', 'Marek',
  '__proto__', 'constructor', 'valueOf',
];
const piece = fc.constantFrom(...PIECES);
const textArb = fc.oneof(fc.string({ maxLength: 60 }), fc.array(piece, { maxLength: 40 }).map((p) => p.join('')));
const sourceArb: fc.Arbitrary<NameSource> = fc.record({
  id: fc.string({ minLength: 1, maxLength: 4 }),
  name: textArb,
  aliases: fc.array(textArb, { maxLength: 3 }),
});

describe('findPeople properties', () => {
  it('never throws and keeps every match inside the text and inside one block', () => {
    fc.assert(
      fc.property(fc.array(sourceArb, { maxLength: 5 }), textArb, (sources, text) => {
        const dict = compileNames(sources);
        for (const m of findPeople(dict, text)) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.start).toBeLessThan(m.end);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(m.surface).toBe(text.slice(m.start, m.end));
          expect(m.surface.includes(BLOCK_BREAK)).toBe(false);
          expect(m.personIds.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reports matches in order and without overlap', () => {
    fc.assert(
      fc.property(fc.array(sourceArb, { maxLength: 5 }), textArb, (sources, text) => {
        const matches = findPeople(compileNames(sources), text);
        for (let i = 1; i < matches.length; i++) {
          expect(matches[i]!.start).toBeGreaterThanOrEqual(matches[i - 1]!.end);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds any multi-word name embedded between spaces, in any case', () => {
    const word = fc.stringMatching(/^[A-Za-z]{2,8}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 2, maxLength: 4 }), fc.boolean(), (words, upper) => {
        const name = words.join(' ');
        const dict = compileNames([{ id: 'p', name, aliases: [] }]);
        const written = upper ? name.toUpperCase() : name.toLowerCase();
        const text = `x, ${written}. y`;
        const found = findPeople(dict, text);
        expect(found).toEqual([{ start: 3, end: 3 + written.length, personIds: ['p'], surface: written }]);
      }),
      { numRuns: 200 },
    );
  });

  it('survives a round trip through JSON and structured clone unchanged', () => {
    const dict = compileNames([
      { id: 'k', name: 'Zamir Kabulov', aliases: ['Kabulov', 'Кабулов'] },
      { id: 'p', name: 'Petr Marek', aliases: ['Marek'] },
    ]);
    const text = 'Zamir Kabulov, Кабулова and Marek’s';
    const expected = findPeople(dict, text);
    expect(expected).toHaveLength(3);
    expect(findPeople(JSON.parse(JSON.stringify(dict)), text)).toEqual(expected);
    expect(findPeople(structuredClone(dict), text)).toEqual(expected);
  });
});
