// The MV3 service worker may be stopped at any moment, also in the middle of a save. The
// reader loses nothing: the save lands once, or the form keeps the text and says to press
// Save again, and a retry never doubles it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useExtension, eventually, readTable } from './harness.mjs';
import { cardFrame, clickSaveMenu, selectText, tabOf, waitShown } from './reading-helpers.mjs';

const env = useExtension();

/**
 * Readies a DevTools Protocol session that stops the extension's service worker, as the browser
 * does when it idles one out. It waits for the worker to be activated first: stopping a worker
 * that is still installing makes Chromium discard it, which is not what happens to an extension.
 */
async function workerStopper(page) {
  const cdp = await page.context().newCDPSession(page);
  const scope = `chrome-extension://${env.ext.extensionId}/`;
  let status = '';
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    const ours = versions.find((v) => v.scriptURL.startsWith(scope));
    if (ours) status = `${ours.status}/${ours.runningStatus}`;
  });
  await cdp.send('ServiceWorker.enable');
  await eventually(() => status.startsWith('activated/'), { message: 'an activated worker' });
  return {
    stop: () => cdp.send('ServiceWorker.stopAllWorkers'),
    detach: () => cdp.detach(),
  };
}

/** Snippets with a note, read from an extension page: a stopped worker cannot be asked. */
const snippetsNoted = async (note) => (await readTable(env.ext, 'snippets')).filter((s) => s.note === note);

test('stopping the service worker in the middle of saves loses nothing and doubles nothing', async () => {
  const page = await env.ext.context.newPage();
  await page.goto(env.server.url('/pages/kabul-ledger-daesh.html'));
  await eventually(() => page.evaluate(() => (CSS.highlights.get('backstory-person')?.size ?? 0) > 0), { message: 'highlights' });
  const tabId = await tabOf(env.ext, page);
  const outcomes = [];

  for (const [round, delay] of [0, 1, 3, 10].entries()) {
    const note = `durability ${round}`;
    await selectText(page, 'article', 'Zamir Kabulov');
    await clickSaveMenu(env.ext, tabId);
    await waitShown(page);
    const card = await cardFrame(page);
    await card.getByTestId('save-form').waitFor();
    await card.getByTestId('save-note').fill(note);
    const stopper = await workerStopper(page);
    const pressed = card.getByTestId('save-note').press('Enter');
    if (delay > 0) await page.waitForTimeout(delay);
    await stopper.stop();
    await pressed;
    await stopper.detach();

    const status = card.getByTestId('save-status');
    const outcome = await eventually(async () => {
      const text = await status.innerText({ timeout: 1000 }).catch(() => '');
      return /Saved\.|did not answer/.test(text) ? text : null;
    }, { message: 'the save to finish or say what went wrong' });
    outcomes.push(outcome.includes('Saved.') ? 'saved' : 'retry asked');
    if (!outcome.includes('Saved.')) {
      assert.equal(await card.getByTestId('save-note').inputValue(), note, 'the note is still in the form');
      await card.getByTestId('save-note').press('Enter');
      await status.getByText('Saved.').waitFor();
    }
    const stored = await eventually(async () => {
      const all = await snippetsNoted(note);
      return all.length > 0 ? all : null;
    }, { message: `the snippet "${note}"` });
    assert.equal(stored.length, 1, `exactly one snippet for "${note}"`);
    await page.keyboard.press('Escape');
    await waitShown(page, false);
  }
  console.log(`  saves with the worker stopped 0/1/3/10 ms after Enter: ${outcomes.join(', ')}`);
});
