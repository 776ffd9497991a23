// Hover cards in the built extension: a person card with the role from the default pack,
// Esc and pointer-leave close it, a claim card with its verdict, the keyboard "On this page"
// list, and a quote on the page saved as a prior statement in one click.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ROOT, useExtension, eventually } from './harness.mjs';
import { cardFrame, hoverCard, runCommand, tabOf, waitShown } from './reading-helpers.mjs';

const ARTICLE = '/pages/kabul-ledger-daesh.html';
let page;
const env = useExtension(undefined, async () => {
  page = await env.ext.context.newPage();
  await page.goto(env.server.url(ARTICLE));
});

const openTimes = () => page.evaluate(() => performance.getEntriesByName('backstory:card-open').map((e) => e.duration));

test('hovering a person opens their card with the role from the default pack; Esc closes it', async () => {
  const card = await hoverCard(page, 'person', 'Zamir Kabulov');
  const role = await card.getByTestId('card-role').innerText();
  assert.match(role, /Special Presidential Envoy for Afghanistan/);
  assert.equal(await card.getByRole('dialog').getAttribute('aria-labelledby'), 'card-title');
  assert.equal(await card.locator('#card-title').innerText(), 'Zamir Kabulov');
  await page.keyboard.press('Escape');
  await waitShown(page, false);
});

test('keyboard focus on an element holding a name opens its card; Esc closes it', async () => {
  await page.mouse.move(5, 5);
  await waitShown(page, false);
  const paragraph = page.locator('article p', { hasText: 'who is serving in the region' });
  await paragraph.evaluate((p) => (p.tabIndex = 0));
  await paragraph.focus();
  await waitShown(page);
  const card = await cardFrame(page);
  assert.equal(await card.locator('#card-title').innerText(), 'Zamir Kabulov');
  await page.keyboard.press('Escape');
  await waitShown(page, false);
  await paragraph.evaluate((p) => p.blur());
});

test('the card stays while the pointer is on it and closes after the pointer leaves', async () => {
  const card = await hoverCard(page, 'person', 'Zamir Kabulov');
  const box = await (await card.frameElement()).boundingBox();
  await page.mouse.move(box.x + 40, box.y + 20, { steps: 4 });
  await page.waitForTimeout(600);
  assert.ok(await card.getByTestId('person-card').isVisible(), 'still open with the pointer on the card');
  await page.mouse.move(5, box.y + box.height + 200 > 880 ? 5 : box.y + box.height + 200);
  await page.mouse.move(5, 5);
  await waitShown(page, false);
});

test('hover delay to painted card: printed, not asserted', async () => {
  const before = (await openTimes()).length;
  for (const name of ['Zamir Kabulov', 'Kabulov', 'Zamir Kabulov']) {
    await hoverCard(page, 'person', name);
  }
  const times = (await openTimes()).slice(before);
  console.log(`# hover delay → painted card (ms): ${times.map((t) => t.toFixed(1)).join(', ')}`);
  assert.equal(times.length, 3, 'each open was measured');
});

test('hovering a claim sentence opens the claim card with its verdict and the matching words', async () => {
  const card = await hoverCard(page, 'claim', '“Moscow hopes');
  await card.getByTestId('claim-card').waitFor();
  assert.match(await card.getByTestId('card-verdict').innerText(), /Unverified|Disputed|Misleading|False|True/);
  assert.match(await card.getByTestId('card-terms').innerText(), /helicopters/i);
  await page.screenshot({ path: join(ROOT, 'docs/screenshots/claim-card.png') });
  await page.keyboard.press('Escape');
  await waitShown(page, false);
});

test('the keyboard shortcut opens "On this page"; Tab and Enter open a card without the mouse', async () => {
  await page.mouse.move(5, 5);
  const tabId = await tabOf(env.ext, page);
  await runCommand(env.ext, 'open-page-list', tabId);
  await waitShown(page);
  const card = await cardFrame(page);
  const people = await card.getByTestId('list-person').innerText();
  assert.match(people, /Zamir Kabulov/);
  assert.match(await card.getByTestId('list-claim').innerText(), /\w/);
  // Focus is in the list: the first item, then Tab moves on.
  const focused = () => card.evaluate(() => document.activeElement?.textContent ?? '');
  assert.match(await eventually(focused, { message: 'focus in the list' }), /Zamir Kabulov/);
  await page.keyboard.press('Tab');
  assert.doesNotMatch(await focused(), /Zamir Kabulov/);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await card.getByTestId('person-card').waitFor();
  assert.match(await card.getByTestId('card-role').innerText(), /Special Presidential Envoy/);
  await page.keyboard.press('Escape');
  await waitShown(page, false);
});

test('a quote on the page is saved as a prior statement in one click, with the page as source', async () => {
  const card = await hoverCard(page, 'person', 'Zamir Kabulov');
  const quotes = card.getByTestId('card-quotes');
  assert.match(await quotes.innerText(), /Moscow hopes to receive a comprehensive response/);
  await page.screenshot({ path: join(ROOT, 'docs/screenshots/person-card.png') });
  await quotes.getByRole('button', { name: /Save as a statement: Moscow hopes/ }).click();
  await card.getByTestId('card-statements').getByText(/Moscow hopes to receive/).waitFor();
  const line = await card.getByTestId('card-statements').locator('li').first().innerText();
  assert.match(line, /2020-12-18/);
  assert.match(line, /The Kabul Ledger/);
});
