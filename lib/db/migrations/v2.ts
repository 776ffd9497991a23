/**
 * Version 2: recurrence. Sightings are counted once per article (their `canonicalUrl` now holds
 * the article key from lib/recurrence/url), with running per-site totals for the cards, article
 * fingerprints for copies under other addresses, and the discovery tables for candidate claims.
 */
import type { Transaction } from 'dexie';
import type { Sighting } from '../../types';
import { articleKey, siteKey } from '../../recurrence/url';
import { sightingTime, tallySighting, type SiteTallies } from '../../recurrence/totals';
import type { Migration } from './index';

// Existing sightings: normalise their article key and site, drop repeats of one article, build totals.
async function upgrade(tx: Transaction): Promise<void> {
  const rows = (await tx.table<Sighting, number>('sightings').toArray()).sort((a, b) => a.firstSeen - b.firstSeen);
  const kept = new Map<string, Sighting>();
  const repeats: number[] = [];
  const totals = new Map<string, { kind: Sighting['kind']; refId: string; sites: SiteTallies }>();
  for (const row of rows) {
    const article = articleKey({ url: row.url, canonicalUrl: row.canonicalUrl });
    const key = `${row.kind}\u0000${row.refId}\u0000${article}`;
    if (kept.has(key)) {
      if (row.id !== undefined) repeats.push(row.id);
      continue;
    }
    const next = { ...row, canonicalUrl: article, site: siteKey(row.site) };
    kept.set(key, next);
    const refKey = `${row.kind}\u0000${row.refId}`;
    const total = totals.get(refKey) ?? { kind: row.kind, refId: row.refId, sites: {} };
    tallySighting(total.sites, next.site, sightingTime(next));
    totals.set(refKey, total);
  }
  await tx.table('sightings').bulkDelete(repeats);
  await tx.table('sightings').bulkPut([...kept.values()]);
  await tx.table('sightingTotals').bulkPut([...totals.values()]);
}

export const v2: Migration = {
  version: 2,
  stores: {
    sightings: '++id, [kind+refId], canonicalUrl, site, firstSeen, [kind+refId+canonicalUrl], [kind+firstSeen]',
    sightingTotals: '[kind+refId]',
    articles: 'key, *bands',
    discoveryPages: 'key, seenAt, *bands',
    candidates: 'key, lastSeen, *bands',
  },
  upgrade,
};
