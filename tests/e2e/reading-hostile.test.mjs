// Isolation: a hand-written hostile page whose own script hunts for Backstory's card through
// the DOM, open shadow roots, frames, resource timings and postMessage, and whose CSS tries to
// hide or restyle it. The reader's private note is on screen in the card; the page reads nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useExtension, eventually } from './harness.mjs';
import { cardFrame, cardShown, hoverCard, runCommand, selectText, tabOf, waitShown } from './reading-helpers.mjs';

const NOTE = 'PRIVATE-NOTE-7f3a only the reader may see this';
let page;
const env = useExtension(undefined, async () => {
  page = await env.ext.context.newPage();
  await page.goto(env.server.url('/pages/hostile-reader.html'));
  await eventually(() => page.evaluate(() => (CSS.highlights.get('backstory-person')?.size ?? 0) > 0), { message: 'highlights' });
});

test('a snippet with a private note is saved on the hostile page and shown in its person card', async () => {
  await selectText(page, 'article', 'the talks in Moscow had been useful');
  await runCommand(env.ext, 'save-selection', await tabOf(env.ext, page));
  await waitShown(page);
  const form = await cardFrame(page);
  await form.getByTestId('save-note').fill(NOTE);
  await form.getByTestId('save-note').press('Enter');
  await form.getByTestId('save-status').getByText('Saved.').waitFor();
  await page.keyboard.press('Escape');
  await waitShown(page, false);

  const card = await hoverCard(page, 'person', 'Zamir Kabulov');
  await card.getByTestId('card-snippets').getByText(NOTE).waitFor();
  assert.match(await card.getByTestId('card-role').innerText(), /Special Presidential Envoy/);
});

test('the page’s script reads nothing of the card, and a spoofed command changes nothing', async () => {
  assert.ok(await cardShown(page), 'the card is open while the page looks');
  const report = await page.evaluate(() => {
    window.hostileCollect();
    return window.hostileReport;
  });
  const everything = report.seen.join('\n');
  assert.equal(report.iframes, 0, 'no iframe is reachable through the DOM');
  assert.equal(report.shadowRoots, 0, 'no shadow root is open to the page');
  assert.deepEqual(report.contentDocuments, []);
  // A frame in a shadow tree is not even among window.frames; any frame that is refuses access.
  assert.equal(report.frames, 0, 'the card frame is not among window.frames');
  assert.deepEqual(report.frameNames, [], 'no frame name (the channel token) was read');
  assert.ok(!everything.includes('PRIVATE-NOTE-7f3a'), 'the note is nowhere the page can read');
  assert.ok(!everything.includes('Special Presidential Envoy'), 'nor is any other card content');
  // What the page's own DOM and text hold, read from the page's world directly.
  const pageText = await page.evaluate(() => document.documentElement.outerHTML + document.body.innerText);
  assert.ok(!pageText.includes('PRIVATE-NOTE-7f3a'));
  // The spoofed "show the list" the page posted to every frame was ignored.
  await page.waitForTimeout(300);
  const card = await cardFrame(page);
  assert.ok(await card.getByTestId('person-card').isVisible());
  assert.equal(await card.getByTestId('page-list').count(), 0);
  assert.deepEqual(report.messages.filter((m) => m.includes('PRIVATE')), []);
});

test('the page’s CSS neither hides nor restyles the card', async () => {
  const card = await cardFrame(page);
  const box = await (await card.frameElement()).boundingBox();
  assert.ok(box && box.width > 200 && box.height > 50, `the card is laid out: ${JSON.stringify(box)}`);
  const style = await card.locator('#card-title').evaluate((el) => ({ size: getComputedStyle(el).fontSize, color: getComputedStyle(el).color }));
  assert.notEqual(style.size, '40px');
  assert.notEqual(style.color, 'rgb(255, 0, 0)');
});

test('a page that embeds the card page itself can neither read it nor make it show anything', async () => {
  const embedded = await page.evaluate((url) => window.hostileEmbed(url), env.ext.extensionUrl('card.html'));
  assert.equal(embedded.contentDocument, 'null', 'iframe.contentDocument is null: another origin');
  assert.equal(embedded.text, null);
  // The reader hovers again: commands go out, but the impostor lacks the token and stays blank.
  await hoverCard(page, 'person', 'Zamir Kabulov');
  const impostor = page.frames().find((f) => f.url().includes('/card.html') && f.name() === 'guessed-token');
  assert.ok(impostor, 'the page-made frame loaded');
  await page.waitForTimeout(300);
  assert.equal((await impostor.locator('[data-testid=card-root]').innerText()).trim(), '');
});
