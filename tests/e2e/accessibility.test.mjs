// WCAG 2 A and AA checks (axe-core, injected into each page or frame) on what the reader sees:
// the popup, the library's pages, and the hover cards and save form in their extension frame.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { useExtension, eventually, openPopup } from './harness.mjs';
import { cardFrame, clickSaveMenu, hoverCard, selectText, tabOf } from './reading-helpers.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const env = useExtension();

/** Violations in a page or frame once its animations have finished (a fading card would be mis-measured). */
async function violations(target) {
  await eventually(() => target.evaluate(() => document.getAnimations().every((a) => a.playState === 'finished')), { message: 'animations to end' });
  await target.evaluate(AXE);
  const result = await target.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] }));
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the library and the popup have no WCAG A/AA violations', async () => {
  const page = await env.ext.context.newPage();
  const url = env.server.url('/pages/kabul-ledger-daesh.html');
  await page.goto(url);
  await eventually(() => page.evaluate(() => (CSS.highlights.get('backstory-person')?.size ?? 0) > 0), { message: 'highlights' });

  const library = await env.ext.context.newPage();
  for (const route of ['#/', '#/search?q=kabulov', '#/settings', '#/person/zamir-kabulov', '#/claim/unmarked-helicopters', '#/candidates']) {
    await library.goto(env.ext.extensionUrl(`options.html${route}`));
    await library.locator('main').waitFor();
    await library.waitForLoadState('networkidle');
    assert.deepEqual(await violations(library), [], `library ${route}`);
  }
  const popup = await openPopup(env.ext, await tabOf(env.ext, page));
  await popup.getByTestId('page-summary').waitFor();
  assert.deepEqual(await violations(popup), [], 'popup');

  // The dark scheme has its own colours: check them too.
  for (const target of [library, popup]) await target.emulateMedia({ colorScheme: 'dark' });
  await library.goto(env.ext.extensionUrl('options.html#/person/zamir-kabulov'));
  await library.locator('main').waitFor();
  assert.deepEqual(await violations(library), [], 'library, dark');
  assert.deepEqual(await violations(popup), [], 'popup, dark');
  await page.close();
});

test('person and claim cards and the save form have no WCAG A/AA violations', async () => {
  const page = await env.ext.context.newPage();
  await page.goto(env.server.url('/pages/kabul-ledger-daesh.html'));
  const person = await hoverCard(page, 'person', 'Zamir Kabulov');
  await person.getByTestId('card-role').waitFor();
  assert.deepEqual(await violations(person), [], 'person card');
  await page.keyboard.press('Escape');
  const claim = await hoverCard(page, 'claim', 'Russian Special Presidential Envoy');
  await claim.getByTestId('claim-card').waitFor();
  assert.deepEqual(await violations(claim), [], 'claim card');
  await page.keyboard.press('Escape');
  await selectText(page, 'article', 'Zamir Kabulov');
  await clickSaveMenu(env.ext, await tabOf(env.ext, page));
  const form = await cardFrame(page);
  await form.getByTestId('save-form').waitFor();
  assert.deepEqual(await violations(form), [], 'save form');
  await page.keyboard.press('Escape');

  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await hoverCard(page, 'person', 'Zamir Kabulov');
  await dark.getByTestId('card-role').waitFor();
  assert.equal(await dark.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), true, 'the card follows the dark scheme');
  assert.deepEqual(await violations(dark), [], 'person card, dark');
});
