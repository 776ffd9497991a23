// Ambiguous names in the built extension: a surname two known people share shows both with
// "Which one?"; the reader's choice is remembered for the page; a name given in full earlier
// on the page settles it without asking.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchWithExtension, startFixtureServer } from './harness.mjs';
import { hoverCard } from './reading-helpers.mjs';

const PACK = {
  format: 'backstory-pack',
  version: 1,
  title: 'Two Mareks',
  people: [
    { id: 'anna-marek', name: 'Anna Marek', aliases: ['Marek'], role: 'Mayor of Testville' },
    { id: 'petr-marek', name: 'Petr Marek', aliases: ['Marek'], role: 'Minister of Tests' },
  ],
};
const page = (body) => ({ body: `<!doctype html><html><head><meta charset="utf-8"><title>Marek</title></head><body><article>${body}</article></body></html>` });
const ROUTES = {
  '/amb/plain.html': page('<p>The talks stalled again on Monday, and the official Marek said nothing at all.</p>'),
  '/amb/named.html': page('<p>Anna Marek opened the session on Monday.</p><p>Later that day the mayor Marek left early.</p>'),
};

let ext;
let server;
before(async () => {
  server = await startFixtureServer(ROUTES);
  ext = await launchWithExtension();
  const library = await ext.context.newPage();
  await library.goto(ext.extensionUrl('options.html#/settings'));
  await library.getByTestId('pack-file-input').setInputFiles({ name: 'mareks.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(PACK)) });
  await library.getByTestId('import-result').waitFor();
  await library.close();
});
after(async () => {
  await ext?.close();
  await server?.close();
});

test('a shared surname shows both people; the choice is remembered for the page', async () => {
  const tab = await ext.context.newPage();
  await tab.goto(server.url('/amb/plain.html'));
  let card = await hoverCard(tab, 'person', 'Marek');
  await card.getByTestId('which-card').waitFor();
  const choices = card.getByTestId('which-choice');
  assert.equal(await choices.count(), 2);
  await choices.filter({ hasText: 'Petr Marek' }).click();
  assert.match(await card.getByTestId('card-role').innerText(), /Minister of Tests/);

  await tab.reload();
  card = await hoverCard(tab, 'person', 'Marek');
  await card.getByTestId('person-card').waitFor();
  assert.match(await card.getByTestId('card-role').innerText(), /Minister of Tests/);
  assert.ok(await card.getByRole('button', { name: 'Choose again' }).isVisible());
  await tab.close();
});

test('a surname after the full name earlier on the page needs no choice', async () => {
  const tab = await ext.context.newPage();
  await tab.goto(server.url('/amb/named.html'));
  const card = await hoverCard(tab, 'person', 'Marek');
  await card.getByTestId('person-card').waitFor();
  assert.match(await card.getByTestId('card-role').innerText(), /Mayor of Testville/);
  await tab.close();
});
