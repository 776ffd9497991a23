// Recurring claims as the reader sees them, in the built extension: sightings and candidate claims
// are written straight into the extension's IndexedDB (as lib/db/sightings.ts and candidates.ts
// store them, schema v2), then the claim card, the claim's library page, the popup's "Seen most
// this week", the Candidates page and the history settings are checked against them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchWithExtension, startFixtureServer, eventually } from './harness.mjs';
import { hoverCard, tabOf, waitShown } from './reading-helpers.mjs';

const ARTICLE = '/pages/kabul-ledger-daesh.html';
const DAY = 24 * 3600 * 1000;
// Three other outlets carried the claim; the fixture server's own site is never logged (set in the test).
const SEEN = [
  { site: 'alpha.example', url: 'https://alpha.example/2020/helicopters', title: 'Helicopters in the north', publishedDate: '2020-03-12' },
  { site: 'beta.example', url: 'https://beta.example/news/41', title: 'Envoy repeats helicopter story', publishedDate: '2020-11-02' },
  { site: 'gamma.example', url: 'https://gamma.example/a/1', title: 'Unmarked aircraft, again', publishedDate: '2021-06-03' },
];
const KEEP = 'Foreign contractors are quietly moving militants across the northern border at night';
const DROP = 'The weather in the capital was unusually warm for the season this week';

let ext;
let server;
let page;
let library;
let claimId;

before(async () => {
  server = await startFixtureServer();
  ext = await launchWithExtension();
});
after(async () => {
  await ext?.close();
  await server?.close();
});

async function openLibrary(hash) {
  library ??= await ext.context.newPage();
  await library.goto(ext.extensionUrl(`options.html${hash}`));
  await library.locator('html[data-ready]').waitFor();
  return library;
}

/** Writes rows the way lib/db writes them, through the raw IndexedDB API of an extension page. */
function seed(extPage, rows) {
  return extPage.evaluate(
    (rows) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('backstory');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(Object.keys(rows), 'readwrite');
          for (const [table, list] of Object.entries(rows)) for (const row of list) tx.objectStore(table).put(row);
          tx.oncomplete = () => {
            db.close();
            resolve(null);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    rows,
  );
}

function sightingRows(refId, now) {
  const sightings = SEEN.map((s, i) => ({
    kind: 'claim',
    refId,
    url: s.url,
    canonicalUrl: s.url,
    site: s.site,
    title: s.title,
    publishedDate: s.publishedDate,
    firstSeen: now - (i + 1) * DAY,
  }));
  const sites = Object.fromEntries(SEEN.map((s) => [s.site, { n: 1, first: Date.parse(s.publishedDate), last: Date.parse(s.publishedDate) }]));
  return { sightings, sightingTotals: [{ kind: 'claim', refId, sites }] };
}

function candidateRow(key, text, now, bands) {
  const seen = [
    { url: `https://delta.example/${key}`, site: 'delta.example', title: `Delta on ${key}`, publishedDate: '2024-02-01', seenAt: now - 2 * DAY },
    { url: `https://epsilon.example/${key}`, site: 'epsilon.example', title: `Epsilon on ${key}`, seenAt: now - DAY },
  ];
  // signature and bands only matter when a new page is compared with the candidate.
  return { key, text, variants: [text], seen, sites: seen.map((s) => s.site), pages: 2, firstSeen: now - 2 * DAY, lastSeen: now - DAY, status: 'open', signature: [1, 2, 3], bands };
}

test('sites listed under “Never log these sites” are kept out of the history', async () => {
  const lib = await openLibrary('#/settings');
  await lib.getByTestId('exclude-site-input').fill('127.0.0.1');
  await lib.getByTestId('exclude-site-add').click();
  await lib.getByTestId('excluded-sites').getByText('127.0.0.1').waitFor();
});

test('the claim card says where the claim was seen on other pages, with dates', async () => {
  page = await ext.context.newPage();
  await page.goto(server.url(ARTICLE));
  let card = await hoverCard(page, 'claim', '“Moscow hopes');
  await card.getByTestId('claim-card').waitFor();
  assert.match(await card.getByTestId('card-seen').innerText(), /Not seen on other pages yet/);
  const href = await card.getByRole('link', { name: /Open this claim in the library/ }).getAttribute('href');
  claimId = decodeURIComponent(href.split('#/claim/')[1]);
  await page.keyboard.press('Escape');
  await waitShown(page, false);

  const now = Date.now();
  await seed(library, { ...sightingRows(claimId, now), candidates: [candidateRow('keep', KEEP, now, [101]), candidateRow('drop', DROP, now, [102])] });

  card = await hoverCard(page, 'claim', '“Moscow hopes');
  const seen = card.getByTestId('card-seen');
  await seen.getByText(/Seen on 3 other pages/).waitFor();
  assert.equal(await seen.innerText(), 'Seen on 3 other pages across 3 sites, first 12 Mar 2020, last 3 Jun 2021.');
  await page.keyboard.press('Escape');
});

test('the claim’s library page has the same line and a timeline with one row per site', async () => {
  const lib = await openLibrary(`#/claim/${encodeURIComponent(claimId)}`);
  const section = lib.getByTestId('claim-seen');
  await section.getByTestId('seen-line').getByText(/Seen on 3 pages across 3 sites/).waitFor();
  assert.match(await section.getByTestId('seen-line').innerText(), /first 12 Mar 2020, last 3 Jun 2021/);
  const chart = section.getByTestId('seen-chart');
  assert.equal(await chart.locator('line.chart-row').count(), 3);
  assert.equal(await chart.locator('circle').count(), 3);
  assert.deepEqual((await chart.locator('text.chart-label').allTextContents()).sort(), ['alpha.example (1)', 'beta.example (1)', 'gamma.example (1)']);
});

test('the popup lists the claim under “Seen most this week”, linking to its library page', async () => {
  const tabId = await tabOf(ext, page);
  const popup = await ext.context.newPage();
  await popup.goto(ext.extensionUrl(`popup.html?tab=${tabId}`));
  const week = popup.getByTestId('seen-this-week');
  await week.waitFor();
  const link = week.getByRole('link').first();
  assert.match(await link.innerText(), /helicopters/i);
  assert.ok((await link.getAttribute('href')).endsWith(`#/claim/${encodeURIComponent(claimId)}`));
  assert.match(await week.innerText(), /3 pages · 3 sites/);
  await popup.close();
});

test('candidate claims: one dismissed, one reworded and made a claim that search then finds', async () => {
  const lib = await openLibrary('#/candidates');
  assert.equal(await lib.getByTestId('candidates-badge').innerText(), '2');
  const list = lib.getByTestId('candidate-list');
  await list.getByText(KEEP).waitFor();
  assert.match(await list.innerText(), /delta\.example · Delta on keep/);

  await list.getByTestId('candidate').filter({ hasText: DROP }).getByTestId('candidate-dismiss').click();
  await eventually(async () => (await list.getByTestId('candidate').count()) === 1, { message: 'the dismissed candidate to go' });

  const keep = list.getByTestId('candidate').filter({ hasText: KEEP });
  await keep.getByTestId('candidate-edit').click();
  const reworded = `${KEEP} (reworded)`;
  await keep.getByTestId('candidate-wording').fill(reworded);
  await keep.getByTestId('candidate-save').click();
  await lib.getByTestId('claim-page').getByRole('heading', { name: reworded }).waitFor();
  assert.equal(await lib.getByTestId('candidates-badge').count(), 0);

  await lib.goto(ext.extensionUrl(`options.html#/search?kind=claim&q=${encodeURIComponent('contractors militants')}`));
  await lib.getByTestId('search-results').getByText(reworded).waitFor();
  await lib.goto(ext.extensionUrl('options.html#/candidates'));
  await lib.getByTestId('candidates-empty').waitFor();
});

test('“Clear history” forgets where the claim was seen', async () => {
  const lib = await openLibrary('#/settings');
  await lib.getByTestId('clear-history').click();
  await lib.getByTestId('clear-history-confirm').click();
  await lib.getByTestId('data-message').getByText(/Cleared the history/).waitFor();
  await lib.goto(ext.extensionUrl(`options.html#/claim/${encodeURIComponent(claimId)}`));
  await lib.getByTestId('claim-seen').getByText('Not seen on any page yet.', { exact: false }).waitFor();
});
