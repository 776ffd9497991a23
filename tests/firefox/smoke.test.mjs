// Smoke test of the Firefox build in real headless Firefox (Debian firefox-esr over
// WebDriver BiDi): the add-on installs, highlights a seed article, opens a hover card,
// saves a selection as a snippet from the page, shows it in the library opened from the
// card, and none of its scripts throws. Skipped, with the reason, where Firefox or
// puppeteer-core is missing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, launchFirefox, startFixtureServer, whyNotRunnable } from './harness.mjs';
import { highlightTexts, saveButtonPoint, selectText } from '../e2e/reading-helpers.mjs';

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


test('the add-on installs temporarily and highlights Kabulov and the helicopter claim', { skip }, async () => {
  assert.equal(firefox.addonId, 'backstory@backstory.invalid');
  const before = await page.evaluate(() => document.body.innerHTML);
  const people = await eventually(async () => {
    const texts = await highlightTexts(page, 'person');
    return texts.length > 0 && (await highlightTexts(page, 'claim')).length > 0 ? texts : null;
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

/** Hovers the painted highlight of a person's name and waits for the card; returns the card frame. */
async function hoverPerson(name) {
  const point = await page.evaluate((name) => {
    for (const r of CSS.highlights.get('backstory-person') ?? []) {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      if (live.toString() !== name) continue;
      live.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const box = live.getClientRects()[0];
      return box && { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
    return null;
  }, name);
  assert.ok(point, `a painted "${name}" highlight`);
  await page.mouse.move(5, 5);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  return eventually(async () => {
    const frame = await cardFrame();
    const element = frame && (await frame.frameElement());
    const shown = element && (await element.evaluate((el) => getComputedStyle(el).visibility === 'visible' && el.getBoundingClientRect().height > 0));
    return shown ? frame : null;
  }, { message: 'the card to show' });
}

test('hovering a person opens the hover card with their name', { skip }, async () => {
  const card = await hoverPerson('Zamir Kabulov');
  assert.match(await card.evaluate(() => document.body.innerText), /Zamir Kabulov/);
});

test('the floating button saves a selection from the card, and the page marks it', { skip }, async () => {
  await page.keyboard.press('Escape');
  const quote = 'Zamir Kabulov, who is serving in the region since Soviet era';
  // The helpers of the Chromium suite take any page with evaluate(fn, arg), puppeteer's too.
  await selectText(page, 'article', quote);
  const point = await saveButtonPoint(page);
  await new Promise((resolve) => setTimeout(resolve, 400));
  await page.mouse.click(point.x, point.y);
  const form = await eventually(async () => {
    const frame = await cardFrame();
    return frame && (await frame.$('[data-testid="save-form"]')) ? frame : null;
  }, { message: 'the save form in the card' });
  assert.equal(await form.$eval('[data-testid="save-quote"]', (el) => el.textContent), quote);
  const note = await form.$('[data-testid="save-note"]');
  await note.type('saved in Firefox');
  await note.press('Enter');
  const status = () => form.$eval('[data-testid="save-status"]', (el) => el.textContent).catch(() => '');
  await eventually(async () => /Saved/.test(await status()), { message: '"Saved." in the card' });
  await eventually(() => page.evaluate(() => (CSS.highlights.get('backstory-snippet')?.size ?? 0) === 1), { message: 'the snippet marked on the page' });
});

test('the card’s library link opens the library, which lists the saved snippet with its note and page', { skip }, async () => {
  await page.keyboard.press('Escape');
  const card = await hoverPerson('Zamir Kabulov');
  const link = await eventually(() => card.$('a[href*="options.html"]'), { message: 'the library link in the card' });
  const before = new Set(await firefox.browser.pages());
  await link.click();
  // puppeteer's url() misses navigations into add-on pages in Firefox: find the new tab by its document.
  const library = await eventually(async () => {
    for (const p of await firefox.browser.pages()) {
      if (before.has(p)) continue;
      const href = await p.evaluate(() => location.href).catch(() => '');
      if (href.includes('/options.html')) return p;
    }
    return null;
  }, { message: 'the library tab' });
  // Within the library, moving to the snippets list is a link, not a navigation WebDriver refuses for add-on pages.
  const nav = await eventually(() => library.$('a[href="#/search?kind=snippet"]'), { message: 'the library' });
  await nav.click();
  const row = await eventually(() => library.$('[data-testid="snippet-row"]'), { message: 'a snippet row in the library' });
  const text = await row.evaluate((el) => el.innerText);
  assert.match(text, /Zamir Kabulov, who is serving in the region since Soviet era/);
  assert.match(text, /saved in Firefox/);
  await library.close();
});

test("none of the extension's scripts threw", { skip }, () => {
  assert.deepEqual(firefox.extensionErrors(), []);
});
