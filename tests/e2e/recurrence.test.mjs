// Recurrence in the built extension: the same claim read on three sites is counted as
// three sightings on three sites; a sentence shared by two sites that no claim covers is
// offered as a candidate claim. Each "site" is the fixture server under another *.test name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useExtension, eventually, readTable } from './harness.mjs';
import { hoverCard } from './reading-helpers.mjs';

const PARAGRAPH = (lead) =>
  `<p>${lead}</p><p>Negotiators from both capitals walked out of the closed session in Almaty after the water quota talks collapsed on Friday.</p><p>Further talks are not planned.</p>`;
const page = (title, body) => `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><article>${body}</article></body></html>`;
const routes = {
  '/water-a.html': { body: page('Water talks fail', PARAGRAPH('Farmers along the river fear a dry summer.')) },
  '/water-b.html': { body: page('Almaty walk-out', PARAGRAPH('The ministry said it regretted the decision.')) },
  '/water-c.html': {
    body: page('Treaty in doubt', '<p>Negotiators from both capitals walked out of the closed session in Almaty after the water quota talks collapsed on Friday, officials confirmed.</p>'),
  },
};

const env = useExtension(routes);

const rows = (table) => readTable(env.ext, table);

async function read(url) {
  const tab = await env.ext.context.newPage();
  await tab.goto(url);
  await eventually(() => tab.evaluate(() => (CSS.highlights.get('backstory-claim')?.size ?? 0) > 0 || document.readyState === 'complete'), {
    message: 'the page scanned',
  });
  return tab;
}

test('one claim read on three sites in other words: three sightings on three sites', async () => {
  const pages = [
    ['steppe-herald.test', '/pages/steppe-herald-helicopters.html'],
    ['caspian-monitor.test', '/pages/caspian-monitor-us-isis.html'],
    ['kabul-ledger.test', '/pages/kabul-ledger-daesh.html'],
  ];
  for (const [host, path] of pages) {
    const tab = await read(env.server.siteUrl(host, path));
    await eventually(() => tab.evaluate(() => (CSS.highlights.get('backstory-claim')?.size ?? 0) > 0), { message: `claims on ${host}` });
  }
  const sightings = await eventually(async () => {
    const found = (await rows('sightings')).filter((s) => s.kind === 'claim' && s.refId === 'unmarked-helicopters');
    return found.length >= 3 ? found : null;
  }, { message: 'three sightings of the helicopter claim', timeout: 15_000 });
  assert.deepEqual(new Set(sightings.map((s) => s.site)), new Set(pages.map(([host]) => host)));
  assert.ok(sightings.every((s) => s.sentence && s.sentence.length > 20), 'each with the sentence that stated it');

  // Reading one of them again adds nothing; its card counts the two other sites.
  const again = await read(env.server.siteUrl('kabul-ledger.test', '/pages/kabul-ledger-daesh.html'));
  const card = await hoverCard(again, 'claim', 'Russian Special Presidential Envoy');
  await card.getByTestId('card-seen').getByText(/Seen on 2 other pages across 2 sites/).waitFor();
  assert.equal((await rows('sightings')).filter((s) => s.kind === 'claim' && s.refId === 'unmarked-helicopters').length, 3);

  const library = await env.ext.context.newPage();
  await library.goto(env.ext.extensionUrl('options.html#/claim/unmarked-helicopters'));
  await library.getByTestId('claim-seen').getByTestId('seen-line').getByText(/Seen on 3 pages across 3 sites/).waitFor();
  await library.close();
});

test('a sentence on two sites that no claim covers becomes a candidate claim', async () => {
  await read(env.server.siteUrl('river-news.test', '/water-a.html'));
  await read(env.server.siteUrl('steppe-daily.test', '/water-b.html'));
  const candidate = await eventually(async () => {
    const all = await rows('candidates');
    return all.find((c) => JSON.stringify(c).includes('Almaty')) ?? null;
  }, { message: 'a candidate about the Almaty walk-out', timeout: 15_000 });
  assert.ok(candidate, 'offered');

  const library = await env.ext.context.newPage();
  await library.goto(env.ext.extensionUrl('options.html#/candidates'));
  const offered = library.getByTestId('candidate').filter({ hasText: 'walked out of the closed session in Almaty' });
  await offered.waitFor();
  assert.match(await offered.innerText(), /river-news\.test/);
  await offered.getByTestId('candidate-promote').click();
  await library.getByTestId('claim-page').waitFor();
  // The new claim keeps the two pages it was found on.
  await library.getByTestId('claim-seen').getByTestId('seen-line').getByText(/Seen on 2 pages across 2 sites/).waitFor();
  await library.close();

  // The next page that says it, in its own words, has it highlighted as a claim.
  const next = await read(env.server.siteUrl('treaty-watch.test', '/water-c.html'));
  await eventually(() => next.evaluate(() => (CSS.highlights.get('backstory-claim')?.size ?? 0) > 0), {
    message: 'the new claim highlighted on the next page',
  });
});
