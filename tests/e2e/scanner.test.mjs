// The page scanner in the built extension: the default pack's people and claims are
// highlighted on a seed article, counted for the popup, and the page is left intact.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useExtension, tabIdOf, openPopup, eventually } from './harness.mjs';
import { clickSaveMenu, highlightTexts, selectText } from './reading-helpers.mjs';

// Text hidden at first and shown by the reader: a "read more" panel (a class on an ancestor)
// and a <details> element.
const REVEAL = `<!doctype html><html><head><title>Reveal</title>
<style>.collapsed .more { display: none; }</style></head><body>
<article class="collapsed"><p>Officials met on Monday.</p>
<div class="more"><p>Later, Sergei Shoigu spoke about the northern provinces.</p></div>
<details><summary>Background</summary><p>Mohammad Hanif Atmar was foreign minister.</p></details>
</article></body></html>`;

// A page whose article sits in a same-origin frame.
const FRAMED = '<!doctype html><html><head><title>Framed</title></head><body><h1>Digest</h1><iframe src="/frame-body.html" width="800" height="400"></iframe></body></html>';
const FRAME_BODY = '<!doctype html><html><head><title>Inner</title></head><body><p>Mohammad Hanif Atmar was foreign minister until 2020.</p></body></html>';

const env = useExtension({ '/reveal.html': { body: REVEAL }, '/framed.html': { body: FRAMED }, '/frame-body.html': { body: FRAME_BODY } });

const highlightSizes = (page) =>
  page.evaluate(() => ({
    person: CSS.highlights.get('backstory-person')?.size ?? 0,
    claim: CSS.highlights.get('backstory-claim')?.size ?? 0,
  }));

const highlightedPeople = (page) => highlightTexts(page, 'person');

test('a seed article: Kabulov and the helicopter claim are highlighted, the DOM is untouched', async () => {
  const page = await env.ext.context.newPage();
  await page.goto(env.server.url('/pages/kabul-ledger-daesh.html'));
  const before = await page.evaluate(() => document.body.innerHTML);
  const sizes = await eventually(async () => {
    const s = await highlightSizes(page);
    return s.person > 0 && s.claim > 0 ? s : null;
  }, { message: 'person and claim highlights' });
  assert.ok(sizes.person >= 2, `person highlights: ${sizes.person}`);
  const texts = await highlightedPeople(page);
  assert.ok(texts.includes('Zamir Kabulov'), `highlighted: ${texts.join(', ')}`);
  assert.equal(await page.evaluate(() => document.body.innerHTML), before, 'the page markup is unchanged');
  await page.close();
});

test('the popup lists who and what the page names, and the site switch turns highlights off and on', async () => {
  const page = await env.ext.context.newPage();
  const url = env.server.url('/pages/caspian-monitor-us-isis.html');
  await page.goto(url);
  await eventually(async () => (await highlightSizes(page)).person > 0, { message: 'highlights' });
  const tabId = await eventually(() => tabIdOf(env.ext.worker, url), { message: 'the tab report' });
  const popup = await openPopup(env.ext, tabId);
  const people = await eventually(async () => {
    const text = await popup.getByTestId('found-people').innerText().catch(() => '');
    if (!text) await popup.reload();
    return text;
  }, { message: 'the people list in the popup' });
  assert.match(people, /Sergei Beseda/);
  assert.match(await popup.getByTestId('page-status').innerText(), /[1-9]\d* mentions? of known people/);

  await popup.getByTestId('site-switch').uncheck();
  await eventually(async () => (await highlightSizes(page)).person === 0, { message: 'highlights removed' });
  await popup.getByTestId('page-status').getByText('switched off').waitFor();
  // Off means off everywhere: the context menu and shortcut save nothing on this site either.
  await selectText(page, 'article', 'Sergei Beseda');
  assert.deepEqual(await clickSaveMenu(env.ext, tabId), { ok: true, value: false });
  await popup.getByTestId('site-switch').check();
  await eventually(async () => (await highlightSizes(page)).person > 0, { message: 'highlights back' });
  await popup.close();
  await page.close();
});

test("the reader's highlight colours apply to open pages at once", async () => {
  const page = await env.ext.context.newPage();
  await page.goto(env.server.url('/pages/kabul-ledger-daesh.html'));
  await eventually(async () => (await highlightSizes(page)).person > 0, { message: 'highlights' });
  const personBackground = () =>
    page.evaluate(() => getComputedStyle(document.querySelector('article p:nth-of-type(3)'), '::highlight(backstory-person)').backgroundColor);
  assert.equal(await personBackground(), 'rgba(255, 196, 0, 0.22)');
  await env.ext.worker.evaluate(() =>
    chrome.storage.local.set({ 'settings:highlight-colours': { person: '#ff0000', claim: '#0084ff', snippet: '#40c860' } }),
  );
  await eventually(async () => (await personBackground()) === 'rgba(255, 0, 0, 0.22)', { message: 'the new colour' });
  await env.ext.worker.evaluate(() => chrome.storage.local.remove('settings:highlight-colours'));
  await page.close();
});

/** Opens a seed article, lets `rewrite` replace the page in place, and returns the people highlighted once `name` is. */
async function afterRewrite(rewrite, name) {
  const page = await env.ext.context.newPage();
  await page.goto(env.server.url('/pages/kabul-ledger-daesh.html'));
  await eventually(async () => (await highlightedPeople(page)).includes('Zamir Kabulov'), { message: 'the first page highlighted' });
  await page.evaluate(rewrite);
  const people = await eventually(async () => {
    const found = await highlightedPeople(page);
    return found.includes(name) ? found : null;
  }, { message: `${name} highlighted on the rewritten page` });
  await page.close();
  return people;
}

test('a single-page site that navigates with pushState and swaps its whole <body> (as Turbo does) is scanned anew', async () => {
  const people = await afterRewrite(() => {
    const next = document.createElement('body');
    const article = document.createElement('article');
    const p = document.createElement('p');
    p.textContent = 'In Moscow, Sergei Shoigu spoke about the northern provinces.';
    article.append(p);
    next.append(article);
    history.pushState({}, '', '/next-article');
    document.body.replaceWith(next);
  }, 'Sergei Shoigu');
  assert.ok(!people.includes('Zamir Kabulov'), `the old page's highlights are gone: ${people.join(', ')}`);
});

test('text a reader reveals (a "read more" panel, an opened <details>) is highlighted once shown', async () => {
  const page = await env.ext.context.newPage();
  await page.goto(env.server.url('/reveal.html'));
  // Nothing is found while both are hidden; wait for the first scan to report, then reveal.
  await eventually(() => tabIdOf(env.ext.worker, page.url()), { message: 'the first scan' });
  assert.deepEqual(await highlightedPeople(page), []);
  await page.evaluate(() => document.querySelector('article').classList.remove('collapsed'));
  await eventually(async () => (await highlightedPeople(page)).includes('Sergei Shoigu'), { message: 'the revealed panel highlighted' });
  await page.evaluate(() => (document.querySelector('details').open = true));
  await eventually(async () => (await highlightedPeople(page)).includes('Mohammad Hanif Atmar'), { message: 'the opened details highlighted' });
  await page.close();
});

test('a same-origin frame is read too: its names are highlighted and the save shortcut works on a selection inside it', async () => {
  const page = await env.ext.context.newPage();
  await page.goto(env.server.url('/framed.html'));
  const frame = await eventually(() => page.frames().find((f) => f.url().endsWith('/frame-body.html')), { message: 'the inner frame' });
  await eventually(() => frame.evaluate(() => (CSS.highlights.get('backstory-person')?.size ?? 0) > 0), { message: 'highlights inside the frame' });
  await selectText(frame, 'p', 'Mohammad Hanif Atmar was foreign minister');
  const tabId = await eventually(() => tabIdOf(env.ext.worker, page.url()), { message: 'the tab report' });
  await env.ext.worker.evaluate((tabId) => globalThis.backstoryReading.onCommand('save-selection', { id: tabId }), tabId);
  const card = await eventually(() => frame.childFrames().find((f) => f.url().includes('/card.html')), { message: 'the card inside the inner frame' });
  await card.getByTestId('save-form').waitFor();
  assert.equal(await card.getByTestId('save-quote').innerText(), 'Mohammad Hanif Atmar was foreign minister');
  await page.close();
});

test('a page that rewrites its whole document with document.open() is scanned anew', async () => {
  const people = await afterRewrite(() => {
    document.open();
    document.write('<!doctype html><html><head><title>Rewritten</title></head><body><p>Later, Sergei Shoigu spoke.</p></body></html>');
    document.close();
  }, 'Sergei Shoigu');
  assert.deepEqual(people, ['Sergei Shoigu'], 'the old document’s highlights are gone');
});
