import { browser } from '#imports';
import type { PageReport } from '@/lib/messaging';
import { fail, ok, type Result } from '@/lib/types';

/** The background's message handlers, one function each; index.ts wires them. */
export function createHandlers() {
  // Reports live in memory only: a page re-reports whenever it is scanned, and
  // the service worker may sleep, so storage.session keeps them across wake-ups.
  const reportKey = (tabId: number) => `tab-report:${tabId}`;

  return {
    ping(): Result<{ version: string }> {
      return ok({ version: browser.runtime.getManifest().version });
    },

    async reportPage(report: PageReport, tabId: number | undefined): Promise<Result<null>> {
      if (tabId === undefined) return fail('This message must come from a tab.');
      await browser.storage.session.set({ [reportKey(tabId)]: report });
      return ok(null);
    },

    async getTabReport(tabId: number): Promise<Result<PageReport | null>> {
      const key = reportKey(tabId);
      const stored = await browser.storage.session.get(key);
      return ok((stored[key] as PageReport | undefined) ?? null);
    },
  };
}
