import { browser } from '#imports';
import type { PageReport, PageSetup } from '@/lib/messaging';
import { isSiteEnabled } from '@/lib/settings';
import { fail, ok, type Result } from '@/lib/types';
import type { Knowledge } from './knowledge';

// Tab reports live in storage.session: the service worker may sleep between a
// page's report and the popup asking for it.
const reportKey = (tabId: number) => `tab-report:${tabId}`;

/** The background's message handlers, one function each; index.ts wires them. */
export function createHandlers(knowledge: Pick<Knowledge, 'library'>, ready: Promise<Result<null>>) {
  return {
    ping(): Result<{ version: string }> {
      return ok({ version: browser.runtime.getManifest().version });
    },

    async getPageSetup(site: string): Promise<Result<PageSetup>> {
      const opened = await ready;
      if (!opened.ok) return opened;
      const enabled = await isSiteEnabled(site);
      const library = await knowledge.library();
      return library.ok ? ok({ enabled, library: library.value }) : library;
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

    async forgetTab(tabId: number): Promise<void> {
      await browser.storage.session.remove(reportKey(tabId));
    },
  };
}
