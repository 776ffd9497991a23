// Ad hoc measurement behind the choice of search engine (lib/search). Prints figures; asserts nothing.
// Run: node --expose-gc scripts/bench/search.mjs [snippetCount], or as part of `npm run bench`.
// Compares MiniSearch (through lib/search's SearchIndex), FlexSearch 0.8 and a Dexie multi-entry
// word index (on fake-indexeddb in Node, so its figures only indicate the shape, not browser speed).
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import FlexSearch from 'flexsearch';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { median, p95 } from './stats.mjs';

const standalone = process.argv[1] === fileURLToPath(import.meta.url);
const SNIPPETS = Number((standalone && process.argv[2]) || 10_000);
const QUERIES = 100;

// lib/search is TypeScript; bundle it so this script measures the real implementation.
async function loadSearchModule() {
  const out = await build({ entryPoints: ['lib/search/index.ts'], bundle: true, format: 'esm', platform: 'node', write: false });
  const dir = mkdtempSync(join(tmpdir(), 'bench-search-'));
  const file = join(dir, 'search.mjs');
  writeFileSync(file, out.outputFiles[0].text);
  return import(pathToFileURL(file).href);
}

// Deterministic pseudo-random numbers so runs are comparable.
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];

const NAMES = ['Zamir Kabulov', 'Sergei Shoïgu', 'Antonín Dvořák', 'Maria Zakharova', 'Sergey Lavrov', 'Dmitry Peskov', 'Ramzan Kadyrov', 'Jens Stoltenberg', 'Ursula von der Leyen', 'Recep Tayyip Erdoğan', 'Mevlüt Çavuşoğlu', 'Zbigniew Ziobro', 'Łukasz Szumowski', 'Søren Gade', 'Björn Höcke'];
const VERBS = ['said', 'claimed', 'told reporters', 'insisted', 'warned', 'denied', 'repeated', 'suggested', 'announced', 'stressed'];
const TOPICS = ['unmarked helicopters delivering weapons', 'biological laboratories near the border', 'sanctions hurting European farmers', 'grain exports through the Black Sea', 'NATO expansion eastwards', 'the election results in the region', 'gas supplies for the coming winter', 'refugees crossing the frontier', 'a ceasefire agreement being violated', 'foreign mercenaries fighting alongside troops', 'journalists being detained', 'humanitarian corridors from the city', 'cyber attacks on government servers', 'drone strikes on infrastructure', 'negotiations resuming in Istanbul'];
const FILLER = ['according to officials', 'in a statement on Tuesday', 'during a press conference', 'without offering evidence', 'citing intelligence sources', 'in an interview with state television', 'as talks stalled', 'despite earlier denials', 'amid growing pressure', 'in remarks published online'];
const SITES = ['example.org', 'news.example.com', 'daily.example.net', 'tass.example', 'ria.example', 'reuters.example', 'bbc.example', 'dw.example'];

function sentence() {
  return `${pick(NAMES)} ${pick(VERBS)} that ${pick(TOPICS)} ${pick(FILLER)}, ${pick(FILLER)}.`;
}
function makeDocs() {
  const docs = [];
  for (let i = 0; i < SNIPPETS; i++) {
    const text = [sentence(), sentence(), rand() < 0.5 ? sentence() : ''].join(' ');
    docs.push({ kind: 'snippet', id: `s${i}`, title: `${pick(TOPICS)} — ${pick(SITES)}`, meta: `${pick(SITES)} tag${i % 20}`, body: text, label: text.slice(0, 140) });
  }
  for (let i = 0; i < SNIPPETS / 20; i++) docs.push({ kind: 'statement', id: `st${i}`, title: '', meta: pick(SITES), body: sentence(), label: '' });
  NAMES.forEach((n, i) => docs.push({ kind: 'person', id: `p${i}`, title: n, meta: n.split(' ').at(-1), body: 'Official.', label: n }));
  TOPICS.forEach((t, i) => docs.push({ kind: 'claim', id: `c${i}`, title: t, meta: '', body: '', label: t }));
  return docs;
}

function makeQueries(docs) {
  const words = docs.flatMap((d) => d.body.split(/[^\p{L}]+/u)).filter((w) => w.length > 3);
  const queries = [];
  for (let i = 0; i < QUERIES; i++) {
    const n = 1 + (i % 3);
    const ws = Array.from({ length: n }, () => pick(words));
    if (i % 4 === 1) ws[n - 1] = ws[n - 1].slice(0, Math.max(3, ws[n - 1].length - 3)); // prefix
    if (i % 4 === 2 && ws[0].length >= 6) ws[0] = ws[0].slice(0, 2) + ws[0][3] + ws[0][2] + ws[0].slice(4); // transposition typo
    queries.push(ws.join(' '));
  }
  return queries;
}

const QUALITY = [
  ['Shoigu', 'Sergei Shoïgu'],
  ['Dvorak', 'Antonín Dvořák'],
  ['Kabul', 'Zamir Kabulov'],
  ['cavusoglu', 'Mevlüt Çavuşoğlu'],
  ['Lukasz', 'Łukasz Szumowski'],
  ['helicopetrs', 'unmarked helicopters delivering weapons'],
  ['laborat border', 'biological laboratories near the border'],
];

function stats(times) {
  return `median ${median(times).toFixed(2)} ms, p95 ${p95(times).toFixed(2)} ms`;
}
function heap() {
  globalThis.gc?.();
  globalThis.gc?.();
  return process.memoryUsage().heapUsed;
}
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function measure(name, { build, search, size }, docs, queries) {
  const before = heap();
  const t0 = performance.now();
  const engine = await build(docs);
  const buildMs = performance.now() - t0;
  const mem = heap() - before;
  const times = [];
  let hits = 0;
  for (const q of queries) {
    const t = performance.now();
    const r = await search(engine, q);
    times.push(performance.now() - t);
    if (r.length > 0) hits++;
  }
  const quality = [];
  for (const [q, expected] of QUALITY) {
    const r = await search(engine, q);
    quality.push(`${r.some((text) => text.includes(foldText(expected))) ? '✓' : '✗'} ${q}`);
  }
  console.log(`\n${name}\n  build ${buildMs.toFixed(0)} ms, heap +${mb(mem)}, serialised ${mb(await size(engine))}`);
  console.log(`  ${QUERIES} queries: ${stats(times)}; ${hits}/${QUERIES} found something`);
  console.log(`  quality: ${quality.join('  ')}`);
}

const { SearchIndex, foldText } = await loadSearchModule();

// Each result is reported as its document's folded full text, so quality checks look at the whole document.
const textOf = new Map();

const miniSearch = {
  build: (docs) => {
    const index = new SearchIndex();
    index.upsertAll(docs);
    return index;
  },
  search: (index, q) => index.search(q, { limit: 20 }).map((h) => textOf.get(`${h.kind}:${h.id}`)),
  size: (index) => JSON.stringify(index['engine']).length,
};

const flexSearch = {
  build: (docs) => {
    const index = new FlexSearch.Document({
      document: { id: 'key', index: ['title', 'meta', 'body'] },
      tokenize: 'forward',
      encoder: FlexSearch.Charset.LatinBalance,
    });
    for (const d of docs) index.add({ ...d, key: `${d.kind}:${d.id}` });
    return index;
  },
  search: (index, q) => {
    const keys = new Set(index.search(q, { limit: 20, suggest: true }).flatMap((f) => f.result));
    return [...keys].map((k) => textOf.get(k));
  },
  size: async (index) => {
    let total = 0;
    await index.export((key, data) => void (total += key.length + (data?.length ?? 0)));
    return total;
  },
};

const dexieWords = {
  build: async (docs) => {
    const db = new Dexie(`bench-${Date.now()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    db.version(1).stores({ docs: 'key, *words' });
    const words = (d) => [...new Set(foldText(`${d.title} ${d.meta} ${d.body}`).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1))];
    await db.docs.bulkPut(docs.map((d) => ({ key: `${d.kind}:${d.id}`, words: words(d) })));
    return db;
  },
  search: async (db, q) => {
    const terms = foldText(q).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1);
    let keys = null;
    for (const t of terms) {
      const found = new Set(await db.docs.where('words').startsWith(t).primaryKeys());
      keys = keys === null ? found : new Set([...keys].filter((k) => found.has(k)));
    }
    return [...(keys ?? [])].slice(0, 20).map((k) => textOf.get(k));
  },
  size: async (db) => JSON.stringify((await db.docs.toArray()).map((r) => r.words)).length,
};

/** Runs the comparison on generated snippets and prints one table row per engine. */
export async function runSearchBench() {
  const docs = makeDocs();
  for (const d of docs) textOf.set(`${d.kind}:${d.id}`, foldText(`${d.title} ${d.meta} ${d.body}`));
  const queries = makeQueries(docs);
  console.log(`${SNIPPETS} snippets + ${docs.length - SNIPPETS} statements/people/claims; ${QUERIES} queries of 1–3 words (¼ prefix, ¼ with a transposition typo)`);
  await measure('MiniSearch 7.2 (lib/search SearchIndex: fold, prefix, fuzzy 0.2 on words ≥ 5 letters, AND then OR)', miniSearch, docs, queries);
  await measure('FlexSearch 0.8 (Document, tokenize forward, LatinBalance encoder, suggest)', flexSearch, docs, queries);
  await measure('Dexie 4 multi-entry *words, startsWith per word, intersect (fake-indexeddb)', dexieWords, docs, queries);
}

if (standalone) await runSearchBench();
