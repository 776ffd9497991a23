#!/usr/bin/env node
// `npm run demo`: build the extension, serve the bundled sample articles on localhost
// and open Chromium with Backstory loaded on them.
//   npm run demo                                      a browser window; Ctrl+C to stop
//   npm run demo -- --headless --screenshot demo.png  no display: save a screenshot and exit
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FIXTURES_DIR, ROOT, launchWithExtension, startFixtureServer } from './lib/chromium.mjs';

const { values } = parseArgs({
  options: { headless: { type: 'boolean', default: false }, screenshot: { type: 'string' }, 'no-build': { type: 'boolean', default: false } },
});

if (!values['no-build']) {
  console.log('Building the extension...');
  const build = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const pages = JSON.parse(readFileSync(join(FIXTURES_DIR, 'pages/index.json'), 'utf8'));
const server = await startFixtureServer();
const ext = await launchWithExtension({ headless: values.headless });
console.log(`Serving ${pages.length} sample articles at ${server.origin}/pages/`);

const [first, ...rest] = pages;
const page = ext.context.pages()[0] ?? (await ext.context.newPage());
await page.goto(server.url(`/pages/${first.page}`));
if (!values.headless) for (const p of rest) await (await ext.context.newPage()).goto(server.url(`/pages/${p.page}`));

if (values.screenshot) {
  // Give the content script its first scan (it starts after load, when the page is idle).
  await page.waitForFunction(() => document.readyState === 'complete');
  await page.waitForTimeout(1500);
  const file = resolve(process.cwd(), values.screenshot);
  await page.screenshot({ path: file });
  console.log(`Screenshot written to ${file}`);
}

if (values.headless) {
  await ext.close();
  await server.close();
} else {
  console.log('Chromium is open with Backstory loaded. Press Ctrl+C to stop.');
  const stop = async () => {
    await ext.close().catch(() => {});
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  ext.context.on('close', stop);
}
