// Recurrence storage benchmark, in real headless Chromium (fake-indexeddb in Node says nothing
// about IndexedDB speed). lib/db is bundled into a page served from 127.0.0.1, which has its own
// IndexedDB. The same queries run at 1,000 sightings (the baseline) and at 100,000, and discovery
// runs at 100 and 2,000 stored pages. Prints medians and the targets.

import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './stats.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '../..');
const SCALES = [1_000, 100_000];
const DISCOVERY_SCALES = [100, 2_000];
const RUNS = 9;

// The in-page half: seeds a database and times the public functions of lib/db.
const PAGE_MODULE = `
import { BackstoryDB } from './lib/db/schema';
import { recordSightings, sightingStats, sightingStatsMany, sightingsBySite, topClaimsSince } from './lib/db/sightings';
import { candidateClaims, recordPageSentences } from './lib/db/candidates';
import { sightingTime, tallySighting } from './lib/recurrence/totals';
import { articleFingerprint } from './lib/recurrence/fingerprint';

const DAY = 86400000;
const NOW = Date.parse('2026-11-20T12:00:00Z');
let seed = 1;
const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
// Zipf-like: a few claims are everywhere, most are rare.
const pick = (n) => Math.min(n - 1, Math.floor(n * Math.pow(random(), 3)));
const SITES = Array.from({ length: 400 }, (_, i) => 'outlet' + i + '.example');
// Like news prose: stop words are common, the rest comes from a large vocabulary.
const STOP = 'the of to in and a that said on for was with by at from is as it'.split(' ');
const VOCAB = Array.from({ length: 5000 }, () => Array.from({ length: 3 + Math.floor(random() * 6) }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join(''));
const word = () => (random() < 0.4 ? STOP[Math.floor(random() * STOP.length)] : VOCAB[Math.floor(5000 * Math.pow(random(), 2))]);
const sentence = () => Array.from({ length: 12 + Math.floor(random() * 14) }, word).join(' ') + '.';

async function time(run) {
  const t = performance.now();
  await run();
  return performance.now() - t;
}
const must = (r) => { if (!r.ok) throw new Error(r.error); return r.value; };

globalThis.__bench = {
  async sightings(total) {
    const db = new BackstoryDB('bench-sightings-' + total);
    await db.delete();
    await db.open();
    const refs = 1000;
    const rows = [];
    const totals = new Map();
    for (let i = 0; i < total; i++) {
      const kind = i % 2 ? 'claim' : 'person';
      const refId = kind + '-' + pick(refs / 2);
      const site = SITES[Math.floor(random() * SITES.length)];
      const firstSeen = NOW - Math.floor(random() * 365 * DAY);
      const row = { kind, refId, url: 'https://' + site + '/news/' + i + '/a-long-slug-for-the-story-' + i, canonicalUrl: 'https://' + site + '/news/' + i + '/a-long-slug-for-the-story-' + i,
        site, title: 'Headline number ' + i + ' about the region and its neighbours', firstSeen, sentence: sentence() };
      if (random() < 0.7) row.publishedDate = new Date(firstSeen - Math.floor(random() * 3) * DAY).toISOString().slice(0, 10);
      rows.push(row);
      const key = kind + '\\u0000' + refId;
      const t = totals.get(key) ?? { kind, refId, sites: {} };
      tallySighting(t.sites, site, sightingTime(row));
      totals.set(key, t);
    }
    for (let i = 0; i < rows.length; i += 10000) await db.sightings.bulkAdd(rows.slice(i, i + 10000));
    await db.table('sightingTotals').bulkPut([...totals.values()]);
    const jsonBytes = rows.reduce((n, r) => n + JSON.stringify(r).length, 0) / rows.length;
    return { jsonBytes, usage: (await navigator.storage.estimate()).usage };
  },
  async querySightings(total, run) {
    const db = new BackstoryDB('bench-sightings-' + total);
    await db.open();
    const popular = 'claim-0';
    const claimIds = Array.from({ length: 500 }, (_, i) => 'claim-' + i);
    const popularCount = await db.sightings.where('[kind+refId]').equals(['claim', popular]).count();
    const body = 'The envoy said the helicopters were unmarked and flew at night over the northern provinces. '.repeat(30);
    const out = {
      popularCount,
      card: await time(() => sightingStats(db, 'claim', popular).then(must)),
      cardRare: await time(() => sightingStats(db, 'claim', 'claim-499').then(must)),
      library: await time(() => sightingStatsMany(db, 'claim', claimIds).then(must)),
      timeline: await time(() => sightingsBySite(db, 'claim', popular).then(must)),
      popup: await time(() => topClaimsSince(db, NOW - 7 * DAY, 5).then(must)),
      record: await time(() => recordSightings(db, { url: 'https://new.example/' + run, title: 'New', fingerprint: articleFingerprint(body + run) },
        [{ kind: 'claim', refId: popular, sentence: 'x' }, { kind: 'claim', refId: 'claim-7' }, { kind: 'person', refId: 'person-1' }]).then(must)),
    };
    db.close();
    return out;
  },
  async discovery(pages) {
    const db = new BackstoryDB('bench-discovery-' + pages);
    await db.delete();
    await db.open();
    const shared = Array.from({ length: 40 }, sentence);
    const seedStart = performance.now();
    for (let p = 0; p < pages; p++) {
      const texts = Array.from({ length: 40 }, sentence);
      if (p % 10 === 0) texts[0] = shared[p % shared.length];
      must(await recordPageSentences(db, { url: 'https://' + SITES[p % SITES.length] + '/p' + p, title: 'Page ' + p }, texts, NOW - (pages - p) * 60000));
    }
    return { seedMsPerPage: (performance.now() - seedStart) / pages, usage: (await navigator.storage.estimate()).usage };
  },
  async queryDiscovery(pages, run) {
    const db = new BackstoryDB('bench-discovery-' + pages);
    await db.open();
    const texts = Array.from({ length: 40 }, sentence);
    const out = {
      record: await time(() => recordPageSentences(db, { url: 'https://fresh' + run + '.example/x', title: 'Fresh' }, texts, NOW, 1e9).then(must)),
      library: await time(() => candidateClaims(db).then(must)),
      candidates: (await candidateClaims(db, { limit: 1e6 }).then(must)).length,
    };
    db.close();
    return out;
  },
};
`;

const ms = (x) => (x >= 100 ? x.toFixed(0) : x >= 1 ? x.toFixed(1) : x.toFixed(2));
const pad = (s, n) => String(s).padStart(n);

async function bundle() {
  const out = await build({
    stdin: { contents: PAGE_MODULE, resolveDir: root, loader: 'ts', sourcefile: 'recurrence-bench-page.ts' },
    bundle: true, format: 'iife', write: false, target: 'chrome120', logLevel: 'error',
  });
  return out.outputFiles[0].text;
}

async function serve(code) {
  const html = '<!doctype html><meta charset="utf-8"><title>recurrence bench</title><script src="/bench.js"></script>';
  const server = createServer((req, res) => {
    if (req.url === '/bench.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(code);
    if (req.url === '/') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

/** Runs the benchmark and prints its tables; returns the figures. */
export async function runRecurrenceBench() {
  const { server, origin } = await serve(await bundle());
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext();
  context.setDefaultTimeout(600_000);
  const sightings = [];
  const discovery = [];
  try {
    const page = await context.newPage();
    await page.goto(origin, { waitUntil: 'load' });
    let usage = (await page.evaluate(() => navigator.storage.estimate())).usage;
    for (const total of SCALES) {
      const seeded = await page.evaluate((n) => globalThis.__bench.sightings(n), total);
      const bytesPerSighting = (seeded.usage - usage) / total;
      usage = seeded.usage;
      await page.evaluate((n) => globalThis.__bench.querySightings(n, 'warm'), total);
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await page.evaluate(([n, r]) => globalThis.__bench.querySightings(n, r), [total, `run${i}`]));
      const pickMedian = (key) => median(runs.map((r) => r[key]));
      sightings.push({ total, jsonBytes: seeded.jsonBytes, bytesPerSighting, popularCount: runs[0].popularCount,
        card: pickMedian('card'), cardRare: pickMedian('cardRare'), library: pickMedian('library'), timeline: pickMedian('timeline'), popup: pickMedian('popup'), record: pickMedian('record') });
      printSighting(sightings.at(-1));
    }
    for (const pages of DISCOVERY_SCALES) {
      const seeded = await page.evaluate((n) => globalThis.__bench.discovery(n), pages);
      const bytesPerPage = (seeded.usage - usage) / pages;
      usage = seeded.usage;
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await page.evaluate(([n, r]) => globalThis.__bench.queryDiscovery(n, r), [pages, `run${i}`]));
      discovery.push({ pages, seedMsPerPage: seeded.seedMsPerPage, bytesPerPage, record: median(runs.map((r) => r.record)), library: median(runs.map((r) => r.library)), candidates: runs[0].candidates });
      printDiscovery(discovery.at(-1));
    }
  } finally {
    await browser.close();
    server.close();
  }
  print(sightings, discovery);
  return { sightings, discovery };
}

const SIGHTING_COLUMNS = [['sightings', 10], ['top ref', 8], ['card', 6], ['card(rare)', 10], ['library 500', 12], ['timeline', 9], ['popup week', 11], ['record page', 12], ['B/sighting', 11], ['JSON B', 7]];
const DISCOVERY_COLUMNS = [['pages', 6], ['seed/page', 10], ['record page', 12], ['library', 8], ['candidates', 11], ['B/page', 8]];
const row = (columns, cells) => console.log(cells.map((c, i) => pad(c, columns[i][1])).join(' '));
const bytes = (b) => (b > 0 ? b.toFixed(0) : '—');

function printSighting(r) {
  if (r.total === SCALES[0]) {
    console.log(`Sightings in Chromium IndexedDB (medians of ${RUNS} runs, ms; baseline = the ${SCALES[0].toLocaleString('en')}-sighting row)`);
    row(SIGHTING_COLUMNS, SIGHTING_COLUMNS.map(([h]) => h));
  }
  row(SIGHTING_COLUMNS, [r.total, r.popularCount, ms(r.card), ms(r.cardRare), ms(r.library), ms(r.timeline), ms(r.popup), ms(r.record), bytes(r.bytesPerSighting), r.jsonBytes.toFixed(0)]);
}

function printDiscovery(d) {
  if (d.pages === DISCOVERY_SCALES[0]) {
    console.log('\nDiscovery (40 sentences a page; medians, ms)');
    row(DISCOVERY_COLUMNS, DISCOVERY_COLUMNS.map(([h]) => h));
  }
  row(DISCOVERY_COLUMNS, [d.pages, ms(d.seedMsPerPage), ms(d.record), ms(d.library), d.candidates, bytes(d.bytesPerPage)]);
}

function print(sightings, discovery) {
  const [base, big] = [sightings[0], sightings.at(-1)];
  const verdict = (ok) => (ok ? 'met' : 'MISSED');
  console.log('\nTargets at 100,000 sightings (x = vs the 1,000-sighting baseline):');
  console.log(`  card < 50 ms: ${ms(big.card)} ms (x${(big.card / base.card).toFixed(1)}) — ${verdict(big.card < 50)}`);
  console.log(`  library (stats for 500 claims + candidates) < 100 ms: ${ms(big.library + discovery.at(-1).library)} ms (x${(big.library / base.library).toFixed(1)} for the stats) — ${verdict(big.library + discovery.at(-1).library < 100)}`);
  console.log(`  claim timeline (most-seen claim, ${big.popularCount} sightings): ${ms(big.timeline)} ms (x${(big.timeline / base.timeline).toFixed(1)})`);
  console.log(`  popup "seen most this week": ${ms(big.popup)} ms (x${(big.popup / base.popup).toFixed(1)})`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await runRecurrenceBench();
