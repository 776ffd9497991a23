// The library (options page) in the built extension: import a pack by file picker,
// see the summary, find a person from it in search, export and compare.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_DIR, launchWithExtension } from './harness.mjs';

const PACK = join(FIXTURES_DIR, 'packs/e2e/balkan-energy.json');
let ext;
let library;
before(async () => {
  ext = await launchWithExtension();
  library = await ext.context.newPage();
  await library.goto(ext.extensionUrl('options.html#/settings'));
  await library.getByTestId('library-counts').waitFor();
});
after(async () => ext?.close());

test('the built-in pack is loaded on first run', async () => {
  const counts = await library.getByTestId('library-counts').innerText();
  assert.match(counts, /^1[0-9] people, [0-9]+ claims/);
});

test('importing a pack file shows a summary and its people become searchable', async () => {
  await library.getByTestId('pack-file-input').setInputFiles(PACK);
  const result = library.getByTestId('import-result');
  await result.waitFor();
  assert.equal(await result.innerText(), 'balkan-energy.json: 2 people, 1 claim, 1 statement, 1 source imported');

  await library.getByRole('link', { name: 'Everything' }).click();
  await library.getByTestId('library-search').fill('vukovic');
  await library.getByTestId('search-results').locator('li').first().waitFor();
  const hits = await library.getByTestId('search-results').innerText();
  assert.match(hits, /Mara Vuković/);
  await library.getByTestId('nav-settings').click();
});

test('importing the same pack again updates instead of duplicating', async () => {
  await library.getByTestId('pack-file-input').setInputFiles(PACK);
  await library.getByText('balkan-energy.json: Nothing new imported; 5 updated').waitFor();
});

test('a malformed pack is refused with the record and field named, and nothing changes', async () => {
  const before = await library.getByTestId('library-counts').innerText();
  await library.getByTestId('pack-file-input').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'backstory-pack', version: 1, people: [{ id: 'x' }] })),
  });
  const error = library.getByText(/broken\.json was not imported/);
  await error.waitFor();
  assert.match(await error.innerText(), /people\[0\].*"name"/);
  assert.equal(await library.getByTestId('library-counts').innerText(), before);
});

test('export writes a pack that contains the imported records unchanged', async () => {
  const [download] = await Promise.all([library.waitForEvent('download'), library.getByTestId('export-pack').click()]);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  const original = JSON.parse(readFileSync(PACK, 'utf8'));
  assert.equal(exported.format, 'backstory-pack');
  for (const person of original.people) {
    assert.deepEqual(exported.people.find((p) => p.id === person.id), person);
  }
  assert.deepEqual(exported.statements.find((s) => s.id === 'vukovic-2024'), original.statements[0]);
  assert.ok(exported.people.some((p) => p.name === 'Zamir Kabulov'), 'the built-in pack is exported too');
});

test('removing the built-in pack asks first, then removes only its records', async () => {
  await library.getByTestId('remove-builtin').click();
  await library.getByTestId('remove-builtin-confirm').click();
  await library.getByTestId('restore-builtin').waitFor();
  assert.match(await library.getByTestId('library-counts').innerText(), /^2 people, 1 claim,/);
  await library.getByTestId('restore-builtin').click();
  await library.getByTestId('remove-builtin').waitFor();
});

test('dropping pack files on the drop zone imports each and reports each, refusing a broken one', async () => {
  const before = await library.getByTestId('library-counts').innerText();
  const good = { format: 'backstory-pack', version: 1, people: [{ id: 'dropped-envoy', name: 'Ilona Dragomir', role: 'Envoy' }] };
  const files = [
    { name: 'dropped.json', text: JSON.stringify(good) },
    { name: 'notes.txt', text: 'not a pack at all' },
  ];
  const drop = await library.evaluateHandle((files) => {
    const data = new DataTransfer();
    for (const f of files) data.items.add(new File([f.text], f.name, { type: 'application/json' }));
    return data;
  }, files);
  const zone = library.getByTestId('pack-dropzone');
  await zone.dispatchEvent('dragover', { dataTransfer: drop });
  assert.match(await zone.getAttribute('class'), /dragging/, 'the zone shows it will take the drop');
  await zone.dispatchEvent('drop', { dataTransfer: drop });
  const results = library.getByTestId('import-result');
  await results.nth(1).waitFor();
  const [imported, refused, ...rest] = await results.allInnerTexts();
  assert.equal(imported, 'dropped.json: 1 person imported');
  assert.match(refused, /^notes\.txt was not imported\. This pack cannot be imported; nothing was changed\.\s+This file is not valid JSON/);
  assert.deepEqual(rest, []);
  assert.doesNotMatch(await zone.getAttribute('class'), /dragging/);
  const people = (text) => Number(/^(\d+) people/.exec(text)?.[1]);
  assert.equal(people(await library.getByTestId('library-counts').innerText()), people(before) + 1, 'the dropped pack was imported');
});
