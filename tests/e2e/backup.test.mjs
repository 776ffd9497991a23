// Backup and restore in the built extension: a snippet saved on a page survives
// "Delete everything" by way of the backup file and the import panel.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useExtension, eventually } from './harness.mjs';
import { cardFrame, runCommand, selectText, storedSnippets, tabOf } from './reading-helpers.mjs';

const ARTICLE = '/pages/kabul-ledger-daesh.html';
const QUOTE = 'Zamir Kabulov, who is serving in the region since Soviet era';
const NOTE = 'Check against the backup';

const env = useExtension({});

test('a saved snippet is backed up, deleted with everything, and restored from the file', async () => {
  const page = await env.ext.context.newPage();
  await page.goto(env.server.url(ARTICLE));
  await eventually(() => page.evaluate(() => (CSS.highlights.get('backstory-person')?.size ?? 0) > 0), { message: 'highlights' });
  await selectText(page, 'article', QUOTE);
  await runCommand(env.ext, 'save-selection', await tabOf(env.ext, page));
  const card = await cardFrame(page);
  await card.getByTestId('save-note').fill(NOTE);
  await card.getByTestId('save-note').press('Enter');
  const saved = await eventually(async () => (await storedSnippets(env.ext)).find((s) => s.note === NOTE), { message: 'the saved snippet' });

  const library = await env.ext.context.newPage();
  await library.goto(env.ext.extensionUrl('options.html#/settings'));
  await library.getByTestId('library-counts').getByText(/1 saved snippet/).waitFor();
  const [download] = await Promise.all([library.waitForEvent('download'), library.getByTestId('export-backup').click()]);
  assert.match(download.suggestedFilename(), /^backstory-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const file = readFileSync(await download.path(), 'utf8');
  const backup = JSON.parse(file);
  assert.equal(backup.title, 'Backstory backup');
  assert.deepEqual(backup.snippets.map((s) => [s.text, s.note]), [[QUOTE, NOTE]]);

  await library.getByTestId('clear-all').click();
  await library.getByTestId('clear-all-confirm').click();
  await library.getByTestId('data-message').getByText(/Everything was deleted/).waitFor();
  assert.deepEqual(await storedSnippets(env.ext), []);
  await library.getByTestId('library-counts').getByText(/0 saved snippets/).waitFor();

  await library.getByTestId('pack-file-input').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(file) });
  const result = await library.getByTestId('import-result').innerText();
  assert.match(result, /^backstory-backup-[\d-]+\.json: 1 saved snippet imported; \d+ updated$/);
  assert.deepEqual(await storedSnippets(env.ext), [saved], 'restored exactly as it was saved');

  // Same page, so the search index built before the reset must have followed the import.
  await library.getByRole('link', { name: 'Snippets' }).click();
  await library.getByTestId('library-search').fill('soviet backup');
  const row = library.getByTestId('search-results').getByTestId('snippet-row');
  await row.waitFor();
  assert.equal(await row.locator('blockquote').innerText(), QUOTE);
  assert.equal(await row.getByTestId('snippet-note').innerText(), NOTE);
  assert.match(await row.locator('.badge-person').innerText(), /Zamir Kabulov/);
  assert.ok((await row.locator('.meta a').first().getAttribute('href')).startsWith(saved.url), 'links back to the page');
});
