/**
 * The background's part in recurrence: pages reported by content scripts are queued and
 * written in batches (sightings and discovery sentences), unless the reader paused logging,
 * excluded the site or switched Backstory off there.
 */
import type { PageRecord } from '@/lib/messaging';
import { recordPageSentences, recordSightings, type BackstoryDB } from '@/lib/db';
import { isSiteEnabled, sightingsExcludedSites, sightingsLogging, siteOf } from '@/lib/settings';
import { fail, ok, type Result } from '@/lib/types';

/** Pages arriving within this long are written together. */
const BATCH_MS = 1000;

export function createRecurrence(db: BackstoryDB, ready: Promise<Result<null>>) {
  let queue: (PageRecord & { site: string })[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;

  async function flush(): Promise<void> {
    timer = null;
    const batch = queue;
    queue = [];
    if ((await ready).ok === false) return;
    for (const { page, found, sentences, site } of batch) {
      await recordSightings(db, { ...page, site }, found);
      await recordPageSentences(db, { ...page, site }, sentences);
    }
  }

  return {
    async recordPage(record: PageRecord, sender: { tab?: { id?: number } }): Promise<Result<null>> {
      if (sender.tab?.id === undefined) return fail('Only a page may report what it contains.');
      const site = siteOf(record.page.url);
      if (!site) return ok(null);
      const [logging, excluded, enabled] = await Promise.all([sightingsLogging(), sightingsExcludedSites(), isSiteEnabled(site)]);
      if (!logging || !enabled || excluded.includes(site)) return ok(null);
      queue.push({ ...record, site });
      timer ??= setTimeout(() => void flush(), BATCH_MS);
      return ok(null);
    },
  };
}
