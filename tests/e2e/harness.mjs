// Real-browser harness: loads the BUILT extension (.output/chrome-mv3) into headless
// Debian Chromium with playwright-core and serves fixture pages from 127.0.0.1.
// It builds nothing itself: `npm test` builds first.
import { before, after } from 'node:test';
import { startFixtureServer, launchWithExtension } from '../../scripts/lib/chromium.mjs';

export { ROOT, EXTENSION_DIR, FIXTURES_DIR, startFixtureServer, launchWithExtension } from '../../scripts/lib/chromium.mjs';

/**
 * The browser tab id of a page, found through the report its content script sent to the
 * background (the extension holds no "tabs" permission, so it cannot list tab URLs).
 */
export async function tabIdOf(worker, url) {
  return worker.evaluate(async (u) => {
    const all = await chrome.storage.session.get(null);
    const key = Object.keys(all).find((k) => k.startsWith('tab-report:') && all[k].url === u);
    return key ? Number(key.slice('tab-report:'.length)) : null;
  }, url);
}

/** Opens the popup as a tab describing the given tab (the popup's `?tab=` parameter). */
export async function openPopup(ext, tabId) {
  const popup = await ext.context.newPage();
  await popup.goto(ext.extensionUrl(`popup.html?tab=${tabId}`));
  return popup;
}

/** Polls until fn returns a truthy value, or throws with the last value after the timeout. */
export async function eventually(fn, { timeout = 10_000, interval = 100, message = 'condition' } = {}) {
  const until = Date.now() + timeout;
  let last;
  for (;;) {
    last = await fn();
    if (last) return last;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${message}; last value: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, interval));
  }
}

/**
 * Registers before/after hooks for a test file: one Chromium with the built extension
 * and one fixture server, shared by the file's tests. Read `.ext` and `.server` inside tests.
 * `setup` runs once both are up (node:test gives no order between separate before hooks).
 */
export function useExtension(routes, setup) {
  const env = { ext: undefined, server: undefined };
  before(async () => {
    env.server = await startFixtureServer(routes);
    env.ext = await launchWithExtension();
    await setup?.(env);
  });
  after(async () => {
    await env.ext?.close();
    await env.server?.close();
  });
  return env;
}

/**
 * Every row of one table of the extension's database, read from an extension page (not the
 * service worker, which the browser may have stopped).
 */
export async function readTable(ext, table) {
  const reader = await ext.context.newPage();
  await reader.goto(ext.extensionUrl('popup.html'));
  const rows = await reader.evaluate(
    (table) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('backstory');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(table).objectStore(table).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        };
      }),
    table,
  );
  await reader.close();
  return rows;
}
