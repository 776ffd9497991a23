// npm run eval: precision and recall of the people and claim matchers on the labelled corpus
// (tests/fixtures/corpus). Reports; never gates: exits 0 unless it crashes.
// Flags: --verbose (per-document failures), --no-wordnet, --threshold=0.6, --sweep (claims P/R by threshold).
import { readdirSync, readFileSync, mkdtempSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const corpus = join(root, 'tests/fixtures/corpus');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const useWordNet = !args.includes('--no-wordnet');
const threshold = Number(args.find((a) => a.startsWith('--threshold='))?.split('=')[1] ?? NaN);

/** Bundles a TypeScript module into a temporary ESM file (Node 20 cannot import .ts) and imports it. */
async function load(entry) {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-eval-'));
  const outfile = join(dir, 'bundle.mjs');
  await build({ entryPoints: [join(root, entry)], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'error' });
  return import(pathToFileURL(outfile).href);
}

const packs = readdirSync(corpus).filter((f) => /^pack-.*\.json$/.test(f)).map((f) => JSON.parse(readFileSync(join(corpus, f), 'utf8')));
const packPeople = packs.flatMap((p) => p.people ?? []);
const claims = packs.flatMap((p) => p.claims ?? []).map((c) => ({ id: c.id, text: c.text, variants: c.variants ?? [] }));

/** Blank lines are block boundaries; "\n\n" → "\n\u2029" keeps every offset. */
function readDocs(split) {
  const dir = join(corpus, split);
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({
    name: f.replace(/\.txt$/, ''),
    text: readFileSync(join(dir, f), 'utf8').replace(/\n\n/g, '\n\u2029'),
    labels: JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/, '.json')), 'utf8')),
  }));
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;
const ratio = (a, b) => (b === 0 ? 1 : a / b);
const pct = (x) => (x * 100).toFixed(1).padStart(5);

function score(docs, predict, gold, sameRef, describe) {
  let tp = 0, fp = 0, fn = 0;
  const failures = [];
  for (const doc of docs) {
    const preds = predict(doc);
    const labels = gold(doc);
    for (const p of preds) {
      if (labels.some((l) => overlaps(p, l) && sameRef(p, l))) tp++;
      else { fp++; failures.push(`  ${doc.name} FP ${describe(doc, p)}`); }
    }
    for (const l of labels) {
      if (!preds.some((p) => overlaps(p, l) && sameRef(p, l))) { fn++; failures.push(`  ${doc.name} FN ${describe(doc, l)}`); }
    }
  }
  return { precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), tp, fp, fn, failures };
}

function report(label, r) {
  console.log(`${label.padEnd(34)} precision ${pct(r.precision)}%  recall ${pct(r.recall)}%  (tp ${r.tp}, fp ${r.fp}, fn ${r.fn})`);
  if (verbose) for (const f of r.failures) console.log(f);
}

const clip = (s) => JSON.stringify(s.length > 110 ? `${s.slice(0, 107)}...` : s);
const splits = { dev: readDocs('dev'), 'held-out': readDocs('heldout') };

if (existsSync(join(root, 'lib/matching/names.ts'))) {
  // Through compileLibrary, as the extension compiles: it reads each person's country.
  const { compileLibrary } = await load('lib/matching/library.ts');
  const { findPeople } = await load('lib/matching/names.ts');
  const dict = compileLibrary(0, packPeople.map((p) => ({ ...p, aliases: p.aliases ?? [] })), [], []).names;
  for (const [split, docs] of Object.entries(splits)) {
    report(`people ${split}`, score(docs, (d) => findPeople(dict, d.text), (d) => d.labels.people,
      (p, l) => (p.personIds ?? [l.personId]).includes(l.personId ?? p.personIds[0]),
      (d, x) => `${clip(d.text.slice(x.start, x.end))} ${x.personIds ? x.personIds.join('|') : x.personId}`));
  }
} else console.log('people: lib/matching/names.ts not found, skipped');

const { compileClaims, findClaims } = await load('lib/matching/claims.ts');
const claimGold = (d) => d.labels.claims.filter((l) => !l.decoy);
const sameClaim = (p, l) => (p.claimId ?? l.claimId) === (l.claimId ?? p.claimId);
const describeClaim = (d, x) => `${x.claimId}${x.score !== undefined ? ` ${x.score} [${x.matchedTerms.join(', ')}]` : ''} ${clip(d.text.slice(x.start, x.end))}`;
const findOptions = Number.isFinite(threshold) ? { threshold } : {};
const index = compileClaims(claims, { useWordNet });
for (const [split, docs] of Object.entries(splits)) {
  report(`claims ${split}${useWordNet ? '' : ' (no WordNet)'}`, score(docs, (d) => findClaims(index, d.text, findOptions), claimGold, sameClaim, describeClaim));
}

// The reader files snippets under claims: use the dev corpus's labelled sentences as examples, measure on held-out.
const examples = new Map();
for (const doc of splits.dev) for (const l of claimGold(doc)) examples.set(l.claimId, [...(examples.get(l.claimId) ?? []), l.text]);
const withExamples = compileClaims(claims.map((c) => ({ ...c, examples: examples.get(c.id) ?? [] })), { useWordNet });
report('claims held-out + dev examples', score(splits['held-out'], (d) => findClaims(withExamples, d.text, findOptions), claimGold, sameClaim, describeClaim));

if (args.includes('--sweep')) {
  for (let t = 0.4; t <= 0.81; t += 0.05) {
    const r = score([...splits.dev, ...splits['held-out']], (d) => findClaims(index, d.text, { threshold: t }), claimGold, sameClaim, describeClaim);
    console.log(`  threshold ${t.toFixed(2)}: precision ${pct(r.precision)}%  recall ${pct(r.recall)}%`);
  }
}
console.log(`index: ${claims.length} claims, ${JSON.stringify(index).length} bytes as JSON`);
