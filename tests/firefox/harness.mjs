// Firefox harness: Debian firefox-esr driven over WebDriver BiDi by puppeteer-core, with
// the BUILT Firefox extension (.output/firefox-mv2) installed as a temporary add-on.
// It builds nothing itself: `npm test` builds first.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../../scripts/lib/chromium.mjs';

export { startFixtureServer } from '../../scripts/lib/chromium.mjs';
export { eventually } from '../e2e/harness.mjs';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output/firefox-mv2');

/**
 * puppeteer-core, or null when it is not installed. Resolved the CommonJS way so that
 * NODE_PATH can point at a copy outside the project while trying it out.
 */
export async function loadPuppeteer() {
  let entry;
  try {
    entry = createRequire(import.meta.url).resolve('puppeteer-core');
  } catch {
    return null;
  }
  return (await import(pathToFileURL(entry).href)).default;
}

/** Why the Firefox suite cannot run on this machine, or null when it can. */
export async function whyNotRunnable() {
  if (!existsSync(FIREFOX)) return `no Firefox at ${FIREFOX} (apt-get install firefox-esr, or set FIREFOX_PATH)`;
  if (!(await loadPuppeteer())) return 'puppeteer-core is not installed (it is the WebDriver BiDi client)';
  const minimum = Number(JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')).browser_specific_settings?.gecko?.strict_min_version?.split('.')[0] ?? 0);
  const version = Number(execFileSync(FIREFOX, ['--version'], { encoding: 'utf8' }).match(/(\d+)\./)?.[1] ?? 0);
  if (version < minimum) return `Firefox ${version} is older than the add-on's minimum (${minimum}); Debian's bookworm-security has a newer firefox-esr`;
  return null;
}

// An uncaught error in one of our scripts, as Firefox prints it once console output goes to stdout.
const EXTENSION_ERROR = /^JavaScript error: moz-extension:\/\/.*$/gm;

/**
 * Launches headless Firefox, installs the built extension temporarily and collects the
 * uncaught errors its scripts throw (content script, background, extension pages).
 */
export async function launchFirefox({ extensionDir = FIREFOX_EXTENSION_DIR } = {}) {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build:firefox\` first.`);
  }
  const puppeteer = await loadPuppeteer();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      // Print console output and script errors to stdout, where the harness reads them.
      'devtools.console.stdout.content': true,
      'devtools.console.stdout.chrome': true,
    },
  });
  const output = [];
  for (const stream of [browser.process()?.stdout, browser.process()?.stderr]) stream?.on('data', (chunk) => output.push(String(chunk)));
  const addonId = await browser.installExtension(extensionDir);
  return {
    browser,
    addonId,
    /** Uncaught errors from the extension's own scripts so far. */
    extensionErrors: () => output.join('').match(EXTENSION_ERROR) ?? [],
    close: () => browser.close(),
  };
}
