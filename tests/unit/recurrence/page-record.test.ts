import { describe, expect, it } from 'vitest';
import { MAX_DISCOVERY_SENTENCES, tidySentence, unmatchedSentences } from '../../../lib/recurrence/page-record';
import { allSentences } from '../../../lib/matching/quotes';
import { BLOCK_BREAK } from '../../../lib/matching/types';

const CLAIM = 'He said unmarked helicopters ferry fighters north.';
const text = [
  `Zamir Kabulov spoke on Monday. ${CLAIM}`,
  'Officials in Dushanbe denied any knowledge of such flights over the border region this spring.',
].join(BLOCK_BREAK);

describe('what a page offers for discovery', () => {
  it('every sentence except those that state a known claim, tidied', () => {
    const sentences = unmatchedSentences(text, allSentences(text), new Set([tidySentence(CLAIM)]));
    expect(sentences).toEqual([
      'Zamir Kabulov spoke on Monday.',
      'Officials in Dushanbe denied any knowledge of such flights over the border region this spring.',
    ]);
  });

  it('is capped, so a huge page sends a bounded message', () => {
    const many = Array.from({ length: MAX_DISCOVERY_SENTENCES + 50 }, (_, i) => `Sentence number ${i} says little.`).join(' ');
    expect(unmatchedSentences(many, allSentences(many), new Set())).toHaveLength(MAX_DISCOVERY_SENTENCES);
  });

  it('tidies whitespace and length the way stored sentences are compared', () => {
    expect(tidySentence('  a\n\u00a0b  ')).toBe('a b');
    expect(tidySentence('x'.repeat(400))).toHaveLength(300);
  });
});
