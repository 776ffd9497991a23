// The scanner end to end with the real names matcher: ranges, highlights, hit-testing, changes, destroy.
import { createHitIndex, hitTest } from '../../lib/page/hit-test';
import { compileClaims, findClaims } from '../../lib/matching/claims';
import { highlightName } from '../../lib/page/highlights';
import { claimsMatcher } from '../../lib/page/matchers';
import { assert, assertEqual, test } from './harness';
import { centreOf, namesMatcher, setBody, sleep, startScanner } from './fixtures';

const rangeText = (r: AbstractRange) => {
  const live = document.createRange();
  live.setStart(r.startContainer, r.startOffset);
  live.setEnd(r.endContainer, r.endOffset);
  return live.toString();
};
const personHighlight = () => CSS.highlights.get(highlightName('person'));

test('a name split across inline elements is one range over several nodes', async () => {
  setBody('<p>Envoy <b>Zamir</b> <a href="#">Kabulov</a> said, and <i>Sergei</i> Lavrov agreed.</p>');
  const probe = startScanner();
  const result = await probe.next();
  probe.scanner.destroy();
  assertEqual(result.matches.map((m) => rangeText(m.range)), ['Zamir Kabulov', 'Sergei Lavrov'], 'range texts');
  assertEqual(result.matches[0]!.nodes.length, 3, 'nodes under the first match');
  assertEqual(result.people, { kabulov: 1, lavrov: 1 }, 'counts');
  assert(result.matches[0]!.range instanceof StaticRange, 'static ranges by default');
});

test('a block boundary ends a match', async () => {
  setBody('<p>Zamir</p><p>Kabulov</p><div>Angela<br>Merkel</div><ul><li>Sergey</li><li>Lavrov</li></ul>');
  const probe = startScanner();
  const result = await probe.next();
  probe.scanner.destroy();
  assertEqual(result.matches.length, 0, 'matches');
});

test('nothing is found in code, fields, hidden, editable content or our UI', async () => {
  setBody(`<style>.x{display:none}</style><script>"Zamir Kabulov"</script><textarea>Zamir Kabulov</textarea>
    <div contenteditable>Zamir Kabulov</div><div hidden>Zamir Kabulov</div><div class="x">Zamir Kabulov</div>
    <code>Zamir Kabulov</code><div data-backstory-ui>Zamir Kabulov</div><backstory-card>Zamir Kabulov</backstory-card>
    <p>Angela Merkel</p>`);
  const probe = startScanner();
  const result = await probe.next();
  probe.scanner.destroy();
  assertEqual(result.people, { merkel: 1 }, 'counts');
});

test('highlights are registered with the right counts and styled once', async () => {
  setBody('<p>Angela Merkel met Zamir Kabulov.</p><p>Merkel, Angela Merkel.</p>');
  const probe = startScanner();
  const result = await probe.next();
  const registered = personHighlight()?.size;
  const styles = document.adoptedStyleSheets.filter((sheet) => [...sheet.cssRules].some((r) => r.cssText.includes('backstory-person'))).length;
  probe.scanner.destroy();
  assertEqual(result.highlights, 'ok', 'status');
  assertEqual(registered, result.matches.length, 'ranges in CSS.highlights');
  assert(result.matches.length >= 3, `at least the three full names (got ${result.matches.length})`);
  assertEqual(styles, 1, 'adopted highlight sheets');
});

test('hit-testing finds the match under a point and nothing past the line end', async () => {
  setBody('<p style="width: 600px; font: 16px sans-serif">Reporters asked <b>Zamir</b> Kabulov about it.</p>');
  const probe = startScanner();
  const result = await probe.next();
  probe.scanner.destroy();
  const match = result.matches[0]!;
  const { x, y } = centreOf(match.range);
  assertEqual(hitTest(result.hitIndex, x, y)?.placed.match.ids, ['kabulov'], 'hit at the centre');
  assertEqual(hitTest(result.hitIndex, 590, y), null, 'no hit past the end of the line');
  const first = centreOf(rangeOf('Reporters'));
  assertEqual(hitTest(result.hitIndex, first.x, first.y), null, 'no hit on other words');
});

test('hit-testing prefers the innermost of overlapping matches', async () => {
  setBody('<p style="font: 16px sans-serif">Zamir Kabulov spoke.</p>');
  const probe = startScanner();
  const person = (await probe.next()).matches[0]!;
  probe.scanner.destroy();
  const claimRange = rangeOf('Zamir Kabulov spoke');
  const claim = { ...person, match: { ...person.match, kind: 'claim' as const, start: 0, end: 19, ids: ['c1'] }, range: claimRange };
  const index = createHitIndex([claim, person]);
  const onName = centreOf(person.range);
  assertEqual(hitTest(index, onName.x, onName.y)?.placed.match.kind, 'person', 'innermost on the name');
  const onSpoke = centreOf(rangeOf('spoke'));
  assertEqual(hitTest(index, onSpoke.x, onSpoke.y)?.placed.match.kind, 'claim', 'outer elsewhere');
});

test('appended paragraphs are scanned; edits replace their ranges; our UI is ignored', async () => {
  setBody('<p>Angela Merkel</p>');
  const probe = startScanner();
  assertEqual((await probe.next()).people, { merkel: 1 }, 'first scan');
  const p = document.createElement('p');
  p.append('Then ', Object.assign(document.createElement('b'), { textContent: 'Zamir' }), ' Kabulov spoke.');
  document.body.append(p);
  const added = await probe.next();
  assertEqual([added.reason, added.people], ['update', { merkel: 1, kabulov: 1 }], 'after append');
  (p.lastChild as Text).data = ' Kabulov and Angela Merkel.';
  const edited = await probe.next();
  assertEqual(edited.people, { merkel: 2, kabulov: 1 }, 'after editing text');
  assertEqual(personHighlight()?.size, 3, 'highlight ranges replaced, not duplicated');
  document.body.firstElementChild!.remove();
  assertEqual((await probe.next()).people, { merkel: 1, kabulov: 1 }, 'after removing a paragraph');
  const ours = document.createElement('div');
  ours.setAttribute('data-backstory-ui', '');
  ours.textContent = 'Sergey Lavrov';
  document.body.append(ours);
  await sleep(200);
  ours.append(' and Angela Merkel');
  const late = await Promise.race([probe.next(), sleep(400).then(() => null)]);
  probe.scanner.destroy();
  ours.remove();
  assertEqual(late, null, 'no rescan for our own UI');
});

test('open shadow roots are scanned and watched', async () => {
  setBody('<div id="host"></div><p>Angela Merkel</p>');
  const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
  const inner = document.createElement('p');
  inner.textContent = 'Sergey Lavrov in a shadow root';
  shadow.append(inner);
  const probe = startScanner();
  const result = await probe.next();
  assertEqual(result.people, { lavrov: 1, merkel: 1 }, 'counts');
  assert(shadow.adoptedStyleSheets.length === 1, 'highlight styles adopted by the shadow root');
  const { x, y } = centreOf(result.matches.find((m) => m.match.ids[0] === 'lavrov')!.range);
  assertEqual(hitTest(result.hitIndex, x, y)?.placed.match.ids, ['lavrov'], 'hit inside the shadow root');
  assert(result.hitIndex.shadowRoots.includes(shadow), 'shadow root indexed for hit-testing');
  const more = document.createElement('p');
  more.textContent = 'Zamir Kabulov too';
  shadow.append(more);
  const updated = await probe.next();
  probe.scanner.destroy();
  assertEqual(updated.people, { lavrov: 1, merkel: 1, kabulov: 1 }, 'after a change inside the shadow root');
  assertEqual(shadow.adoptedStyleSheets.length, 0, 'styles removed on destroy');
});

test('hidden text is read once shown; attribute changes that show nothing cause no rescan', async () => {
  setBody('<p>Angela Merkel</p><div id="more" style="display:none"><p>Sergey Lavrov</p></div><section class="tabs"><p class="panel" hidden>Zamir Kabulov</p></section>');
  const probe = startScanner();
  assertEqual((await probe.next()).people, { merkel: 1 }, 'hidden text unread at first');
  // A page animating classes where nothing is hidden: no rescan.
  for (let i = 0; i < 10; i++) document.body.firstElementChild!.classList.toggle('pulse');
  document.querySelector('section')!.classList.add('active');
  const afterIdle = probe.next();
  const idle = await Promise.race([afterIdle, sleep(300).then(() => null)]);
  assertEqual(idle, null, 'no rescan when nothing was shown');
  (document.getElementById('more') as HTMLElement).style.display = 'block';
  assertEqual((await afterIdle).people, { merkel: 1, lavrov: 1 }, 'after the style shows it');
  document.querySelector('.panel')!.removeAttribute('hidden');
  const shown = await probe.next();
  probe.scanner.destroy();
  assertEqual([shown.reason, shown.people], ['update', { merkel: 1, lavrov: 1, kabulov: 1 }], 'after the hidden attribute goes');
});

test('a same-document navigation triggers a full rescan', async () => {
  setBody('<p>Angela Merkel</p>');
  const probe = startScanner();
  await probe.next();
  history.pushState({}, '', `?page=${Date.now()}`);
  const result = await probe.next();
  probe.scanner.destroy();
  assertEqual(result.reason, 'full', 'reason');
});

test('destroy removes highlights, styles and observers', async () => {
  setBody('<p>Angela Merkel</p>');
  const probe = startScanner();
  await probe.next();
  probe.scanner.destroy();
  assert(!CSS.highlights.has(highlightName('person')), 'highlight unregistered');
  assertEqual(document.querySelectorAll('[data-backstory-ui]').length, 0, 'no UI element left');
  assertEqual(document.adoptedStyleSheets.length, 0, 'no adopted sheet left');
  document.body.append(Object.assign(document.createElement('p'), { textContent: 'Zamir Kabulov' }));
  const late = await Promise.race([probe.next(), sleep(300).then(() => null)]);
  assertEqual(late, null, 'no result after destroy');
});

test('scanning leaves the page DOM unchanged; live ranges work too', async () => {
  setBody('<h1>Zamir <em>Kabulov</em></h1><p>Angela Merkel and <a href="#">Sergey Lavrov</a>.</p>');
  const before = document.body.innerHTML;
  const probe = startScanner({ rangeKind: 'live' });
  const result = await probe.next();
  assertEqual(document.body.innerHTML, before, 'body markup');
  probe.scanner.destroy();
  assertEqual(result.matches.length, 3, 'matches');
  assert(result.matches.every((m) => m.range instanceof Range), 'live ranges');
});

test('claims are found and highlighted alongside people, and hit-tested innermost-first', async () => {
  const index = compileClaims([{ id: 'sanctions-cost', text: 'Sanctions have cost the economy 100 billion dollars', variants: [] }]);
  setBody('<p style="font: 16px sans-serif">Angela Merkel said sanctions had cost the economy $100 billion.</p><p>Nothing here.</p>');
  const probe = startScanner({ matchers: [namesMatcher(), claimsMatcher((t) => findClaims(index, t))] });
  const result = await probe.next();
  const claimRanges = CSS.highlights.get(highlightName('claim'))?.size;
  assertEqual([result.people, result.claims], [{ merkel: 1 }, { 'sanctions-cost': 1 }], 'counts');
  assertEqual(claimRanges, 1, 'claim ranges registered');
  const person = result.matches.find((m) => m.match.kind === 'person')!;
  const claim = result.matches.find((m) => m.match.kind === 'claim')!;
  assert(claim.match.terms.length > 0, 'claim terms carried through');
  const onName = centreOf(person.range);
  assertEqual(hitTest(result.hitIndex, onName.x, onName.y)?.placed.match.kind, 'person', 'name inside the claim wins');
  const onBillion = centreOf(rangeOf('billion'));
  assertEqual(hitTest(result.hitIndex, onBillion.x, onBillion.y)?.placed.match.ids, ['sanctions-cost'], 'claim elsewhere');
});

/** A range over the first occurrence of `needle` inside the body's first <p>. */
function rangeOf(needle: string): Range {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = (n as Text).data.indexOf(needle);
    if (at >= 0) {
      const r = document.createRange();
      r.setStart(n, at);
      r.setEnd(n, at + needle.length);
      return r;
    }
  }
  throw new Error(`"${needle}" not found`);
}
