// The hover index's lookup, on linkedom text nodes (no layout needed).
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createHitIndex, matchesAt } from '../../../lib/page/hit-test';
import type { PlacedMatch } from '../../../lib/page/types';

const { document } = parseHTML('<!doctype html><html><body><p>Zamir <b>Kabulov</b> said the talks failed.</p></body></html>');
const [first, second, third] = [...document.querySelector('p')!.childNodes].flatMap((n) => (n.nodeType === 3 ? [n] : [...n.childNodes])) as Text[];

/** A placed match over [startOffset in nodes[0], endOffset in the last node]. */
function placed(id: string, nodes: Text[], startOffset: number, endOffset: number, start: number, end: number): PlacedMatch {
  return {
    match: { start, end, kind: 'person', ids: [id], score: 1, terms: [] },
    text: id,
    range: { startContainer: nodes[0]!, startOffset, endContainer: nodes.at(-1)!, endOffset, collapsed: false } as AbstractRange,
    nodes,
  };
}

describe('hit index', () => {
  // "Zamir " | "Kabulov" | " said the talks failed."
  const name = placed('kabulov', [first!, second!], 0, 7, 0, 13);
  const sentence = placed('claim', [first!, second!, third!], 0, 23, 0, 36);
  const talks = placed('talks', [third!], 10, 15, 23, 28);

  it('finds a match spanning nodes from any of its nodes, innermost first', () => {
    const index = createHitIndex([sentence, talks, name]);
    expect(matchesAt(index, first!, 2).map((m) => m.text)).toEqual(['kabulov', 'claim']);
    expect(matchesAt(index, second!, 3).map((m) => m.text)).toEqual(['kabulov', 'claim']);
    expect(matchesAt(index, third!, 12).map((m) => m.text)).toEqual(['talks', 'claim']);
    expect(matchesAt(index, third!, 5).map((m) => m.text)).toEqual(['claim']);
  });

  it('counts a caret on either edge of a match as on it, and nothing beyond', () => {
    const index = createHitIndex([talks]);
    expect(matchesAt(index, third!, 10)).toHaveLength(1);
    expect(matchesAt(index, third!, 15)).toHaveLength(1);
    expect(matchesAt(index, third!, 9)).toHaveLength(0);
    expect(matchesAt(index, third!, 16)).toHaveLength(0);
    expect(matchesAt(index, first!, 0)).toHaveLength(0);
  });

  it('files matches by node at the first lookup, not when built', () => {
    const index = createHitIndex([name, sentence, talks]);
    expect(index.byNode.size).toBe(0);
    expect(index.pending).toHaveLength(3);
    expect(matchesAt(index, third!, 12).map((m) => m.text)).toEqual(['talks', 'claim']);
    expect(index.pending).toHaveLength(0);
    expect(index.byNode.size).toBe(3);
  });
});
