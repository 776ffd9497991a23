// Smoke test of the Firefox build in real headless Firefox (Debian firefox-esr over
// WebDriver BiDi): the add-on installs, highlights a seed article, opens a hover card,
// and none of its scripts throws. Skipped, with the reason, where Firefox or
// puppeteer-core is missing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, launchFirefox, startFixtureServer, whyNotRunnable } from './harness.mjs';

// node:test treats any non-undefined `skip` as set, so no reason must mean `false`.
const skip = (await whyNotRunnable()) ?? false;
let firefox;
let server;
let page;
before(async () => {
  if (skip) return;
  server = await startFixtureServer();
  firefox = await launchFirefox();
  page = await firefox.browser.newPage();
  await page.goto(server.url('/pages/kabul-ledger-daesh.html'));
});
after(async () => {
  await firefox?.close();
  await server?.close();
});

/** The text of every highlight registered under a name, read live from the page. */
const highlightTexts = (name) =>
  page.evaluate(
    (n) =>
      [...(CSS.highlights.get(n) ?? [])].map((r) => {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        return live.toString();
      }),
    name,
  );

test('the add-on installs temporarily and highlights Kabulov and the helicopter claim', { skip }, async () => {
  assert.equal(firefox.addonId, 'backstory@backstory.invalid');
  const before = await page.evaluate(() => document.body.innerHTML);
  const people = await eventually(async () => {
    const texts = await highlightTexts('backstory-person');
    return texts.length > 0 && (await highlightTexts('backstory-claim')).length > 0 ? texts : null;
  }, { message: 'person and claim highlights' });
  assert.ok(people.includes('Zamir Kabulov'), `highlighted: ${people.join(', ')}`);
  assert.equal(await page.evaluate(() => document.body.innerHTML), before, 'the page markup is unchanged');
});

/** The card frame, found by its document: puppeteer's frame.url() misses navigations into extension pages in Firefox. */
async function cardFrame() {
  for (const frame of page.frames()) {
    const href = await frame.evaluate(() => location.href).catch(() => '');
    if (href.endsWith('/card.html')) return frame;
  }
  return null;
}

test('hovering a person opens the hover card with their name', { skip }, async () => {
  const point = await page.evaluate(() => {
    for (const r of CSS.highlights.get('backstory-person') ?? []) {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      if (live.toString() !== 'Zamir Kabulov') continue;
      live.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const box = live.getClientRects()[0];
      return box && { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
    return null;
  });
  assert.ok(point, 'a painted "Zamir Kabulov" highlight');
  await page.mouse.move(5, 5);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  const card = await eventually(async () => {
    const frame = await cardFrame();
    const element = frame && (await frame.frameElement());
    const shown = element && (await element.evaluate((el) => getComputedStyle(el).visibility === 'visible' && el.getBoundingClientRect().height > 0));
    return shown ? frame : null;
  }, { message: 'the card to show' });
  assert.match(await card.evaluate(() => document.body.innerText), /Zamir Kabulov/);
});

test("none of the extension's scripts threw", { skip }, () => {
  assert.deepEqual(firefox.extensionErrors(), []);
});
