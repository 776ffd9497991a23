/**
 * Discovery: sentences that recur on pages of different sites and are not yet claims become
 * candidate claims in the library, with where they were seen. Pages are stored as compact
 * sentence signatures only (128 bytes a sentence, no text); a candidate keeps the wording of the
 * pages seen since it was found. The earlier page's own wording is not kept, only where it was.
 *
 * Storage stays bounded: at most {@link MAX_DISCOVERY_PAGES} pages (the oldest seen are evicted)
 * and {@link MAX_OPEN_CANDIDATES} open candidates (the least recently seen are evicted).
 * Dismissed and promoted candidates are kept as small markers so they are not offered again.
 */
import type { Table } from 'dexie';
import { fail, ok, type Result } from '../types';
import { SENTENCE_SIGNATURE_SIZE, sentenceBands, sentenceKey, sentenceSignature, signaturesNearDuplicate } from '../recurrence/near-duplicates';
import { articleKey, siteKey, type PageAddress } from '../recurrence/url';
import { createClaim } from './edit';
import { recordSightings, rowsWithBands } from './sightings';
import { withReopen } from './open';
import type { BackstoryDB, StoredClaim } from './schema';

/** Sentences kept per page: more than any article has, fewer than a long comment thread. */
export const MAX_SENTENCES_PER_PAGE = 400;
/** Pages remembered for discovery (about 5 KB of signatures each for a typical article). */
export const MAX_DISCOVERY_PAGES = 2000;
/** Open candidates kept; the least recently seen go first. */
export const MAX_OPEN_CANDIDATES = 500;
/** Two pages sharing more sentences than this are copies of one article, not a recurring claim. */
export const MAX_SHARED_SENTENCES = 3;
const MAX_VARIANTS = 8;
const MAX_SEEN = 20;

/** The page whose sentences are offered to discovery. */
export interface DiscoveryPage extends PageAddress {
  site?: string;
  title: string;
  publishedDate?: string;
}

/** Where a candidate sentence was seen. */
export interface CandidateSighting {
  url: string;
  /** The page's article key (absent on candidates stored before it was kept). */
  article?: string;
  site: string;
  title: string;
  publishedDate?: string;
  seenAt: number;
}

export type CandidateStatus = 'open' | 'dismissed' | 'promoted';

/** A sentence seen on several sites that is not a claim yet. */
export interface CandidateClaim {
  key: string;
  /** The wording shown in the library (the first seen since it became a candidate). */
  text: string;
  /** Distinct wordings seen, `text` first. */
  variants: string[];
  /** The first pages it was seen on (at most 20). */
  seen: CandidateSighting[];
  sites: string[];
  pages: number;
  firstSeen: number;
  lastSeen: number;
  status: CandidateStatus;
  claimId?: string;
}

type CandidateRow = CandidateClaim & { signature: number[]; bands: number[] };

interface PageRow {
  key: string;
  url: string;
  site: string;
  title: string;
  publishedDate?: string;
  seenAt: number;
  /** Sentence signatures end to end, SENTENCE_SIGNATURE_SIZE values each. */
  signatures: Uint16Array;
  bands: number[];
}

interface Sentence {
  text: string;
  signature: number[];
  bands: number[];
}

const pagesTable = (db: BackstoryDB): Table<PageRow, string> => db.table('discoveryPages');
const candidatesTable = (db: BackstoryDB): Table<CandidateRow, string> => db.table('candidates');
const hostOf = (url: string): string => URL.canParse(url) ? new URL(url).hostname : '';


function sentencesOfPage(texts: readonly string[]): Sentence[] {
  const byKey = new Map<string, Sentence>();
  for (const text of texts) {
    if (byKey.size >= MAX_SENTENCES_PER_PAGE) break;
    const signature = sentenceSignature(text);
    const key = signature && sentenceKey(text);
    if (signature && key && !byKey.has(key)) byKey.set(key, { text: text.trim(), signature, bands: sentenceBands(signature) });
  }
  return [...byKey.values()];
}

const pageSignatures = (row: PageRow): Uint16Array[] =>
  Array.from({ length: row.signatures.length / SENTENCE_SIGNATURE_SIZE }, (_, i) => row.signatures.subarray(i * SENTENCE_SIGNATURE_SIZE, (i + 1) * SENTENCE_SIGNATURE_SIZE));

const sightingOf = (p: { key: string; url: string; site: string; title: string; publishedDate?: string }, seenAt: number): CandidateSighting =>
  ({ url: p.url, article: p.key, site: p.site, title: p.title, ...(p.publishedDate && { publishedDate: p.publishedDate }), seenAt });

function addSighting(row: CandidateRow, seen: CandidateSighting, wording?: string): void {
  if (row.seen.some((s) => s.url === seen.url)) return;
  if (row.seen.length < MAX_SEEN) row.seen.push(seen);
  if (!row.sites.includes(seen.site)) row.sites.push(seen.site);
  row.pages += 1;
  row.firstSeen = Math.min(row.firstSeen, seen.seenAt);
  row.lastSeen = Math.max(row.lastSeen, seen.seenAt);
  const known = new Set(row.variants.map(sentenceKey));
  if (wording && row.variants.length < MAX_VARIANTS && !known.has(sentenceKey(wording))) row.variants.push(wording);
}

// The sentences of `other` near-duplicating one of ours. Only pairs sharing an LSH band are
// compared, as the index intends: comparing every pair of two pages' sentences made recording
// slow once thousands of pages were stored.
function sharedSentences(byBand: ReadonlyMap<number, Sentence[]>, other: PageRow): Set<Sentence> {
  const shared = new Set<Sentence>();
  for (const theirs of pageSignatures(other)) {
    for (const band of sentenceBands(theirs)) {
      for (const s of byBand.get(band) ?? []) if (!shared.has(s) && signaturesNearDuplicate(s.signature, theirs)) shared.add(s);
    }
  }
  return shared;
}

// Pages of other sites that share a sentence with this one: new candidates, unless the pages are copies.
async function newCandidates(db: BackstoryDB, sentences: Sentence[], site: string, here: CandidateSighting): Promise<CandidateRow[]> {
  const byBand = new Map<number, Sentence[]>();
  for (const s of sentences) {
    for (const band of s.bands) {
      const list = byBand.get(band);
      if (list) list.push(s);
      else byBand.set(band, [s]);
    }
  }
  const created = new Map<Sentence, CandidateRow>();
  if (byBand.size === 0) return [];
  for (const other of await rowsWithBands(pagesTable(db), [...byBand.keys()])) {
    if (other.site === site) continue;
    const shared = sharedSentences(byBand, other);
    if (shared.size > MAX_SHARED_SENTENCES) continue;
    for (const s of shared) {
      const row = created.get(s) ?? {
        key: sentenceKey(s.text), text: s.text, variants: [s.text], seen: [here], sites: [here.site], pages: 1,
        firstSeen: here.seenAt, lastSeen: here.seenAt, status: 'open', signature: s.signature, bands: s.bands,
      };
      addSighting(row, sightingOf(other, other.seenAt));
      created.set(s, row);
    }
  }
  return [...created.values()];
}

async function evict(db: BackstoryDB, maxPages: number): Promise<void> {
  const pageExcess = (await pagesTable(db).count()) - maxPages;
  if (pageExcess > 0) await pagesTable(db).bulkDelete(await pagesTable(db).orderBy('seenAt').limit(pageExcess).primaryKeys());
  // Counting all rows is an index count; only then walk the rows to count the open ones.
  if ((await candidatesTable(db).count()) <= MAX_OPEN_CANDIDATES) return;
  const open = candidatesTable(db).orderBy('lastSeen').filter((c) => c.status === 'open');
  const candidateExcess = (await open.count()) - MAX_OPEN_CANDIDATES;
  if (candidateExcess > 0) await candidatesTable(db).bulkDelete(await open.limit(candidateExcess).primaryKeys());
}

/**
 * Offers a page's sentences to discovery. Pass the sentences that matched no claim; only those of
 * 8–60 words count, at most 400 a page. Returns the keys of candidates this page created or joined.
 * A page already recorded (same article key) adds nothing. `maxPages` is a seam for tests.
 */
export function recordPageSentences(
  db: BackstoryDB, page: DiscoveryPage, texts: readonly string[], now = Date.now(), maxPages = MAX_DISCOVERY_PAGES,
): Promise<Result<string[]>> {
  const key = articleKey(page);
  const site = siteKey(page.site || hostOf(page.url));
  const here = sightingOf({ key, url: page.url.replace(/#.*$/, ''), site, title: page.title, ...(page.publishedDate && { publishedDate: page.publishedDate }) }, now);
  const sentences = sentencesOfPage(texts);
  return withReopen(db, () =>
    db.transaction('rw', [pagesTable(db), candidatesTable(db)], async () => {
      if (sentences.length === 0 || (await pagesTable(db).get(key))) return [];
      const touched: CandidateRow[] = [];
      const known = await rowsWithBands(candidatesTable(db), [...new Set(sentences.flatMap((s) => s.bands))]);
      const unclaimed = sentences.filter((s) => {
        const group = known.find((c) => signaturesNearDuplicate(c.signature, s.signature));
        if (!group) return true;
        addSighting(group, here, s.text);
        if (!touched.includes(group)) touched.push(group);
        return false;
      });
      touched.push(...(await newCandidates(db, unclaimed, site, here)));
      const signatures = new Uint16Array(sentences.length * SENTENCE_SIGNATURE_SIZE);
      sentences.forEach((s, i) => signatures.set(s.signature, i * SENTENCE_SIGNATURE_SIZE));
      const bands = [...new Set(sentences.flatMap((s) => s.bands))];
      await pagesTable(db).put({ key, url: here.url, site, title: page.title, ...(page.publishedDate && { publishedDate: page.publishedDate }), seenAt: now, signatures, bands });
      await candidatesTable(db).bulkPut(touched);
      await evict(db, maxPages);
      return touched.filter((c) => c.status === 'open').map((c) => c.key);
    }),
  );
}

const publicView = ({ signature: _s, bands: _b, ...candidate }: CandidateRow): CandidateClaim => candidate;

/** Open candidates seen on at least `minSites` sites (excluded sites not counted), most widespread first. */
export function candidateClaims(db: BackstoryDB, options: { minSites?: number; limit?: number; excludedSites?: readonly string[] } = {}): Promise<Result<CandidateClaim[]>> {
  const { minSites = 2, limit = 50, excludedSites = [] } = options;
  const siteCount = (c: CandidateRow) => c.sites.filter((s) => !excludedSites.includes(s)).length;
  return withReopen(db, async () => {
    const open = await candidatesTable(db).filter((c) => c.status === 'open' && siteCount(c) >= minSites).toArray();
    return open.sort((a, b) => siteCount(b) - siteCount(a) || b.lastSeen - a.lastSeen).slice(0, limit).map(publicView);
  });
}

/** Hides a candidate for good: if the sentence recurs, it joins the dismissed marker instead of returning. */
export function dismissCandidate(db: BackstoryDB, key: string): Promise<Result<boolean>> {
  return withReopen(db, async () => (await candidatesTable(db).update(key, { status: 'dismissed' })) > 0);
}

/** Turns a candidate into the reader's claim (its wordings as variants, its pages as sightings) and stops offering it. */
export async function promoteCandidate(db: BackstoryDB, key: string, claimText?: string): Promise<Result<StoredClaim>> {
  const found = await withReopen(db, () => candidatesTable(db).get(key));
  if (!found.ok) return found;
  const candidate = found.value;
  if (!candidate || candidate.status !== 'open') return fail('That candidate is no longer offered.');
  const text = (claimText ?? candidate.text).trim();
  const variants = candidate.variants.filter((v) => sentenceKey(v) !== sentenceKey(text));
  const created = await createClaim(db, { text, variants });
  if (!created.ok) return created;
  const marked = await withReopen(db, () => candidatesTable(db).update(key, { status: 'promoted', claimId: created.value.id }));
  if (!marked.ok) return marked;
  // The pages it was found on become the claim's first sightings, so its card and timeline do not start empty.
  for (const seen of candidate.seen) {
    const { url, article, site, title, publishedDate } = seen;
    const where = { url, site, title, ...(article && { canonicalUrl: article }), ...(publishedDate && { publishedDate }) };
    const recorded = await recordSightings(db, where, [{ kind: 'claim', refId: created.value.id }], seen.seenAt);
    if (!recorded.ok) return recorded;
  }
  return ok(created.value);
}

/** Forgets discovery's pages and open candidates; dismissed and promoted markers stay so they are not offered again. */
export function clearDiscovery(db: BackstoryDB): Promise<Result<void>> {
  return withReopen(db, () =>
    db.transaction('rw', [pagesTable(db), candidatesTable(db)], async () => {
      await pagesTable(db).clear();
      await candidatesTable(db).filter((c) => c.status === 'open').delete();
    }),
  );
}
