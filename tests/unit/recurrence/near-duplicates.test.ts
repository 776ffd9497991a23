// Sentence near-duplicates for discovery: light rewording merges; shared names, shared topics and short sentences do not.
import { describe, expect, it } from 'vitest';
import {
  isNearDuplicate, sentenceBands, sentenceKey, sentenceSignature, sentenceSimilarity, signaturesNearDuplicate,
} from '../../../lib/recurrence/near-duplicates';

const MUST_MERGE: [string, string][] = [
  [
    'The minister said the helicopters had been flying over the northern provinces every night since March.',
    'The minister said that the helicopters have been flying over the northern provinces every night since March.',
  ],
  [
    '“We will not allow foreign mercenaries to destabilise the region,” the spokesman told reporters on Monday.',
    'We will not let foreign mercenaries destabilise the region, the spokesman told journalists on Monday.',
  ],
  [
    'Unmarked helicopters are delivering weapons and ammunition to militants in the north of Afghanistan, the envoy claimed.',
    'Unmarked helicopters are delivering weapons and ammunition to the militants in northern Afghanistan, the envoy claimed.',
  ],
  [
    'According to the ministry, 25 people were killed and about 70 injured in the explosion at the temple.',
    'According to the ministry, 27 people were killed and about 80 injured in the explosion at the temple!',
  ],
];

const MUST_NOT_MERGE: [string, string][] = [
  [
    'The Islamic Revolutionary Guard Corps Aerospace Force commander said on Tuesday that new missiles had been tested.',
    'The Islamic Revolutionary Guard Corps Aerospace Force has been designated a terrorist organisation by the European Union.',
  ],
  [
    'The government said the talks in Geneva would resume next week after a pause of two months.',
    'The opposition said the talks in Geneva had failed and would not resume until the blockade ends.',
  ],
  [
    'Secret biological laboratories funded from abroad operate near the border, the spokeswoman alleged.',
    'Independent inspectors found no evidence of biological laboratories near the border during their visit.',
  ],
];

describe('isNearDuplicate', () => {
  it.each(MUST_MERGE)('merges %s / %s', (a, b) => {
    expect(isNearDuplicate(a, b)).toBe(true);
  });

  it.each(MUST_NOT_MERGE)('keeps apart %s / %s', (a, b) => {
    expect(isNearDuplicate(a, b)).toBe(false);
  });

  it('ignores sentences under eight words, even identical ones', () => {
    expect(isNearDuplicate('The helicopters had no markings at all.', 'The helicopters had no markings at all.')).toBe(false);
    expect(sentenceSignature('Seven words are never enough for this.')).toBeUndefined();
    expect(sentenceSignature('Eight words are just about enough for this one.')).toBeDefined();
  });

  it('ignores run-together paragraphs over sixty words', () => {
    expect(sentenceSignature(Array.from({ length: 61 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}`).join(' '))).toBeUndefined();
  });
});

describe('signatures', () => {
  it('agree with the exact comparison on every example', () => {
    for (const [a, b] of MUST_MERGE) expect(signaturesNearDuplicate(sentenceSignature(a)!, sentenceSignature(b)!), a).toBe(true);
    for (const [a, b] of MUST_NOT_MERGE) expect(signaturesNearDuplicate(sentenceSignature(a)!, sentenceSignature(b)!), a).toBe(false);
  });

  it('are 64 values of 16 bits', () => {
    const sig = sentenceSignature(MUST_MERGE[0]![0])!;
    expect(sig).toHaveLength(64);
    expect(sig.every((v) => Number.isInteger(v) && v >= 0 && v < 65536)).toBe(true);
  });

  it('put merged pairs in a shared LSH band and mostly keep unrelated ones out', () => {
    for (const [a, b] of MUST_MERGE) {
      const bb = sentenceBands(sentenceSignature(b)!);
      expect(sentenceBands(sentenceSignature(a)!).some((k) => bb.includes(k)), a).toBe(true);
    }
    const unrelated = MUST_NOT_MERGE.filter(([a, b]) => {
      const bb = sentenceBands(sentenceSignature(b)!);
      return sentenceBands(sentenceSignature(a)!).some((k) => bb.includes(k));
    });
    expect(unrelated.length).toBeLessThan(MUST_NOT_MERGE.length);
  });
});

describe('sentenceKey', () => {
  it('is equal across case, accents, punctuation and numbers, different otherwise', () => {
    expect(sentenceKey('Émigrés said “25 flights” landed.')).toBe(sentenceKey('emigres said 30 flights landed'));
    expect(sentenceKey('Emigres said flights landed.')).not.toBe(sentenceKey('Emigres said flights departed.'));
  });

  it('similarity is symmetric and 1 for a sentence with itself', () => {
    const [a, b] = MUST_MERGE[1]!;
    expect(sentenceSimilarity(a, a)).toBe(1);
    expect(sentenceSimilarity(a, b)).toBe(sentenceSimilarity(b, a));
  });
});
