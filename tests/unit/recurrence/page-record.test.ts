import { describe, expect, it } from 'vitest';
import { foundOnPage, unmatchedSentences } from '../../../lib/recurrence/page-record';
import { BLOCK_BREAK } from '../../../lib/matching/types';

const text = [
  'Zamir Kabulov spoke on Monday. He said unmarked helicopters ferry fighters north.',
  'Officials in Dushanbe denied any knowledge of such flights over the border region this spring.',
  'Marek was not available for comment.',
].join(BLOCK_BREAK);
const at = (needle: string) => ({ start: text.indexOf(needle), end: text.indexOf(needle) + needle.length });

describe('what a page contributes to recurrence', () => {
  it('keeps one entry per person and claim, with the sentence that names or states it', () => {
    const people = [{ ...at('Zamir Kabulov'), ids: ['kabulov'] }, { ...at('Marek'), ids: ['anna-marek', 'petr-marek'] }];
    const claims = [{ ...at('He said unmarked helicopters ferry fighters north.'), ids: ['helicopters'] }];
    expect(foundOnPage(text, people, claims)).toEqual([
      { kind: 'person', refId: 'kabulov', sentence: 'Zamir Kabulov spoke on Monday.' },
      { kind: 'claim', refId: 'helicopters', sentence: 'He said unmarked helicopters ferry fighters north.' },
    ]);
  });

  it('offers only sentences that state no known claim for discovery', () => {
    const claims = [{ ...at('He said unmarked helicopters ferry fighters north.'), ids: ['helicopters'] }];
    const sentences = unmatchedSentences(text, claims);
    expect(sentences).toContain('Officials in Dushanbe denied any knowledge of such flights over the border region this spring.');
    expect(sentences).toContain('Zamir Kabulov spoke on Monday.');
    expect(sentences.some((s) => s.includes('helicopters'))).toBe(false);
  });
});
