// Text extraction on linkedom's DOM (no layout, so no visibility checks): exact
// offsets, block breaks and exclusions over generated trees.
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { BLOCK_BREAK } from '../../../lib/matching/types';
import { extractText, pointAt } from '../../../lib/page/text-map';

const INLINE = ['b', 'i', 'a', 'span', 'em'];
const BLOCK = ['p', 'div', 'li', 'h2', 'td'];
const SKIPPED = ['script', 'code', 'textarea', 'pre'];

/** Generated markup: words tagged "keep" may be read; words tagged "drop" sit inside excluded elements. */
const tree: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('keep ', 'keep', ' ', 'keep.'),
    fc.tuple(fc.constantFrom(...INLINE, ...BLOCK), fc.array(tie('node'), { maxLength: 4 })).map(([tag, kids]) => `<${tag}>${kids.join('')}</${tag}>`),
    fc.constantFrom(...SKIPPED).map((tag) => `<${tag}>drop</${tag}>`),
    fc.constant('<div hidden>drop</div><span style="display:none">drop</span><div data-backstory-ui>drop</div>'),
  ),
})).node;

const parse = (markup: string) => parseHTML(`<!doctype html><html><body>${markup}</body></html>`).document;

describe('extractText', () => {
  it('maps every text node to its exact offset and reads nothing excluded', () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 6 }), (parts) => {
        const doc = parse(parts.join(''));
        const map = extractText(doc.body, { checkVisibility: false });
        let cursor = 0;
        map.nodes.forEach((node, i) => {
          const start = map.starts[i]!;
          expect(map.text.slice(start, start + node.data.length)).toBe(node.data);
          expect([0, 1]).toContain(start - cursor);
          if (start > cursor) expect(map.text[cursor]).toBe(BLOCK_BREAK);
          cursor = start + node.data.length;
        });
        expect(cursor).toBe(map.text.length);
        expect(map.text).not.toContain('drop');
        expect(map.text.split(/keep/).length - 1).toBe((doc.body.textContent ?? '').split(/keep/).length - 1);
      }),
    );
  });

  it('joins inline elements and separates blocks', () => {
    const doc = parse('<p>Envoy <b>Zamir</b> <a>Kabulov</a></p><p>next</p>text<br>after');
    expect(extractText(doc.body).text).toBe(`Envoy Zamir Kabulov${BLOCK_BREAK}next${BLOCK_BREAK}text${BLOCK_BREAK}after`);
  });

  it('maps offsets back to nodes, and rejects positions on a break', () => {
    const doc = parse('<p>ab<b>cd</b></p><p>ef</p>');
    const map = extractText(doc.body);
    expect(pointAt(map, 3)).toMatchObject({ offset: 1, index: 1 });
    expect(pointAt(map, 4, true)).toMatchObject({ offset: 2, index: 1 });
    expect(pointAt(map, 4)).toBeNull();
    expect(pointAt(map, 5)).toMatchObject({ offset: 0, index: 2 });
  });
});
