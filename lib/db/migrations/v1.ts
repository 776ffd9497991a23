/** Version 1 of the stored layout: the first one, so it has no upgrade step. */
import type { Migration } from './index';

export const v1: Migration = {
  version: 1,
  stores: {
    people: 'id',
    claims: 'id',
    statements: 'id, personId, [personId+date], *claimIds, date',
    snippets: 'id, url, canonicalUrl, site, personId, *claimIds, savedAt, *tags',
    sources: 'domain',
    // Room for the recurrence feature: where each person or claim has been seen.
    sightings: '++id, [kind+refId], canonicalUrl, site, firstSeen',
    meta: 'key',
  },
};
