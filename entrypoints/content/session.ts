/**
 * One page's Backstory session: ask the background what to look for, run the
 * page scanner, report what it found, and follow the per-site switch.
 */
import type { ContentScriptContext } from '#imports';
import { onMessage, sendMessage, type PageReport } from '@/lib/messaging';
import { createPageScanner, claimsMatcher, peopleMatcher, setHighlightColours, type PageScanner, type ScanResult } from '@/lib/page';
import { findPeople } from '@/lib/matching/names';
import { findClaims } from '@/lib/matching/claims';
import type { CompiledLibrary } from '@/lib/matching/library';
import { highlightColours, siteOf, watchOffSites, watchReaderSettings } from '@/lib/settings';
import { ok } from '@/lib/types';
import { readPageMeta } from '@/lib/page/page-meta';
import { startReading } from './reading';

export function startSession(ctx: ContentScriptContext) {
  const site = siteOf(location.href);
  let scanner: PageScanner | null = null;
  let last: PageReport = report('active', {}, {});
  const reading = startReading(ctx, site);

  function report(status: PageReport['status'], people: PageReport['people'], claims: PageReport['claims']): PageReport {
    return { url: location.href, canonicalUrl: readPageMeta().canonicalUrl, title: document.title, people, claims, status, scannedAt: Date.now() };
  }

  function publish(next: PageReport) {
    last = next;
    // Only the top frame speaks for the tab; frames still scan and highlight.
    if (window === window.top) void sendMessage('reportPage', next).catch(() => {});
  }

  function stop(status: PageReport['status']) {
    scanner?.destroy();
    scanner = null;
    reading.clear();
    publish(report(status, {}, {}));
  }

  function run(library: CompiledLibrary) {
    scanner?.destroy();
    // People named in full anywhere on the page so far: their bare surnames count from then on,
    // across the scanner's slices and later updates.
    const namedInFull = new Set<string>();
    scanner = createPageScanner({
      matchers: [
        peopleMatcher((text) => findPeople(library.names, text, namedInFull)),
        claimsMatcher((text) => findClaims(library.claims, text)),
      ],
      onResult: (result: ScanResult) => {
        publish(report(result.highlights === 'unsupported' ? 'unsupported' : 'active', result.people, result.claims));
        reading.update(result);
      },
      onError: (error) => console.warn('Backstory: a page scan failed and was skipped.', error),
    });
    void scanner.start();
  }

  async function setUp() {
    const setup = await sendMessage('getPageSetup', site);
    if (!setup.ok) {
      console.warn(`Backstory is not active on this page: ${setup.error}`);
      return;
    }
    if (setup.value.enabled) run(setup.value.library);
    else stop('off');
  }

  const removeDescribe = onMessage('describePage', () => ok(last));
  // The reader's per-site switch and highlight colours (popup or library) take effect at once on open pages.
  const unwatch = watchOffSites(() => void setUp());
  const applyColours = () => void highlightColours().then(setHighlightColours, () => {});
  applyColours();
  const unwatchColours = watchReaderSettings(applyColours);

  ctx.onInvalidated(() => {
    removeDescribe();
    unwatch();
    unwatchColours();
    scanner?.destroy();
  });

  void setUp().catch((e: unknown) => console.warn('Backstory could not start on this page.', e));
}
