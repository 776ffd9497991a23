// The first proof of life: content script, background and popup talk to each other
// through lib/messaging.ts in the built extension.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useExtension, tabIdOf, openPopup, eventually } from './harness.mjs';

const env = useExtension();

test('background answers a ping from an extension page with the manifest version', async () => {
  const page = await env.ext.context.newPage();
  await page.goto(env.ext.extensionUrl('popup.html'));
  const reply = await page.evaluate(() =>
    new Promise((resolve) => chrome.runtime.sendMessage({ id: 0, type: 'ping', timestamp: Date.now() }, resolve)),
  );
  assert.equal(reply?.res?.ok, true, `unexpected reply ${JSON.stringify(reply)}`);
  assert.equal(reply.res.value.version, '0.1.0');
  await page.close();
});

test('content script reports a page to the background, and the popup shows it', async () => {
  const page = await env.ext.context.newPage();
  const url = env.server.url('/pages/steppe-herald-helicopters.html');
  await page.goto(url);
  const tabId = await eventually(() => tabIdOf(env.ext.worker, url), { message: 'the tab id' });

  const report = await eventually(
    () =>
      env.ext.worker.evaluate(async (id) => {
        const key = `tab-report:${id}`;
        return (await chrome.storage.session.get(key))[key] ?? null;
      }, tabId),
    { message: 'the content script report in the background' },
  );
  assert.equal(report.url, url);
  assert.match(report.title, /Helicopters with ISIS militants/);

  const popup = await openPopup(env.ext, tabId);
  await popup.getByTestId('page-summary').waitFor();
  assert.match(await popup.getByTestId('page-summary').innerText(), /Helicopters with ISIS militants/);
  await popup.close();
  await page.close();
});

test('the README screenshot: a seed article with the extension active', async () => {
  const page = await env.ext.context.newPage();
  const url = env.server.url('/pages/steppe-herald-helicopters.html');
  await page.goto(url);
  await eventually(() => tabIdOf(env.ext.worker, url), { message: 'the content script report' });
  const file = new URL('../../docs/screenshots/article.png', import.meta.url);
  const png = await page.screenshot({ path: file.pathname });
  assert.ok(png.length > 10_000, 'the screenshot has content');
  await page.close();
});
