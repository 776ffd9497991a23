// Runs lib/page's DOM tests in real headless Chromium.
//
// Each tests/browser/*.spec.ts is bundled with esbuild and evaluated in an
// isolated world of a page served from 127.0.0.1, as a content script would be.
// A spec runs once on a blank page, or once per real page when it starts with
// the line `// @pages real-pages`. Usage: node tests/browser/run.mjs [filter]
// Prints one line per test and "N passed, N failed" last; exits 1 on failure.

import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { readFile, readdir } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const realPagesDir = path.join(here, '../fixtures/real-pages');
const filter = process.argv[2] ?? '';

const BLANK = '<!doctype html><html><head><meta charset="utf-8"><title>blank</title></head><body></body></html>';

/** Serves a blank page and the saved real pages; scripts are blocked by CSP, as the pages' own would fail offline anyway. */
async function serve() {
  const server = createServer(async (req, res) => {
    const name = decodeURIComponent((req.url ?? '/').split('?')[0]).replace(/^\/+/, '');
    const headers = { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'none'" };
    if (name === 'blank') return res.writeHead(200, headers).end(BLANK);
    if (/^real-pages\/[\w-]+\.html$/.test(name)) {
      try {
        return res.writeHead(200, headers).end(await readFile(path.join(realPagesDir, path.basename(name))));
      } catch {
        /* falls through to 404 */
      }
    }
    res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

async function pagesFor(source) {
  if (!/^\/\/ @pages real-pages\b/m.test(source)) return ['blank'];
  const files = (await readdir(realPagesDir)).filter((f) => f.endsWith('.html')).sort();
  return files.map((f) => `real-pages/${f}`);
}

async function bundle(file) {
  const out = await build({ entryPoints: [file], bundle: true, format: 'iife', write: false, target: 'chrome120', logLevel: 'error' });
  return out.outputFiles[0].text;
}

/** Evaluates the spec bundle in a fresh isolated world of the page and returns its results. */
async function runInIsolatedWorld(page, code, args) {
  const cdp = await page.context().newCDPSession(page);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'backstory-tests' });
  const evaluate = async (expression) => {
    const reply = await cdp.send('Runtime.evaluate', { expression, contextId: executionContextId, awaitPromise: true, returnByValue: true });
    if (reply.exceptionDetails) throw new Error(reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text);
    return reply.result.value;
  };
  await evaluate(code);
  const results = await evaluate(`globalThis.__backstoryRunTests(${JSON.stringify(args)})`);
  await cdp.detach();
  return results;
}

const { server, origin } = await serve();
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let passed = 0;
let failed = 0;
try {
  const specs = (await readdir(here)).filter((f) => f.endsWith('.spec.ts') && f.includes(filter)).sort();
  for (const spec of specs) {
    const file = path.join(here, spec);
    let code;
    try {
      code = await bundle(file);
    } catch (error) {
      failed += 1;
      console.log(`FAIL ${spec} did not build: ${error.message}`);
      continue;
    }
    for (const pageName of await pagesFor(await readFile(file, 'utf8'))) {
      const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
      const page = await context.newPage();
      // Nothing leaves the machine: only our own server answers.
      await page.route((url) => !url.href.startsWith(origin), (route) => route.abort());
      try {
        await page.goto(`${origin}/${pageName}`, { waitUntil: 'load', timeout: 30_000 });
        const results = await runInIsolatedWorld(page, code, { page: pageName });
        for (const r of results) {
          if (r.ok) passed += 1;
          else failed += 1;
          const label = pageName === 'blank' ? spec : `${spec} [${pageName}]`;
          console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${label} › ${r.name}${r.info ? `  (${r.info})` : ''}`);
          if (!r.ok) console.log(`     ${r.error}`);
        }
      } catch (error) {
        failed += 1;
        console.log(`FAIL ${spec} [${pageName}] did not run: ${error.message}`);
      } finally {
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
