// Saving snippets in the built extension: by the floating button, the context menu and the
// keyboard shortcut; saved snippets are marked when the page is opened again, and flagged
// when the page's text changed since.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_DIR, ROOT, useExtension, eventually } from './harness.mjs';
import { cardFrame, clickSaveMenu, hoverCard, runCommand, saveButtonPoint, selectText, storedSnippets, tabOf, waitShown } from './reading-helpers.mjs';

const ARTICLE = '/pages/kabul-ledger-daesh.html';
const html = readFileSync(join(FIXTURES_DIR, 'pages/kabul-ledger-daesh.html'), 'utf8');
// The same article (same canonical URL) after an edit to one of the saved sentences.
const CHANGED = '/changed/kabul-ledger-daesh.html';
const changedHtml = html.replace('is serving in the region since Soviet era', 'has served in the region since the Soviet era');
assert.notEqual(changedHtml, html, 'the edit applies');

let page;
let tabId;
const env = useExtension({ [CHANGED]: { body: changedHtml } }, async () => {
  page = await env.ext.context.newPage();
  await page.goto(env.server.url(ARTICLE));
  await eventually(() => page.evaluate(() => (CSS.highlights.get('backstory-person')?.size ?? 0) > 0), { message: 'highlights' });
  tabId = await tabOf(env.ext, page);
});

const snippetMarks = (p) => p.evaluate(() => CSS.highlights.get('backstory-snippet')?.size ?? 0);

/** Fills the open save form's note and presses Enter; returns the stored snippet with that note. */
async function saveWithNote(note) {
  const card = await cardFrame(page);
  await card.getByTestId('save-form').waitFor();
  await card.getByTestId('save-note').fill(note);
  await card.getByTestId('save-note').press('Enter');
  await card.getByTestId('save-status').getByText('Saved.').waitFor();
  return eventually(async () => (await storedSnippets(env.ext)).find((s) => s.note === note), { message: `the snippet "${note}"` });
}

test('the floating button saves a selection, pre-filled with quote, person and claims, with the page’s metadata', async () => {
  await selectText(page, 'article', 'Zamir Kabulov, who is serving in the region since Soviet era');
  const point = await saveButtonPoint(page);
  await page.waitForTimeout(400);
  await page.mouse.click(point.x, point.y);
  await waitShown(page);
  const card = await cardFrame(page);
  await card.getByTestId('save-form').waitFor();
  assert.equal(await card.getByTestId('save-quote').innerText(), 'Zamir Kabulov, who is serving in the region since Soviet era');
  assert.equal(await card.getByTestId('save-person').inputValue(), 'zamir-kabulov');
  const stated = card.locator('fieldset').getByTestId('save-claim');
  assert.ok((await stated.count()) >= 1, 'the claim the matcher found in the selection is offered');
  assert.ok(await stated.first().isChecked(), 'and ticked');
  await card.getByTestId('save-tags').fill('envoy, helicopters');
  await page.screenshot({ path: join(ROOT, 'docs/screenshots/save-form.png') });
  const saved = await saveWithNote('button note');
  assert.equal(saved.personId, 'zamir-kabulov');
  assert.deepEqual(saved.tags, ['envoy', 'helicopters']);
  assert.equal(saved.canonicalUrl, 'https://fixtures.backstory.test/region/kabul-ledger-daesh');
  assert.equal(saved.title, 'Envoy questions reports of unidentified helicopters in Afghanistan');
  assert.equal(saved.publishedDate, '2020-12-18');
  assert.equal(saved.site, '127.0.0.1');
  assert.equal(saved.anchor.exact, 'Zamir Kabulov, who is serving in the region since Soviet era');
  assert.ok(saved.claimIds.length >= 1, 'filed under the claim found in it');
  await eventually(async () => (await snippetMarks(page)) === 1, { message: 'the new snippet marked' });
  await page.keyboard.press('Escape');
  await waitShown(page, false);
});

test('the context menu item opens the form; Esc cancels without saving, Enter saves', async () => {
  await selectText(page, 'article', 'We are regularly asking our NATO partners');
  const before = (await storedSnippets(env.ext)).length;
  assert.deepEqual(await clickSaveMenu(env.ext, tabId), { ok: true, value: true });
  await waitShown(page);
  const card = await cardFrame(page);
  await card.getByTestId('save-form').waitFor();
  await card.getByTestId('save-note').press('Escape');
  await waitShown(page, false);
  assert.equal((await storedSnippets(env.ext)).length, before, 'Esc saved nothing');

  await selectText(page, 'article', 'We are regularly asking our NATO partners');
  await clickSaveMenu(env.ext, tabId);
  await waitShown(page);
  const saved = await saveWithNote('menu note');
  assert.equal(saved.text, 'We are regularly asking our NATO partners');
  assert.equal(saved.personId, 'zamir-kabulov', 'attributed to the person named nearest before');
  await page.keyboard.press('Escape');
});

test('the keyboard shortcut saves the selection; without a selection it does nothing', async () => {
  await page.evaluate(() => getSelection().removeAllRanges());
  assert.deepEqual(await runCommand(env.ext, 'save-selection', tabId), { ok: true, value: false });
  await selectText(page, 'article', 'Moscow raised this issue during a UN Security Council session');
  await runCommand(env.ext, 'save-selection', tabId);
  await waitShown(page);
  const saved = await saveWithNote('shortcut note');
  assert.equal(saved.text, 'Moscow raised this issue during a UN Security Council session');
  await page.keyboard.press('Escape');
});

test('reopening the page marks every saved snippet', async () => {
  const again = await env.ext.context.newPage();
  await again.goto(env.server.url(ARTICLE));
  await eventually(async () => (await snippetMarks(again)) === 3, { message: 'three snippet marks' });
  const marked = await again.evaluate(() =>
    [...CSS.highlights.get('backstory-snippet')].map((r) => {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      return live.toString();
    }),
  );
  assert.ok(marked.includes('We are regularly asking our NATO partners'), marked.join(' | '));
  await again.close();
});

test('when the page’s text changed, the snippet is flagged "text changed since saved" instead of moved silently', async () => {
  const changed = await env.ext.context.newPage();
  await changed.goto(env.server.url(CHANGED));
  // The unchanged passages are still marked exactly.
  await eventually(async () => (await snippetMarks(changed)) >= 2, { message: 'snippet marks on the changed page' });
  const changedTab = await tabOf(env.ext, changed);
  await runCommand(env.ext, 'open-page-list', changedTab);
  await waitShown(changed);
  const card = await cardFrame(changed);
  const flags = card.getByTestId('card-snippets').getByTestId('snippet-flag');
  await flags.first().waitFor();
  assert.equal(await flags.count(), 1);
  assert.match(await flags.first().innerText(), /text changed since saved/);
  const flagged = await card.locator('li.snippet').filter({ has: card.getByTestId('snippet-flag') }).innerText();
  assert.match(flagged, /who is serving in the region since Soviet era/);
  await changed.close();
});

test('a full disk: the form says so in plain words, keeps what was typed, and saves once there is room', async () => {
  await page.goto(env.server.url(ARTICLE));
  await eventually(() => page.evaluate(() => (CSS.highlights.get('backstory-person')?.size ?? 0) > 0), { message: 'highlights' });
  const before = await storedSnippets(env.ext);
  // The browser refuses every write as it does when the profile's storage quota is used up.
  await env.ext.worker.evaluate(() => {
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    globalThis.__writes = { add: IDBObjectStore.prototype.add, put: IDBObjectStore.prototype.put };
    IDBObjectStore.prototype.add = full;
    IDBObjectStore.prototype.put = full;
  });
  try {
    await selectText(page, 'article', 'He stated that Moscow');
    await runCommand(env.ext, 'save-selection', tabId);
    const card = await cardFrame(page);
    await card.getByTestId('save-note').fill('written while the disk was full');
    await card.getByTestId('save-note').press('Enter');
    await card.getByTestId('save-status').getByText(/out of storage space for Backstory\. Nothing was changed/).waitFor();
    assert.equal(await card.getByTestId('save-note').inputValue(), 'written while the disk was full', 'the note is still there');
  } finally {
    await env.ext.worker.evaluate(() => Object.assign(IDBObjectStore.prototype, globalThis.__writes));
  }
  assert.deepEqual(await storedSnippets(env.ext), before, 'stored snippets are untouched');
  const card = await cardFrame(page);
  await card.getByTestId('save-note').press('Enter');
  await card.getByTestId('save-status').getByText('Saved.').waitFor();
  const saved = await storedSnippets(env.ext);
  assert.equal(saved.length, before.length + 1);
  assert.ok(saved.some((s) => s.note === 'written while the disk was full' && s.text === 'He stated that Moscow'));
  await page.keyboard.press('Escape');
});

test('a claim card saves the sentence it was opened on, filed under the claim, without selecting anything', async () => {
  await page.goto(env.server.url(ARTICLE));
  await page.evaluate(() => getSelection().removeAllRanges());
  const card = await hoverCard(page, 'claim', 'Russian Special Presidential Envoy');
  await card.getByTestId('save-passage').click();
  await card.getByTestId('save-form').waitFor();
  const quote = await card.getByTestId('save-quote').innerText();
  assert.match(quote, /^Russian Special Presidential Envoy for Afghanistan Zamir Kabulov.*transporting weapons for Daesh\.$/);
  const claim = card.locator('fieldset').getByTestId('save-claim').first();
  assert.ok(await claim.isChecked(), 'filed under the claim');
  const saved = await saveWithNote('passage note');
  assert.equal(saved.text, quote);
  assert.ok(saved.claimIds.includes('unmarked-helicopters'), `claims: ${saved.claimIds}`);
  await page.keyboard.press('Escape');
});
