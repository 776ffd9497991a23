// A damaged database in the real extension: records no reader can use (as a buggy version or
// another tool might leave them) are skipped and reported in words, the rest keeps working,
// pages are still scanned, and the damaged records stay in storage untouched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useExtension, eventually, readTable, openPopup, tabIdOf } from './harness.mjs';

const env = useExtension();

const DAMAGED = [
  ['people', { id: 'broken-person', name: 42 }],
  ['claims', { id: 'broken-claim' }],
  ['snippets', { id: 'broken-snippet', text: 'half a record', savedAt: Date.now(), claimIds: null }],
];

test('damaged records are reported, skipped and kept; everything else still works', async () => {
  const writer = await env.ext.context.newPage();
  await writer.goto(env.ext.extensionUrl('options.html'));
  await writer.getByTestId('library-search').waitFor();
  await writer.evaluate(
    (rows) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('backstory');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['people', 'claims', 'snippets'], 'readwrite');
          for (const [table, row] of rows) tx.objectStore(table).put(row);
          tx.oncomplete = () => resolve(null);
          tx.onerror = () => reject(tx.error);
        };
      }),
    DAMAGED,
  );

  await writer.reload();
  const notice = writer.getByTestId('damaged-records');
  await notice.waitFor();
  assert.match(await notice.innerText(), /^3 stored records are damaged and could not be shown\. They are kept in storage unchanged/);
  await writer.getByTestId('library-search').fill('kabulov');
  await writer.getByTestId('search-results').getByText(/Zamir Kabulov/).first().waitFor();

  const page = await env.ext.context.newPage();
  const url = env.server.url('/pages/kabul-ledger-daesh.html');
  await page.goto(url);
  await eventually(() => page.evaluate(() => (CSS.highlights.get('backstory-person')?.size ?? 0) > 0), { message: 'the page still scanned' });
  const popup = await openPopup(env.ext, await eventually(() => tabIdOf(env.ext.worker, url), { message: 'the tab report' }));
  await popup.getByTestId('page-summary').getByText(/Zamir Kabulov/).first().waitFor();

  for (const [table, row] of DAMAGED) {
    const stored = (await readTable(env.ext, table)).find((r) => r.id === row.id);
    assert.deepEqual(stored, row, `${table}: the damaged record is kept exactly as it was`);
  }
});
