// The popup and the library in the built extension, end to end: a snippet saved on a fixture
// page is found in the popup and the library, searched, edited, deleted and brought back;
// a person's new alias is found by the page scanner on the next page opened.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ROOT, launchWithExtension, startFixtureServer, eventually, tabIdOf } from './harness.mjs';
import { cardFrame, highlightTexts, runCommand, selectText, storedSnippets } from './reading-helpers.mjs';

const ARTICLE = '/pages/kabul-ledger-daesh.html';
const QUOTE = 'Zamir Kabulov, who is serving in the region since Soviet era';
const NOTE = 'Compare with his 2017 interview';
// A page that names the envoy only by a spelling Backstory does not know yet.
const ALIAS = 'Zamirbek Qobulov';
const ALIAS_PAGE = '/alias/envoy.html';
const aliasHtml = `<!doctype html><html lang="en"><head><title>Envoy interview</title></head><body><article><h1>Envoy interview</h1>
<p>Speaking on Tuesday, ${ALIAS} repeated that the flights had not stopped.</p></article></body></html>`;

let ext;
let server;
let page;
let tabId;
let library;
const screenshot = (p, name) => p.screenshot({ path: join(ROOT, 'docs/screenshots', name), fullPage: true });

before(async () => {
  server = await startFixtureServer({ [ALIAS_PAGE]: { body: aliasHtml } });
  ext = await launchWithExtension();
  page = await ext.context.newPage();
  await page.goto(server.url(ARTICLE));
  await eventually(() => page.evaluate(() => (CSS.highlights.get('backstory-person')?.size ?? 0) > 0), { message: 'highlights' });
  tabId = await eventually(() => tabIdOf(ext.worker, page.url()), { message: 'the tab report' });
});
after(async () => {
  await ext?.close();
  await server?.close();
});

async function openPopup() {
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 380, height: 640 });
  await popup.goto(ext.extensionUrl(`popup.html?tab=${tabId}`));
  await popup.locator('html[data-ready-at]').waitFor();
  return popup;
}

async function openLibrary(hash = '#/') {
  library ??= await ext.context.newPage();
  await library.goto(ext.extensionUrl(`options.html${hash}`));
  await library.locator('html[data-ready]').waitFor();
  return library;
}

test('a snippet saved on a page is listed in the popup, on “This page” and under “Saved”, and found by search', async () => {
  await selectText(page, 'article', QUOTE);
  await runCommand(ext, 'save-selection', tabId);
  const card = await cardFrame(page);
  await card.getByTestId('save-note').fill(NOTE);
  await card.getByTestId('save-note').press('Enter');
  await eventually(async () => (await storedSnippets(ext)).some((s) => s.note === NOTE), { message: 'the saved snippet' });

  const popup = await openPopup();
  const fromPage = popup.getByTestId('page-snippets');
  assert.match(await fromPage.innerText(), /serving in the region since Soviet era/);
  assert.match(await fromPage.innerText(), new RegExp(NOTE));

  await popup.getByTestId('found-people').getByRole('button', { name: /Zamir Kabulov/ }).click();
  await popup.getByTestId('popup-card').getByTestId('person-card').waitFor();
  assert.match(await popup.getByTestId('popup-card').innerText(), /said before/i);

  await popup.getByTestId('site-note-edit').click();
  await popup.getByTestId('site-note-input').fill('Local test server; not a real outlet.');
  await popup.getByTestId('site-note-save').click();
  assert.equal(await popup.getByTestId('site-note-text').innerText(), 'Local test server; not a real outlet.');
  await screenshot(popup, 'popup.png');

  await popup.getByTestId('tab-saved').press('Enter');
  await popup.getByTestId('saved-count').getByText(/1 saved snippet/).waitFor();
  await popup.getByTestId('saved-search').fill('soviet 2017');
  await popup.getByTestId('saved-count').getByText('1 snippet found').waitFor();
  await popup.getByTestId('saved-search').fill('soviet moon');
  await popup.getByTestId('saved-count').getByText(/No snippet contains/).waitFor();
  await popup.close();
});

test('the library finds the snippet, edits its note, deletes it and undoes the delete', async () => {
  const lib = await openLibrary('#/search?kind=snippet');
  await lib.getByTestId('library-search').fill('soviet era');
  const results = lib.getByTestId('search-results');
  await results.getByText(/since Soviet era/).waitFor();
  await screenshot(lib, 'library.png');

  await results.getByRole('link', { name: 'edit' }).first().click();
  await lib.getByTestId('snippet-page').waitFor();
  await lib.getByTestId('snippet-note-input').fill('Checked against the 2017 interview');
  await lib.getByTestId('snippet-form-save').click();
  await eventually(async () => (await storedSnippets(ext)).some((s) => s.note === 'Checked against the 2017 interview'), { message: 'the edited note' });
  await lib.getByTestId('snippet-note').getByText('Checked against the 2017 interview').waitFor();

  await lib.getByTestId('delete-snippet').click();
  await lib.getByTestId('undo-bar').getByText(/Deleted the snippet/).waitFor();
  assert.equal((await storedSnippets(ext)).length, 0);
  await lib.getByTestId('undo').click();
  await lib.getByTestId('library-message').getByText(/Restored/).waitFor();
  const back = await storedSnippets(ext);
  assert.equal(back.length, 1);
  assert.equal(back[0].note, 'Checked against the 2017 interview');
  await lib.getByTestId('library-search').fill('soviet');
  await lib.getByTestId('search-results').getByText(/since Soviet era/).waitFor();
});

test('a person page: statements on a timeline, deleting the person is undone with all their statements', async () => {
  const lib = await openLibrary('#/person/zamir-kabulov');
  const statementCount = () => lib.getByTestId('statement-list').locator(':scope > li').count();
  for (const [text, date] of [
    ['Helicopters without insignia fly at night.', '2017-12'],
    ['We are still waiting for answers from NATO.', '2020-04-02'],
  ]) {
    await lib.getByTestId('add-statement').click();
    await lib.getByTestId('statement-text').fill(text);
    await lib.getByTestId('statement-date').fill(date);
    await lib.getByTestId('statement-form-save').click();
    await lib.getByTestId('statement-list').getByText(text).waitFor();
  }
  await lib.getByTestId('person-timeline').waitFor();
  assert.equal(await lib.getByTestId('person-timeline').locator('circle').count(), 2);
  await screenshot(lib, 'person-page.png');

  const before = await statementCount();
  await lib.getByTestId('delete-person').click();
  await lib.getByTestId('undo-bar').getByText(`Deleted Zamir Kabulov and ${before} prior statements.`).waitFor();
  await lib.getByTestId('undo').click();
  await lib.goto(ext.extensionUrl('options.html#/person/zamir-kabulov'));
  await lib.getByTestId('person-page').waitFor();
  assert.equal(await statementCount(), before);
});

test('an alias added in the library is highlighted on the next page opened', async () => {
  const personHighlights = (p) => highlightTexts(p, 'person');
  const aliasPage = await ext.context.newPage();
  await aliasPage.goto(server.url(ALIAS_PAGE));
  await eventually(() => tabIdOf(ext.worker, aliasPage.url()), { message: 'the alias page report' });
  assert.deepEqual(await personHighlights(aliasPage), [], 'the unknown spelling is not highlighted yet');

  const lib = await openLibrary('#/person/zamir-kabulov');
  await lib.getByTestId('edit-person').click();
  const aliases = lib.getByTestId('person-aliases');
  await aliases.fill(`${await aliases.inputValue()}\n${ALIAS}`);
  await lib.getByTestId('person-form-save').click();
  await lib.getByTestId('person-aliases').getByText(ALIAS).waitFor();

  await aliasPage.reload();
  const found = await eventually(async () => {
    const texts = await personHighlights(aliasPage);
    return texts.includes(ALIAS) ? texts : null;
  }, { message: `a highlight on "${ALIAS}"` });
  assert.deepEqual(found, [ALIAS]);
  await aliasPage.close();
});
