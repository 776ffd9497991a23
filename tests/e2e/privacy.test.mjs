// Backstory makes no network requests at all. Playwright records every request of every
// page, frame (the card frame is an out-of-process extension frame) and, with its service
// worker network events switched on, of the extension's service worker, through the Chrome
// DevTools Protocol. Over a whole run of reading, hovering, saving and reviewing, the only
// requests allowed are the fixture pages the test itself opens and the extension's own files.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useExtension, openPopup, eventually } from './harness.mjs';
import { cardFrame, clickSaveMenu, hoverCard, selectText, storedSnippets, tabOf, waitShown } from './reading-helpers.mjs';

const env = useExtension();
const requests = [];
const opened = new Set();
let recording = false;

function record(request) {
  if (!recording) return;
  let from = 'page';
  try {
    from = request.serviceWorker() ? 'service worker' : request.frame().url();
  } catch {
    from = 'service worker';
  }
  requests.push({ url: request.url(), from });
}

test('the request recorder sees the service worker and the card frame (control)', async () => {
  env.ext.context.on('request', record);
  recording = true;
  const control = env.server.url('/control-from-worker');
  await env.ext.worker.evaluate((url) => fetch(url).then(() => null, () => null), control);
  await eventually(() => requests.some((r) => r.url === control), { message: 'the control request from the service worker' });

  const page = await env.ext.context.newPage();
  const article = env.server.url('/pages/kabul-ledger-daesh.html');
  opened.add(article);
  await page.goto(article);
  const card = await hoverCard(page, 'person', 'Zamir Kabulov');
  const fromCard = env.server.url('/control-from-card');
  await card.evaluate((url) => fetch(url).then(() => null, () => null), fromCard);
  await eventually(() => requests.some((r) => r.url === fromCard), { message: 'the control request from the card frame' });
  await page.close();
  requests.length = 0;
});

test('reading, hovering, saving, the popup and the library make no network request', async () => {
  const page = await env.ext.context.newPage();
  for (const path of ['/pages/caspian-monitor-us-isis.html', '/pages/oxus-wire-refugees.html']) {
    const url = env.server.url(path);
    opened.add(url);
    await page.goto(url);
    await eventually(() => page.evaluate(() => (CSS.highlights.get('backstory-person')?.size ?? 0) > 0), { message: 'highlights' });
  }
  await hoverCard(page, 'person', 'Igor Morgulov');
  await page.keyboard.press('Escape');
  await waitShown(page, false);

  const tabId = await tabOf(env.ext, page);
  await selectText(page, 'article', 'Igor Morgulov said');
  await clickSaveMenu(env.ext, tabId);
  const card = await cardFrame(page);
  await card.getByTestId('save-form').waitFor();
  await card.getByTestId('save-note').fill('privacy run');
  await card.getByTestId('save-note').press('Enter');
  await eventually(async () => (await storedSnippets(env.ext)).some((s) => s.note === 'privacy run'), { message: 'the saved snippet' });

  const popup = await openPopup(env.ext, tabId);
  await popup.getByTestId('page-summary').waitFor();
  const library = await env.ext.context.newPage();
  await library.goto(env.ext.extensionUrl('options.html'));
  await library.getByTestId('library-search').fill('Morgulov');
  await library.getByTestId('search-results').getByText(/Morgulov/).first().waitFor();
  await page.waitForTimeout(500);
  recording = false;

  const outside = requests.filter(({ url }) => !opened.has(url) && !url.startsWith('chrome-extension://') && !url.startsWith('data:'));
  assert.deepEqual(outside, [], 'requests other than the pages the reader opened and the extension’s own files');
  assert.ok(requests.length >= 3, `the recorder saw the run (${requests.length} requests)`);
});
