// Text extraction: what is read, where block breaks go, and exact offset mapping.
import { BLOCK_BREAK } from '../../lib/matching/types';
import { createTextWalk, extractText, pointAt, type TextMap } from '../../lib/page/text-map';
import { assert, assertEqual, test } from './harness';
import { setBody } from './fixtures';

const B = BLOCK_BREAK;

/** Every node's data sits at its start offset, and only breaks lie between nodes. */
function assertExactMap(map: TextMap): void {
  let cursor = 0;
  map.nodes.forEach((node, i) => {
    const start = map.starts[i]!;
    assertEqual(map.text.slice(start, start + node.data.length), node.data, `node ${i} data at its offset`);
    assert(/^\u2029?$/.test(map.text.slice(cursor, start)), `only a break between nodes ${i - 1} and ${i}`);
    cursor = start + node.data.length;
  });
  assertEqual(cursor, map.text.length, 'text ends with the last node');
}

test('a name split across inline elements stays one run of text', () => {
  setBody('<p>Envoy <b>Zamir</b> <a href="#">Kabulov</a> said</p>');
  const map = extractText(document.body);
  assertEqual(map.text, 'Envoy Zamir Kabulov said', 'flat text');
  assertEqual(map.nodes.length, 5, 'text nodes');
  assertExactMap(map);
});

test('block elements and <br> write a break between their texts', () => {
  setBody('<p>Zamir</p><p>Kabulov</p><div>one<br>two</div><ul><li>a</li><li>b</li></ul><table><tr><td>c</td><td>d</td></tr></table>');
  const map = extractText(document.body);
  assertEqual(map.text, `Zamir${B}Kabulov${B}one${B}two${B}a${B}b${B}c${B}d`, 'flat text');
  assertExactMap(map);
});

test('nothing is read from code, form fields, hidden, editable or Backstory UI', () => {
  setBody(`
    <style>.gone { display: none }</style>
    <p>seen1</p>
    <script>var x = "script";</script><noscript>noscript</noscript><template><p>template</p></template>
    <textarea>textarea</textarea><input value="input"><select><option>option</option></select>
    <code>code</code><pre>pre</pre><kbd>kbd</kbd><samp>samp</samp>
    <div contenteditable="true">editable</div><div contenteditable="">editable2</div><div contenteditable="plaintext-only">editable3</div>
    <div hidden>hiddenattr</div><span style="display: none">inlinenone</span><div class="gone">classnone</div>
    <div data-backstory-ui>ourpanel</div><backstory-card>ourcard</backstory-card>
    <svg><text>svgtext</text></svg><math><mi>math</mi></math>
    <div contenteditable="false">seen2</div><div style="display: contents">seen3</div>`);
  const map = extractText(document.body);
  const words = map.text.split(/[\s\u2029]+/).filter(Boolean);
  assertEqual(words, ['seen1', 'seen2', 'seen3'], 'words read');
  assertExactMap(map);
});

test('an excluded inline element is a boundary, not a join', () => {
  setBody('<p>Zamir<code>x</code>Kabulov</p>');
  assertEqual(extractText(document.body).text, `Zamir${B}Kabulov`, 'flat text');
});

test('open shadow roots are read, then the host\'s light children', () => {
  setBody('<p>before</p><div id="host">light</div><p>after</p>');
  const host = document.getElementById('host')!;
  const shadow = host.attachShadow({ mode: 'open' });
  const inner = document.createElement('p');
  inner.append('Zamir ', Object.assign(document.createElement('b'), { textContent: 'Kabulov' }));
  shadow.append(inner);
  const map = extractText(document.body);
  assertEqual(map.text, `before${B}Zamir Kabulov${B}light${B}after`, 'flat text');
  assertEqual(map.shadowRoots.length, 1, 'shadow roots reported');
  assertExactMap(map);
});

test('several roots and a shadow root as root', () => {
  setBody('<div id="a">first <i>one</i></div><div id="b">second</div>');
  const host = document.getElementById('b')!;
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.append('shadow text');
  assertEqual(extractText(shadow).text, 'shadow text', 'shadow root alone');
  assertEqual(extractText(document.getElementById('a')!).text, 'first one', 'element alone');
});

test('runs of <br>, <hr> and empty blocks between texts give one break each', () => {
  setBody('<p>a<br>b<br><br>c</p><div>d<div></div>e<hr>f<div><p></p></div></div>');
  const map = extractText(document.body);
  assertEqual(map.text, `a${B}b${B}c${B}d${B}e${B}f`, 'flat text');
  assertExactMap(map);
});

test('nested blocks and excluded subtrees between texts', () => {
  setBody('<div>a<div><p>b</p></div>c<span>d<code>x</code>e</span><script>y</script>f</div>');
  const map = extractText(document.body);
  assertEqual(map.text, `a${B}b${B}cd${B}e${B}f`, 'flat text');
  assertExactMap(map);
});

test('excluding attributes are found among other attributes', () => {
  setBody(`
    <p class="a" id="b">seen1</p><span class="x" style="color: red; display : none">gone1</span>
    <b title="t" hidden>gone2</b><i data-x="1" data-backstory-ui="">gone3</i>
    <div lang="en" contenteditable="yes">gone4</div><div lang="en" contenteditable="FALSE">seen2</div>
    <span style="display: block">seen3</span>`);
  const words = extractText(document.body).text.split(/[\s\u2029]+/).filter(Boolean);
  assertEqual(words, ['seen1', 'seen2', 'seen3'], 'words read');
});

test('hidden blocks are skipped with or without content; display:contents and hidden inline text are read', () => {
  setBody(`<style>.gone { display: none } .flat { display: contents }</style>
    <p>a</p><div class="gone">x<p>y</p></div><div class="gone"></div><p>b<span class="gone">c</span></p>
    <div class="flat">d<div class="flat"><p>e</p></div></div>`);
  const map = extractText(document.body);
  assertEqual(map.text.split(/\s*\u2029\s*/).filter(Boolean), ['a', 'bc', 'd', 'e'], 'blocks read');
  assertExactMap(map);
});

test('shadow roots: empty ones are ignored, nested ones read in place, hidden hosts skipped', () => {
  setBody('<p>a<span id="empty">b</span>c</p><p>d<span id="outer"></span>e</p><div id="gone" style="display: none">light</div>');
  document.getElementById('empty')!.attachShadow({ mode: 'open' });
  const outer = document.getElementById('outer')!.attachShadow({ mode: 'open' });
  const inner = document.createElement('span');
  inner.append('z');
  outer.append('x', inner);
  inner.attachShadow({ mode: 'open' }).append('y');
  document.getElementById('gone')!.attachShadow({ mode: 'open' }).append('hidden');
  const map = extractText(document.body);
  assertEqual(map.text, `abc${B}d${B}x${B}y${B}z${B}e`, 'flat text');
  assertEqual(map.shadowRoots.length, 2, 'shadow roots reported');
  assertExactMap(map);
});

test('several roots are read in order, each its own block', () => {
  setBody('<div id="a">first <i>one</i></div><span id="b">second</span><span id="c">third</span>');
  const walk = createTextWalk(['a', 'b', 'c'].map((id) => document.getElementById(id)!));
  walk.step(() => false);
  assertEqual(walk.result().text, `first one${B}second${B}third`, 'flat text');
});

test('reading in slices gives the same map as reading at once', () => {
  const paragraph = '<p>Envoy <b>Zamir</b> <a href="#">Kabulov</a><br>said <code>x</code> <span hidden>no</span>so</p>';
  setBody(`<article>${paragraph.repeat(300)}</article><aside><ul><li>a</li><li>b</li></ul></aside>`);
  const whole = extractText(document.body);
  const walk = createTextWalk([document.body]);
  let steps = 0;
  while (!walk.step(() => true)) steps += 1;
  const sliced = walk.result();
  assert(steps > 10, 'read in many slices');
  assertEqual(sliced.text, whole.text, 'same text');
  assertEqual(sliced.starts, whole.starts, 'same starts');
  assert(sliced.nodes.every((node, i) => node === whole.nodes[i]), 'same nodes');
});

test('offsets map back to text node positions', () => {
  setBody('<p>ab<b>cd</b></p><p>ef</p>');
  const map = extractText(document.body);
  assertEqual(map.text, `abcd${B}ef`, 'flat text');
  const c = pointAt(map, 2)!;
  assertEqual([c.node.data, c.offset], ['cd', 0], 'start of second node');
  const endOfD = pointAt(map, 4, true)!;
  assertEqual([endOfD.node.data, endOfD.offset], ['cd', 2], 'end boundary stays in its node');
  assertEqual(pointAt(map, 4), null, 'a break is no start position');
  assertEqual(pointAt(map, 7, true)!.offset, 2, 'end of text');
});

test('whitespace and entities are kept exactly', () => {
  setBody('<p>  Zamir&nbsp;\n  Kabulov&amp;co  </p>');
  const map = extractText(document.body);
  assertEqual(map.text, '  Zamir\u00a0\n  Kabulov&co  ', 'flat text');
});
